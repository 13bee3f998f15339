#include "compare/comparepage.h"

#include <cmath>

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_file.h"

#include "compare/maskcolours.h"
#include "compare/syncedimageview.h"
#include "runpair/pairedbarchart.h"

#include "core/numbertext.h"
#include "core/workpool.h"
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

// A small colour square with an outline in `outline` (the text colour), so that black, grey and dark
// classes stay visible on a dark window; an inline PNG, as rich text draws no borders around text.
QString swatch(const QColor& c, const QColor& outline) {
  QImage image(14, 12, QImage::Format_ARGB32);
  image.fill(Qt::transparent);
  {
    QPainter painter(&image);
    painter.setPen(QColor(outline.red(), outline.green(), outline.blue(), 170));
    painter.setBrush(c);
    painter.drawRect(QRect(0, 0, image.width() - 1, image.height() - 1));
  }
  QBuffer png;
  png.open(QIODevice::WriteOnly);
  image.save(&png, "PNG");
  return QStringLiteral("<img src=\"data:image/png;base64,%1\">")
      .arg(QString::fromLatin1(png.data().toBase64()));
}

QColor bgrColour(const cv::Vec3b& bgr) { return QColor(bgr[2], bgr[1], bgr[0]); }

}  // namespace

ComparePage::ComparePage(QWidget* parent)
    : RunPairPage(QStringLiteral("segmentation"),
                  tr("Does colorization pretraining help segmentation? Open an experiment folder, or "
                     "choose a baseline and a pretrained segmentation run, to compare their test "
                     "predictions image by image."),
                  parent) {
  setObjectName(QStringLiteral("ComparePage"));
  QHBoxLayout* toolBar = createToolBar();
  QWidget* grid = createViewGrid();
  createImageList();
  m_list->setHeaderLabels({tr("Image"), tr("Δ mIoU"), tr("Δ pixel acc.")});
  m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_list->setMinimumWidth(190);
  QWidget* chart = createChart();
  createLayout(toolBar, grid, chart);
  fillList();
}

QHBoxLayout* ComparePage::createToolBar() {
  QHBoxLayout* bar = createNavigationBar({
      {tr("Largest mIoU gain first"), int(SegmentationOrder::MeanIoUGain)},
      {tr("Largest mIoU loss first"), int(SegmentationOrder::MeanIoULoss)},
      {tr("Largest pixel-accuracy gain first"), int(SegmentationOrder::AccuracyGain)},
      {tr("Largest pixel-accuracy loss first"), int(SegmentationOrder::AccuracyLoss)},
      {tr("Test-set order"), int(SegmentationOrder::TestOrder)},
  });
  m_orderBox->setToolTip(tr("Order of the image list: per image, pretrained minus baseline"));
  m_fit = new QToolButton(this);
  m_fit->setText(tr("Fit"));
  m_fit->setToolTip(tr("Fit the images to the views (or double-click a view)"));
  m_actual = new QToolButton(this);
  m_actual->setText(tr("1:1"));
  m_actual->setToolTip(tr("One photo pixel per screen pixel; the wheel zooms, dragging pans all views"));
  m_opacity = new QSlider(Qt::Horizontal, this);
  m_opacity->setRange(0, 100);
  m_opacity->setValue(70);
  m_opacity->setMaximumWidth(120);
  m_opacity->setToolTip(tr("Opacity of the masks over the photo"));
  connect(m_opacity, &QSlider::valueChanged, this, [this] {
    if (m_current >= 0) showImage(m_current);
  });

  bar->insertWidget(0, new QLabel(tr("Order:"), this));
  bar->addStretch(1);
  bar->addWidget(m_fit);
  bar->addWidget(m_actual);
  bar->addWidget(new QLabel(tr("Mask opacity:"), this));
  bar->addWidget(m_opacity);
  return bar;
}

QWidget* ComparePage::createViewGrid() {
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
    title->setWordWrap(
        true);  // "Pretrained · mIoU 0.143 · pixel acc. 0.476" wraps instead of widening the page
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
  connect(m_fit, &QToolButton::clicked, m_sync, &ViewSync::fit);
  connect(m_actual, &QToolButton::clicked, this, [this] { m_sync->setScale(1.0); });

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
  return grid;
}

QWidget* ComparePage::createChart() {
  m_chart = new PairedBarChart(this);
  m_chart->setValueLabel(tr("IoU"));
  m_chartScope = new QComboBox(this);
  m_chartScope->addItem(tr("Per-class IoU over all test images"));
  m_chartScope->addItem(tr("Per-class IoU of this image"));
  connect(m_chartScope, &QComboBox::currentIndexChanged, this, &ComparePage::updateChart);
  auto* chartBox = new QWidget(this);
  auto* chartLayout = new QVBoxLayout(chartBox);
  chartLayout->setContentsMargins(0, 0, 0, 0);
  chartLayout->setSpacing(2);
  auto* chartBar = new QHBoxLayout;
  chartBar->addWidget(m_chartScope);
  chartBar->addStretch(1);
  chartLayout->addLayout(chartBar);
  chartLayout->addWidget(m_chart, 1);
  return chartBox;
}

void ComparePage::createLayout(QHBoxLayout* toolBar, QWidget* grid, QWidget* chart) {
  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(grid);
  top->addWidget(m_list);
  top->setStretchFactor(0, 1);
  top->setSizes({860, 260});
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(top);
  split->addWidget(chart);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  split->setSizes({480, 220});
  pageLayout()->addLayout(toolBar);
  pageLayout()->addWidget(split, 1);
}

QString ComparePage::legendText() const { return m_legend->text(); }

QString ComparePage::hoverText() const { return m_hover->text(); }

void ComparePage::load(const QString& baselineDir, const QString& pretrainedDir) {
  startLoad<SegmentationComparison>(
      tr("Reading the test predictions of %1 and %2…")
          .arg(QFileInfo(baselineDir).fileName(), QFileInfo(pretrainedDir).fileName()),
      QtConcurrent::run(workPool(), &SegmentationComparison::load, baselineDir, pretrainedDir),
      [this](const SegmentationComparison& c) { onLoaded(c); });
}

void ComparePage::onLoaded(const SegmentationComparison& comparison) {
  m_comparison = comparison;
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
          .arg(decimalText(mB), decimalText(mP), deltaColour(mP - mB, palette()).name(),
               signedDecimalText(mP - mB))
          .arg(decimalText(aB), decimalText(aP), deltaColour(aP - aB, palette()).name(),
               signedDecimalText(aP - aB))
          .arg(percentText(double(c.total.onlyPretrainedRight), double(c.total.counted())),
               percentText(double(c.total.onlyBaselineRight), double(c.total.counted())));
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

void ComparePage::setOrder(SegmentationOrder order) { setOrderValue(int(order)); }

void ComparePage::fillList() {
  const QSignalBlocker block(m_list);
  m_list->clear();
  m_order = sortSegmentationImages(m_comparison.images, SegmentationOrder(orderValue()));
  for (int i : m_order) {
    const SegmentationImage& im = m_comparison.images[i];
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, QFileInfo(im.image).fileName());
    item->setToolTip(0, QDir::toNativeSeparators(im.image));
    item->setData(0, Qt::UserRole, i);
    item->setText(1, signedDecimalText(im.meanIoUGain()));
    item->setForeground(1, deltaColour(im.meanIoUGain(), palette()));
    item->setText(2, signedDecimalText(im.accuracyGain()));
    item->setForeground(2, deltaColour(im.accuracyGain(), palette()));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
  }
  m_list->resizeColumnToContents(1);
  m_list->resizeColumnToContents(2);
  resetNavigation();
  if (m_order.isEmpty()) {
    for (SyncedImageView* v : m_views) v->setImage(QImage());
    m_legend->clear();
    m_chart->clear();
  }
}

void ComparePage::showImage(int index) {
  if (index < 0 || index >= m_comparison.images.size()) return;
  const SegmentationImage& im = m_comparison.images[index];
  markCurrent(index);

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
  const DisagreementStats stats = showMasks(im, photo);
  auto setTitle = [this](View v, const QString& text) {
    if (auto* l = findChild<QLabel*>(QStringLiteral("title%1").arg(int(v)))) l->setText(text);
  };
  setTitle(InputView, tr("<b>Input</b> %1").arg(QFileInfo(im.image).fileName()));
  setTitle(BaselineView, tr("<b>Baseline</b> · mIoU %1 · pixel acc. %2")
                             .arg(decimalText(im.baselineMeanIoU), decimalText(im.stats.baselineAccuracy())));
  setTitle(PretrainedView,
           tr("<b>Pretrained</b> · mIoU %1 · pixel acc. %2")
               .arg(decimalText(im.pretrainedMeanIoU), decimalText(im.stats.pretrainedAccuracy())));
  showLegend(im, stats);
  updateChart();
}

DisagreementStats ComparePage::showMasks(const SegmentationImage& im, const cv::Mat& photo) {
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
  return d.stats;
}

void ComparePage::showLegend(const SegmentationImage& im, const DisagreementStats& s) {
  const DisagreementColours outcomeColours;
  const QColor text = palette().color(QPalette::WindowText);
  QString legend = QStringLiteral("<table cellspacing=\"2\">");
  auto row2 = [&](const QString& sw, const QString& label, std::uint64_t n, const QString& share) {
    legend += QStringLiteral(
                  "<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                  .arg(sw, label, QString::number(n), share);
  };
  row2(swatch(bgrColour(outcomeColours.onlyPretrainedRight), text), tr("only pretrained right"),
       s.onlyPretrainedRight, percentText(double(s.onlyPretrainedRight), double(s.counted())));
  row2(swatch(bgrColour(outcomeColours.onlyBaselineRight), text), tr("only baseline right"),
       s.onlyBaselineRight, percentText(double(s.onlyBaselineRight), double(s.counted())));
  row2(swatch(QColor(140, 140, 140), text), tr("both right"), s.bothRight,
       percentText(double(s.bothRight), double(s.counted())));
  row2(swatch(QColor(60, 60, 60), text), tr("both wrong"), s.bothWrong,
       percentText(double(s.bothWrong), double(s.counted())));
  row2(QString(), tr("void (not judged)"), s.ignored, QString());
  legend += QStringLiteral("</table>");
  legend += tr("<p>This image: mIoU <span style=\"color:%1\">%2</span>, pixel accuracy "
               "<span style=\"color:%3\">%4</span>.</p>")
                .arg(deltaColour(im.meanIoUGain(), palette()).name(), signedDecimalText(im.meanIoUGain()),
                     deltaColour(im.accuracyGain(), palette()).name(), signedDecimalText(im.accuracyGain()));
  // The classes present in this image's truth or predictions, with their mask colours.
  const auto colours = maskColours(m_comparison.classNames);
  QStringList classes;
  for (int c = 0; c < m_comparison.classNames.size(); ++c) {
    const bool present =
        !std::isnan(im.baselineIoU.value(c, NAN)) || !std::isnan(im.pretrainedIoU.value(c, NAN));
    if (!present) continue;
    classes << swatch(bgrColour(colours[std::size_t(c)]), text) + QStringLiteral("&nbsp;") +
                   m_comparison.classNames[c].toHtmlEscaped();
  }
  classes << tr("(%1: photo only)")
                 .arg(m_comparison.baseline.voidName.isEmpty()
                          ? tr("void")
                          : m_comparison.baseline.voidName.toHtmlEscaped());
  legend += QStringLiteral("<p>") + classes.join(QStringLiteral(" ")) + QStringLiteral("</p>");
  m_legend->setText(legend);
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
