#include "compare/comparepage.h"

#include <cmath>

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_file.h"

#include "compare/maskcolours.h"
#include "compare/pairedbarchart.h"
#include "compare/runpairselector.h"
#include "compare/syncedimageview.h"

#include "widgets/deltatext.h"

namespace colorproxy {
namespace {

QImage toQImage(const cv::Mat& bgr) {
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

/// The image in `file` decoded with `flags`, or an empty Mat when it cannot be used (missing, corrupt, above
/// the pixel limit): the page shows a placeholder instead.
cv::Mat readOrEmpty(const QString& file, int flags) {
  try {
    return readImageFile(QFile::encodeName(file).toStdString(), flags);
  } catch (const DataError&) {
    return {};
  }
}

cv::Mat readIds(const QString& file) {
  cv::Mat m = readOrEmpty(file, cv::IMREAD_UNCHANGED);
  if (!m.empty() && m.type() != CV_8UC1) m.release();
  return m;
}

QString swatch(const QColor& c) {
  return QStringLiteral("<span style=\"background-color:%1;color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
      .arg(c.name());
}

QString percent(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? QStringLiteral("–")
                    : QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

QColor bgrColour(const cv::Vec3b& bgr) { return QColor(bgr[2], bgr[1], bgr[0]); }

}  // namespace

ComparePage::ComparePage(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("ComparePage"));
  m_selector = new RunPairSelector(QStringLiteral("segmentation"), this);
  m_status = new QLabel(tr("Does colorization pretraining help segmentation? Open an experiment folder, or "
                           "choose a baseline and a pretrained segmentation run, to compare their test "
                           "predictions image by image."),
                        this);
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

  m_orderBox = new QComboBox(this);
  m_orderBox->addItem(tr("Largest mIoU gain first"), int(SegmentationOrder::MeanIoUGain));
  m_orderBox->addItem(tr("Largest mIoU loss first"), int(SegmentationOrder::MeanIoULoss));
  m_orderBox->addItem(tr("Largest pixel-accuracy gain first"), int(SegmentationOrder::AccuracyGain));
  m_orderBox->addItem(tr("Largest pixel-accuracy loss first"), int(SegmentationOrder::AccuracyLoss));
  m_orderBox->addItem(tr("Test-set order"), int(SegmentationOrder::TestOrder));
  m_orderBox->setToolTip(tr("Order of the image list: per image, pretrained minus baseline"));
  m_prev = new QToolButton(this);
  m_prev->setArrowType(Qt::LeftArrow);
  m_prev->setToolTip(tr("Previous image (Page Up)"));
  m_next = new QToolButton(this);
  m_next->setArrowType(Qt::RightArrow);
  m_next->setToolTip(tr("Next image (Page Down)"));
  m_position = new QLabel(this);
  auto* fit = new QToolButton(this);
  fit->setText(tr("Fit"));
  fit->setToolTip(tr("Fit the images to the views (or double-click a view)"));
  auto* actual = new QToolButton(this);
  actual->setText(tr("1:1"));
  actual->setToolTip(tr("One photo pixel per screen pixel; the wheel zooms, dragging pans all views"));
  m_opacity = new QSlider(Qt::Horizontal, this);
  m_opacity->setRange(0, 100);
  m_opacity->setValue(70);
  m_opacity->setMaximumWidth(120);
  m_opacity->setToolTip(tr("Opacity of the masks over the photo"));

  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Order:"), this));
  bar->addWidget(m_orderBox);
  bar->addWidget(m_prev);
  bar->addWidget(m_position);
  bar->addWidget(m_next);
  bar->addStretch(1);
  bar->addWidget(fit);
  bar->addWidget(actual);
  bar->addWidget(new QLabel(tr("Mask opacity:"), this));
  bar->addWidget(m_opacity);

  // The five synchronised views and the legend, in a 3 x 2 grid.
  auto* grid = new QWidget(this);
  auto* gridLayout = new QGridLayout(grid);
  gridLayout->setContentsMargins(0, 0, 0, 0);
  gridLayout->setSpacing(4);
  m_sync = new ViewSync(this);
  const QString titles[ViewCount] = {tr("Input"), tr("Ground truth"), tr("Disagreement"), tr("Baseline"),
                                     tr("Pretrained")};
  for (int i = 0; i < ViewCount; ++i) {
    auto* cell = new QWidget(grid);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(titles[i]), cell);
    title->setObjectName(QStringLiteral("title%1").arg(i));
    m_views[i] = new SyncedImageView(cell);
    m_views[i]->setObjectName(QStringLiteral("view%1").arg(i));
    cellLayout->addWidget(title);
    cellLayout->addWidget(m_views[i], 1);
    gridLayout->addWidget(cell, i / 3, i % 3);
    m_sync->addView(m_views[i]);
    connect(m_views[i], &SyncedImageView::hovered, this, &ComparePage::updateHover);
  }
  m_views[InputView]->setPlaceholderText(tr("No runs open"));
  m_legend = new QLabel(grid);
  m_legend->setWordWrap(true);
  m_legend->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_legend->setTextFormat(Qt::RichText);
  m_hover = new QLabel(grid);
  m_hover->setWordWrap(true);
  auto* legendCell = new QWidget(grid);
  auto* legendLayout = new QVBoxLayout(legendCell);
  legendLayout->setContentsMargins(4, 0, 0, 0);
  legendLayout->addWidget(m_legend, 1);
  legendLayout->addWidget(m_hover);
  gridLayout->addWidget(legendCell, 1, 2);
  for (int c = 0; c < 3; ++c) gridLayout->setColumnStretch(c, 1);
  for (int r = 0; r < 2; ++r) gridLayout->setRowStretch(r, 1);

  m_list = new QTreeWidget(this);
  m_list->setRootIsDecorated(false);
  m_list->setUniformRowHeights(true);
  m_list->setHeaderLabels({tr("Image"), tr("Δ mIoU"), tr("Δ pixel acc.")});
  m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_list->header()->setStretchLastSection(false);
  m_list->setMinimumWidth(230);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(grid);
  top->addWidget(m_list);
  top->setStretchFactor(0, 1);
  top->setSizes({860, 260});

  m_chart = new PairedBarChart(this);
  m_chart->setValueLabel(tr("IoU"));
  m_chartScope = new QComboBox(this);
  m_chartScope->addItem(tr("Per-class IoU over all test images"));
  m_chartScope->addItem(tr("Per-class IoU of this image"));
  auto* chartBox = new QWidget(this);
  auto* chartLayout = new QVBoxLayout(chartBox);
  chartLayout->setContentsMargins(0, 0, 0, 0);
  chartLayout->setSpacing(2);
  auto* chartBar = new QHBoxLayout;
  chartBar->addWidget(m_chartScope);
  chartBar->addStretch(1);
  chartLayout->addLayout(chartBar);
  chartLayout->addWidget(m_chart, 1);

  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(top);
  split->addWidget(chartBox);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  split->setSizes({480, 220});

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_selector);
  layout->addWidget(m_status);
  layout->addLayout(bar);
  layout->addWidget(split, 1);

  m_watcher = new QFutureWatcher<SegmentationComparison>(this);
  connect(m_watcher, &QFutureWatcher<SegmentationComparison>::finished, this, &ComparePage::onLoaded);
  connect(m_selector, &RunPairSelector::pairSelected, this, &ComparePage::load);
  connect(m_selector, &RunPairSelector::problem, this, &ComparePage::showProblem);
  connect(m_orderBox, &QComboBox::currentIndexChanged, this,
          [this] { setOrder(SegmentationOrder(m_orderBox->currentData().toInt())); });
  connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (item) showImage(item->data(0, Qt::UserRole).toInt());
  });
  connect(m_prev, &QToolButton::clicked, this, [this] { showRow(m_list->currentIndex().row() - 1); });
  connect(m_next, &QToolButton::clicked, this, [this] { showRow(m_list->currentIndex().row() + 1); });
  auto* prevKey = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
  prevKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(prevKey, &QShortcut::activated, m_prev, &QToolButton::click);
  auto* nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
  nextKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(nextKey, &QShortcut::activated, m_next, &QToolButton::click);
  connect(fit, &QToolButton::clicked, m_sync, &ViewSync::fit);
  connect(actual, &QToolButton::clicked, this, [this] { m_sync->setScale(1.0); });
  connect(m_opacity, &QSlider::valueChanged, this, [this] {
    if (m_current >= 0) showImage(m_current);
  });
  connect(m_chartScope, &QComboBox::currentIndexChanged, this, &ComparePage::updateChart);
  fillList();
}

ComparePage::~ComparePage() { m_watcher->waitForFinished(); }

bool ComparePage::openExperiment(const QString& folder) { return m_selector->openFolder(folder); }

void ComparePage::openRuns(const QString& baselineDir, const QString& pretrainedDir) {
  m_selector->openRuns(baselineDir, pretrainedDir);
}

void ComparePage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  // First time on screen with nothing open: the last folder, or pairs in the runs folder.
  if (!m_shown)
    QTimer::singleShot(0, this, [this] {
      if (m_generation == 0) m_selector->openLastFolder();
    });
  m_shown = true;
}

bool ComparePage::isLoading() const { return m_watcher->isRunning(); }

QString ComparePage::statusText() const { return m_status->text(); }

QString ComparePage::legendText() const { return m_legend->text(); }

QString ComparePage::hoverText() const { return m_hover->text(); }

void ComparePage::load(const QString& baselineDir, const QString& pretrainedDir) {
  ++m_generation;
  m_status->setText(tr("Reading the test predictions of %1 and %2…")
                        .arg(QFileInfo(baselineDir).fileName(), QFileInfo(pretrainedDir).fileName()));
  const int generation = m_generation;
  m_watcher->setProperty("generation", generation);
  // A superseded load finishes in the pool unwatched; only the newest result is shown.
  m_watcher->setFuture(QtConcurrent::run(&SegmentationComparison::load, baselineDir, pretrainedDir));
}

void ComparePage::onLoaded() {
  if (m_watcher->property("generation").toInt() != m_generation) return;
  m_comparison = m_watcher->result();
  m_current = -1;
  if (!m_comparison.ok()) {
    showProblem(m_comparison.error);
    m_comparison.images.clear();
    fillList();
    return;
  }
  const SegmentationComparison& c = m_comparison;
  const double mB = c.baselineReport.meanIoU, mP = c.pretrainedReport.meanIoU;
  const double aB = c.baselineReport.pixelAccuracy, aP = c.pretrainedReport.pixelAccuracy;
  QString text =
      tr("<b>%1</b> test images. mIoU: baseline %2 → pretrained %3 (<span style=\"color:%4\">%5</span>); "
         "pixel accuracy %6 → %7 (<span style=\"color:%8\">%9</span>). Pretraining made %10 of the pixels "
         "right that the baseline got wrong, and %11 wrong that it got right.")
          .arg(c.images.size())
          .arg(metricText(mB), metricText(mP), deltaColour(mP - mB, palette()).name(),
               signedMetricText(mP - mB))
          .arg(metricText(aB), metricText(aP), deltaColour(aP - aB, palette()).name(),
               signedMetricText(aP - aB))
          .arg(percent(c.total.onlyPretrainedRight, c.total.counted()),
               percent(c.total.onlyBaselineRight, c.total.counted()));
  text += QStringLiteral("<br><small>%1: %2 · %3: %4</small>")
              .arg(tr("Baseline"), c.baseline.name, tr("Pretrained"), c.pretrained.name);
  if (!c.warnings.isEmpty())
    text += QStringLiteral("<br><small>") + c.warnings.join(QLatin1Char(' ')) + QStringLiteral("</small>");
  m_status->setText(text);
  m_chart->setSeriesNames(tr("baseline"), tr("pretrained"));
  fillList();
  if (!m_order.isEmpty()) showRow(0);
  m_sync->fit();
}

void ComparePage::showProblem(const QString& message) { m_status->setText(message.toHtmlEscaped()); }

void ComparePage::setOrder(SegmentationOrder order) {
  const int i = m_orderBox->findData(int(order));
  if (i >= 0 && i != m_orderBox->currentIndex()) {
    m_orderBox->setCurrentIndex(i);  // comes back here through the signal
    return;
  }
  const int current = m_current;
  fillList();
  const int row = int(m_order.indexOf(current));
  showRow(row >= 0 ? row : 0);
}

void ComparePage::fillList() {
  const QSignalBlocker block(m_list);
  m_list->clear();
  m_order = sortSegmentationImages(m_comparison.images, SegmentationOrder(m_orderBox->currentData().toInt()));
  for (int i : m_order) {
    const SegmentationImage& im = m_comparison.images[i];
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, QFileInfo(im.image).fileName());
    item->setToolTip(0, QDir::toNativeSeparators(im.image));
    item->setData(0, Qt::UserRole, i);
    item->setText(1, signedMetricText(im.meanIoUGain()));
    item->setForeground(1, deltaColour(im.meanIoUGain(), palette()));
    item->setText(2, signedMetricText(im.accuracyGain()));
    item->setForeground(2, deltaColour(im.accuracyGain(), palette()));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
  }
  m_list->resizeColumnToContents(1);
  m_list->resizeColumnToContents(2);
  m_prev->setEnabled(false);
  m_next->setEnabled(!m_order.isEmpty());
  m_position->setText(m_order.isEmpty() ? QString() : tr("– / %1").arg(m_order.size()));
  if (m_order.isEmpty()) {
    for (SyncedImageView* v : m_views) v->setImage(QImage());
    m_legend->clear();
    m_chart->clear();
  }
}

void ComparePage::showRow(int row) {
  if (row < 0 || row >= m_order.size()) return;
  m_list->setCurrentItem(m_list->topLevelItem(row));  // -> showImage through currentItemChanged
  if (m_current != m_order[row]) showImage(m_order[row]);
}

void ComparePage::showImage(int index) {
  if (index < 0 || index >= m_comparison.images.size()) return;
  const SegmentationImage& im = m_comparison.images[index];
  m_current = index;
  const int row = int(m_order.indexOf(index));
  m_position->setText(tr("%1 / %2").arg(row + 1).arg(m_order.size()));
  m_prev->setEnabled(row > 0);
  m_next->setEnabled(row + 1 < m_order.size());

  m_truth = readIds(im.truth);
  m_baseline = readIds(im.baseline);
  m_pretrained = readIds(im.pretrained);
  cv::Mat photo = readOrEmpty(im.image, cv::IMREAD_COLOR);
  if (m_truth.empty() || m_baseline.empty() || m_pretrained.empty() || m_baseline.size() != m_truth.size() ||
      m_pretrained.size() != m_truth.size()) {
    for (SyncedImageView* v : m_views) v->setImage(QImage());
    m_views[InputView]->setPlaceholderText(
        tr("The masks of %1 can no longer be read.").arg(QFileInfo(im.image).fileName()));
    m_legend->clear();
    return;
  }
  // Photo-sized views when the photo is still there (masks are stretched over it), else masks at 4x.
  const cv::Size size = photo.empty() ? cv::Size(m_truth.cols * 4, m_truth.rows * 4) : photo.size();
  m_sceneSize = QSizeF(size.width, size.height);
  const double opacity = m_opacity->value() / 100.0;
  const bool keepView = !m_sync->isFitting();
  m_views[InputView]->setImage(photo.empty() ? QImage() : toQImage(photo), m_sceneSize);
  m_views[InputView]->setPlaceholderText(
      tr("The photo %1 is not there any more.").arg(QDir::toNativeSeparators(im.image)));
  const auto colours = maskColours(m_comparison.classNames);
  m_views[TruthView]->setImage(toQImage(blendMask(m_truth, photo, opacity, colours)), m_sceneSize);
  m_views[BaselineView]->setImage(toQImage(blendMask(m_baseline, photo, opacity, colours)), m_sceneSize);
  m_views[PretrainedView]->setImage(toQImage(blendMask(m_pretrained, photo, opacity, colours)), m_sceneSize);
  const Disagreement d =
      computeDisagreement(m_truth, m_baseline, m_pretrained, SegmentationComparison::kIgnoreId);
  cv::Mat outcome = d.outcome;
  if (!photo.empty()) cv::resize(outcome, outcome, photo.size(), 0, 0, cv::INTER_NEAREST);
  m_views[DisagreementView]->setImage(toQImage(renderDisagreement(outcome, photo)), m_sceneSize);
  if (keepView) {
    m_sync->setScale(m_sync->scale());
  } else {
    m_sync->fit();
  }

  auto setTitle = [this](View v, const QString& text) {
    if (auto* l = findChild<QLabel*>(QStringLiteral("title%1").arg(int(v)))) l->setText(text);
  };
  setTitle(InputView, tr("<b>Input</b> %1").arg(QFileInfo(im.image).fileName()));
  setTitle(BaselineView, tr("<b>Baseline</b> · mIoU %1 · pixel acc. %2")
                             .arg(metricText(im.baselineMeanIoU), metricText(im.stats.baselineAccuracy())));
  setTitle(PretrainedView,
           tr("<b>Pretrained</b> · mIoU %1 · pixel acc. %2")
               .arg(metricText(im.pretrainedMeanIoU), metricText(im.stats.pretrainedAccuracy())));

  const DisagreementColours outcomeColours;
  const DisagreementStats& s = d.stats;
  QString legend = QStringLiteral("<table cellspacing=\"2\">");
  auto row2 = [&](const QString& sw, const QString& label, std::uint64_t n, const QString& share) {
    legend += QStringLiteral(
                  "<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                  .arg(sw, label, QString::number(n), share);
  };
  row2(swatch(bgrColour(outcomeColours.onlyPretrainedRight)), tr("only pretrained right"),
       s.onlyPretrainedRight, percent(s.onlyPretrainedRight, s.counted()));
  row2(swatch(bgrColour(outcomeColours.onlyBaselineRight)), tr("only baseline right"), s.onlyBaselineRight,
       percent(s.onlyBaselineRight, s.counted()));
  row2(swatch(QColor(140, 140, 140)), tr("both right"), s.bothRight, percent(s.bothRight, s.counted()));
  row2(swatch(QColor(60, 60, 60)), tr("both wrong"), s.bothWrong, percent(s.bothWrong, s.counted()));
  row2(QString(), tr("void (not judged)"), s.ignored, QString());
  legend += QStringLiteral("</table>");
  legend += tr("<p>This image: mIoU <span style=\"color:%1\">%2</span>, pixel accuracy "
               "<span style=\"color:%3\">%4</span>.</p>")
                .arg(deltaColour(im.meanIoUGain(), palette()).name(), signedMetricText(im.meanIoUGain()),
                     deltaColour(im.accuracyGain(), palette()).name(), signedMetricText(im.accuracyGain()));
  // The classes present in this image's truth or predictions, with their mask colours.
  QStringList classes;
  for (int c = 0; c < m_comparison.classNames.size(); ++c) {
    const bool present =
        !std::isnan(im.baselineIoU.value(c, NAN)) || !std::isnan(im.pretrainedIoU.value(c, NAN));
    if (!present) continue;
    classes << swatch(bgrColour(colours[std::size_t(c)])) + QStringLiteral("&nbsp;") +
                   m_comparison.classNames[c].toHtmlEscaped();
  }
  classes << tr("(%1: photo only)")
                 .arg(m_comparison.baseline.voidName.isEmpty()
                          ? tr("void")
                          : m_comparison.baseline.voidName.toHtmlEscaped());
  legend += QStringLiteral("<p>") + classes.join(QStringLiteral(" ")) + QStringLiteral("</p>");
  m_legend->setText(legend);
  updateChart();
}

void ComparePage::updateChart() {
  const SegmentationComparison& c = m_comparison;
  if (c.images.isEmpty()) {
    m_chart->clear();
    return;
  }
  if (m_chartScope->currentIndex() == 1 && m_current >= 0) {
    const SegmentationImage& im = c.images[m_current];
    m_chart->setData(c.classNames, im.baselineIoU, im.pretrainedIoU);
  } else {
    m_chart->setData(c.classNames, QVector<double>(c.baselineReport.iou.begin(), c.baselineReport.iou.end()),
                     QVector<double>(c.pretrainedReport.iou.begin(), c.pretrainedReport.iou.end()));
  }
}

void ComparePage::updateHover(const QPointF& pos, bool inside) {
  if (!inside || m_truth.empty() || m_sceneSize.isEmpty()) {
    m_hover->clear();
    return;
  }
  const int x = std::clamp(int(pos.x() * m_truth.cols / m_sceneSize.width()), 0, m_truth.cols - 1);
  const int y = std::clamp(int(pos.y() * m_truth.rows / m_sceneSize.height()), 0, m_truth.rows - 1);
  auto name = [this](int id) {
    if (id == SegmentationComparison::kIgnoreId)
      return m_comparison.baseline.voidName.isEmpty() ? tr("void") : m_comparison.baseline.voidName;
    return m_comparison.classNames.value(id, QString::number(id));
  };
  m_hover->setText(tr("At (%1, %2): truth %3 · baseline %4 · pretrained %5")
                       .arg(x)
                       .arg(y)
                       .arg(name(m_truth.at<std::uint8_t>(y, x)), name(m_baseline.at<std::uint8_t>(y, x)),
                            name(m_pretrained.at<std::uint8_t>(y, x))));
}

}  // namespace colorproxy
