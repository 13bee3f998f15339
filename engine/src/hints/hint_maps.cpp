#include "colorproxy/hints/hint_maps.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace colorproxy {

cv::Point hintCell(double x, double y, cv::Size photoSize, int networkSide) {
  const int cx = int(std::floor(x * networkSide / double(photoSize.width)));
  const int cy = int(std::floor(y * networkSide / double(photoSize.height)));
  return {std::clamp(cx, 0, networkSide - 1), std::clamp(cy, 0, networkSide - 1)};
}

HintMaps rasterizeHints(const std::vector<ColorHint>& hints, cv::Size photoSize, int networkSide,
                        double abDivisor) {
  if (photoSize.width < 1 || photoSize.height < 1 || networkSide < 1)
    throw std::invalid_argument("rasterizeHints: the photo is " + std::to_string(photoSize.width) + "x" +
                                std::to_string(photoSize.height) + " and the network side " +
                                std::to_string(networkSide) + "; all must be positive");
  if (!(abDivisor > 0.0) || !std::isfinite(abDivisor))
    throw std::invalid_argument("rasterizeHints: abDivisor must be positive (110 or 128)");
  HintMaps maps;
  maps.ab = cv::Mat(networkSide, networkSide, CV_32FC2, cv::Scalar(0, 0));
  maps.mask = cv::Mat(networkSide, networkSide, CV_32FC1, cv::Scalar(0));
  const cv::Rect grid(0, 0, networkSide, networkSide);
  for (const ColorHint& h : hints) {
    const cv::Point c = hintCell(h.x, h.y, photoSize, networkSide);
    const int p = std::max(1, h.patch);
    const cv::Rect square = cv::Rect(c.x - (p - 1) / 2, c.y - (p - 1) / 2, p, p) & grid;
    maps.ab(square).setTo(cv::Scalar(h.a / abDivisor, h.b / abDivisor));
    maps.mask(square).setTo(1.0);
  }
  return maps;
}

}  // namespace colorproxy
