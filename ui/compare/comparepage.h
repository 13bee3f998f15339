#pragma once
#include <QString>
#include <QVector>

#include <opencv2/core.hpp>

#include "compare/segmentationcomparison.h"
#include "runpair/runpairpage.h"

class QComboBox;
class QLabel;
class QSlider;
class QSplitter;
class QToolButton;

namespace colorproxy {

class PairedBarChart;
class SyncedImageView;
class ViewSync;

/// The Compare page: does pretraining help segmentation? A baseline and a pretrained run side by side
/// with the input and the ground truth (synchronised zoom and pan), a disagreement overlay showing where
/// only one of them is right, per-class IoU of both with the difference, and the test images ordered by
/// how much pretraining gained or lost on them.
class ComparePage : public RunPairPage {
  Q_OBJECT

 public:
  /// The views, in grid order.
  enum View { InputView, TruthView, DisagreementView, BaselineView, PretrainedView, ViewCount };

  explicit ComparePage(QWidget* parent = nullptr);

  /// currentImage() indexes its images.
  const SegmentationComparison& comparison() const { return m_comparison; }
  void setOrder(SegmentationOrder order);

  SyncedImageView* view(View v) const { return m_views[v]; }
  ViewSync* viewSync() const { return m_sync; }
  PairedBarChart* iouChart() const { return m_chart; }
  /// The current image's disagreement legend text.
  QString legendText() const;
  /// What the views show under the mouse (classes of truth and both predictions), empty when outside.
  QString hoverText() const;

 protected:
  void load(const QString& baselineDir, const QString& pretrainedDir) override;
  void fillList() override;
  void showImage(int index) override;

 private:
  QHBoxLayout* createToolBar();
  QWidget* createViewGrid();
  QWidget* createChart();
  void createLayout(QHBoxLayout* toolBar, QWidget* grid, QWidget* chart);
  void onLoaded(const SegmentationComparison& comparison);
  /// Draws the current masks (m_truth ...) over `photo` in the views; returns the pixel outcomes.
  DisagreementStats showMasks(const SegmentationImage& im, const cv::Mat& photo);
  void showLegend(const SegmentationImage& im, const DisagreementStats& stats);
  void updateChart();
  void updateHover(const QPointF& pos, bool inside);

  QToolButton* m_fit = nullptr;
  QToolButton* m_actual = nullptr;
  QComboBox* m_chartScope = nullptr;
  QSlider* m_opacity = nullptr;
  QLabel* m_legend = nullptr;
  QLabel* m_hover = nullptr;
  PairedBarChart* m_chart = nullptr;
  SyncedImageView* m_views[ViewCount];
  ViewSync* m_sync = nullptr;

  SegmentationComparison m_comparison;
  // The current image's masks (network size), for the hover read-out.
  cv::Mat m_truth, m_baseline, m_pretrained;
  QSizeF m_sceneSize;
};

}  // namespace colorproxy
