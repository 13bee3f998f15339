#include "runpair/pairedbarchart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QFontMetrics>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "core/numbertext.h"
#include "widgets/deltatext.h"

namespace colorproxy {

PairedBarChart::PairedBarChart(QWidget* parent)
    : QWidget(parent), m_threshold(std::numeric_limits<double>::quiet_NaN()) {
  m_plot = new QCustomPlot(this);
  m_plot->setMinimumHeight(140);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  // Beside the axes, at their top, one entry per row: inside them it covered bars (and, in a narrow window,
  // the axis label); under them, the class names already take the height.
  m_plot->legend->setVisible(true);
  m_plot->legend->setFont(small);
  m_plot->legend->setBorderPen(Qt::NoPen);
  m_plot->legend->setIconSize(14, 10);
  m_plot->axisRect()->insetLayout()->take(m_plot->legend);
  auto* side = new QCPLayoutGrid;
  m_plot->plotLayout()->addElement(0, 1, side);
  m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
  side->addElement(0, 0, m_plot->legend);
  side->addElement(1, 0, new QCPLayoutElement(m_plot));  // the room under the legend
  side->setRowStretchFactor(0, 0.001);
  side->setMargins(QMargins(0, 0, 0, 0));
  m_plot->xAxis->setTickLabelRotation(40);
  m_plot->xAxis->setTickLabelFont(small);
  m_plot->xAxis->grid()->setVisible(false);
  m_baselineName = tr("baseline");
  m_pretrainedName = tr("pretrained");
  // The axes' width is known after a layout: names thinned for the wrong width are redone once.
  connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
    if (updateTickLabels()) m_plot->replot(QCustomPlot::rpQueuedReplot);
  });
  connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
    const QString text = readoutAt(m_plot->xAxis->pixelToCoord(event->position().x()));
    if (text.isEmpty())
      QToolTip::hideText();
    else
      QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
  });
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

void PairedBarChart::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updateTickLabels();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool PairedBarChart::updateTickLabels() {
  // Slanted names need about two lines of text per category to stay apart, upright ones one line; with less
  // room only every k-th name is written (all of them in the hover read-out).
  const int lineHeight = QFontMetrics(m_plot->xAxis->tickLabelFont()).height();
  const int n = int(m_categories.size());
  // The axes' width once laid out (the legend and the value axis take the rest), an estimate before.
  const int axesWidth = m_plot->axisRect()->width() > 0 ? m_plot->axisRect()->width() : int(0.85 * width());
  const double perCategory = double(axesWidth) / std::max(1, n);
  const double rotation = perCategory < 2.0 * lineHeight ? 90 : 40;
  const bool rotated = rotation != m_plot->xAxis->tickLabelRotation();
  m_plot->xAxis->setTickLabelRotation(rotation);
  const int every = std::max(1, int(std::ceil(lineHeight / std::max(1.0, perCategory))));
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  QStringList labels;
  for (int i = 0; i < n; ++i) labels << (i % every == 0 ? m_categories[i] : QString());
  if (labels == m_tickLabels && m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>()) return rotated;
  m_tickLabels = labels;
  for (int i = 0; i < n; ++i) ticker->addTick(i + 1, m_tickLabels[i]);
  m_plot->xAxis->setTicker(ticker);
  return true;
}

QString PairedBarChart::readoutAt(double x) const {
  const int i = int(std::lround(x)) - 1;
  if (i < 0 || i >= m_categories.size()) return {};
  QStringList lines{m_categories[i]};
  const double a = m_baseline.value(i, std::numeric_limits<double>::quiet_NaN());
  lines << m_baselineName + QStringLiteral(": ") + decimalText(a);
  if (!m_pretrained.isEmpty()) {
    const double b = m_pretrained.value(i, std::numeric_limits<double>::quiet_NaN());
    lines << m_pretrainedName + QStringLiteral(": ") + decimalText(b);
  }
  return lines.join(QLatin1Char('\n'));
}

void PairedBarChart::rebuild() {
  m_plot->clearPlottables();
  m_plot->clearItems();
  m_deltaTexts.clear();
  const int n = int(m_categories.size());
  const bool paired = !m_pretrained.isEmpty();
  m_plot->yAxis->setLabel(m_valueLabel);

  updateTickLabels();
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
      // At the right end, clear of the value axis (at the left end the axis line crossed its first letter).
      label->position->setCoords(std::max(1, n) + 0.55, m_threshold);
      label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
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
