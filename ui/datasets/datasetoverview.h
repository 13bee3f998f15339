#pragma once
#include <memory>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "colorproxy/data/dataset.h"

namespace colorproxy {

/// What the GUI shows about a scanned dataset folder: detected layout, splits with counts, classes and
/// problems (or the reason it could not be read). Built off the GUI thread by scan().
struct DatasetOverview {
  Q_DECLARE_TR_FUNCTIONS(DatasetOverview)

 public:
  /// One split's counts.
  struct Split {
    QString name;
    int usable = 0;    ///< samples that will be used
    int found = 0;     ///< images the split names, usable or not
    int problems = 0;  ///< problems met (excluded or unusable files, notes)
    int withLabels = 0;
    int withMasks = 0;
  };

  QString path;
  bool ok = false;
  QString error;   ///< why the folder cannot be used (when !ok)
  QString format;  ///< "folder", "coco", "voc", "camvid"
  QString layout;  ///< the reader's finer description
  QVector<Split> splits;
  QStringList labelClasses;
  QStringList maskClasses;
  QStringList problemMessages;  ///< the first problems, as full sentences
  int problemCount = 0;
  /// The scanned dataset itself (samples, classes), for browsing; null when the scan failed.
  std::shared_ptr<const Dataset> dataset;

  int usableCount() const;
  QStringList splitNames() const;
  /// Scans `path` with the engine's reader (format "auto" detects it). Never throws.
  static DatasetOverview scan(const QString& path, const QString& format = QStringLiteral("auto"),
                              bool keepGrayscale = false);
};

}  // namespace colorproxy

Q_DECLARE_METATYPE(colorproxy::DatasetOverview)
