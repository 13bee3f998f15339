#pragma once
#include <QFutureWatcher>
#include <QString>
#include <QVector>
#include <QWidget>

#include <opencv2/core.hpp>

#include "compare/segmentationcomparison.h"

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class QTreeWidget;

namespace colorproxy {

class PairedBarChart;
class RunPairSelector;
class SyncedImageView;
class ViewSync;

/// The Compare page: does pretraining help segmentation? A baseline and a pretrained run side by side
/// with the input and the ground truth (synchronised zoom and pan), a disagreement overlay showing where
/// only one of them is right, per-class IoU of both with the difference, and the test images ordered by
/// how much pretraining gained or lost on them.
class ComparePage : public QWidget {
  Q_OBJECT

 public:
  /// The views, in grid order.
  enum View { InputView, TruthView, DisagreementView, BaselineView, PretrainedView, ViewCount };

  explicit ComparePage(QWidget* parent = nullptr);
  ~ComparePage() override;

  /// Opens an experiment (or runs) folder and compares its first seed's pair.
  bool openExperiment(const QString& folder);
  /// Compares two run folders.
  void openRuns(const QString& baselineDir, const QString& pretrainedDir);

  bool isLoading() const;
  const SegmentationComparison& comparison() const { return m_comparison; }
  /// Index into comparison().images of the image shown, or −1.
  int currentImage() const { return m_current; }
  /// Shows the image at `row` of the sorted list.
  void showRow(int row);
  void setOrder(SegmentationOrder order);
  /// The image indices in list order.
  const QVector<int>& order() const { return m_order; }

  SyncedImageView* view(View v) const { return m_views[v]; }
  ViewSync* viewSync() const { return m_sync; }
  PairedBarChart* iouChart() const { return m_chart; }
  QTreeWidget* imageList() const { return m_list; }
  RunPairSelector* selector() const { return m_selector; }
  /// The status line (summary or the reason nothing is shown).
  QString statusText() const;
  /// The current image's disagreement legend text.
  QString legendText() const;
  /// What the views show under the mouse (classes of truth and both predictions), empty when outside.
  QString hoverText() const;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void load(const QString& baselineDir, const QString& pretrainedDir);
  void onLoaded();
  void fillList();
  void showImage(int index);
  void updateChart();
  void showProblem(const QString& message);
  void updateHover(const QPointF& pos, bool inside);

  RunPairSelector* m_selector;
  QLabel* m_status;
  QComboBox* m_orderBox;
  QComboBox* m_chartScope;
  QToolButton* m_prev;
  QToolButton* m_next;
  QLabel* m_position;
  QSlider* m_opacity;
  QLabel* m_legend;
  QLabel* m_hover;
  QTreeWidget* m_list;
  PairedBarChart* m_chart;
  SyncedImageView* m_views[ViewCount];
  ViewSync* m_sync;

  QFutureWatcher<SegmentationComparison>* m_watcher;
  int m_generation = 0;
  bool m_shown = false;
  SegmentationComparison m_comparison;
  QVector<int> m_order;
  int m_current = -1;
  // The current image's masks (network size), for the hover read-out.
  cv::Mat m_truth, m_baseline, m_pretrained;
  QSizeF m_sceneSize;
};

}  // namespace colorproxy
