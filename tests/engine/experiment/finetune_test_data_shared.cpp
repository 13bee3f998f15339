// The fine-tuning tests' generated datasets, compiled into this test executable too (one definition,
// two test programs).
#include "../finetune/finetune_test_data.cpp"
