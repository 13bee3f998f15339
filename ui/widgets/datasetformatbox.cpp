#include "widgets/datasetformatbox.h"

#include <algorithm>

#include "colorproxy/data/dataset_format.h"

namespace colorproxy {

DatasetFormatBox::DatasetFormatBox(bool withFolder, QWidget* parent) : QComboBox(parent) {
  for (DatasetFormat f : {DatasetFormat::Auto, DatasetFormat::Folder, DatasetFormat::Coco, DatasetFormat::Voc,
                          DatasetFormat::CamVid}) {
    QString text;
    switch (f) {
      case DatasetFormat::Auto:
        text = tr("Detect automatically");
        break;
      case DatasetFormat::Folder:
        if (!withFolder) continue;
        text = tr("Image folder (recursive)");
        break;
      case DatasetFormat::Coco:
        text = tr("COCO");
        break;
      case DatasetFormat::Voc:
        text = tr("Pascal VOC 2012");
        break;
      case DatasetFormat::CamVid:
        text = tr("CamVid (SegNet layout)");
        break;
    }
    addItem(text, QString::fromLatin1(toString(f)));
  }
  // Full width where there is room, shortened (the list still shows all) on a small screen.
  setMinimumWidth(fontMetrics().averageCharWidth() * 12);
}

QString DatasetFormatBox::format() const { return currentData().toString(); }

void DatasetFormatBox::setFormat(const QString& name) { setCurrentIndex(std::max(0, findData(name))); }

}  // namespace colorproxy
