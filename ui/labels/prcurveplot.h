#pragma once
#include <vector>

#include <QString>
#include <QWidget>

#include "colorproxy/eval/precision_recall.h"

class QCustomPlot;

namespace colorproxy {

/// Precision-recall curves of one class for the baseline and (optionally) the pretrained run, drawn as the
/// step function whose area is the average precision (so the shaded area equals the AP in the legend),
/// with the 0.5-threshold operating point marked.
class PrCurvePlot : public QWidget {
  Q_OBJECT

 public:
  explicit PrCurvePlot(QWidget* parent = nullptr);

  /// `pretrained` empty: one run. APs are shown in the legend (NaN: "undefined, no positive").
  void setCurves(const QString& className, const std::vector<PrecisionRecallPoint>& baseline,
                 double baselineAP, const std::vector<PrecisionRecallPoint>& pretrained, double pretrainedAP,
                 const QString& baselineName, const QString& pretrainedName);
  void clear();

  QCustomPlot* plot() const { return m_plot; }
  /// Area under the drawn baseline (0) or pretrained (1) step curve; equals the AP. For tests.
  double drawnArea(int graph) const;

 private:
  QCustomPlot* m_plot;
};

/// The curve as drawn: (0, P1), (R1, P1), (R2, P2), ... (keys recall, values precision; step to the right).
void prStepPoints(const std::vector<PrecisionRecallPoint>& curve, QVector<double>* recall,
                  QVector<double>* precision);

}  // namespace colorproxy
