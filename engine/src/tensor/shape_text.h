#pragma once
// Engine-internal: tensor shapes in error messages.
#include <torch/torch.h>

#include <string>

namespace colorproxy {

/// "float [4, 2, 64, 64]" (or "undefined"), for error messages that name the bad tensor.
std::string shapeText(const torch::Tensor& tensor);

}  // namespace colorproxy
