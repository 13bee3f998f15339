#include "tensor/mat_tensor.h"

#include <cstring>
#include <stdexcept>
#include <string>

#include "tensor/shape_text.h"

namespace colorproxy {

torch::Tensor matToTensor(const cv::Mat& mat) {
  if (mat.empty() || mat.depth() != CV_32F || mat.dims != 2)
    throw std::invalid_argument("matToTensor: expected a non-empty 2-D CV_32FC(n) Mat, got " +
                                cv::typeToString(mat.type()) + " " + std::to_string(mat.cols) + "x" +
                                std::to_string(mat.rows));
  const int64_t h = mat.rows, w = mat.cols, c = mat.channels();
  // A view with the Mat's own row step (ROIs are not continuous), then an owning CxHxW copy.
  const torch::Tensor view = torch::from_blob(const_cast<uchar*>(mat.data), {h, w, c},
                                              {int64_t(mat.step[0] / sizeof(float)), c, 1}, torch::kFloat32);
  return view.permute({2, 0, 1}).clone(at::MemoryFormat::Contiguous);
}

cv::Mat tensorToMat(const torch::Tensor& tensor) {
  if (!tensor.defined() || (tensor.dim() != 2 && tensor.dim() != 3) || !tensor.is_floating_point())
    throw std::invalid_argument("tensorToMat: expected a floating tensor [C,H,W] or [H,W], got " +
                                shapeText(tensor));
  const torch::Tensor chw = tensor.dim() == 2 ? tensor.unsqueeze(0) : tensor;
  const int64_t c = chw.size(0), h = chw.size(1), w = chw.size(2);
  if (c < 1 || c > CV_CN_MAX || h < 1 || w < 1)
    throw std::invalid_argument("tensorToMat: cannot make a Mat of " + std::to_string(c) + " channels and " +
                                std::to_string(h) + "x" + std::to_string(w) + " pixels from " +
                                shapeText(tensor));
  const torch::Tensor hwc = chw.to(torch::kCPU, torch::kFloat32).permute({1, 2, 0}).contiguous();
  cv::Mat mat(int(h), int(w), CV_32FC(int(c)));
  std::memcpy(mat.data, hwc.data_ptr<float>(), size_t(h * w * c) * sizeof(float));
  return mat;
}

}  // namespace colorproxy
