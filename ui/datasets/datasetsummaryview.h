#pragma once
#include <QFutureWatcher>
#include <QWidget>

#include "datasets/datasetoverview.h"

class QLabel;
class QTableWidget;
class QPlainTextEdit;

namespace colorproxy {

/// Scans a dataset folder in the background and shows the detected format, the splits with their
/// counts, the classes and the problems found. Used by the Datasets page and the wizards.
class DatasetSummaryView : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetSummaryView(QWidget* parent = nullptr);

  /// Starts scanning `path` (a scan still running is abandoned; its result is ignored).
  void scan(const QString& path, const QString& format = QStringLiteral("auto"), bool keepGrayscale = false);
  /// A scan of the current path is running (one superseded by clear() or another scan does not count).
  bool isScanning() const { return m_scanning; }
  const DatasetOverview& overview() const { return m_overview; }
  void clear();

 Q_SIGNALS:
  void scanStarted();
  void scanned(const colorproxy::DatasetOverview& overview);

 private:
  void show(const DatasetOverview& overview);
  void fitTable();

  QFutureWatcher<DatasetOverview> m_watcher;
  DatasetOverview m_overview;
  bool m_scanning = false;
  int m_generation = 0;
  QLabel* m_headline = nullptr;
  QTableWidget* m_splits = nullptr;
  QLabel* m_classes = nullptr;
  QPlainTextEdit* m_problems = nullptr;
};

}  // namespace colorproxy
