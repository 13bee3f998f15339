#pragma once
#include <memory>

#include <QStringList>
#include <QVector>
#include <QWidget>

#include "colorproxy/data/dataset_stats.h"

class QCustomPlot;
class QLabel;
class QTreeWidget;

namespace colorproxy {

/// Statistics of a dataset as bar charts (QCustomPlot): images per split, images per class (stacked by
/// split) and each mask class's share of the pixels, in the mask colours; and the problem files.
class DatasetStatsView : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetStatsView(QWidget* parent = nullptr);

  /// Shows what the scan already knows (splits, problems); class counts wait for setStats.
  void setDataset(std::shared_ptr<const Dataset> dataset, const QVector<QRgb>& palette);
  /// Shows per-class counts (computeDatasetStats of the same dataset).
  void setStats(const DatasetStats& stats);
  void clear();

  /// What the charts show, for tests.
  QStringList splitLabels() const { return m_splitLabels; }
  QVector<double> splitCounts() const { return m_splitCounts; }
  QStringList classLabels() const { return m_classLabels; }
  QVector<double> classImageCounts() const { return m_classCounts; }
  QVector<double> pixelSharesPercent() const { return m_pixelShares; }
  int problemCount() const;
  QCustomPlot* splitPlot() const { return m_splitPlot; }
  QCustomPlot* classPlot() const { return m_classPlot; }
  QCustomPlot* pixelPlot() const { return m_pixelPlot; }

 private:
  void addProblems(const std::vector<DataProblem>& problems);

  std::shared_ptr<const Dataset> m_dataset;
  QVector<QRgb> m_palette;
  QLabel* m_status = nullptr;
  QCustomPlot* m_splitPlot = nullptr;
  QCustomPlot* m_classPlot = nullptr;
  QCustomPlot* m_pixelPlot = nullptr;
  QTreeWidget* m_problems = nullptr;
  QStringList m_splitLabels;
  QVector<double> m_splitCounts;
  QStringList m_classLabels;
  QVector<double> m_classCounts;
  QVector<double> m_pixelShares;
};

}  // namespace colorproxy
