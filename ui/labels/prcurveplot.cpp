#include "labels/prcurveplot.h"

#include <cmath>

#include <QVBoxLayout>

#include <qcustomplot.h>

#include "core/numbertext.h"
#include "widgets/deltatext.h"

namespace colorproxy {

void prStepPoints(const std::vector<PrecisionRecallPoint>& curve, QVector<double>* recall,
                  QVector<double>* precision) {
  recall->clear();
  precision->clear();
  if (curve.empty()) return;
  recall->append(0.0);
  precision->append(curve.front().precision);
  for (const PrecisionRecallPoint& p : curve) {
    recall->append(p.recall);
    precision->append(p.precision);
  }
}

PrCurvePlot::PrCurvePlot(QWidget* parent) : QWidget(parent) {
  m_plot = new QCustomPlot(this);
  m_plot->setMinimumSize(240, 200);
  m_plot->xAxis->setLabel(tr("recall"));
  m_plot->yAxis->setLabel(tr("precision"));
  m_plot->xAxis->setRange(0.0, 1.0);
  m_plot->yAxis->setRange(0.0, 1.05);
  m_plot->legend->setVisible(true);
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
}

void PrCurvePlot::clear() {
  m_plot->clearGraphs();
  m_plot->clearItems();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PrCurvePlot::setCurves(const QString& className, const std::vector<PrecisionRecallPoint>& baseline,
                            double baselineAP, const std::vector<PrecisionRecallPoint>& pretrained,
                            double pretrainedAP, const QString& baselineName, const QString& pretrainedName) {
  clear();
  auto add = [&](const std::vector<PrecisionRecallPoint>& curve, double ap, const QColor& colour,
                 const QString& name) {
    QCPGraph* g = m_plot->addGraph();
    QVector<double> r, p;
    prStepPoints(curve, &r, &p);
    g->setData(r, p, true);
    g->setLineStyle(QCPGraph::lsStepRight);
    g->setPen(QPen(colour, 2));
    QColor fill = colour;
    fill.setAlpha(40);
    g->setBrush(fill);
    g->setName(std::isfinite(ap) ? tr("%1: AP %2").arg(name).arg(decimalText(ap))
                                 : tr("%1: AP undefined (no positive)").arg(name));
    // The operating point of the 0.5 threshold: the lowest threshold still >= 0.5.
    const PrecisionRecallPoint* op = nullptr;
    for (const PrecisionRecallPoint& pt : curve)
      if (pt.threshold >= 0.5) op = &pt;
    if (op) {
      QCPGraph* marker = m_plot->addGraph();
      marker->setData(QVector<double>{op->recall}, QVector<double>{op->precision});
      marker->setLineStyle(QCPGraph::lsNone);
      marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 9));
      marker->removeFromLegend();
    }
  };
  add(baseline, baselineAP, baselineColour(), baselineName);
  if (!pretrained.empty()) add(pretrained, pretrainedAP, pretrainedColour(), pretrainedName);
  auto* title = new QCPItemText(m_plot);
  title->position->setType(QCPItemPosition::ptAxisRectRatio);
  title->position->setCoords(0.98, 0.02);
  title->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
  title->setText(tr("%1 (○ = threshold 0.5)").arg(className));
  title->setColor(palette().color(QPalette::Text));
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double PrCurvePlot::drawnArea(int graph) const {
  // Graphs alternate curve, operating-point marker: find the graph-th curve.
  int seen = 0;
  for (int i = 0; i < m_plot->graphCount(); ++i) {
    QCPGraph* g = m_plot->graph(i);
    if (g->lineStyle() != QCPGraph::lsStepRight) continue;
    if (seen++ != graph) continue;
    double area = 0.0, prevKey = 0.0;
    bool first = true;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
      if (!first) area += (it->key - prevKey) * it->value;
      prevKey = it->key;
      first = false;
    }
    return area;
  }
  return std::nan("");
}

}  // namespace colorproxy
