#include "results/labelefficiencyplot.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QVBoxLayout>

#include <qcustomplot.h>

#include "results/resultplots.h"
#include "results/verdicttext.h"
#include "widgets/deltatext.h"

namespace colorproxy {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kArmOffset = 0.07;   // the two arms' points beside each other, so their bars don't overlap
constexpr double kTrivialHalf = 0.4;  // half the width of a fraction's trivial-predictor segment

QCPGraph* addArm(QCustomPlot* plot, const QColor& colour, QCPScatterStyle::ScatterShape shape) {
  auto* graph = plot->addGraph();
  graph->setPen(QPen(colour, 2));
  graph->setScatterStyle(QCPScatterStyle(shape, colour, colour, 8));
  return graph;
}

}  // namespace

LabelEfficiencyPlot::LabelEfficiencyPlot(QWidget* parent) : QWidget(parent) {
  m_plot = new QCustomPlot(this);
  m_plot->setMinimumSize(260, 190);
  m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  m_baseline = addArm(m_plot, baselineColour(), QCPScatterStyle::ssCircle);
  m_baseline->setName(tr("baseline (random init)"));
  m_pretrained = addArm(m_plot, pretrainedColour(), QCPScatterStyle::ssDiamond);
  m_pretrained->setName(tr("colorization-pretrained"));
  m_baselineErrors = addIntervalBars(m_plot, m_baseline, baselineColour(), 1.5, 9);
  m_pretrainedErrors = addIntervalBars(m_plot, m_pretrained, pretrainedColour(), 1.5, 9);
  m_trivial = m_plot->addGraph();
  m_trivial->setName(tr("trivial predictor"));
  m_trivial->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));

  // The legend in a row of its own under the axes: it never covers a point or an error bar.
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  placeLegendBelowAxes(m_plot, small);
  m_plot->xAxis->grid()->setVisible(false);
  m_plot->xAxis->setTickLabelFont(small);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
}

void LabelEfficiencyPlot::setRows(const std::vector<const ExperimentTaskResult*>& rows) {
  QVector<double> keysB, valuesB, minusB, plusB, keysP, valuesP, minusP, plusP, trivialKeys, trivialValues;
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  m_categories.clear();
  double low = std::numeric_limits<double>::infinity(), high = -low;
  const auto extend = [&](double v) {
    if (!std::isfinite(v)) return;
    low = std::min(low, v);
    high = std::max(high, v);
  };
  QString metric;
  bool sameTrivial = true;
  double firstTrivial = kNaN;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const ExperimentTaskResult& row = *rows[i];
    const double x = double(i + 1);
    m_categories << VerdictText::fractionWithImages(row, QStringLiteral("\n"));
    ticker->addTick(x, m_categories.last());
    const ReportedMetric* m = row.primary();
    if (!m) continue;
    if (metric.isEmpty()) metric = VerdictText::metricName(m->name);
    keysB << x - kArmOffset;
    valuesB << m->baselineMean;
    const auto [bm, bp] = intervalErrors(m->baselineMean, m->baselineCiLow, m->baselineCiHigh);
    minusB << bm;
    plusB << bp;
    keysP << x + kArmOffset;
    valuesP << m->pretrainedMean;
    const auto [pm, pp] = intervalErrors(m->pretrainedMean, m->pretrainedCiLow, m->pretrainedCiHigh);
    minusP << pm;
    plusP << pp;
    for (double v : {m->baselineMean, m->baselineCiLow, m->baselineCiHigh, m->pretrainedMean,
                     m->pretrainedCiLow, m->pretrainedCiHigh, m->trivial})
      extend(v);
    if (std::isfinite(m->trivial)) {
      if (std::isnan(firstTrivial)) firstTrivial = m->trivial;
      sameTrivial = sameTrivial && m->trivial == firstTrivial;
      if (!trivialKeys.isEmpty()) {  // a gap between two fractions' segments
        trivialKeys << x - 0.5;
        trivialValues << kNaN;
      }
      trivialKeys << x - kTrivialHalf << x + kTrivialHalf;
      trivialValues << m->trivial << m->trivial;
    }
  }
  const double n = double(std::max<std::size_t>(rows.size(), 1));
  if (sameTrivial && std::isfinite(firstTrivial)) {  // one value: one line across the whole plot
    trivialKeys = {0.5, n + 0.5};
    trivialValues = {firstTrivial, firstTrivial};
  }
  m_baseline->setData(keysB, valuesB, true);
  m_pretrained->setData(keysP, valuesP, true);
  m_baselineErrors->setData(minusB, plusB);
  m_pretrainedErrors->setData(minusP, plusP);
  m_trivial->setData(trivialKeys, trivialValues, true);
  m_trivial->setVisible(!trivialKeys.isEmpty());
  if (trivialKeys.isEmpty())
    m_trivial->removeFromLegend();
  else
    m_trivial->addToLegend();

  m_plot->xAxis->setTicker(ticker);
  m_plot->xAxis->setRange(0.5, n + 0.5);
  m_plot->xAxis->setLabel(tr("share of the labelled training images"));
  m_plot->yAxis->setLabel(metric);
  if (!std::isfinite(low)) {
    low = 0.0;
    high = 1.0;
  }
  const double pad = std::max(0.02, 0.1 * (high - low));
  m_plot->yAxis->setRange(low >= 0.0 ? std::max(0.0, low - pad) : low - pad, high + pad);
  m_trivial->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
  fitLegendToWidth(m_plot);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace colorproxy
