#include "tensor/lab_batch.h"

#include <stdexcept>
#include <string>

#include "colorproxy/color/lab_conversion.h"
#include "tensor/shape_text.h"

namespace colorproxy {
namespace {

std::string sizeText(const cv::Mat& m) {
  return cv::typeToString(m.type()) + " " + std::to_string(m.cols) + "x" + std::to_string(m.rows);
}

// Every image non-empty, of one of `types`, and the size of the first; throws naming the culprit.
void checkImages(const char* function, const std::vector<cv::Mat>& images, std::initializer_list<int> types,
                 const char* expected) {
  if (images.empty()) throw std::invalid_argument(std::string(function) + ": empty batch");
  for (std::size_t i = 0; i < images.size(); ++i) {
    const cv::Mat& m = images[i];
    bool typeOk = false;
    for (const int t : types) typeOk = typeOk || m.type() == t;
    if (m.empty() || !typeOk || m.dims != 2)
      throw std::invalid_argument(std::string(function) + ": image " + std::to_string(i) + " is " +
                                  (m.empty() ? std::string("empty") : sizeText(m)) + "; expected " +
                                  expected);
    if (m.size() != images[0].size())
      throw std::invalid_argument(std::string(function) + ": image " + std::to_string(i) + " is " +
                                  std::to_string(m.cols) + "x" + std::to_string(m.rows) + " but image 0 is " +
                                  std::to_string(images[0].cols) + "x" + std::to_string(images[0].rows) +
                                  "; resize or crop them to one size first");
  }
}

// [N, C, H, W] floating tensor on the CPU as contiguous float32; throws naming `what`.
torch::Tensor cpuBatch(const char* function, const char* what, const torch::Tensor& t, int64_t channels) {
  if (!t.defined() || t.dim() != 4 || t.size(1) != channels || !t.is_floating_point())
    throw std::invalid_argument(std::string(function) + ": " + what + " must be a floating [N, " +
                                std::to_string(channels) + ", H, W] tensor, got " + shapeText(t));
  return t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
}

}  // namespace

LabTensors packLab(const std::vector<cv::Mat>& labImages, const LabScaling& scaling) {
  checkImages("packLab", labImages, {CV_32FC3}, "CV_32FC3 Lab");
  scaling.validate();
  const int64_t n = int64_t(labImages.size()), h = labImages[0].rows, w = labImages[0].cols;
  LabTensors out{torch::empty({n, 1, h, w}, torch::kFloat32), torch::empty({n, 2, h, w}, torch::kFloat32)};
  float* lData = out.l.data_ptr<float>();
  float* abData = out.ab.data_ptr<float>();
  const float kAb = 1.0f / scaling.abDivisor;
  at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
    for (int64_t i = begin; i < end; ++i) {
      float* l = lData + i * h * w;
      float* a = abData + i * 2 * h * w;
      float* b = a + h * w;
      for (int64_t y = 0; y < h; ++y) {
        const float* p = labImages[i].ptr<float>(int(y));
        for (int64_t x = 0; x < w; ++x, p += 3) {
          const int64_t o = y * w + x;
          l[o] = p[0] * (1.0f / 50.0f) - 1.0f;
          a[o] = p[1] * kAb;
          b[o] = p[2] * kAb;
        }
      }
    }
  });
  return out;
}

torch::Tensor packL(const std::vector<cv::Mat>& labOrLImages) {
  checkImages("packL", labOrLImages, {CV_32FC3, CV_32FC1}, "CV_32FC3 Lab or CV_32FC1 L");
  const int64_t n = int64_t(labOrLImages.size()), h = labOrLImages[0].rows, w = labOrLImages[0].cols;
  torch::Tensor out = torch::empty({n, 1, h, w}, torch::kFloat32);
  float* data = out.data_ptr<float>();
  at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
    for (int64_t i = begin; i < end; ++i) {
      const cv::Mat& m = labOrLImages[i];
      const int stride = m.channels();
      float* l = data + i * h * w;
      for (int64_t y = 0; y < h; ++y) {
        const float* p = m.ptr<float>(int(y));
        for (int64_t x = 0; x < w; ++x) l[y * w + x] = p[x * stride] * (1.0f / 50.0f) - 1.0f;
      }
    }
  });
  return out;
}

std::vector<cv::Mat> unpackLab(const torch::Tensor& l, const torch::Tensor& ab, const LabScaling& scaling) {
  scaling.validate();
  const torch::Tensor lc = cpuBatch("unpackLab", "L", l, 1);
  const torch::Tensor abc = cpuBatch("unpackLab", "ab", ab, 2);
  if (lc.size(0) != abc.size(0) || lc.size(2) != abc.size(2) || lc.size(3) != abc.size(3))
    throw std::invalid_argument("unpackLab: L " + shapeText(l) + " and ab " + shapeText(ab) +
                                " differ in batch size or image size");
  const int64_t n = lc.size(0), h = lc.size(2), w = lc.size(3);
  std::vector<cv::Mat> out(n);
  const float* lData = lc.data_ptr<float>();
  const float* abData = abc.data_ptr<float>();
  const float d = scaling.abDivisor;
  for (int64_t i = 0; i < n; ++i) {
    cv::Mat lab(int(h), int(w), CV_32FC3);
    const float* lp = lData + i * h * w;
    const float* ap = abData + i * 2 * h * w;
    const float* bp = ap + h * w;
    for (int64_t y = 0; y < h; ++y) {
      float* o = lab.ptr<float>(int(y));
      for (int64_t x = 0; x < w; ++x, o += 3) {
        const int64_t k = y * w + x;
        o[0] = (lp[k] + 1.0f) * 50.0f;
        o[1] = ap[k] * d;
        o[2] = bp[k] * d;
      }
    }
    out[i] = lab;
  }
  return out;
}

std::vector<cv::Mat> unpackLabToBgr8(const torch::Tensor& l, const torch::Tensor& ab,
                                     const LabScaling& scaling) {
  std::vector<cv::Mat> images = unpackLab(l, ab, scaling);
  for (cv::Mat& m : images) m = labToBgr8(m);
  return images;
}

torch::Tensor packMasks(const std::vector<cv::Mat>& masks) {
  checkImages("packMasks", masks, {CV_8UC1, CV_32SC1}, "a CV_8UC1 or CV_32SC1 class-id mask");
  const int64_t n = int64_t(masks.size()), h = masks[0].rows, w = masks[0].cols;
  torch::Tensor out = torch::empty({n, h, w}, torch::kInt64);
  int64_t* data = out.data_ptr<int64_t>();
  for (int64_t i = 0; i < n; ++i) {
    const cv::Mat& m = masks[i];
    int64_t* o = data + i * h * w;
    for (int64_t y = 0; y < h; ++y) {
      if (m.type() == CV_8UC1) {
        const uchar* p = m.ptr<uchar>(int(y));
        for (int64_t x = 0; x < w; ++x) o[y * w + x] = p[x];
      } else {
        const int* p = m.ptr<int>(int(y));
        for (int64_t x = 0; x < w; ++x) o[y * w + x] = p[x];
      }
    }
  }
  return out;
}

torch::Tensor packMultiHot(const std::vector<std::vector<float>>& labels) {
  if (labels.empty()) throw std::invalid_argument("packMultiHot: empty batch");
  const std::size_t c = labels[0].size();
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (labels[i].empty() || labels[i].size() != c)
      throw std::invalid_argument("packMultiHot: sample " + std::to_string(i) + " has " +
                                  std::to_string(labels[i].size()) + " labels but sample 0 has " +
                                  std::to_string(c) + (labels[i].empty() ? " (sample not labelled?)" : ""));
  torch::Tensor out = torch::empty({int64_t(labels.size()), int64_t(c)}, torch::kFloat32);
  float* data = out.data_ptr<float>();
  for (std::size_t i = 0; i < labels.size(); ++i) std::copy(labels[i].begin(), labels[i].end(), data + i * c);
  return out;
}

}  // namespace colorproxy
