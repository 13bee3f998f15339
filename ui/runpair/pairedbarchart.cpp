#include "runpair/pairedbarchart.h"
#include "core/numbertext.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QVBoxLayout>

#include <qcustomplot.h>

#include "widgets/deltatext.h"

namespace colorproxy {

PairedBarChart::PairedBarChart(QWidget* parent)
    : QWidget(parent), m_threshold(std::numeric_limits<double>::quiet_NaN()) {
  m_plot = new QCustomPlot(this);
  m_plot->setMinimumHeight(140);
  m_plot->legend->setVisible(true);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  m_plot->legend->setFont(small);
  m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
  m_plot->legend->setWrap(4);
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  m_plot->xAxis->setTickLabelRotation(40);
  m_plot->xAxis->setTickLabelFont(small);
  m_plot->xAxis->grid()->setVisible(false);
  m_baselineName = tr("baseline");
  m_pretrainedName = tr("pretrained");
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
  rebuild();
}

void PairedBarChart::setValueLabel(const QString& label) {
  m_valueLabel = label;
  rebuild();
}

void PairedBarChart::setSeriesNames(const QString& baseline, const QString& pretrained) {
  m_baselineName = baseline;
  m_pretrainedName = pretrained;
  rebuild();
}

void PairedBarChart::setData(const QStringList& categories, const QVector<double>& baseline,
                             const QVector<double>& pretrained) {
  m_categories = categories;
  m_baseline = baseline;
  m_pretrained = pretrained;
  if (m_marks.size() != categories.size()) m_marks.clear();
  rebuild();
}

void PairedBarChart::setShowDeltas(bool on) {
  m_showDeltas = on;
  rebuild();
}

void PairedBarChart::setHighlighted(const QVector<bool>& marks, const QString& legendText) {
  m_marks = marks;
  m_marksLegend = legendText;
  rebuild();
}

void PairedBarChart::setThreshold(double value, const QString& label) {
  m_threshold = value;
  m_thresholdLabel = label;
  rebuild();
}

void PairedBarChart::clear() {
  m_categories.clear();
  m_baseline.clear();
  m_pretrained.clear();
  m_marks.clear();
  rebuild();
}

void PairedBarChart::rebuild() {
  m_plot->clearPlottables();
  m_plot->clearItems();
  m_deltaTexts.clear();
  const int n = int(m_categories.size());
  const bool paired = !m_pretrained.isEmpty();
  m_plot->yAxis->setLabel(m_valueLabel);

  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int i = 0; i < n; ++i) ticker->addTick(i + 1, m_categories[i]);
  m_plot->xAxis->setTicker(ticker);
  m_plot->xAxis->setRange(0.4, std::max(1, n) + 0.6);

  // Shaded categories first, under the bars.
  bool anyMark = false;
  for (int i = 0; i < n && i < m_marks.size(); ++i) {
    if (!m_marks[i]) continue;
    auto* rect = new QCPItemRect(m_plot);
    rect->setLayer(QStringLiteral("grid"));
    rect->topLeft->setCoords(i + 0.5, 1e9);
    rect->bottomRight->setCoords(i + 1.5, -1e9);
    rect->setPen(Qt::NoPen);
    rect->setBrush(QColor(0, 158, 115, 55));
    anyMark = true;
  }

  const double width = paired ? 0.38 : 0.6;
  auto addBars = [&](const QVector<double>& values, const QColor& colour, const QString& name,
                     double offset) {
    auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(name);
    bars->setWidth(width);
    bars->setPen(QPen(colour.darker(120)));
    bars->setBrush(colour);
    QVector<double> keys, vals;
    for (int i = 0; i < n && i < values.size(); ++i) {
      if (!std::isfinite(values[i])) continue;
      keys << i + 1 + offset;
      vals << values[i];
    }
    bars->setData(keys, vals, true);
  };
  addBars(m_baseline, baselineColour(), m_baselineName, paired ? -width / 2 : 0.0);
  if (paired) addBars(m_pretrained, pretrainedColour(), m_pretrainedName, width / 2);

  double top = 1.0;
  for (const QVector<double>* v : {&m_baseline, &m_pretrained})
    for (double x : *v)
      if (std::isfinite(x)) top = std::max(top, x);
  const bool deltas = paired && m_showDeltas;
  m_plot->yAxis->setRange(0.0, top * (deltas ? 1.12 : 1.04));

  if (deltas) {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * (n > 14 ? 0.7 : 0.8));
    for (int i = 0; i < n; ++i) {
      const double a = m_baseline.value(i, std::numeric_limits<double>::quiet_NaN());
      const double b = m_pretrained.value(i, std::numeric_limits<double>::quiet_NaN());
      if (!std::isfinite(a) || !std::isfinite(b) || (a == 0.0 && b == 0.0)) {  // nothing to compare
        m_deltaTexts << QString();
        continue;
      }
      const double d = b - a;
      const QString text = signedDecimalText(d, 2);  // the locale's decimal mark; no sign on a zero
      m_deltaTexts << text;
      auto* label = new QCPItemText(m_plot);
      label->position->setCoords(i + 1, std::max(a, b) + top * 0.02);
      label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
      label->setText(text);
      label->setFont(small);
      label->setColor(deltaColour(d, palette(), 0.005));
      if (n > 14) {  // narrow groups: write the numbers upwards
        label->setRotation(-90);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
      }
    }
  }

  if (std::isfinite(m_threshold)) {
    auto* line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(0, m_threshold);
    line->point2->setCoords(1, m_threshold);
    line->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
    if (!m_thresholdLabel.isEmpty()) {
      auto* label = new QCPItemText(m_plot);
      label->setText(m_thresholdLabel);
      label->setColor(palette().color(QPalette::Text));
      label->position->setCoords(0.45, m_threshold);
      label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    }
  }

  if (anyMark && !m_marksLegend.isEmpty()) {
    // A legend entry for the shading: an empty bars plottable with the same brush.
    auto* swatch = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    swatch->setName(m_marksLegend);
    swatch->setPen(Qt::NoPen);
    swatch->setBrush(QColor(0, 158, 115, 90));
  }
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace colorproxy
