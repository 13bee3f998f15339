#pragma once
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVector>

#include "colorproxy/io/run_folder.h"
#include "colorproxy/train/observer.h"

namespace colorproxy {

/// What a run folder has logged so far, as the observer's structs: metrics.csv rows turned back into
/// iterations and epoch reports, and the saved preview files. The monitor shows it for a reopened run and,
/// before the new iterations, for a resumed one (so a resumed run's plots hold its whole history).
struct RunHistory {
  QString dir;      ///< the run folder
  QString runName;  ///< the group the trainer gives the run's curves live
  QVector<IterationStats> iterations;
  QVector<EpochReport> epochs;
  QList<QPair<int, QString>> previews;  ///< epoch, file

  /// Reads metrics.csv (through the engine's reader) and the previews of `folder`, whose summary is
  /// `summary`. Throws std::runtime_error naming the file when metrics.csv is malformed.
  static RunHistory read(const RunFolder& folder, const RunSummary& summary);
  /// Reads the run in `dir`; throws as read().
  static RunHistory read(const QString& dir);
  /// Columns of metrics.csv that are bookkeeping, not curves (lr, throughput, timing).
  static bool isBookkeepingColumn(const std::string& column);
};

}  // namespace colorproxy

Q_DECLARE_METATYPE(colorproxy::RunHistory)
