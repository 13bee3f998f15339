#pragma once
// Precompiled once for every engine target that uses LibTorch (see engine/CMakeLists.txt).
#include <torch/torch.h>
