#include "compare/maskcolours.h"

#include <opencv2/imgproc.hpp>

#include "colorproxy/data/mask_reader.h"
#include "datasets/maskpalette.h"

namespace colorproxy {

std::array<cv::Vec3b, 256> maskColours(const QStringList& classNames) {
  static const QStringList camvid = {
      QStringLiteral("Sky"),        QStringLiteral("Building"), QStringLiteral("Pole"),
      QStringLiteral("Road"),       QStringLiteral("Pavement"), QStringLiteral("Tree"),
      QStringLiteral("SignSymbol"), QStringLiteral("Fence"),    QStringLiteral("Car"),
      QStringLiteral("Pedestrian"), QStringLiteral("Bicyclist")};
  std::array<cv::Vec3b, 256> out;
  const auto& voc = vocColormap();
  const bool isCamvid = classNames == camvid;
  for (int i = 0; i < 256; ++i) {
    if (isCamvid && i < 11) {
      const QRgb c = camvidColours()[std::size_t(i)];
      out[std::size_t(i)] = cv::Vec3b(std::uint8_t(qBlue(c)), std::uint8_t(qGreen(c)), std::uint8_t(qRed(c)));
    } else {
      const cv::Vec3b& rgb = voc[std::size_t(i)];
      out[std::size_t(i)] = cv::Vec3b(rgb[2], rgb[1], rgb[0]);
    }
  }
  return out;
}

cv::Mat blendMask(const cv::Mat& ids, const cv::Mat& photo, double opacity,
                  const std::array<cv::Vec3b, 256>& colours, int voidId) {
  cv::Mat big = ids;
  if (!photo.empty() && photo.size() != ids.size())
    cv::resize(ids, big, photo.size(), 0, 0, cv::INTER_NEAREST);
  cv::Mat out(big.size(), CV_8UC3);
  for (int y = 0; y < big.rows; ++y) {
    const auto* in = big.ptr<std::uint8_t>(y);
    const auto* p = photo.empty() ? nullptr : photo.ptr<cv::Vec3b>(y);
    auto* o = out.ptr<cv::Vec3b>(y);
    for (int x = 0; x < big.cols; ++x) {
      if (in[x] == voidId) {
        o[x] = p ? p[x] : cv::Vec3b(128, 128, 128);
        continue;
      }
      const cv::Vec3b c = colours[in[x]];
      if (!p) {
        o[x] = c;
        continue;
      }
      for (int k = 0; k < 3; ++k)
        o[x][k] = cv::saturate_cast<std::uint8_t>(opacity * c[k] + (1.0 - opacity) * p[x][k]);
    }
  }
  return out;
}

}  // namespace colorproxy
