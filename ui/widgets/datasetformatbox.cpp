#include "widgets/datasetformatbox.h"

#include <algorithm>
#include <exception>

#include "colorproxy/data/dataset_format.h"

namespace colorproxy {

DatasetFormatBox::DatasetFormatBox(bool withFolder, QWidget* parent) : QComboBox(parent) {
  for (DatasetFormat f : {DatasetFormat::Auto, DatasetFormat::Folder, DatasetFormat::Coco, DatasetFormat::Voc,
                          DatasetFormat::CamVid}) {
    if (f == DatasetFormat::Folder && !withFolder) continue;
    const QString text = displayName(f);
    addItem(text, QString::fromLatin1(toString(f)));
  }
  // Full width where there is room, shortened (the list still shows all) on a small screen.
  setMinimumWidth(fontMetrics().averageCharWidth() * 12);
}

QString DatasetFormatBox::displayName(DatasetFormat format) {
  switch (format) {
    case DatasetFormat::Auto:
      return tr("Detect automatically");
    case DatasetFormat::Folder:
      return tr("Image folder (recursive)");
    case DatasetFormat::Coco:
      return tr("COCO");
    case DatasetFormat::Voc:
      return tr("Pascal VOC 2012");
    case DatasetFormat::CamVid:
      return tr("CamVid (SegNet layout)");
  }
  return QString::fromLatin1(toString(format));
}

QString DatasetFormatBox::displayName(const QString& name) {
  try {
    return displayName(parseDatasetFormat(name.toStdString()));
  } catch (const std::exception&) {
    return name;
  }
}

QString DatasetFormatBox::format() const { return currentData().toString(); }

void DatasetFormatBox::setFormat(const QString& name) { setCurrentIndex(std::max(0, findData(name))); }

}  // namespace colorproxy
