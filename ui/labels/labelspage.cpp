#include "labels/labelspage.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/pixel_limit.h"
#include "labels/prcurveplot.h"
#include "runpair/pairedbarchart.h"
#include "runpair/runpairselector.h"
#include "widgets/imageview.h"

#include "core/numbertext.h"
#include "core/workpool.h"
#include "widgets/deltatext.h"

namespace colorproxy {
namespace {

constexpr int kMaxBars = 24;  // more classes than this: show the true and the most likely ones

// A tree item that sorts numbers as numbers.
class NumericItem : public QTreeWidgetItem {
 public:
  using QTreeWidgetItem::QTreeWidgetItem;
  bool operator<(const QTreeWidgetItem& other) const override {
    const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
    const QVariant a = data(c, Qt::UserRole + 1), b = other.data(c, Qt::UserRole + 1);
    if (a.isValid() && b.isValid()) return a.toDouble() < b.toDouble();
    return QTreeWidgetItem::operator<(other);
  }
};

void setNumber(QTreeWidgetItem* item, int column, double value, const QString& text) {
  item->setText(column, text);
  item->setData(column, Qt::UserRole + 1, std::isfinite(value) ? value : -1e300);
  item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

}  // namespace

LabelsPage::LabelsPage(QWidget* parent)
    : RunPairPage(QStringLiteral("classification"),
                  tr("Open an experiment folder, or choose a baseline and a pretrained multilabel "
                     "classification run, to see their predicted label probabilities image by image "
                     "and their precision-recall curves class by class."),
                  parent) {
  setObjectName(QStringLiteral("LabelsPage"));
  m_selector->setAllowSingle(true);
  QWidget* imagesTab = createImagesTab();
  QWidget* classesTab = createClassesTab();
  m_tabs = new QTabWidget(this);
  m_tabs->addTab(imagesTab, tr("Images"));
  m_tabs->addTab(classesTab, tr("Precision–recall by class"));
  pageLayout()->addWidget(m_tabs, 1);
  fillList();
}

QWidget* LabelsPage::createImagesTab() {
  // Sorted list | photo and labels over the probability bars.
  QHBoxLayout* bar = createNavigationBar({
      {tr("Highest baseline loss first"), int(LabelsOrder::BaselineLoss)},
      {tr("Highest pretrained loss first"), int(LabelsOrder::PretrainedLoss)},
      {tr("Largest loss reduction by pretraining first"), int(LabelsOrder::LossGain)},
      {tr("Most baseline label errors first"), int(LabelsOrder::BaselineErrors)},
      {tr("Most pretrained label errors first"), int(LabelsOrder::PretrainedErrors)},
      {tr("Test-set order"), int(LabelsOrder::TestOrder)},
  });
  bar->setStretchFactor(m_orderBox, 1);
  m_orderBox->setToolTip(
      tr("Loss: the image's binary cross-entropy averaged over classes; errors: labels "
         "wrong at the 0.5 threshold"));
  m_onlyRelevant = new QCheckBox(tr("Only true and likely classes"), this);
  m_onlyRelevant->setToolTip(tr("Show the true classes and those with a probability of at least 0.1"));
  connect(m_onlyRelevant, &QCheckBox::toggled, this, [this] {
    if (m_current >= 0) showImage(m_current);
  });
  createImageList();
  m_list->setMinimumWidth(220);

  m_image = new ImageView(this);
  m_image->setPlaceholderText(tr("No runs open"));
  m_image->setMinimumSize(160, 140);
  m_labels = new QLabel(this);
  m_labels->setWordWrap(true);
  m_labels->setTextFormat(Qt::RichText);
  m_labels->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_labels->setMinimumWidth(140);
  m_chart = new PairedBarChart(this);
  m_chart->setValueLabel(tr("probability"));
  m_chart->setShowDeltas(false);
  m_chart->setThreshold(ClassificationComparison::kThreshold, tr("threshold 0.5"));

  // The labels and predictions of an image with many classes are longer than the row is high: they scroll
  // (a splitter does not grow a word-wrapped label to its text's height, it cut the text off).
  auto* labelsScroll = new QScrollArea(this);
  labelsScroll->setWidget(m_labels);
  labelsScroll->setWidgetResizable(true);
  labelsScroll->setFrameShape(QFrame::NoFrame);
  labelsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  labelsScroll->setMinimumWidth(m_labels->minimumWidth() +
                                labelsScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
  m_labels->setMinimumWidth(0);  // the scroll area holds the width; the text wraps to its viewport
  auto* imageRow = new QSplitter(Qt::Horizontal, this);
  imageRow->addWidget(m_image);
  imageRow->addWidget(labelsScroll);
  imageRow->setStretchFactor(0, 3);
  imageRow->setStretchFactor(1, 2);
  auto* detail = new QSplitter(Qt::Vertical, this);
  detail->addWidget(imageRow);
  detail->addWidget(m_chart);
  detail->setStretchFactor(0, 1);
  detail->setStretchFactor(1, 1);

  auto* listBox = new QWidget(this);
  auto* listLayout = new QVBoxLayout(listBox);
  listLayout->setContentsMargins(0, 0, 0, 0);
  listLayout->addLayout(bar);
  listLayout->addWidget(m_list, 1);
  listLayout->addWidget(m_onlyRelevant);

  auto* imagesTab = new QSplitter(Qt::Horizontal, this);
  imagesTab->addWidget(listBox);
  imagesTab->addWidget(detail);
  imagesTab->setStretchFactor(1, 1);
  imagesTab->setSizes({380, 740});
  return imagesTab;
}

QWidget* LabelsPage::createClassesTab() {
  // AP table | precision-recall curves.
  m_classes = new QTreeWidget(this);
  m_classes->setRootIsDecorated(false);
  m_classes->setUniformRowHeights(true);
  m_classes->setSortingEnabled(true);
  m_classes->header()->setStretchLastSection(false);
  connect(m_classes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (item) showClass(item->data(0, Qt::UserRole).toInt());
  });
  m_pr = new PrCurvePlot(this);
  auto* classesTab = new QSplitter(Qt::Horizontal, this);
  classesTab->addWidget(m_classes);
  classesTab->addWidget(m_pr);
  classesTab->setStretchFactor(1, 1);
  classesTab->setSizes({430, 690});
  return classesTab;
}

QString LabelsPage::labelsText() const { return m_labels->text(); }

QString LabelsPage::baselineName() const {
  if (m_comparison.paired()) return tr("baseline");
  return m_comparison.baseline.isPretrained() ? tr("pretrained") : tr("baseline");
}

QString LabelsPage::pretrainedName() const { return tr("pretrained"); }

void LabelsPage::load(const QString& baselineDir, const QString& pretrainedDir) {
  startLoad<ClassificationComparison>(
      tr("Reading the test predictions of %1…").arg(QFileInfo(baselineDir).fileName()),
      QtConcurrent::run(workPool(), &ClassificationComparison::load, baselineDir, pretrainedDir),
      [this](const ClassificationComparison& c) { onLoaded(c); });
}

void LabelsPage::onLoaded(const ClassificationComparison& comparison) {
  m_comparison = comparison;
  m_current = -1;
  m_class = -1;
  if (!m_comparison.ok()) {
    showProblem(m_comparison.error);
    m_comparison.images.clear();
    m_comparison.classes.clear();
    fillList();
    return;
  }
  const ClassificationComparison& c = m_comparison;
  m_status->setText(summaryText());
  m_onlyRelevant->setChecked(c.classNames.size() > kMaxBars);
  enablePairedOrders();
  m_chart->setSeriesNames(baselineName(), pretrainedName());
  fillList();
  if (!m_order.isEmpty()) showRow(0);
  // The class table starts on the class whose AP changed most (or the first).
  int best = 0;
  double bestDelta = -1.0;
  for (int k = 0; k < c.classes.size(); ++k) {
    const double d = std::abs(c.classes[k].pretrainedAP - c.classes[k].baselineAP);
    if (std::isfinite(d) && d > bestDelta) {
      bestDelta = d;
      best = k;
    }
  }
  if (!c.classes.isEmpty()) showClass(best);
}

QString LabelsPage::summaryText() const {
  const ClassificationComparison& c = m_comparison;
  QString text;
  if (c.paired()) {
    const double b = c.baselineReport.meanAveragePrecision, p = c.pretrainedReport.meanAveragePrecision;
    text = tr("<b>%1</b> test images, %2 classes. mAP: baseline %3 → pretrained %4 "
              "(<span style=\"color:%5\">%6</span>); exact match %7 → %8.")
               .arg(c.images.size())
               .arg(c.classNames.size())
               .arg(decimalText(b), decimalText(p), deltaColour(p - b, palette()).name(),
                    signedDecimalText(p - b))
               .arg(decimalText(c.baselineReport.exactMatchAccuracy),
                    decimalText(c.pretrainedReport.exactMatchAccuracy));
    text += QStringLiteral("<br><small>%1: %2 · %3: %4</small>")
                .arg(tr("Baseline"), c.baseline.name, tr("Pretrained"), c.pretrained.name);
  } else {
    text = tr("<b>%1</b> test images, %2 classes. %3 (%4): mAP %5, exact match %6.")
               .arg(c.images.size())
               .arg(c.classNames.size())
               .arg(c.baseline.name, baselineName(), decimalText(c.baselineReport.meanAveragePrecision),
                    decimalText(c.baselineReport.exactMatchAccuracy));
  }
  if (!c.warnings.isEmpty())
    text += QStringLiteral("<br><small>") + c.warnings.join(QLatin1Char(' ')).toHtmlEscaped() +
            QStringLiteral("</small>");
  return text;
}

void LabelsPage::enablePairedOrders() {
  const ClassificationComparison& c = m_comparison;
  // Orders that need the pretrained run make no sense for one run.
  for (LabelsOrder o : {LabelsOrder::PretrainedLoss, LabelsOrder::LossGain, LabelsOrder::PretrainedErrors}) {
    const int i = m_orderBox->findData(int(o));
    if (auto* model = qobject_cast<QStandardItemModel*>(m_orderBox->model()))
      if (QStandardItem* item = model->item(i)) item->setEnabled(c.paired());
  }
  if (!c.paired() && orderValue() != int(LabelsOrder::BaselineLoss) &&
      orderValue() != int(LabelsOrder::BaselineErrors) && orderValue() != int(LabelsOrder::TestOrder)) {
    const QSignalBlocker block(m_orderBox);
    m_orderBox->setCurrentIndex(m_orderBox->findData(int(LabelsOrder::BaselineLoss)));
  }
}

void LabelsPage::setOrder(LabelsOrder order) { setOrderValue(int(order)); }

void LabelsPage::fillList() {
  fillImageList();
  fillClassList();
  resetNavigation();
  if (m_order.isEmpty()) {
    m_image->setImage(QImage());
    m_labels->clear();
    m_chart->clear();
    m_pr->clear();
  }
}

void LabelsPage::fillImageList() {
  const ClassificationComparison& c = m_comparison;
  const bool paired = c.paired();
  const QSignalBlocker block(m_list);
  m_list->clear();
  m_list->setColumnCount(paired ? 5 : 3);
  if (paired) {
    m_list->setHeaderLabels({tr("Image"), tr("Loss B"), tr("Loss P"), tr("Err B"), tr("Err P")});
  } else {
    m_list->setHeaderLabels({tr("Image"), tr("Loss"), tr("Errors")});
  }
  m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_list->headerItem()->setToolTip(1, tr("Binary cross-entropy of the image, averaged over the classes"));
  m_order = sortLabelsImages(c.images, LabelsOrder(orderValue()));
  for (int i : m_order) {
    const LabelsImage& im = c.images[i];
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, QFileInfo(im.image).fileName());
    item->setToolTip(0, QDir::toNativeSeparators(im.image));
    item->setData(0, Qt::UserRole, i);
    setNumber(item, 1, im.baselineLoss, decimalText(im.baselineLoss));
    if (paired) {
      setNumber(item, 2, im.pretrainedLoss, decimalText(im.pretrainedLoss));
      item->setForeground(2, deltaColour(im.baselineLoss - im.pretrainedLoss, palette()));
      setNumber(item, 3, im.baselineErrors, QString::number(im.baselineErrors));
      setNumber(item, 4, im.pretrainedErrors, QString::number(im.pretrainedErrors));
      item->setForeground(4, deltaColour(im.baselineErrors - im.pretrainedErrors, palette()));
    } else {
      setNumber(item, 2, im.baselineErrors, QString::number(im.baselineErrors));
    }
  }
  for (int col = 1; col < m_list->columnCount(); ++col) m_list->resizeColumnToContents(col);
}

void LabelsPage::fillClassList() {
  const ClassificationComparison& c = m_comparison;
  const bool paired = c.paired();
  const QSignalBlocker block(m_classes);
  m_classes->clear();
  m_classes->setColumnCount(paired ? 5 : 3);
  if (paired) {
    m_classes->setHeaderLabels(
        {tr("Class"), tr("Positives"), tr("AP baseline"), tr("AP pretrained"), tr("Δ AP")});
  } else {
    m_classes->setHeaderLabels({tr("Class"), tr("Positives"), tr("AP")});
  }
  m_classes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  for (int k = 0; k < c.classes.size(); ++k) {
    const LabelsClassCurve& cc = c.classes[k];
    auto* item = new NumericItem(m_classes);
    item->setText(0, c.classNames.value(k));
    item->setData(0, Qt::UserRole, k);
    setNumber(item, 1, double(cc.positives), QString::number(cc.positives));
    setNumber(item, 2, cc.baselineAP, decimalText(cc.baselineAP));
    if (paired) {
      setNumber(item, 3, cc.pretrainedAP, decimalText(cc.pretrainedAP));
      const double d = cc.pretrainedAP - cc.baselineAP;
      setNumber(item, 4, d, signedDecimalText(d));
      item->setForeground(4, deltaColour(d, palette()));
    }
  }
  m_classes->sortByColumn(0, Qt::AscendingOrder);
  m_classes->sortItems(1, Qt::DescendingOrder);
  for (int col = 1; col < m_classes->columnCount(); ++col) m_classes->resizeColumnToContents(col);
}

void LabelsPage::showImage(int index) {
  const ClassificationComparison& c = m_comparison;
  if (index < 0 || index >= c.images.size()) return;
  const LabelsImage& im = c.images[index];
  markCurrent(index);

  QImageReader reader(im.image);
  reader.setAutoTransform(true);
  const QSize full = reader.size();
  QString error;
  QImage photo;
  try {
    if (full.isValid())
      checkPixelLimit(full.width(), full.height(), QFile::encodeName(im.image).toStdString());
    photo = reader.read();
    error = reader.errorString();
  } catch (const DataError& e) {
    error = QString::fromStdString(e.what());
  }
  m_image->setImage(photo);
  m_image->setPlaceholderText(tr("%1 cannot be read (%2).").arg(QDir::toNativeSeparators(im.image), error));

  // Which classes to draw: all, or the true ones and those either run finds likely.
  QVector<int> shown;
  for (int k = 0; k < c.classNames.size(); ++k) {
    const bool likely = im.baseline.value(k) >= 0.1 || im.pretrained.value(k) >= 0.1;
    if (!m_onlyRelevant->isChecked() || im.truth.value(k) || likely) shown << k;
  }
  QStringList names;
  QVector<double> b, p;
  QVector<bool> marks;
  for (int k : shown) {
    names << (im.truth.value(k) ? QStringLiteral("✓ ") : QString()) + c.classNames[k];
    b << im.baseline.value(k);
    if (c.paired()) p << im.pretrained.value(k);
    marks << bool(im.truth.value(k));
  }
  m_chart->setData(names, b, p);
  m_chart->setHighlighted(marks, tr("true label"));

  m_labels->setText(imageText(im, int(shown.size())));
}

QString LabelsPage::imageText(const LabelsImage& im, int drawn) const {
  const ClassificationComparison& c = m_comparison;
  auto predicted = [&](const QVector<double>& probs) {
    QStringList out;
    for (int k = 0; k < probs.size(); ++k)
      if (probs[k] >= ClassificationComparison::kThreshold) out << c.classNames[k].toHtmlEscaped();
    return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
  };
  QStringList truth;
  for (int k = 0; k < im.truth.size(); ++k)
    if (im.truth[k]) truth << c.classNames[k].toHtmlEscaped();
  QString text = tr("<p><b>%1</b></p><p>True labels: <b>%2</b></p>")
                     .arg(QFileInfo(im.image).fileName().toHtmlEscaped(),
                          truth.isEmpty() ? tr("none") : truth.join(QStringLiteral(", ")));
  text += tr("<p>%1 predicts (≥ 0.5): %2<br>loss %3 · %n wrong label(s)</p>", nullptr, im.baselineErrors)
              .arg(baselineName(), predicted(im.baseline), decimalText(im.baselineLoss));
  if (c.paired())
    text += tr("<p>%1 predicts (≥ 0.5): %2<br>loss %3 · %n wrong label(s)</p>", nullptr, im.pretrainedErrors)
                .arg(pretrainedName(), predicted(im.pretrained), decimalText(im.pretrainedLoss));
  if (drawn < c.classNames.size())
    text += tr("<p><small>%1 of %2 classes drawn (true or probability ≥ 0.1).</small></p>")
                .arg(drawn)
                .arg(c.classNames.size());
  return text;
}

void LabelsPage::showClass(int k) {
  const ClassificationComparison& c = m_comparison;
  if (k < 0 || k >= c.classes.size()) return;
  m_class = k;
  const LabelsClassCurve& cc = c.classes[k];
  m_pr->setCurves(tr("%1 (%n positive(s))", nullptr, int(cc.positives)).arg(c.classNames[k]), cc.baseline,
                  cc.baselineAP, cc.pretrained, cc.pretrainedAP, baselineName(), pretrainedName());
  const QSignalBlocker block(m_classes);
  for (int i = 0; i < m_classes->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = m_classes->topLevelItem(i);
    if (item->data(0, Qt::UserRole).toInt() == k) m_classes->setCurrentItem(item);
  }
}

}  // namespace colorproxy
