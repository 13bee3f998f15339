#include "tensor/ab_encoding.h"

#include <cmath>
#include <mutex>
#include <stdexcept>
#include <string>

#include "tensor/shape_text.h"

namespace colorproxy {

SoftEncodedAb softEncodeAb(const torch::Tensor& ab, const AbQuantizer& quantizer,
                           const std::vector<float>& binWeights, int neighbours, double sigma) {
  if (!ab.defined() || ab.dim() != 4 || ab.size(1) != 2 || !ab.is_floating_point())
    throw std::invalid_argument("softEncodeAb: expected a floating ab tensor [N, 2, H, W], got " +
                                shapeText(ab));
  if (!binWeights.empty() && int(binWeights.size()) != quantizer.numBins())
    throw std::invalid_argument("softEncodeAb: " + std::to_string(binWeights.size()) +
                                " rebalancing weights given for " + std::to_string(quantizer.numBins()) +
                                " bins");
  if (neighbours < 1 || neighbours > quantizer.numBins())
    throw std::invalid_argument("softEncodeAb: neighbours must be in [1, " +
                                std::to_string(quantizer.numBins()) + "], got " + std::to_string(neighbours));
  const torch::Tensor src = ab.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  const int64_t n = src.size(0), h = src.size(2), w = src.size(3), hw = h * w, k = neighbours;
  SoftEncodedAb out{torch::empty({n, k, h, w}, torch::kInt64), torch::empty({n, k, h, w}, torch::kFloat32),
                    torch::empty({n, h, w}, torch::kFloat32)};
  const float* abData = src.data_ptr<float>();
  int64_t* idxData = out.indices.data_ptr<int64_t>();
  float* wData = out.weights.data_ptr<float>();
  float* pwData = out.pixelWeights.data_ptr<float>();
  // Validate the parameters once here, so that the parallel loop below cannot throw for them.
  {
    std::vector<int> idx(k);
    std::vector<float> wt(k);
    quantizer.softEncode(0.0f, 0.0f, idx.data(), wt.data(), neighbours, sigma);
  }
  std::string firstError;
  std::mutex errorMutex;
  at::parallel_for(0, n * hw, 4096, [&](int64_t begin, int64_t end) {
    std::vector<int> idx(k);
    std::vector<float> wt(k);
    try {
      for (int64_t p = begin; p < end; ++p) {
        const int64_t img = p / hw, pix = p % hw;
        const float* a = abData + img * 2 * hw + pix;
        quantizer.softEncode(a[0], a[hw], idx.data(), wt.data(), neighbours, sigma);
        for (int64_t j = 0; j < k; ++j) {
          const int64_t o = (img * k + j) * hw + pix;
          idxData[o] = idx[j];
          wData[o] = wt[j];
        }
        pwData[p] = binWeights.empty() ? 1.0f : binWeights[idx[0]];
      }
    } catch (const std::exception& e) {  // a non-finite ab value; exceptions must not cross the pool
      std::lock_guard<std::mutex> lock(errorMutex);
      if (firstError.empty()) firstError = e.what();
    }
  });
  if (!firstError.empty()) throw std::invalid_argument("softEncodeAb: " + firstError);
  return out;
}

torch::Tensor toDenseTarget(const SoftEncodedAb& encoded, int numBins) {
  const torch::Tensor& idx = encoded.indices;
  if (!idx.defined() || idx.dim() != 4 || !encoded.weights.defined() ||
      encoded.weights.sizes() != idx.sizes())
    throw std::invalid_argument("toDenseTarget: indices " + shapeText(idx) + " and weights " +
                                shapeText(encoded.weights) + " must both be [N, K, H, W]");
  torch::Tensor dense = torch::zeros({idx.size(0), numBins, idx.size(2), idx.size(3)},
                                     encoded.weights.options().dtype(torch::kFloat32));
  return dense.scatter_add_(1, idx, encoded.weights.to(torch::kFloat32));
}

torch::Tensor softEncodedCrossEntropy(const torch::Tensor& logits, const SoftEncodedAb& encoded) {
  if (!logits.defined() || logits.dim() != 4 || !encoded.indices.defined() ||
      logits.size(0) != encoded.indices.size(0) || logits.size(2) != encoded.indices.size(2) ||
      logits.size(3) != encoded.indices.size(3))
    throw std::invalid_argument("softEncodedCrossEntropy: logits " + shapeText(logits) + " and targets " +
                                shapeText(encoded.indices) + " must agree in N, H and W");
  const auto device = logits.device();
  const torch::Tensor logProb = torch::log_softmax(logits, 1);
  const torch::Tensor picked = logProb.gather(1, encoded.indices.to(device));  // [N, K, H, W]
  const torch::Tensor perPixel =
      -(picked * encoded.weights.to(device, logits.scalar_type())).sum(1);  // [N,H,W]
  return (perPixel * encoded.pixelWeights.to(device, logits.scalar_type())).mean();
}

torch::Tensor annealedMeanDecode(const torch::Tensor& logits, const AbQuantizer& quantizer,
                                 double temperature) {
  if (!(temperature > 0.0) || !std::isfinite(temperature))
    throw std::invalid_argument(
        "annealedMeanDecode: temperature must be > 0 (1 = mean, 0.38 as Zhang, small = "
        "mode), got " +
        std::to_string(temperature));
  if (!logits.defined() || logits.dim() != 4 || logits.size(1) != quantizer.numBins() ||
      !logits.is_floating_point())
    throw std::invalid_argument("annealedMeanDecode: expected floating logits [N, " +
                                std::to_string(quantizer.numBins()) + ", H, W], got " + shapeText(logits));
  const torch::Tensor prob = torch::softmax(logits.to(torch::kFloat32) / temperature, 1);
  const torch::Tensor centres = binCentresTensor(quantizer).to(logits.device());  // [Q, 2]
  return torch::einsum("nqhw,qc->nchw", {prob, centres});
}

torch::Tensor binCentresTensor(const AbQuantizer& quantizer) {
  const auto& c = quantizer.centres();
  torch::Tensor out = torch::empty({int64_t(c.size()), 2}, torch::kFloat32);
  float* d = out.data_ptr<float>();
  for (std::size_t i = 0; i < c.size(); ++i) {
    d[2 * i] = c[i][0];
    d[2 * i + 1] = c[i][1];
  }
  return out;
}

}  // namespace colorproxy
