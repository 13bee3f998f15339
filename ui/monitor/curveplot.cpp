#include "monitor/curveplot.h"
#include "core/numbertext.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSlider>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "colorproxy/base/csv.h"

namespace colorproxy {
namespace {

// A colour-blind-friendly palette (Okabe–Ito), so two runs on one plot stay distinguishable.
const QColor kPalette[] = {QColor(0, 114, 178),   QColor(213, 94, 0),  QColor(0, 158, 115),
                           QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233),
                           QColor(120, 120, 120), QColor(240, 228, 66)};
constexpr int kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);
const Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                Qt::DashDotDotLine};
constexpr int kStyleCount = sizeof(kStyles) / sizeof(kStyles[0]);

// Names with their common dash-separated prefix removed ("camvid-seg-baseline-s1", "camvid-seg-pretrained-s1"
// -> "baseline-s1", "pretrained-s1"), so a legend of two runs stays narrow.
QStringList shortNames(const QStringList& names) {
  if (names.size() < 2) return names;
  int prefix = 0;
  const QString& first = names.first();
  for (int i = 0; i < first.size(); ++i) {
    bool same = true;
    for (const QString& n : names)
      if (n.size() <= i || n[i] != first[i]) same = false;
    if (!same) break;
    if (first[i] == QLatin1Char('-') || first[i] == QLatin1Char('_') || first[i] == QLatin1Char(' '))
      prefix = i + 1;
  }
  QStringList out;
  for (const QString& n : names) out << (n.size() > prefix ? n.mid(prefix) : n);
  return out;
}

const QRegularExpression& seedSuffix() {
  static const QRegularExpression re(QStringLiteral("^(.+?)[-_ ](?:seed|s)[-_ ]?\\d+$"),
                                     QRegularExpression::CaseInsensitiveOption);
  return re;
}

int nearestIndex(const QVector<double>& xs, double x) {
  if (xs.isEmpty()) return -1;
  const auto it = std::lower_bound(xs.begin(), xs.end(), x);
  if (it == xs.end()) return xs.size() - 1;
  const int i = static_cast<int>(it - xs.begin());
  if (i > 0 && std::abs(xs[i - 1] - x) <= std::abs(xs[i] - x)) return i - 1;
  return i;
}

}  // namespace

CurvePlot::CurvePlot(const QString& xLabel, const QString& yLabel, QWidget* parent) : QWidget(parent) {
  createPlot(xLabel, yLabel);
  QHBoxLayout* tools = createToolRow();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addLayout(tools);
  layout->addWidget(m_plot, 1);
}

void CurvePlot::createPlot(const QString& xLabel, const QString& yLabel) {
  m_plot = new QCustomPlot(this);
  m_plot->setMinimumHeight(80);
  m_plot->setNoAntialiasingOnDrag(true);
  m_plot->xAxis->setLabel(xLabel);
  m_plot->yAxis->setLabel(yLabel);
  m_plot->legend->setVisible(false);  // shown with the first series
  QFont legendFont = font();
  legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
  m_plot->legend->setFont(legendFont);
  m_plot->legend->setRowSpacing(-2);
  m_plot->legend->setBrush(QColor(255, 255, 255, 210));
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  m_cursor = new QCPItemStraightLine(m_plot);
  m_cursor->setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
  m_cursor->setVisible(false);

  m_replotTimer = new QTimer(this);
  m_replotTimer->setSingleShot(true);
  m_replotTimer->setInterval(100);
  connect(m_replotTimer, &QTimer::timeout, this, &CurvePlot::replotNow);

  connect(m_plot, &QCustomPlot::mouseMove, this, &CurvePlot::onMouseMove);
  connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_follow = false; });
  connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &CurvePlot::fitToData);
  connect(m_plot, &QCustomPlot::legendClick, this,
          [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
            auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
            if (!entry) return;
            QCPAbstractPlottable* p = entry->plottable();
            const bool visible = !p->visible();
            // The entry stands for its whole family: every seed's curve of that series.
            const Series* owner = nullptr;
            for (const Series& s : m_series)
              if (s.graph == p) owner = &s;
            for (Series& s : m_series)
              if (s.graph == p || (owner && s.unit == owner->unit && s.name == owner->name))
                s.graph->setVisible(visible);
            entry->setTextColor(visible ? m_plot->legend->textColor() : Qt::gray);
            scheduleReplot();
          });
}

QHBoxLayout* CurvePlot::createToolRow() {
  // Tool row: smoothing, log scale, fit, export.
  auto* tools = new QHBoxLayout;
  tools->setContentsMargins(0, 0, 0, 0);
  m_smoothingBox = new QWidget(this);
  auto* smoothingLayout = new QHBoxLayout(m_smoothingBox);
  smoothingLayout->setContentsMargins(0, 0, 0, 0);
  smoothingLayout->addWidget(new QLabel(tr("Smoothing"), m_smoothingBox));
  m_smoothingSlider = new QSlider(Qt::Horizontal, m_smoothingBox);
  m_smoothingSlider->setRange(0, 99);
  m_smoothingSlider->setMinimumWidth(50);
  m_smoothingSlider->setMaximumWidth(110);
  m_smoothingSlider->setToolTip(tr("Exponential moving average of each curve (0 = raw values)"));
  m_smoothingValue = new QLabel(QStringLiteral("0.00"), m_smoothingBox);
  m_smoothingValue->setMinimumWidth(32);
  smoothingLayout->addWidget(m_smoothingSlider);
  smoothingLayout->addWidget(m_smoothingValue);
  connect(m_smoothingSlider, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
  tools->addWidget(m_smoothingBox);
  m_logBox = new QCheckBox(tr("Log scale"), this);
  connect(m_logBox, &QCheckBox::toggled, this, &CurvePlot::setLogScale);
  tools->addWidget(m_logBox);
  tools->addStretch(1);
  auto* fit = new QToolButton(this);
  fit->setText(tr("Fit"));
  fit->setToolTip(tr("Show all data and follow new points (or double-click the plot)"));
  fit->setAutoRaise(true);
  connect(fit, &QToolButton::clicked, this, &CurvePlot::fitToData);
  tools->addWidget(fit);
  // Both exports behind one button: the row stays narrow enough for a 1.5x-scaled small screen.
  m_exportButton = new QToolButton(this);
  m_exportButton->setText(tr("Export"));
  m_exportButton->setToolTip(tr("Save this plot as a PNG image, or its raw points as CSV"));
  m_exportButton->setAutoRaise(true);
  m_exportButton->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(m_exportButton);
  menu->addAction(tr("Plot as PNG image…"), this, &CurvePlot::promptExportPng);
  menu->addAction(tr("Points as CSV…"), this, &CurvePlot::promptExportCsv);
  m_exportButton->setMenu(menu);
  tools->addWidget(m_exportButton);
  return tools;
}

QString CurvePlot::keyOf(const QString& group, const QString& series) { return group + QChar(0x1f) + series; }

CurvePlot::Series& CurvePlot::seriesFor(const QString& group, const QString& series, Axis axis) {
  const QString key = keyOf(group, series);
  auto it = m_series.find(key);
  if (it != m_series.end()) return it.value();
  Series s;
  s.group = group;
  s.name = series;
  s.axis = axis;
  s.smoother = EmaSmoother(m_smoothing);
  if (axis == Axis::Right && !m_hasRight) {
    m_hasRight = true;
    m_plot->yAxis2->setVisible(true);
  }
  s.graph = m_plot->addGraph(m_plot->xAxis, axis == Axis::Right ? m_plot->yAxis2 : m_plot->yAxis);
  m_plot->legend->setVisible(true);
  s.graph->setAdaptiveSampling(true);
  m_order << key;
  const bool newGroup = !m_groups.contains(group);
  if (newGroup) m_groups << group;
  it = m_series.insert(key, s);
  restyle();
  return it.value();
}

QString CurvePlot::familyOf(const QString& group) {
  const QRegularExpressionMatch m = seedSuffix().match(group);
  return m.hasMatch() ? m.captured(1) : group;
}

QStringList CurvePlot::legendTexts() const {
  QStringList texts;
  for (int i = 0; i < m_plot->legend->itemCount(); ++i)
    if (auto* item = qobject_cast<QCPPlottableLegendItem*>(m_plot->legend->item(i)))
      texts << item->plottable()->name();
  return texts;
}

void CurvePlot::restyle() {
  // One run: a colour per series. Several runs: a colour per run and a line style per series, so
  // "baseline" and "pretrained" read as two colours, as in the paper's Figure 8. Runs of one family
  // (seeds) share their colour and one legend entry.
  QStringList names;
  for (const auto& key : m_order) {
    const Series& s = m_series[key];
    if (!names.contains(s.name)) names << s.name;
  }
  QHash<QString, int> familySize;
  for (const QString& g : m_groups) ++familySize[familyOf(g)];
  QStringList units;  // in order of first appearance
  for (const QString& g : m_groups) {
    const QString unit = familySize[familyOf(g)] > 1 ? familyOf(g) : g;
    if (!units.contains(unit)) units << unit;
  }
  const bool byUnit = m_groups.size() > 1;
  const QStringList shortGroups = shortNames(m_groups);
  const QStringList shortUnits = shortNames(units);
  QSet<QString> listed;  // unit + series already in the legend
  int i = 0;
  for (const auto& key : m_order) {
    Series& s = m_series[key];
    const QString family = familyOf(s.group);
    const int seeds = familySize[family];
    s.unit = seeds > 1 ? family : s.group;
    const int u = units.indexOf(s.unit);
    QPen pen;
    pen.setWidthF(1.6);
    QString legendText;
    if (byUnit) {
      pen.setColor(kPalette[u % kPaletteSize]);
      pen.setStyle(kStyles[names.indexOf(s.name) % kStyleCount]);
      s.label = shortGroups[m_groups.indexOf(s.group)] + QStringLiteral(" · ") + s.name;
      legendText = seeds > 1 ? tr("%1 · %2 (%n seeds)", "", seeds).arg(shortUnits[u], s.name) : s.label;
    } else {
      pen.setColor(kPalette[i % kPaletteSize]);
      s.label = s.name;
      legendText = s.name;
    }
    const bool inLegend = !listed.contains(s.unit + QChar(0x1f) + s.name);
    listed.insert(s.unit + QChar(0x1f) + s.name);
    s.graph->setName(inLegend ? legendText : s.label);
    if (inLegend) {
      s.graph->addToLegend();
    } else {
      s.graph->removeFromLegend();
      // A hidden family hides its new seeds too.
      for (const Series& other : m_series)
        if (other.unit == s.unit && other.name == s.name && other.graph != s.graph && !other.graph->visible())
          s.graph->setVisible(false);
    }
    s.graph->setPen(pen);
    s.graph->setScatterStyle(m_markers ? QCPScatterStyle(QCPScatterStyle::ssDisc, pen.color(), 6)
                                       : QCPScatterStyle(QCPScatterStyle::ssNone));
    ++i;
  }
}

void CurvePlot::addPoint(const QString& group, const QString& series, double x, double y, Axis axis) {
  Series& s = seriesFor(group, series, axis);
  if (!s.xs.isEmpty() && x <= s.xs.last()) {
    const int keep = int(std::lower_bound(s.xs.begin(), s.xs.end(), x) - s.xs.begin());
    s.xs.resize(keep);
    s.ys.resize(keep);
    resmooth(s);
  }
  s.xs.push_back(x);
  s.ys.push_back(y);
  s.graph->addData(x, s.smoother.add(y));
  scheduleReplot();
}

void CurvePlot::clear() {
  m_plot->clearGraphs();
  m_series.clear();
  m_order.clear();
  m_groups.clear();
  m_hasRight = false;
  m_plot->yAxis2->setVisible(false);
  m_cursor->setVisible(false);
  m_follow = true;
  // An empty plot shows no axes of the run shown before, and no empty legend box.
  m_plot->legend->setVisible(false);
  for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2})
    axis->setRange(axis->scaleType() == QCPAxis::stLogarithmic ? QCPRange(0.1, 1.0) : QCPRange(0.0, 1.0));
  scheduleReplot();
}

void CurvePlot::setLeftAxisLabel(const QString& label) { m_plot->yAxis->setLabel(label); }

void CurvePlot::setIntegerX(bool on) {
  if (on) {
    // Whole steps only (epochs): 1, 2, 3 … or multiples of one when zoomed out, never 1.5.
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
  } else {
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  }
  scheduleReplot();
}

void CurvePlot::setPointMarkers(bool on) {
  m_markers = on;
  restyle();
  scheduleReplot();
}

void CurvePlot::setRightAxisLabel(const QString& label) { m_plot->yAxis2->setLabel(label); }

void CurvePlot::setSmoothing(double weight) {
  weight = std::clamp(weight, 0.0, 0.99);
  if (weight == m_smoothing) return;
  m_smoothing = weight;
  const int tick = static_cast<int>(std::lround(weight * 100));
  if (m_smoothingSlider->value() != tick) m_smoothingSlider->setValue(tick);
  m_smoothingValue->setText(decimalText(weight, 2));
  rebuildSmoothed();
}

void CurvePlot::setSmoothingControlVisible(bool visible) { m_smoothingBox->setVisible(visible); }

void CurvePlot::setLogScale(bool on) {
  if (m_logBox->isChecked() != on) m_logBox->setChecked(on);
  for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
    axis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on) {
      axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    } else {
      axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
  }
  m_follow = true;
  scheduleReplot();
}

void CurvePlot::setMaxReplotsPerSecond(int rate) { m_replotTimer->setInterval(1000 / std::max(1, rate)); }

void CurvePlot::resmooth(Series& s) {
  s.smoother = EmaSmoother(m_smoothing);
  QVector<double> values(s.ys.size());
  for (int i = 0; i < s.ys.size(); ++i) values[i] = s.smoother.add(s.ys[i]);
  s.graph->setData(s.xs, values, true);
}

void CurvePlot::rebuildSmoothed() {
  for (auto& s : m_series) resmooth(s);
  scheduleReplot();
}

QVector<QPointF> CurvePlot::rawPoints(const QString& group, const QString& series) const {
  QVector<QPointF> points;
  const auto it = m_series.constFind(keyOf(group, series));
  if (it == m_series.constEnd()) return points;
  for (int i = 0; i < it->xs.size(); ++i) points.push_back({it->xs[i], it->ys[i]});
  return points;
}

QVector<QPointF> CurvePlot::drawnPoints(const QString& group, const QString& series) const {
  QVector<QPointF> points;
  const auto it = m_series.constFind(keyOf(group, series));
  if (it == m_series.constEnd()) return points;
  for (auto d = it->graph->data()->constBegin(); d != it->graph->data()->constEnd(); ++d)
    points.push_back({d->key, d->value});
  return points;
}

QString CurvePlot::readoutAt(double x) const {
  QStringList lines;
  double shownX = x;
  bool haveX = false;
  for (const auto& key : m_order) {
    const Series& s = m_series[key];
    if (!s.graph->visible()) continue;
    const int i = nearestIndex(s.xs, x);
    if (i < 0) continue;
    if (!haveX) {
      shownX = s.xs[i];
      haveX = true;
    }
    const double drawn = (s.graph->data()->constBegin() + i)->value;
    QString line = s.label + QStringLiteral(": ") + QString::number(drawn, 'g', 5);
    if (m_smoothing > 0.0) line += tr(" (raw %1)").arg(QString::number(s.ys[i], 'g', 5));
    lines << line;
  }
  if (!haveX) return {};
  lines.prepend(m_plot->xAxis->label() + QLatin1Char(' ') + QString::number(shownX, 'g', 7));
  return lines.join(QLatin1Char('\n'));
}

bool CurvePlot::exportCsv(const QString& path, QString* error) const {
  QSaveFile file(path);  // written atomically: temp file + rename on commit
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  QTextStream out(&file);
  out << "group,series,x,y,smoothed\n";
  for (const auto& key : m_order) {
    const Series& s = m_series[key];
    EmaSmoother smoother(m_smoothing);
    for (int i = 0; i < s.xs.size(); ++i) {
      const CsvRecord row = {s.group.toStdString(), s.name.toStdString(),
                             QString::number(s.xs[i], 'g', 12).toStdString(),
                             QString::number(s.ys[i], 'g', 12).toStdString(),
                             QString::number(smoother.add(s.ys[i]), 'g', 12).toStdString()};
      out << QString::fromStdString(csvLine(row)) << '\n';
    }
  }
  out.flush();
  if (!file.commit()) {
    if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

bool CurvePlot::exportPng(const QString& path, int width, int height) const {
  return m_plot->savePng(path, width, height);
}

void CurvePlot::fitToData() {
  m_follow = true;
  m_dirty = true;
  replotNow();
}

void CurvePlot::scheduleReplot() {
  m_dirty = true;
  if (!m_replotTimer->isActive()) m_replotTimer->start();
}

void CurvePlot::replotNow() {
  if (!m_dirty) return;
  m_dirty = false;
  if (m_follow && !m_series.isEmpty()) {
    m_plot->rescaleAxes(true);
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
      if (axis->scaleType() == QCPAxis::stLinear) {
        const QCPRange r = axis->range();
        const double pad = r.size() > 0 ? r.size() * 0.05 : std::max(1e-3, std::abs(r.center()) * 0.05);
        axis->setRange(r.lower - pad, r.upper + pad);
      }
    }
  }
  m_plot->replot();
  ++m_replots;
}

void CurvePlot::onMouseMove(QMouseEvent* event) {
  if (event->buttons() != Qt::NoButton) {
    m_follow = false;  // the user is panning
    return;
  }
  const double x = m_plot->xAxis->pixelToCoord(event->position().x());
  const QString text = readoutAt(x);
  if (text.isEmpty()) {
    m_cursor->setVisible(false);
    return;
  }
  m_cursor->point1->setCoords(x, 0);
  m_cursor->point2->setCoords(x, 1);
  m_cursor->setVisible(true);
  QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
  scheduleReplot();
}

void CurvePlot::promptExportCsv() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export curves as CSV"), QString(), tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  QString error;
  if (!exportCsv(path, &error)) QMessageBox::warning(this, tr("Export failed"), error);
}

void CurvePlot::promptExportPng() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export plot as PNG"), QString(), tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  if (!exportPng(path, 0, 0))
    QMessageBox::warning(this, tr("Export failed"),
                         tr("Cannot write %1: check that the folder exists and is writable.").arg(path));
}

}  // namespace colorproxy
