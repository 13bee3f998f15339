#include "results/probeplot.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "results/resultplots.h"
#include "widgets/deltatext.h"

namespace colorproxy {
namespace {

// Four series share a level: each gets its own offset so that the error bars do not cover each other.
constexpr double kProbeSeriesStep = 0.08;

QColor probeArmColour(const QString& arm, const QColor& other) {
  if (arm == QLatin1String("pretrained")) return pretrainedColour();
  if (arm == QLatin1String("random")) return baselineColour();
  return other;
}

}  // namespace

ProbePlot::ProbePlot(QWidget* parent) : QWidget(parent) {
  m_caption = new QLabel(this);
  m_caption->setWordWrap(true);
  m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_plot = new QCustomPlot(this);
  m_plot->setMinimumSize(260, 190);
  m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  // The legend in a row of its own under the axes, as in the label-efficiency plot.
  placeLegendBelowAxes(m_plot, small);
  m_plot->xAxis->grid()->setVisible(false);
  m_plot->xAxis->setTickLabelFont(small);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_caption);
  layout->addWidget(m_plot, 1);
}

QString ProbePlot::captionText() const { return m_caption->text(); }

void ProbePlot::setResult(const ProbeResultFile& r) {
  m_plot->clearPlottables();
  m_linear.clear();
  m_knn.clear();
  m_linearErrors.clear();
  m_knnErrors.clear();
  m_segmentation.clear();
  m_segmentationErrors.clear();
  m_chance = nullptr;
  if (!r.ok()) {
    m_caption->setText(r.error);
    m_plot->setVisible(false);
    return;
  }
  m_plot->setVisible(true);
  if (r.segmentation)
    showSegmentation(r);
  else
    showLevels(r);
  fitLegendToWidth(m_plot);
  m_plot->replot();
}

void ProbePlot::setCaption(const QString& pattern, const ProbeResultFile& r) {
  QString caption = pattern.arg(QDir::toNativeSeparators(r.file)).arg(r.testImages).arg(r.classes);
  if (!r.model.isEmpty())
    caption += QLatin1Char(' ') + tr("Pretrained: %1.").arg(QFileInfo(r.model).fileName());
  m_caption->setText(caption);
  m_caption->setToolTip(QDir::toNativeSeparators(r.data));
}

void ProbePlot::setScoreRange(double low, double high) {
  if (!std::isfinite(low)) low = 0.0, high = 1.0;
  const double pad = std::max(0.01, (high - low) * 0.08);
  m_plot->yAxis->setRange(std::max(0.0, low - pad), std::min(1.0, high + pad));
}

void ProbePlot::showSegmentation(const ProbeResultFile& r) {
  m_plot->xAxis->setLabel(
      tr("initialisation of the frozen network (a 1×1 convolution reads its decoder's last features)"));
  m_plot->yAxis->setLabel(tr("test mIoU"));
  const int seeds = r.segmentationArms.isEmpty() ? 0 : r.segmentationArms.first().seeds;
  setCaption(
      tr("Segmentation probe (%1): test mIoU per initialisation, mean over %n seed(s) with 95 % intervals; "
         "%2 test images, %3 classes.",
         nullptr, seeds),
      r);

  double low = std::numeric_limits<double>::infinity(), high = -low;
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  const int armCount = int(r.segmentationArms.size());
  for (int a = 0; a < armCount; ++a) {
    const ProbeResultFile::SegmentationArm& arm = r.segmentationArms[a];
    const QColor colour = probeArmColour(arm.name, palette().color(QPalette::Text));
    QCPGraph* point = m_plot->addGraph();
    point->setName(ProbeResultFile::armText(arm.name));
    point->setLineStyle(QCPGraph::lsNone);
    point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 9));
    point->setData(QVector<double>{double(a)}, QVector<double>{arm.mean}, true);
    QCPErrorBars* bars = addIntervalBars(m_plot, point, colour, 1.5, 12);
    const auto [minus, plus] = intervalErrors(arm.mean, arm.low, arm.high);
    bars->setData(QVector<double>{minus}, QVector<double>{plus});
    m_segmentation.insert(arm.name, point);
    m_segmentationErrors.insert(arm.name, bars);
    ticker->addTick(a, ProbeResultFile::armText(arm.name));
    for (const double v : {arm.mean, arm.low, arm.high})
      if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
  }
  if (std::isfinite(r.majority)) {
    m_chance = m_plot->addGraph();
    m_chance->setName(tr("majority class everywhere"));
    m_chance->setPen(QPen(palette().color(QPalette::PlaceholderText), 1.5, Qt::DashDotLine));
    m_chance->setData(QVector<double>{-0.5, armCount - 0.5}, QVector<double>{r.majority, r.majority});
    low = std::min(low, r.majority);
    high = std::max(high, r.majority);
  }
  m_plot->xAxis->setTicker(ticker);
  m_plot->xAxis->setRange(-0.5, std::max(1, armCount) - 0.5);
  setScoreRange(low, high);
}

void ProbePlot::showLevels(const ProbeResultFile& r) {
  m_plot->xAxis->setLabel(tr("encoder level (0 = first, highest resolution)"));
  m_plot->yAxis->setLabel(tr("test mAP"));
  const int seeds =
      r.arms.isEmpty() || r.arms.first().levels.isEmpty() ? 0 : r.arms.first().levels.first().seeds;
  setCaption(tr("Frozen-encoder probes (%1): test mAP per encoder level, mean over %n seed(s) with "
                "95 % intervals; %2 test images, %3 classes.",
                nullptr, seeds),
             r);

  double low = std::numeric_limits<double>::infinity(), high = -low;
  int firstLevel = std::numeric_limits<int>::max(), lastLevel = std::numeric_limits<int>::min();
  const auto extend = [&](double v) {
    if (!std::isfinite(v)) return;
    low = std::min(low, v);
    high = std::max(high, v);
  };
  const int armCount = int(r.arms.size());
  for (int a = 0; a < armCount; ++a) {
    const ProbeResultFile::Arm& arm = r.arms[a];
    const QColor colour = probeArmColour(arm.name, palette().color(QPalette::Text));
    QVector<double> keysL, meanL, minusL, plusL, keysK, meanK, minusK, plusK;
    // Series order along a level: the linear probes of every arm, then their k-NN probes.
    const double linearOffset = (a - (2 * armCount - 1) / 2.0) * kProbeSeriesStep;
    const double knnOffset = (a + armCount - (2 * armCount - 1) / 2.0) * kProbeSeriesStep;
    for (const ProbeResultFile::Level& l : arm.levels) {
      firstLevel = std::min(firstLevel, l.level);
      lastLevel = std::max(lastLevel, l.level);
      keysL << l.level + linearOffset;
      meanL << l.linearMean;
      const auto [lm, lp] = intervalErrors(l.linearMean, l.linearLow, l.linearHigh);
      minusL << lm;
      plusL << lp;
      keysK << l.level + knnOffset;
      meanK << l.knnMean;
      const auto [km, kp] = intervalErrors(l.knnMean, l.knnLow, l.knnHigh);
      minusK << km;
      plusK << kp;
      for (double v : {l.linearMean, l.linearLow, l.linearHigh, l.knnMean, l.knnLow, l.knnHigh}) extend(v);
    }
    QCPGraph* linear = m_plot->addGraph();
    linear->setName(tr("%1: linear").arg(ProbeResultFile::armText(arm.name)));
    linear->setPen(QPen(colour, 2));
    linear->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 7));
    linear->setData(keysL, meanL, true);
    QCPGraph* knn = m_plot->addGraph();
    knn->setName(tr("%1: k-NN").arg(ProbeResultFile::armText(arm.name)));
    knn->setPen(QPen(colour, 1.5, Qt::DashLine));
    knn->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, colour, palette().color(QPalette::Base), 7));
    knn->setData(keysK, meanK, true);
    m_linear.insert(arm.name, linear);
    m_knn.insert(arm.name, knn);
    m_linearErrors.insert(arm.name, addIntervalBars(m_plot, linear, colour, 1.2, 7));
    m_knnErrors.insert(arm.name, addIntervalBars(m_plot, knn, colour, 1.2, 7));
    m_linearErrors.value(arm.name)->setData(minusL, plusL);
    m_knnErrors.value(arm.name)->setData(minusK, plusK);
  }
  if (firstLevel > lastLevel) firstLevel = lastLevel = 0;
  if (std::isfinite(r.chance)) {
    m_chance = m_plot->addGraph();
    m_chance->setName(tr("chance (a constant score)"));
    m_chance->setPen(QPen(palette().color(QPalette::PlaceholderText), 1.5, Qt::DashDotLine));
    m_chance->setData(QVector<double>{firstLevel - 0.5, lastLevel + 0.5},
                      QVector<double>{r.chance, r.chance});
    extend(r.chance);
  }
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  for (int level = firstLevel; level <= lastLevel; ++level) ticker->addTick(level, QString::number(level));
  m_plot->xAxis->setTicker(ticker);
  m_plot->xAxis->setRange(firstLevel - 0.5, lastLevel + 0.5);
  setScoreRange(low, high);
}

}  // namespace colorproxy
