#pragma once
#include <array>

#include <QColor>
#include <QVector>

namespace colorproxy {

struct Dataset;

/// The colours a dataset's masks are drawn in, by mask id (256 entries): the Pascal VOC colour map for
/// VOC, the SegNet CamVid colours for CamVid, and well-separated generated hues otherwise. The void id
/// is transparent (alpha 0).
QVector<QRgb> maskPalette(const Dataset& dataset);

/// SegNet's CamVid colours, in the reader's class order (Sky ... Bicyclist).
const std::array<QRgb, 11>& camvidColours();

}  // namespace colorproxy
