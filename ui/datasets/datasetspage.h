#pragma once
#include <memory>

#include <QFutureWatcher>
#include <QWidget>

#include "datasets/datasetindex.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace colorproxy {

struct DatasetOverview;
class DatasetBrowser;
class DatasetFormatBox;
class DatasetStatsView;
class DatasetSummaryView;
class PathEdit;

/// The Datasets page: open a dataset folder (or drop one onto the page), see its detected format and
/// splits, browse its images in a thumbnail grid with label chips, mask overlay and Lab channels, and its
/// statistics (images per split and class, mask pixel shares, problem files); start a pretraining run on it.
class DatasetsPage : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetsPage(QWidget* parent = nullptr);
  ~DatasetsPage() override;

  void openDataset(const QString& path);
  QString currentPath() const;
  DatasetSummaryView* summary() const { return m_summary; }
  DatasetBrowser* browser() const { return m_browser; }
  DatasetStatsView* statistics() const { return m_stats; }
  QTabWidget* tabs() const { return m_tabs; }
  /// Whether the masks are still being read for the statistics and the class filter.
  bool isIndexing() const { return m_indexer.isRunning(); }

 Q_SIGNALS:
  void pretrainRequested(const QString& datasetPath);
  void datasetOpened(const QString& path);
  /// Statistics and mask class index are ready for the open dataset.
  void indexed();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void onScanned(const DatasetOverview& overview);
  /// The background index of every mask is ready: statistics and the class filter.
  void onIndexed();
  void rescan();

  PathEdit* m_path = nullptr;
  DatasetFormatBox* m_format = nullptr;
  QLabel* m_headline = nullptr;
  QTabWidget* m_tabs = nullptr;
  DatasetBrowser* m_browser = nullptr;
  DatasetStatsView* m_stats = nullptr;
  DatasetSummaryView* m_summary = nullptr;
  QPushButton* m_pretrain = nullptr;
  QFutureWatcher<std::shared_ptr<const DatasetIndex>> m_indexer;
  int m_generation = 0;
  std::shared_ptr<std::atomic<bool>> m_indexCancel;  ///< set when another dataset replaces the one indexed
};

}  // namespace colorproxy
