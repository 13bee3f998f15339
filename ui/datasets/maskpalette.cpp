#include "datasets/maskpalette.h"

#include "colorproxy/data/dataset.h"
#include "colorproxy/data/mask_reader.h"

namespace colorproxy {

const std::array<QRgb, 11>& camvidColours() {
  static const std::array<QRgb, 11> colours = {qRgb(128, 128, 128), qRgb(128, 0, 0),   qRgb(192, 192, 128),
                                               qRgb(128, 64, 128),  qRgb(60, 40, 222), qRgb(128, 128, 0),
                                               qRgb(192, 128, 128), qRgb(64, 64, 128), qRgb(64, 0, 128),
                                               qRgb(64, 64, 0),     qRgb(0, 128, 192)};
  return colours;
}

QVector<QRgb> maskPalette(const Dataset& dataset) {
  QVector<QRgb> palette(256);
  if (dataset.format == DatasetFormat::Voc) {
    const auto& voc = vocColormap();
    for (int i = 0; i < 256; ++i) palette[i] = qRgb(voc[i][0], voc[i][1], voc[i][2]);
  } else if (dataset.format == DatasetFormat::CamVid) {
    const auto& camvid = camvidColours();
    for (int i = 0; i < 256; ++i) palette[i] = camvid[std::size_t(i) % camvid.size()];
  } else {
    // Golden-angle hues: neighbouring ids get clearly different colours.
    for (int i = 0; i < 256; ++i)
      palette[i] = QColor::fromHsv(int(i * 137.508) % 360, 160 + (i * 37) % 80, 200 + (i * 53) % 56).rgb();
  }
  if (dataset.voidId >= 0 && dataset.voidId < 256) palette[dataset.voidId] = qRgba(0, 0, 0, 0);
  return palette;
}

}  // namespace colorproxy
