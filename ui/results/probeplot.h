#pragma once
#include <QMap>
#include <QWidget>

#include "results/proberesultfile.h"

class QCPErrorBars;
class QCPGraph;
class QCustomPlot;
class QLabel;

namespace colorproxy {

/// A probe study's test mAP by encoder level (probe.json): for each arm (colorization-pretrained, random
/// init) the linear probe as a solid line and the k-NN probe as a dashed one, each point the mean over
/// seeds with its 95 % interval as an error bar, and the chance level as a grey dashed line. A segmentation
/// probe (probe-segmentation.json) is drawn as one point per arm (its test mIoU with the interval) and the
/// majority-class level as the grey dashed line.
class ProbePlot : public QWidget {
  Q_OBJECT

 public:
  explicit ProbePlot(QWidget* parent = nullptr);

  /// Shows `result` (or, when it is not ok(), its error instead of the axes).
  void setResult(const ProbeResultFile& result);

  QCustomPlot* plot() const { return m_plot; }
  QString captionText() const;
  /// The arm's linear / k-NN line and error bars (nullptr for an arm the result has not).
  QCPGraph* linearGraph(const QString& arm) const { return m_linear.value(arm); }
  QCPGraph* knnGraph(const QString& arm) const { return m_knn.value(arm); }
  QCPErrorBars* linearErrors(const QString& arm) const { return m_linearErrors.value(arm); }
  /// A segmentation probe's point for the arm and its error bar (nullptr for an arm the result has not).
  QCPGraph* segmentationGraph(const QString& arm) const { return m_segmentation.value(arm); }
  QCPErrorBars* segmentationErrors(const QString& arm) const { return m_segmentationErrors.value(arm); }
  /// The chance level (mAP by level) or the majority-class level (segmentation); nullptr when unknown.
  QCPGraph* chanceGraph() const { return m_chance; }

 private:
  void showLevels(const ProbeResultFile& result);
  void showSegmentation(const ProbeResultFile& result);
  /// The caption: `pattern` (%1 the file, %2 the test images, %3 the classes) and the pretrained model;
  /// the dataset as its tooltip.
  void setCaption(const QString& pattern, const ProbeResultFile& result);
  /// The y range around [low, high] (none finite: 0..1) with a margin, clipped to 0..1.
  void setScoreRange(double low, double high);

  QLabel* m_caption;
  QCustomPlot* m_plot;
  QCPGraph* m_chance = nullptr;
  QMap<QString, QCPGraph*> m_linear;
  QMap<QString, QCPGraph*> m_knn;
  QMap<QString, QCPErrorBars*> m_linearErrors;
  QMap<QString, QCPErrorBars*> m_knnErrors;
  QMap<QString, QCPGraph*> m_segmentation;
  QMap<QString, QCPErrorBars*> m_segmentationErrors;
};

}  // namespace colorproxy
