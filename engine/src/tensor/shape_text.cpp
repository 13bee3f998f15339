#include "tensor/shape_text.h"

#include <sstream>

namespace colorproxy {

std::string shapeText(const torch::Tensor& tensor) {
  if (!tensor.defined()) return "undefined tensor";
  std::ostringstream out;
  out << tensor.scalar_type() << " " << tensor.sizes();
  return out.str();
}

}  // namespace colorproxy
