#pragma once
#include <QComboBox>
#include <QString>

#include "colorproxy/data/dataset_format.h"

namespace colorproxy {

/// The choice of a dataset layout: "Detect automatically", then every DatasetFormat the engine's readers
/// know. Each item's data is the engine's name of the format ("auto", "folder", "coco", "voc", "camvid"),
/// as config.json and the command line spell it.
class DatasetFormatBox : public QComboBox {
  Q_OBJECT

 public:
  /// `withFolder`: offer a plain image folder too (fine-tuning needs labels, so its box leaves it out).
  explicit DatasetFormatBox(bool withFolder, QWidget* parent = nullptr);

  /// The chosen format's engine name.
  QString format() const;
  /// Chooses the format named `name`; an unknown or empty name chooses automatic detection.
  void setFormat(const QString& name);
  /// The format's name in the user's language ("Image folder (recursive)", "Pascal VOC 2012", ...).
  static QString displayName(DatasetFormat format);
  /// displayName() of the engine's name `name` ("folder", "coco", ...); `name` itself when unknown.
  static QString displayName(const QString& name);
};

}  // namespace colorproxy
