// The fine-tuning tests' generated datasets, compiled into this test executable too (one definition,
// two test programs).
#include "../train/finetune_test_data.cpp"
