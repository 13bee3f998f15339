#include "datasets/datasetstatsview.h"
#include "core/numbertext.h"

#include <algorithm>

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace colorproxy {
namespace {
constexpr int kMaxProblemRows = 2000;
const QColor kSplitColours[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                QColor(214, 39, 40), QColor(148, 103, 189)};

QCustomPlot* makePlot(QWidget* parent, const QString& title, int height) {
  auto* plot = new QCustomPlot(parent);
  plot->setMinimumHeight(height);
  plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  plot->plotLayout()->insertRow(0);
  auto* heading =
      new QCPTextElement(plot, title, QFont(plot->font().family(), plot->font().pointSize(), QFont::Bold));
  plot->plotLayout()->addElement(0, 0, heading);
  plot->xAxis->grid()->setVisible(false);
  plot->yAxis->setRange(0, 1);
  plot->setBackground(parent->palette().base());
  for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
    axis->setBasePen(QPen(parent->palette().color(QPalette::Text)));
    axis->setTickPen(QPen(parent->palette().color(QPalette::Text)));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(parent->palette().color(QPalette::Text));
    axis->setLabelColor(parent->palette().color(QPalette::Text));
  }
  heading->setTextColor(parent->palette().color(QPalette::Text));
  return plot;
}

void setCategoryTicks(QCustomPlot* plot, const QStringList& labels) {
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int i = 0; i < labels.size(); ++i) ticker->addTick(i, labels[i]);
  plot->xAxis->setTicker(ticker);
  plot->xAxis->setTickLabelRotation(labels.size() > 6 ? 60 : 0);
  plot->xAxis->setRange(-0.7, std::max(0.7, labels.size() - 0.3));
}
}  // namespace

DatasetStatsView::DatasetStatsView(QWidget* parent) : QWidget(parent) {
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  auto* content = new QWidget(this);
  m_splitPlot = makePlot(content, tr("Images per split"), 250);
  m_classPlot = makePlot(content, tr("Images per class"), 260);
  m_pixelPlot = makePlot(content, tr("Share of mask pixels per class (%)"), 250);
  // The split legend goes in a row of its own under the title, so it never covers a bar.
  m_classPlot->legend->setVisible(true);
  m_classPlot->legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
  m_classPlot->axisRect()->insetLayout()->take(m_classPlot->legend);
  m_classPlot->plotLayout()->insertRow(1);
  m_classPlot->plotLayout()->addElement(1, 0, m_classPlot->legend);
  m_classPlot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  m_classPlot->legend->setBorderPen(Qt::NoPen);
  m_classPlot->legend->setBrush(Qt::NoBrush);
  m_classPlot->legend->setTextColor(palette().color(QPalette::Text));
  m_classPlot->plotLayout()->setRowStretchFactor(1, 0.001);
  m_problems = new QTreeWidget(content);
  m_problems->setHeaderLabels({tr("Problem file"), tr("Problem"), tr("Split"), tr("What to do")});
  m_problems->setRootIsDecorated(false);
  m_problems->setMinimumHeight(140);
  m_problems->header()->setSectionResizeMode(0, QHeaderView::Interactive);
  m_problems->header()->resizeSection(0, 220);
  auto* contentLayout = new QVBoxLayout(content);
  contentLayout->setContentsMargins(0, 0, 0, 0);
  auto* top = new QHBoxLayout;
  top->addWidget(m_splitPlot, 1);
  top->addWidget(m_pixelPlot, 2);
  contentLayout->addLayout(top);
  contentLayout->addWidget(m_classPlot);
  contentLayout->addWidget(new QLabel(tr("<b>Problem files</b>"), content));
  contentLayout->addWidget(m_problems, 1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_status);
  layout->addWidget(scroll, 1);
  clear();
}

void DatasetStatsView::clear() {
  m_dataset.reset();
  m_splitLabels.clear();
  m_splitCounts.clear();
  m_classLabels.clear();
  m_classCounts.clear();
  m_pixelShares.clear();
  for (QCustomPlot* p : {m_splitPlot, m_classPlot, m_pixelPlot}) {
    p->clearPlottables();
    p->clearItems();
    p->replot();
  }
  m_problems->clear();
  m_status->setText(tr("Open a dataset to see its statistics."));
}

int DatasetStatsView::problemCount() const { return m_problems->topLevelItemCount(); }

void DatasetStatsView::addProblems(const std::vector<DataProblem>& problems) {
  QList<QTreeWidgetItem*> items;
  for (const DataProblem& p : problems) {
    if (m_problems->topLevelItemCount() + items.size() >= kMaxProblemRows) break;
    auto* item =
        new QTreeWidgetItem({QDir::toNativeSeparators(QString::fromStdString(p.file.filename().string())),
                             QString::fromLatin1(toString(p.kind)), QString::fromStdString(p.split),
                             QString::fromStdString(p.message)});
    item->setToolTip(0, QDir::toNativeSeparators(QString::fromStdString(p.file.string())));
    item->setToolTip(3, QString::fromStdString(p.message));
    items << item;
  }
  m_problems->addTopLevelItems(items);
}

void DatasetStatsView::setDataset(std::shared_ptr<const Dataset> dataset, const QVector<QRgb>& palette) {
  clear();
  m_dataset = std::move(dataset);
  m_palette = palette;
  if (!m_dataset) return;
  for (const DatasetSplit& s : m_dataset->splits) {
    m_splitLabels << QString::fromStdString(s.name);
    m_splitCounts << double(s.samples.size());
  }
  auto* bars = new QCPBars(m_splitPlot->xAxis, m_splitPlot->yAxis);
  bars->setWidth(0.6);
  bars->setPen(Qt::NoPen);
  bars->setBrush(kSplitColours[0]);
  QVector<double> keys;
  for (int i = 0; i < m_splitCounts.size(); ++i) keys << i;
  bars->setData(keys, m_splitCounts, true);
  setCategoryTicks(m_splitPlot, m_splitLabels);
  const double top =
      m_splitCounts.isEmpty() ? 1.0 : *std::max_element(m_splitCounts.begin(), m_splitCounts.end());
  m_splitPlot->yAxis->setRange(0, std::max(1.0, top * 1.2));
  m_splitPlot->clearItems();
  for (int i = 0; i < m_splitCounts.size(); ++i) {
    auto* label = new QCPItemText(m_splitPlot);
    label->position->setCoords(i, m_splitCounts[i]);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setText(decimalText(m_splitCounts[i], 0));
    label->setColor(QWidget::palette().color(QPalette::Text));
  }
  m_splitPlot->replot();
  addProblems(m_dataset->allProblems());
  m_status->setText(tr("Counting images and mask pixels per class…"));
}

void DatasetStatsView::setStats(const DatasetStats& stats) {
  if (!m_dataset) return;
  const bool labels = !m_dataset->labelClasses.empty();
  const bool masks = !m_dataset->maskClasses.empty();
  m_classLabels.clear();
  if (labels) {
    for (const auto& c : m_dataset->labelClasses) m_classLabels << QString::fromStdString(c);
  } else {
    for (const auto& c : m_dataset->maskClasses) m_classLabels << QString::fromStdString(c.name);
  }
  m_classCounts = QVector<double>(m_classLabels.size(), 0.0);
  m_classPlot->clearPlottables();
  QCPBars* below = nullptr;
  QVector<double> keys;
  for (int i = 0; i < m_classLabels.size(); ++i) keys << i;
  for (int s = 0; s < int(stats.splits.size()); ++s) {
    const SplitStats& split = stats.splits[s];
    const auto& counts = labels ? split.labelImages : split.maskImages;
    QVector<double> values(m_classLabels.size(), 0.0);
    for (int i = 0; i < values.size() && i < int(counts.size()); ++i) {
      values[i] = double(counts[i]);
      m_classCounts[i] += values[i];
    }
    auto* bars = new QCPBars(m_classPlot->xAxis, m_classPlot->yAxis);
    bars->setName(QString::fromStdString(split.split));
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kSplitColours[s % 5]);
    bars->setData(keys, values, true);
    if (below) bars->moveAbove(below);
    below = bars;
  }
  setCategoryTicks(m_classPlot, m_classLabels);
  const double top =
      m_classCounts.isEmpty() ? 1.0 : *std::max_element(m_classCounts.begin(), m_classCounts.end());
  m_classPlot->yAxis->setRange(0, std::max(1.0, top * 1.15));
  m_classPlot->legend->setVisible(stats.splits.size() > 1);
  m_classPlot->replot();

  m_pixelPlot->clearPlottables();
  m_pixelShares.clear();
  if (masks) {
    QStringList names;
    std::uint64_t total = 0;
    std::vector<std::uint64_t> pixels(m_dataset->maskClasses.size(), 0);
    for (const SplitStats& split : stats.splits) {
      total += split.totalPixels;
      for (std::size_t i = 0; i < pixels.size() && i < split.maskPixels.size(); ++i)
        pixels[i] += split.maskPixels[i];
    }
    for (std::size_t i = 0; i < pixels.size(); ++i) {
      const MaskClass& c = m_dataset->maskClasses[i];
      names << QString::fromStdString(c.name);
      const double share = total > 0 ? 100.0 * double(pixels[i]) / double(total) : 0.0;
      m_pixelShares << share;
      auto* bar = new QCPBars(m_pixelPlot->xAxis, m_pixelPlot->yAxis);
      bar->setWidth(0.7);
      bar->setPen(
          QPen(QColor(128, 128, 128)));  // an outline on light and dark themes: black classes stay visible
      const QRgb colour = c.id >= 0 && c.id < m_palette.size() ? m_palette[c.id] : qRgb(120, 120, 120);
      bar->setBrush(QColor::fromRgb(colour));
      bar->addData(double(i), share);
    }
    setCategoryTicks(m_pixelPlot, names);
    const double top =
        m_pixelShares.isEmpty() ? 1.0 : *std::max_element(m_pixelShares.begin(), m_pixelShares.end());
    m_pixelPlot->yAxis->setRange(0, std::max(1.0, top * 1.15));
  }
  m_pixelPlot->setVisible(masks);
  m_pixelPlot->replot();
  addProblems(stats.problems);
  std::size_t samples = 0;
  for (const SplitStats& s : stats.splits) samples += s.samples;
  // One plural per count (a message has one %n): "1 image in 1 split, 3 classes; 2 problem files."
  m_status->setText(tr("%1 in %2, %3; %4.")
                        .arg(tr("%n image(s)", nullptr, int(samples)),
                             tr("%n split(s)", nullptr, int(stats.splits.size())),
                             tr("%n class(es)", nullptr, int(m_classLabels.size())),
                             tr("%n problem file(s)", nullptr, problemCount())));
}

}  // namespace colorproxy
