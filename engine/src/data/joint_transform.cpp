#include "colorproxy/data/joint_transform.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include <opencv2/imgproc.hpp>

namespace colorproxy {

TransformOptions TransformOptions::pix2pix(int loadSize, int cropSize) {
  TransformOptions o;
  o.resizeMode = ResizeMode::Stretch;
  o.loadSize = loadSize;
  o.cropSize = cropSize;
  o.randomCrop = true;
  o.flip = true;
  return o;
}

TransformOptions TransformOptions::resizeOnly(int size) {
  TransformOptions o;
  o.resizeMode = ResizeMode::Stretch;
  o.loadSize = size;
  o.cropSize = 0;
  o.randomCrop = false;
  o.flip = false;
  return o;
}

cv::Size TransformOptions::fixedOutputSize() const {
  if (cropSize > 0) return {cropSize, cropSize};
  if (resizeMode == ResizeMode::Stretch) return {loadSize, loadSize};
  return {};
}

void TransformOptions::validate() const {
  if (resizeMode != ResizeMode::None && loadSize <= 0)
    throw std::invalid_argument("transform loadSize must be positive when resizing (got " +
                                std::to_string(loadSize) + ")");
  if (cropSize < 0) throw std::invalid_argument("transform cropSize must be 0 (no crop) or positive");
  if (resizeMode == ResizeMode::Stretch && cropSize > loadSize)
    throw std::invalid_argument("transform cropSize " + std::to_string(cropSize) +
                                " is larger than loadSize " + std::to_string(loadSize) +
                                "; use loadSize >= cropSize");
}

JointTransform::JointTransform(TransformOptions options) : m_options(options) { m_options.validate(); }

TransformPlan JointTransform::plan(cv::Size source, Rng& rng) const {
  if (source.width <= 0 || source.height <= 0)
    throw std::invalid_argument("JointTransform::plan: empty source size");
  TransformPlan p;
  p.source = source;
  switch (m_options.resizeMode) {
    case ResizeMode::None:
      p.resized = source;
      break;
    case ResizeMode::Stretch:
      p.resized = {m_options.loadSize, m_options.loadSize};
      break;
    case ResizeMode::ShortSide: {
      const double s = double(m_options.loadSize) / std::min(source.width, source.height);
      p.resized = {std::max(1, int(std::lround(source.width * s))),
                   std::max(1, int(std::lround(source.height * s)))};
      break;
    }
  }
  const int crop = m_options.cropSize;
  if (crop > 0 && (p.resized.width < crop || p.resized.height < crop)) {
    // Too small for the crop: scale up, aspect kept, until it covers the crop window.
    const double s = double(crop) / std::min(p.resized.width, p.resized.height);
    p.resized = {std::max(crop, int(std::ceil(p.resized.width * s))),
                 std::max(crop, int(std::ceil(p.resized.height * s)))};
  }
  if (crop > 0) {
    int x = (p.resized.width - crop) / 2, y = (p.resized.height - crop) / 2;
    if (m_options.randomCrop) {
      x = int(rng.uniformInt(0, p.resized.width - crop));
      y = int(rng.uniformInt(0, p.resized.height - crop));
    }
    p.crop = {x, y, crop, crop};
  } else {
    p.crop = {0, 0, p.resized.width, p.resized.height};
  }
  p.flip = m_options.flip && rng.bernoulli(0.5);
  return p;
}

namespace {

cv::Mat applyPlan(const cv::Mat& in, const TransformPlan& plan, bool isMask) {
  cv::Mat resized = in;
  if (in.size() != plan.resized) {
    int interp = cv::INTER_NEAREST_EXACT;  // pixel-centre sampling, as PIL
    if (!isMask)
      interp =
          (plan.resized.width < in.cols || plan.resized.height < in.rows) ? cv::INTER_AREA : cv::INTER_LINEAR;
    cv::resize(in, resized, plan.resized, 0, 0, interp);
  }
  cv::Mat out = resized(plan.crop);  // a view: no copy
  if (plan.flip) {
    cv::Mat flipped;
    cv::flip(out, flipped, 1);
    return flipped;
  }
  return out;
}

}  // namespace

cv::Mat JointTransform::applyToImage(const cv::Mat& image, const TransformPlan& plan) const {
  return applyPlan(image, plan, false);
}

cv::Mat JointTransform::applyToMask(const cv::Mat& mask, const TransformPlan& plan) const {
  return applyPlan(mask, plan, true);
}

void JointTransform::apply(cv::Mat& image, cv::Mat& mask, Rng& rng) const {
  const TransformPlan p = plan(image.size(), rng);
  image = applyToImage(image, p);
  if (!mask.empty()) mask = applyToMask(mask, p);
}

}  // namespace colorproxy
