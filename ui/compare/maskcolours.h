#pragma once
// Colours of segmentation class ids on the Compare page, matching the Datasets page: SegNet's CamVid
// colours for CamVid's 11 classes (datasets/maskpalette.h), the Pascal VOC colour map otherwise (as the
// engine's previews).
#include <array>

#include <QStringList>

#include <opencv2/core.hpp>

namespace colorproxy {

/// BGR colour of every id 0..255 for a dataset with these classes.
std::array<cv::Vec3b, 256> maskColours(const QStringList& classNames);

/// `ids` (CV_8UC1) coloured with `colours` and laid over `photo` (BGR, any size; the mask is stretched
/// to it with nearest-neighbour) at `opacity` 0..1. Pixels equal to `voidId` show the photo alone. An
/// empty photo gives the coloured mask at its own size (void pixels mid grey).
cv::Mat blendMask(const cv::Mat& ids, const cv::Mat& photo, double opacity,
                  const std::array<cv::Vec3b, 256>& colours, int voidId = 255);

}  // namespace colorproxy
