#include "datasets/datasetbrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "colorproxy/data/dataset.h"
#include "core/workpool.h"
#include "datasets/labelchips.h"
#include "datasets/maskpalette.h"
#include "datasets/thumbnailmodel.h"

namespace colorproxy {

DatasetBrowser::DatasetBrowser(QWidget* parent) : QWidget(parent) {
  m_model = new ThumbnailModel(this);
  QWidget* left = createGrid();
  QWidget* right = createSampleView();
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(left);
  split->addWidget(right);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 1);
  split->setSizes({460, 540});
  split->setChildrenCollapsible(false);  // never narrower than its controls (they would overlap)
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(&m_loader, &QFutureWatcher<LoadedSample>::finished, this, [this] {
    if (m_loader.property("generation").toInt() != m_generation) return;
    m_view->setSample(m_loader.result());
    Q_EMIT sampleShown();
  });
  clear();
}

QWidget* DatasetBrowser::createGrid() {
  m_splitFilter = new QComboBox(this);
  m_splitFilter->setToolTip(tr("Show one split only"));
  // Not sized to its entries: a translated "All splits" or a long split name widened the thumbnail pane
  // past its share on a 1.5x-scaled screen; the open list shows them whole.
  m_splitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_splitFilter->setMinimumContentsLength(9);
  m_classFilter = new QComboBox(this);
  m_classFilter->setToolTip(tr("Show only images that contain this class"));
  m_classFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_classFilter->setMinimumContentsLength(12);
  m_search = new QLineEdit(this);
  m_search->setPlaceholderText(tr("Search file names"));
  m_search->setClearButtonEnabled(true);
  m_searchDelay = new QTimer(this);
  m_searchDelay->setSingleShot(true);
  m_searchDelay->setInterval(200);
  m_count = new QLabel(this);
  m_count->setWordWrap(true);

  m_grid = new QListView(this);
  m_grid->setViewMode(QListView::IconMode);
  m_grid->setResizeMode(QListView::Adjust);
  m_grid->setMovement(QListView::Static);
  m_grid->setUniformItemSizes(true);  // layout of 10,000+ rows without asking each for its size
  m_grid->setLayoutMode(QListView::Batched);
  m_grid->setBatchSize(500);
  m_grid->setIconSize(m_model->thumbnailSize());
  m_grid->setGridSize(m_model->thumbnailSize() + QSize(14, 30));
  m_grid->setTextElideMode(Qt::ElideMiddle);
  m_grid->setSpacing(2);
  m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
  m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
  m_grid->setModel(m_model);

  auto* filters = new QHBoxLayout;
  filters->addWidget(m_splitFilter);
  filters->addWidget(m_classFilter);
  filters->addWidget(m_search, 1);
  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addLayout(filters);
  leftLayout->addWidget(m_grid, 1);
  leftLayout->addWidget(m_count);

  connect(m_splitFilter, &QComboBox::currentIndexChanged, this, &DatasetBrowser::applyFilter);
  connect(m_classFilter, &QComboBox::currentIndexChanged, this, &DatasetBrowser::applyFilter);
  connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
  connect(m_searchDelay, &QTimer::timeout, this, &DatasetBrowser::applyFilter);
  connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) { showRow(current.isValid() ? current.row() : -1); });
  return left;
}

QWidget* DatasetBrowser::createSampleView() {
  m_fileName = new QLabel(this);
  m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_fileName->setWordWrap(true);
  m_chips = new LabelChips(this);
  m_chips->setPlaceholderText(tr("No labels"));
  m_channel = new QComboBox(this);
  m_channel->addItem(tr("Colour"));
  m_channel->addItem(tr("L (lightness: the colorizer's input)"));
  m_channel->addItem(tr("a (green–red: to predict)"));
  m_channel->addItem(tr("b (blue–yellow: to predict)"));
  m_channel->setToolTip(tr("The pretext task made visible: the network sees L and predicts a and b"));
  // Sized to its longest entry the box set the page's minimum width past a 1.5x-scaled small screen's; the
  // open list still shows the entries whole.
  m_channel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_channel->setMinimumContentsLength(12);
  m_mask = new QCheckBox(tr("Mask"), this);
  m_mask->setChecked(true);
  m_opacity = new QSlider(Qt::Horizontal, this);
  m_opacity->setRange(0, 100);
  m_opacity->setValue(50);
  m_opacity->setMaximumWidth(140);
  m_opacity->setToolTip(tr("Mask opacity"));
  m_hover = new QLabel(this);
  m_hover->setMinimumWidth(100);
  m_hoverHint = tr("Point at a class");
  m_hover->setText(m_hoverHint);
  m_hover->setEnabled(false);
  m_view = new SampleView(this);
  m_view->setOpacity(0.5);
  m_view->clear(tr("Pick an image in the grid."));

  auto* controls = new QHBoxLayout;
  controls->addWidget(m_channel);
  controls->addWidget(m_mask);
  controls->addWidget(m_opacity);
  controls->addWidget(m_hover, 1);
  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(m_fileName);
  rightLayout->addWidget(m_chips);
  rightLayout->addLayout(controls);
  rightLayout->addWidget(m_view, 1);

  connect(m_channel, &QComboBox::currentIndexChanged, this,
          [this](int i) { m_view->setChannel(static_cast<SampleView::Channel>(i)); });
  connect(m_mask, &QCheckBox::toggled, this, [this](bool on) {
    m_view->setOverlayVisible(on);
    m_opacity->setEnabled(on);
  });
  connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { m_view->setOpacity(v / 100.0); });
  connect(m_view, &SampleView::hoverChanged, this, [this](const QString& text) {
    m_hover->setText(text.isEmpty() ? m_hoverHint : text);
    m_hover->setEnabled(!text.isEmpty());
  });
  return right;
}

void DatasetBrowser::clear() {
  ++m_generation;
  m_dataset.reset();
  m_index.reset();
  m_model->setDataset(nullptr);
  {
    const QSignalBlocker a(m_splitFilter), b(m_classFilter);
    m_splitFilter->clear();
    m_classFilter->clear();
  }
  m_count->clear();
  m_fileName->clear();
  m_chips->setChips({});
  m_view->clear(tr("Open a dataset folder to browse its images."));
}

void DatasetBrowser::setDataset(std::shared_ptr<const Dataset> dataset) {
  clear();
  m_dataset = std::move(dataset);
  if (!m_dataset) return;
  m_palette = maskPalette(*m_dataset);
  QHash<int, QString> names;
  for (const MaskClass& c : m_dataset->maskClasses) names.insert(c.id, QString::fromStdString(c.name));
  if (m_dataset->voidId >= 0)
    names.insert(m_dataset->voidId,
                 m_dataset->voidName.empty() ? tr("void") : QString::fromStdString(m_dataset->voidName));
  m_view->setClasses(m_palette, names);
  m_view->clear(tr("Pick an image in the grid."));
  {
    const QSignalBlocker block(m_splitFilter);
    m_splitFilter->addItem(tr("All splits"), -1);
    for (int s = 0; s < int(m_dataset->splits.size()); ++s)
      m_splitFilter->addItem(tr("%1 (%2)")
                                 .arg(QString::fromStdString(m_dataset->splits[s].name))
                                 .arg(m_dataset->splits[s].samples.size()),
                             s);
  }
  m_model->setDataset(m_dataset);
  fillClassFilter();
  applyFilter();
}

void DatasetBrowser::setIndex(std::shared_ptr<const DatasetIndex> index) {
  m_index = std::move(index);
  fillClassFilter();
  const QModelIndex current = m_grid->currentIndex();
  if (current.isValid()) showRow(current.row());  // its class chips are known now
}

void DatasetBrowser::fillClassFilter() {
  const QSignalBlocker block(m_classFilter);
  const QVariant keep = m_classFilter->currentData();
  m_classFilter->clear();
  if (!m_dataset) return;
  m_classFilter->addItem(tr("All classes"), -1);
  if (!m_dataset->labelClasses.empty()) {
    for (int i = 0; i < int(m_dataset->labelClasses.size()); ++i)
      m_classFilter->addItem(QString::fromStdString(m_dataset->labelClasses[i]), i);
  } else if (!m_dataset->maskClasses.empty()) {
    for (int i = 0; i < int(m_dataset->maskClasses.size()); ++i) {
      const MaskClass& c = m_dataset->maskClasses[i];
      m_classFilter->addItem(QString::fromStdString(c.name), i);
      m_classFilter->setItemData(m_classFilter->count() - 1, QColor::fromRgb(m_palette.value(c.id)),
                                 Qt::DecorationRole);
    }
    if (!m_index) {
      // Which classes each mask holds is known once every mask has been read.
      m_classFilter->setItemText(0, tr("All classes (reading masks…)"));
      for (int i = 1; i < m_classFilter->count(); ++i)
        m_classFilter->setItemData(i, 0, Qt::UserRole - 1);  // disabled
    }
  }
  m_classFilter->setEnabled(m_classFilter->count() > 1);
  const int i = m_classFilter->findData(keep);
  m_classFilter->setCurrentIndex(i >= 0 ? i : 0);
}

void DatasetBrowser::applyFilter() {
  if (!m_dataset) return;
  const int split = m_splitFilter->currentData().isValid() ? m_splitFilter->currentData().toInt() : -1;
  const int cls = m_classFilter->currentData().isValid() ? m_classFilter->currentData().toInt() : -1;
  ThumbnailModel::Predicate accept;
  if (cls >= 0 && !m_dataset->labelClasses.empty()) {
    const auto dataset = m_dataset;
    accept = [dataset, cls](int s, int i) {
      const Sample& sample = dataset->splits[s].samples[i];
      return cls < int(sample.labels.size()) && sample.labels[cls] > 0.5f;
    };
  } else if (cls >= 0 && m_index && cls < int(m_dataset->maskClasses.size())) {
    const auto index = m_index;
    const int id = m_dataset->maskClasses[cls].id;
    accept = [index, id](int s, int i) { return index->present[s][i].test(id); };
  }
  m_model->setFilter(split, m_search->text().trimmed(), accept);
  m_count->setText(tr("%n image(s) shown", nullptr, m_model->rowCount()) +
                   tr(" of %1").arg(m_dataset->sampleCount()));
  if (m_model->rowCount() > 0) {
    selectRow(0);
  } else {
    showRow(-1);
  }
}

int DatasetBrowser::visibleCount() const { return m_model->rowCount(); }

void DatasetBrowser::selectRow(int row) {
  if (row < 0 || row >= m_model->rowCount()) return;
  const QModelIndex index = m_model->index(row);
  m_grid->setCurrentIndex(index);
  m_grid->scrollTo(index);
  showRow(row);  // also when it was current already (the model was reset under it)
}

void DatasetBrowser::showRow(int row) {
  ++m_generation;
  if (row < 0 || !m_dataset || row >= m_model->rowCount()) {
    m_fileName->clear();
    m_chips->setChips({});
    m_view->clear(m_dataset ? tr("No image matches the filters.") : QString());
    return;
  }
  const Sample& sample = m_model->sample(row);
  const QString split = QString::fromStdString(m_dataset->splits[m_model->entry(row).split].name);
  QString name = QStringLiteral("<b>%1</b> — %2")
                     .arg(QString::fromStdString(sample.image.filename().string()).toHtmlEscaped(),
                          split.toHtmlEscaped());
  if (sample.width > 0) name += QStringLiteral(" — %1 × %2 px").arg(sample.width).arg(sample.height);
  m_fileName->setText(name);
  m_fileName->setToolTip(QDir::toNativeSeparators(QString::fromStdString(sample.image.string())));
  QVector<LabelChips::Chip> chips;
  for (std::size_t i = 0; i < sample.labels.size() && i < m_dataset->labelClasses.size(); ++i)
    if (sample.labels[i] > 0.5f)
      chips.push_back({QString::fromStdString(m_dataset->labelClasses[i]), QColor()});
  if (sample.labels.empty() && m_index) {
    const auto& bits = m_index->present[m_model->entry(row).split][m_model->entry(row).sample];
    for (const MaskClass& c : m_dataset->maskClasses)
      if (bits.test(c.id))
        chips.push_back({QString::fromStdString(c.name), QColor::fromRgb(m_palette.value(c.id))});
  }
  m_chips->setChips(chips);
  m_chips->setPlaceholderText(sample.hasMask() && !m_index ? tr("Reading masks…") : tr("No labels"));
  const auto dataset = m_dataset;
  m_loader.setProperty("generation", m_generation);
  m_loader.setFuture(
      QtConcurrent::run(workPool(), [dataset, sample] { return LoadedSample::load(*dataset, sample); }));
}

}  // namespace colorproxy
