#include "colorize/colorizepage.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "colorize/beforeafterview.h"
#include "colorize/colorizeworker.h"
#include "colorize/hintpanel.h"
#include "colorproxy/base/stop_token.h"
#include "colorproxy/infer/colorizer.h"
#include "core/appsettings.h"
#include "core/numbertext.h"
#include "core/workpool.h"
#include "datasets/thumbnailmodel.h"
#include "widgets/wrappingrow.h"

namespace colorproxy {
namespace {
constexpr int kTemperatureSteps = 200;
constexpr double kMinTemperature = 0.01;
constexpr double kMaxTemperature = 1.0;
constexpr int kSplitSteps = 1000;
constexpr QSize kIconSize(48, 36);
constexpr int kResultCacheMb =
    768;  // about three 24-megapixel photos (three images each), or many small ones

// The slider is logarithmic: annealed-mean decoding changes most between T = 0.01 and 0.3.
double sliderToTemperature(int v) {
  return kMinTemperature * std::pow(kMaxTemperature / kMinTemperature, v / double(kTemperatureSteps));
}
int temperatureToSlider(double t) {
  t = std::clamp(t, kMinTemperature, kMaxTemperature);
  return int(std::lround(kTemperatureSteps * std::log(t / kMinTemperature) /
                         std::log(kMaxTemperature / kMinTemperature)));
}

bool isColorizable(const QString& file) {
  const std::string suffix = QStringLiteral(".%1").arg(QFileInfo(file).suffix().toLower()).toStdString();
  const auto& exts = colorizableExtensions();
  return std::find(exts.begin(), exts.end(), suffix) != exts.end();
}

QStringList nameFilters() {
  QStringList filters;
  for (const std::string& e : colorizableExtensions())
    filters << QStringLiteral("*") + QString::fromStdString(e);
  return filters;
}
}  // namespace

ColorizePage::ColorizePage(QWidget* parent) : QWidget(parent) {
  setAcceptDrops(true);
  m_results.setMaxCost(kResultCacheMb);
  auto* heading = new QLabel(tr("<h2>Colorize</h2>"), this);
  auto* intro = new QLabel(tr("Drop photos or folders here (or open or paste them). The colorizer sees only "
                              "their lightness and paints the colours back at full resolution."),
                           this);
  intro->setWordWrap(true);

  QWidget* inputRow = createInputRow();
  createTemperatureRow();
  QWidget* inferenceRow = createInferenceRow();
  QSplitter* split = createViewer();
  QWidget* viewRow = createViewRow();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(heading);
  layout->addWidget(intro);
  layout->addWidget(inputRow);
  layout->addWidget(m_modelMessage);
  layout->addWidget(inferenceRow);
  layout->addWidget(split, 1);
  layout->addWidget(viewRow);

  createWorker();
  refreshModels();
  updateButtons();
}

QWidget* ColorizePage::createInputRow() {
  auto* openFiles = new QPushButton(tr("Open &photos…"), this);
  auto* openFolder = new QPushButton(tr("Open f&older…"), this);
  auto* paste = new QPushButton(tr("Pa&ste"), this);
  paste->setToolTip(tr("Colorize the image (or the files) on the clipboard (%1)")
                        .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
  m_modelCombo = new QComboBox(this);
  m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_modelCombo->setMinimumContentsLength(28);
  m_modelCombo->setToolTip(tr("The bundled model, or a colorization run from the runs folder"));
  auto* browseModel = new QPushButton(tr("&Browse…"), this);
  browseModel->setToolTip(
      tr("Use a checkpoint file (.pt), a run folder from elsewhere, or a PyTorch pix2pix latest_net_G.pth "
         "(imported as it loads)"));
  m_modelMessage = new QLabel(this);
  m_modelMessage->setWordWrap(true);
  m_modelMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

  connect(openFiles, &QPushButton::clicked, this, &ColorizePage::openFilesDialog);
  connect(openFolder, &QPushButton::clicked, this, &ColorizePage::openFolderDialog);
  connect(paste, &QPushButton::clicked, this, [this] {
    if (!pasteFromClipboard()) setInfo(tr("The clipboard holds no image and no files."));
  });
  auto* pasteShortcut = new QShortcut(QKeySequence::Paste, this);
  pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
  connect(pasteShortcut, &QShortcut::activated, paste, &QPushButton::click);
  connect(browseModel, &QPushButton::clicked, this, &ColorizePage::browseModel);
  connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &ColorizePage::onModelIndexChanged);
  // On a narrow page (1024 pixels at 1.5x) the model picker moves under the buttons.
  auto* inputRow = new WrappingRow(this);
  inputRow->setObjectName(QStringLiteral("inputRow"));
  inputRow->first()->addWidget(openFiles);
  inputRow->first()->addWidget(openFolder);
  inputRow->first()->addWidget(paste);
  inputRow->second()->addWidget(new QLabel(tr("Model:"), this));
  inputRow->second()->addWidget(m_modelCombo, 1);
  inputRow->second()->addWidget(browseModel);
  return inputRow;
}

void ColorizePage::createTemperatureRow() {
  m_temperatureRow = new QWidget(this);
  m_temperature = new QSlider(Qt::Horizontal, m_temperatureRow);
  m_temperature->setRange(0, kTemperatureSteps);
  m_temperature->setToolTip(
      tr("Annealed mean of the predicted colour distribution: low T takes the most "
         "likely colour (vivid), T = 1 the mean (safe, greyish)"));
  m_temperatureValue = new QLabel(m_temperatureRow);
  m_temperatureValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("T = 0.000")));
  auto* tRow = new QHBoxLayout(m_temperatureRow);
  tRow->setContentsMargins(0, 0, 0, 0);
  tRow->addWidget(new QLabel(tr("Temperature:"), m_temperatureRow));
  tRow->addWidget(new QLabel(tr("mode"), m_temperatureRow));
  tRow->addWidget(m_temperature, 4);  // most of the space the row gets, also when it is squeezed
  m_temperature->setMaximumWidth(420);
  tRow->addWidget(new QLabel(tr("mean"), m_temperatureRow));
  tRow->addWidget(m_temperatureValue);
  tRow->addStretch(1);
  m_temperatureRow->setVisible(false);
  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(150);

  connect(m_temperature, &QSlider::valueChanged, this, [this] {
    m_temperatureValue->setText(tr("T = %1").arg(decimalText(temperature())));
    m_debounce->start();
  });
  connect(m_debounce, &QTimer::timeout, this, &ColorizePage::requestColorize);
}

QWidget* ColorizePage::createInferenceRow() {
  auto* row = new QWidget(this);
  m_protocol = new QComboBox(row);
  m_protocol->addItem(tr("Deterministic (eval)"), QStringLiteral("eval"));
  m_protocol->addItem(tr("Dropout on (Treneska et al.)"), QStringLiteral("dropout"));
  m_protocol->addItem(tr("Batch statistics + dropout (pix2pix test.py)"), QStringLiteral("pix2pix"));
  const QStringList tips = {
      tr("Batch norm with the running statistics learned in training, dropout off: a photo always gets the "
         "same colours (pix2pix test.py --eval; the validation PSNR/SSIM of pretraining)"),
      tr("Running statistics with dropout kept on at test time, as Treneska et al. test: each sample "
         "differs a little; the samples are averaged"),
      tr("Each photo normalised with its own statistics (a training-mode batch norm on one image) and "
         "dropout on, as pix2pix's test.py without --eval")};
  for (int i = 0; i < tips.size(); ++i) m_protocol->setItemData(i, tips[i], Qt::ToolTipRole);
  m_protocol->setToolTip(
      tr("How the generator runs on your photos. The papers differ here, and the choice changes the "
         "colours (and PSNR) more than the pretext does. Results and exports use it; colour-point previews "
         "always run deterministically."));
  auto* protocolLabel = new QLabel(tr("&Inference:"), row);
  protocolLabel->setBuddy(m_protocol);
  protocolLabel->setToolTip(m_protocol->toolTip());
  m_samples = new QSpinBox(row);
  m_samples->setRange(1, AppSettings::kMaxColorizeSamples);
  m_samples->setToolTip(
      tr("Dropout and pix2pix protocols: the colours are the mean of this many passes, each with its own "
         "seeded dropout, so a result repeats exactly (1 = one sample, as the papers test; more = smoother "
         "and as many times slower)"));
  m_samplesLabel = new QLabel(tr("Sa&mples:"), row);
  m_samplesLabel->setBuddy(m_samples);
  m_samplesLabel->setToolTip(m_samples->toolTip());
  m_seed = new QSpinBox(row);
  m_seed->setRange(0, 999999);
  m_seed->setToolTip(
      tr("Dropout and pix2pix protocols: the seed of the dropout masks (sample k uses seed + k, as "
         "colorproxy-cli colorize --seed). Another seed gives another sample; the same seed repeats it."));
  m_seedLabel = new QLabel(tr("See&d:"), row);
  m_seedLabel->setBuddy(m_seed);
  m_seedLabel->setToolTip(m_seed->toolTip());
  {
    const QSignalBlocker blockProtocol(m_protocol);
    const QSignalBlocker blockSamples(m_samples);
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(AppSettings::colorizeProtocol())));
    m_samples->setValue(AppSettings::colorizeSamples());
    const QSignalBlocker blockSeed(m_seed);
    m_seed->setValue(AppSettings::colorizeSeed());
  }
  m_reload = new QTimer(this);
  m_reload->setSingleShot(true);
  m_reload->setInterval(300);  // arrow clicks in a row reload the model once
  connect(m_protocol, &QComboBox::currentIndexChanged, this, &ColorizePage::onProtocolChanged);
  connect(m_samples, &QSpinBox::valueChanged, m_reload, qOverload<>(&QTimer::start));
  connect(m_seed, &QSpinBox::valueChanged, m_reload, qOverload<>(&QTimer::start));
  connect(m_reload, &QTimer::timeout, this, &ColorizePage::onProtocolChanged);

  auto* h = new QHBoxLayout(row);
  h->setContentsMargins(0, 0, 0, 0);
  h->addWidget(protocolLabel);
  h->addWidget(m_protocol);
  h->addWidget(m_samplesLabel);
  h->addWidget(m_samples);
  h->addWidget(m_seedLabel);
  h->addWidget(m_seed);
  h->addSpacing(16);
  h->addWidget(m_temperatureRow, 1);
  h->addStretch(0);
  const bool stochastic = protocol() != QLatin1String("eval");
  for (QWidget* w : std::initializer_list<QWidget*>{m_samples, m_samplesLabel, m_seed, m_seedLabel})
    w->setEnabled(stochastic);
  return row;
}

QString ColorizePage::protocol() const { return m_protocol->currentData().toString(); }

int ColorizePage::samples() const { return protocol() == QLatin1String("eval") ? 1 : m_samples->value(); }

int ColorizePage::seed() const { return protocol() == QLatin1String("eval") ? 1 : m_seed->value(); }

void ColorizePage::setSeed(int seed) { m_seed->setValue(seed); }

void ColorizePage::setProtocol(const QString& protocol, int samples) {
  {
    const QSignalBlocker block(m_samples);
    m_samples->setValue(samples);
  }
  const int index = std::max(0, m_protocol->findData(protocol));
  if (index == m_protocol->currentIndex())
    onProtocolChanged();
  else
    m_protocol->setCurrentIndex(index);
}

void ColorizePage::onProtocolChanged() {
  m_reload->stop();
  const bool stochastic = protocol() != QLatin1String("eval");
  for (QWidget* w : std::initializer_list<QWidget*>{m_samples, m_samplesLabel, m_seed, m_seedLabel})
    w->setEnabled(stochastic);
  AppSettings::setColorizeProtocol(protocol());
  AppSettings::setColorizeSamples(m_samples->value());
  AppSettings::setColorizeSeed(m_seed->value());
  // A model not loaded yet loads with the new choice when its turn comes.
  if (!m_requestedModel.isEmpty()) loadModel();
}

QSplitter* ColorizePage::createViewer() {
  m_list = new QListWidget(this);
  m_list->setMinimumWidth(160);
  m_list->setUniformItemSizes(true);
  m_list->setTextElideMode(Qt::ElideMiddle);
  m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_list->setIconSize(kIconSize);
  m_view = new BeforeAfterView(this);
  m_view->setPlaceholderText(tr("Drop photos or folders here, or use Open photos…, Open folder… or Paste."));
  m_view->setToolTip(
      tr("Drag to move the split; the mouse wheel zooms, the middle button (or Shift+drag) "
         "pans, a double click fits the photo again"));
  m_actualPixels = new QPushButton(tr("1:1"), this);
  m_actualPixels->setToolTip(tr("Show the result at full resolution (one photo pixel per screen pixel)"));
  m_fitButton = new QPushButton(tr("Fit"), this);
  m_fitButton->setToolTip(tr("Fit the whole photo in the view"));
  for (QPushButton* b : {m_actualPixels, m_fitButton})
    b->setMaximumWidth(fontMetrics().horizontalAdvance(b->text()) + 24);
  connect(m_actualPixels, &QPushButton::clicked, m_view, &BeforeAfterView::showActualPixels);
  connect(m_fitButton, &QPushButton::clicked, m_view, &BeforeAfterView::resetZoom);
  createHintPanel();
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(m_list);
  split->addWidget(m_view);
  split->addWidget(m_hintArea);
  split->setStretchFactor(0, 0);
  split->setStretchFactor(1, 1);
  split->setStretchFactor(2, 0);
  split->setCollapsible(1, false);
  split->setSizes({200, 900, 220});

  connect(m_list, &QListWidget::currentRowChanged, this, &ColorizePage::showInput);
  connect(&m_iconWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
    const int row = m_iconWatcher.property("row").toInt();
    const QImage icon = m_iconWatcher.result();
    if (row < m_list->count() && !icon.isNull()) m_list->item(row)->setIcon(QPixmap::fromImage(icon));
    ++m_nextIcon;
    loadNextIcon();
  });
  return split;
}

void ColorizePage::createHintPanel() {
  m_hints = new HintPanel(m_view, this, this);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(m_hints);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setFrameShape(QFrame::NoFrame);
  // As wide as the panel needs in the language shown (no horizontal scrolling), plus the scroll bar.
  scroll->setMinimumWidth(m_hints->minimumSizeHint().width() +
                          scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
  scroll->setVisible(false);
  m_hintArea = scroll;
  m_hintButton = new QPushButton(tr("Colour poi&nts"), this);
  m_hintButton->setCheckable(true);
  m_hintButton->setChecked(true);
  m_hintButton->setEnabled(false);
  connect(m_hintButton, &QPushButton::toggled, this, [this](bool on) {
    m_hintArea->setVisible(on && m_hints->takesHints());
    m_hints->setEditing(on);
  });
  connect(m_hints, &HintPanel::previewReady, this, &ColorizePage::onHintPreview);
  connect(m_hints, &HintPanel::fullResultWanted, this, &ColorizePage::requestColorize);
  connect(m_hints, &HintPanel::takesHintsChanged, this, &ColorizePage::onTakesHintsChanged);
  connect(m_hints, &HintPanel::message, this, &ColorizePage::setInfo);
  onTakesHintsChanged(false);
}

void ColorizePage::onTakesHintsChanged(bool takesHints) {
  m_hintButton->setEnabled(takesHints);
  m_hintButton->setToolTip(takesHints ? tr("Show or hide the colour points (hidden points still colour the "
                                           "photo): click the photo to tell the colorizer what colour a "
                                           "place has")
                                      : m_hints->disabledReason());
  m_hintArea->setVisible(takesHints && m_hintButton->isChecked());
  if (takesHints && !m_hints->hints().empty()) requestColorize();  // the photo's points now count
}

void ColorizePage::onHintPreview(const QImage& preview) {
  if (m_grey.isNull()) return;
  m_showingPreview = true;
  m_view->setImages(m_originalColours->isChecked() ? m_original : m_grey, preview);
  updateButtons();
}

QWidget* ColorizePage::createViewRow() {
  m_mode = new QComboBox(this);
  m_mode->addItem(tr("Before/after split"));
  m_mode->addItem(tr("Side by side"));
  m_splitSlider = new QSlider(Qt::Horizontal, this);
  m_splitSlider->setRange(0, kSplitSteps);
  m_splitSlider->setValue(kSplitSteps / 2);
  m_splitSlider->setMaximumWidth(220);
  m_splitSlider->setToolTip(tr("Where the split between before and after lies (or drag on the image)"));
  m_originalColours = new QCheckBox(tr("Original colours"), this);
  m_originalColours->setToolTip(
      tr("Show the photo's own colours as “before” instead of its greyscale input"));
  m_info = new QLabel(this);
  // One line that never changes the row's size: a longer message must not shrink the photo view (and
  // make it scale a camera-size photo again); the whole text is in the tooltip.
  m_info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  m_save = new QPushButton(tr("Save res&ult…"), this);
  m_export = new QPushButton(tr("&Export all…"), this);
  m_export->setToolTip(
      tr("Colorize every photo in the list into a folder (dropped folders keep their "
         "structure)"));
  m_progress = new QProgressBar(this);
  m_progress->setVisible(false);
  m_progress->setMaximumWidth(240);
  m_cancel = new QPushButton(tr("&Cancel"), this);
  m_cancel->setVisible(false);

  connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) {
    m_view->setMode(i == 0 ? BeforeAfterView::Mode::Split : BeforeAfterView::Mode::SideBySide);
    m_splitSlider->setEnabled(i == 0);
  });
  connect(m_splitSlider, &QSlider::valueChanged, this,
          [this](int v) { m_view->setSplit(v / double(kSplitSteps)); });
  connect(m_view, &BeforeAfterView::splitChanged, this, [this](double f) {
    const QSignalBlocker block(m_splitSlider);
    m_splitSlider->setValue(int(std::lround(f * kSplitSteps)));
  });
  connect(m_originalColours, &QCheckBox::toggled, this, &ColorizePage::updateBefore);
  connect(m_save, &QPushButton::clicked, this, &ColorizePage::saveDialog);
  connect(m_export, &QPushButton::clicked, this, &ColorizePage::exportDialog);
  connect(m_cancel, &QPushButton::clicked, this, &ColorizePage::cancelExport);

  // The view controls, then the result and its actions; on a narrow page the second group wraps under the
  // first instead of making the page scroll sideways.
  auto* viewRow = new WrappingRow(this);
  viewRow->setObjectName(QStringLiteral("viewRow"));
  viewRow->first()->addWidget(m_mode);
  viewRow->first()->addWidget(m_splitSlider);
  viewRow->first()->addWidget(m_originalColours);
  viewRow->first()->addWidget(m_actualPixels);
  viewRow->first()->addWidget(m_fitButton);
  viewRow->first()->addWidget(m_hintButton);
  viewRow->second()->addWidget(m_info, 1);
  viewRow->second()->addWidget(m_progress);
  viewRow->second()->addWidget(m_cancel);
  viewRow->second()->addWidget(m_save);
  viewRow->second()->addWidget(m_export);
  return viewRow;
}

void ColorizePage::createWorker() {
  m_thread = new QThread(this);
  m_thread->setObjectName(QStringLiteral("colorize"));
  m_worker = new ColorizeWorker;
  m_worker->moveToThread(m_thread);
  connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  m_thread->start();

  connect(m_worker, &ColorizeWorker::modelLoaded, this, &ColorizePage::onModelLoaded);
  connect(m_worker, &ColorizeWorker::modelFailed, this, &ColorizePage::onModelFailed);
  connect(m_worker, &ColorizeWorker::colorized, this, &ColorizePage::onColorized);
  connect(m_worker, &ColorizeWorker::colorizeFailed, this, &ColorizePage::onColorizeFailed);
  connect(m_worker, &ColorizeWorker::batchProgress, this, &ColorizePage::onBatchProgress);
  connect(m_worker, &ColorizeWorker::batchFinished, this, &ColorizePage::onBatchFinished);
}

void ColorizePage::onModelLoaded(const QString& path, const QString& pretext, double t, int trainedSize,
                                 bool hasDropout) {
  m_loadsPending = std::max(0, m_loadsPending - 1);
  // Another model, protocol or sample count was picked meanwhile: its load follows.
  if (path != m_modelPath || m_loadsPending > 0) return;
  m_modelReady = true;
  m_pretext = pretext;
  const bool classification = pretext == QLatin1String("classification");
  m_temperatureRow->setVisible(classification);
  if (classification) setTemperature(t);
  const QString kind = pretext == QLatin1String("gan")              ? tr("pix2pix GAN")
                       : pretext == QLatin1String("classification") ? tr("313-bin classification")
                                                                    : tr("L2 regression");
  QString message =
      tr("%1 colorizer, trained at %2 px: %3").arg(kind).arg(trainedSize).arg(QDir::toNativeSeparators(path));
  if (!hasDropout && protocol() == QLatin1String("dropout"))
    message += QLatin1Char(' ') + tr("It has no dropout, so “Dropout on” gives the deterministic colours.");
  setMessage(message);
  updateButtons();
  Q_EMIT modelReady(path);
  requestColorize();
}

void ColorizePage::onModelFailed(const QString& path, const QString& message) {
  m_loadsPending = std::max(0, m_loadsPending - 1);
  if (path != m_modelPath || m_loadsPending > 0) return;
  m_modelReady = false;
  m_temperatureRow->setVisible(false);
  setMessage(tr("This model cannot be used: %1").arg(message), true);
  updateButtons();
}

void ColorizePage::onColorized(int id, const QImage& original, const QImage& grey, const QImage& result,
                               qint64 ms) {
  if (id != m_pendingRequest) return;  // a newer request is on its way
  m_shownRequest = id;
  const qint64 bytes = original.sizeInBytes() + grey.sizeInBytes() + result.sizeInBytes();
  auto* entry = new Result{original, grey, result, ms, m_pendingProtocol, m_pendingSamples, m_pendingSeed};
  m_results.insert(m_pendingKey, entry, int(std::max<qint64>(1, bytes >> 20)));
  // The colour points changed while this was computed and their preview is on screen: the preview stays
  // (showing this result would step back) until the result of the new points follows the pause.
  if (m_showingPreview && m_pendingGeneration != m_hints->generation()) return;
  m_shownGeneration = m_pendingGeneration;
  m_hints->fullResultShown(m_pendingGeneration);
  showResult(Result{original, grey, result, ms, m_pendingProtocol, m_pendingSamples, m_pendingSeed}, false);
}

void ColorizePage::showResult(const Result& r, bool fromCache) {
  m_lastFromCache = fromCache;
  m_showingPreview = false;
  m_hints->setPhotoImage(r.original);
  m_original = r.original;
  m_grey = r.grey;
  m_result = r.result;
  m_resultProtocol = r.protocol;
  m_resultSamples = r.samples;
  m_resultSeed = r.seed;
  m_view->setImages(m_originalColours->isChecked() ? m_original : m_grey, m_result);
  QString info = tr("%1 × %2 px, colorized in %3 s")
                     .arg(m_result.width())
                     .arg(m_result.height())
                     .arg(decimalText(r.ms / 1000.0, 2));
  if (m_pretext == QLatin1String("classification")) info += tr(", T = %1").arg(decimalText(temperature()));
  if (m_resultProtocol != QLatin1String("eval"))
    info += tr(", %1 protocol, %n sample(s), seed %2", nullptr, m_resultSamples)
                .arg(m_resultProtocol)
                .arg(m_resultSeed);
  if (!m_exporting) setInfo(info);
  updateButtons();
  Q_EMIT resultReady();
}

QString ColorizePage::resultKey() const {
  if (m_current < 0 || m_current >= m_inputs.size()) return {};
  const QString photo = photoKey();
  const QString t = m_pretext == QLatin1String("classification") ? QString::number(temperature()) : QString();
  return loadKey() + QLatin1Char('|') + photo + QLatin1Char('|') + t + QLatin1Char('|') +
         m_hints->fingerprint();
}

QString ColorizePage::photoKey() const {
  if (m_current < 0 || m_current >= m_inputs.size()) return {};
  const Input& input = m_inputs[m_current];
  return input.file.isEmpty() ? QStringLiteral("image:%1").arg(m_current) : input.file;
}

void ColorizePage::setInfo(const QString& text) {
  m_info->setText(text);
  m_info->setToolTip(text);
}

void ColorizePage::onColorizeFailed(int id, const QString& message) {
  if (id != m_pendingRequest) return;
  m_shownRequest = id;
  m_result = QImage();
  m_view->clear();
  m_view->setPlaceholderText(message);
  setInfo(message);
  updateButtons();
  Q_EMIT colorizeFailed(message);
}

void ColorizePage::onBatchProgress(int done, int total, const QString& file, const QString& error) {
  m_progress->setRange(0, std::max(1, total));
  m_progress->setValue(done);
  setInfo(error.isEmpty() ? tr("Exporting %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName())
                          : tr("%1 failed: %2").arg(QFileInfo(file).fileName(), error));
}

void ColorizePage::onBatchFinished(int ok, int failed, bool stopped, const QString& outDir,
                                   const QStringList& errors) {
  m_exporting = false;
  m_exportStop.reset();
  m_progress->setVisible(false);
  m_cancel->setVisible(false);
  QString summary = stopped ? tr("Export cancelled: %n photo(s) written to %1", nullptr, ok)
                            : tr("Exported %n photo(s) to %1", nullptr, ok);
  summary = summary.arg(QDir::toNativeSeparators(outDir));
  if (failed > 0) summary += tr("; %n failed", nullptr, failed);
  if (!errors.isEmpty()) summary += QStringLiteral(" (") + errors.first() + QStringLiteral(")");
  m_exportSummary = summary;
  setInfo(summary);
  updateButtons();
  Q_EMIT exportFinished();
}

ColorizePage::~ColorizePage() {
  m_iconWatcher.waitForFinished();
  if (m_exportStop) m_exportStop->requestStop();
  m_worker->setLatestRequest(m_pendingRequest + 1);  // queued photos are skipped
  m_thread->quit();
  m_thread->wait();
}

void ColorizePage::loadNextIcon() {
  if (m_iconWatcher.isRunning()) return;
  while (m_nextIcon < m_inputs.size() && m_inputs[m_nextIcon].file.isEmpty()) {
    const QImage& image = m_inputs[m_nextIcon].image;  // pasted: in memory already
    if (m_nextIcon < m_list->count() && !image.isNull())
      m_list->item(m_nextIcon)->setIcon(QPixmap::fromImage(image.scaled(kIconSize, Qt::KeepAspectRatio)));
    ++m_nextIcon;
  }
  if (m_nextIcon >= m_inputs.size()) return;
  m_iconWatcher.setProperty("row", m_nextIcon);
  m_iconWatcher.setFuture(QtConcurrent::run(workPool(), [file = m_inputs[m_nextIcon].file] {
    return ThumbnailModel::decodeThumbnail(file, kIconSize);
  }));
}

void ColorizePage::setMessage(const QString& text, bool error) {
  m_modelMessage->setText(text);
  m_modelMessage->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

QString ColorizePage::modelMessage() const { return m_modelMessage->text(); }

void ColorizePage::refreshModels() {
  const QVector<ColorizeModel> models = ModelLocator::allModels(AppSettings::runsDir());
  // At the first look: the model used last time, unless COLORPROXY_MODEL names one for this session.
  QString keep = m_modelPath;
  if (keep.isEmpty() && !qEnvironmentVariableIsSet("COLORPROXY_MODEL")) keep = AppSettings::colorizeModel();
  {
    const QSignalBlocker block(m_modelCombo);
    // Models picked with Browse… stay in the list.
    QVector<QPair<QString, QString>> browsed;
    for (int i = 0; i < m_modelCombo->count(); ++i)
      if (m_modelCombo->itemData(i, Qt::UserRole + 1).toBool())
        browsed.push_back({m_modelCombo->itemText(i), m_modelCombo->itemData(i).toString()});
    m_modelCombo->clear();
    for (const ColorizeModel& m : models) {
      m_modelCombo->addItem(m.label, m.path);
      m_modelCombo->setItemData(m_modelCombo->count() - 1, QDir::toNativeSeparators(m.path), Qt::ToolTipRole);
    }
    for (const auto& [label, path] : browsed) {
      m_modelCombo->addItem(label, path);
      m_modelCombo->setItemData(m_modelCombo->count() - 1, true, Qt::UserRole + 1);
    }
    // A model file picked with Browse… last time comes back while it exists; a run comes back while it is
    // in the runs folder (it is listed above then).
    if (!keep.isEmpty() && m_modelCombo->findData(keep) < 0 && QFileInfo(keep).isFile())
      addBrowsedModel(keep);
    if (m_modelCombo->count() == 0) m_modelCombo->addItem(tr("No model found"), QString());
    const int keepIndex = keep.isEmpty() ? -1 : m_modelCombo->findData(keep);
    m_modelCombo->setCurrentIndex(keepIndex >= 0 ? keepIndex : 0);
  }
  if (m_modelCombo->currentData().toString() != m_modelPath || m_modelPath.isEmpty())
    onModelIndexChanged(m_modelCombo->currentIndex());
}

int ColorizePage::addBrowsedModel(const QString& file) {
  m_modelCombo->addItem(tr("File: %1").arg(QFileInfo(file).fileName()), file);
  const int index = m_modelCombo->count() - 1;
  m_modelCombo->setItemData(index, true, Qt::UserRole + 1);  // kept when the list is re-read
  m_modelCombo->setItemData(index, QDir::toNativeSeparators(file), Qt::ToolTipRole);
  return index;
}

void ColorizePage::selectModel(const QString& path) {
  QString abs = QFileInfo(path).absoluteFilePath();
  int index = m_modelCombo->findData(abs);
  if (index < 0) index = m_modelCombo->findData(path);
  if (index < 0) {
    if (m_modelCombo->count() == 1 && m_modelCombo->itemData(0).toString().isEmpty()) m_modelCombo->clear();
    index = addBrowsedModel(abs);
  }
  if (index == m_modelCombo->currentIndex()) {
    if (m_modelPath != m_modelCombo->itemData(index).toString()) onModelIndexChanged(index);
  } else {
    m_modelCombo->setCurrentIndex(index);
  }
  loadModel();  // picked on purpose: load it now
}

void ColorizePage::onModelIndexChanged(int index) {
  const QString path = m_modelCombo->itemData(index).toString();
  m_modelReady = false;
  m_pretext.clear();
  m_temperatureRow->setVisible(false);
  m_modelPath = path;
  if (path.isEmpty()) {
    m_hints->setModel({}, 0);
    setMessage(tr("No colorization model found. Train one with Train ▸ New pretraining (runs in %1 appear "
                  "here), or pick a checkpoint with Browse…. %2")
                   .arg(QDir::toNativeSeparators(AppSettings::runsDir()), ModelLocator::searchDescription()),
               true);
    updateButtons();
    return;
  }
  m_requestedModel.clear();
  AppSettings::setColorizeModel(path);
  setMessage(tr("Selected %1").arg(QDir::toNativeSeparators(path)));
  updateButtons();
  // Loading takes a while and memory: only once the page is seen or has photos to colorize.
  if (isVisible() || !m_inputs.isEmpty()) loadModel();
}

QString ColorizePage::loadKey() const {
  return m_modelPath + QLatin1Char('|') + protocol() + QLatin1Char('|') + QString::number(samples()) +
         QLatin1Char('|') + QString::number(seed());
}

void ColorizePage::loadModel() {
  if (m_modelPath.isEmpty() || m_requestedModel == loadKey()) return;
  m_requestedModel = loadKey();
  m_modelReady = false;  // colorize requests wait for this load
  ++m_loadsPending;
  setMessage(tr("Loading %1…").arg(QDir::toNativeSeparators(m_modelPath)));
  QMetaObject::invokeMethod(
      m_worker,
      [w = m_worker, path = m_modelPath, threads = AppSettings::threads(),
       mode = parseInferenceProtocol(protocol().toStdString()), count = samples(),
       seed = seed()] { w->loadModel(path, threads, mode, count, seed); },
      Qt::QueuedConnection);
  updateButtons();
  m_hints->setModel(m_modelPath, AppSettings::threads());  // colour-point previews: eval, as before
}

void ColorizePage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  refreshModels();  // runs may have finished since
  loadModel();
}

int ColorizePage::addInputs(const QStringList& paths) {
  const int before = int(m_inputs.size());
  int skipped = 0;
  QString firstSkipped;
  for (const QString& path : paths) {
    const QFileInfo info(path);
    if (info.isDir()) {
      QStringList files;
      QDirIterator it(info.absoluteFilePath(), nameFilters(), QDir::Files, QDirIterator::Subdirectories);
      while (it.hasNext()) files << it.next();
      files.sort();
      if (files.isEmpty()) {
        ++skipped;
        if (firstSkipped.isEmpty()) firstSkipped = path;
        continue;
      }
      for (const QString& f : files)
        m_inputs.push_back({f, {}, QDir(info.absoluteFilePath()).relativeFilePath(f)});
      if (!m_exportRoots.contains(info.absoluteFilePath())) m_exportRoots << info.absoluteFilePath();
    } else if (info.isFile() && isColorizable(path)) {
      m_inputs.push_back({info.absoluteFilePath(), {}, info.fileName()});
      if (!m_exportRoots.contains(info.absoluteFilePath())) m_exportRoots << info.absoluteFilePath();
    } else {
      ++skipped;
      if (firstSkipped.isEmpty()) firstSkipped = path;
    }
  }
  for (int i = before; i < m_inputs.size(); ++i) {
    auto* item = new QListWidgetItem(m_inputs[i].label, m_list);
    item->setToolTip(QDir::toNativeSeparators(m_inputs[i].file));
  }
  const int added = int(m_inputs.size()) - before;
  loadNextIcon();
  if (added > 0) {
    loadModel();
    m_list->setCurrentRow(before);
  }
  if (skipped > 0)
    setInfo(tr("Skipped %n item(s) that are not photos or folders with photos (e.g. %1); ColorProxy "
               "reads JPEG, PNG, BMP, TIFF and WebP.",
               nullptr, skipped)
                .arg(QDir::toNativeSeparators(firstSkipped)));
  updateButtons();
  return added;
}

void ColorizePage::addImage(const QImage& image, const QString& label) {
  if (image.isNull()) return;
  m_inputs.push_back({QString(), image, label});
  loadModel();
  new QListWidgetItem(label, m_list);
  loadNextIcon();
  m_list->setCurrentRow(int(m_inputs.size()) - 1);
  updateButtons();
}

bool ColorizePage::pasteFromClipboard() {
  const QMimeData* mime = QApplication::clipboard()->mimeData();
  if (!mime) return false;
  QStringList files;
  if (mime->hasUrls())
    for (const QUrl& url : mime->urls())
      if (url.isLocalFile()) files << url.toLocalFile();
  if (!files.isEmpty()) return addInputs(files) > 0;
  if (mime->hasImage()) {
    addImage(qvariant_cast<QImage>(mime->imageData()), tr("Pasted image %1").arg(m_inputs.size() + 1));
    return true;
  }
  return false;
}

void ColorizePage::dragEnterEvent(QDragEnterEvent* event) {
  const QMimeData* mime = event->mimeData();
  bool usable = mime->hasImage();
  if (mime->hasUrls())
    for (const QUrl& url : mime->urls()) usable = usable || url.isLocalFile();
  if (usable) event->acceptProposedAction();
  m_view->setDropHighlight(usable);
}

void ColorizePage::dragLeaveEvent(QDragLeaveEvent* event) {
  m_view->setDropHighlight(false);
  QWidget::dragLeaveEvent(event);
}

bool ColorizePage::isDropHighlighted() const { return m_view->dropHighlight(); }

void ColorizePage::dropEvent(QDropEvent* event) {
  m_view->setDropHighlight(false);
  const QMimeData* mime = event->mimeData();
  QStringList files;
  if (mime->hasUrls())
    for (const QUrl& url : mime->urls())
      if (url.isLocalFile()) files << url.toLocalFile();
  if (!files.isEmpty()) {
    addInputs(files);
  } else if (mime->hasImage()) {
    addImage(qvariant_cast<QImage>(mime->imageData()), tr("Dropped image %1").arg(m_inputs.size() + 1));
  } else {
    return;
  }
  event->acceptProposedAction();
}

void ColorizePage::showInput(int index) {
  if (index < 0 || index >= m_inputs.size()) return;
  m_current = index;
  if (m_list->currentRow() != index) {
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(index);
  }
  m_result = QImage();
  m_grey = QImage();
  m_showingPreview = false;
  m_hints->setPhotoKey(photoKey());
  m_view->clear();
  m_view->setPlaceholderText(m_modelReady ? tr("Colorizing %1…").arg(m_inputs[index].label)
                                          : tr("Pick a model to colorize %1.").arg(m_inputs[index].label));
  if (m_modelPath.isEmpty() || !m_modelReady) {
    updateButtons();
    return;  // colorized once the model has loaded
  }
  requestColorize();
}

void ColorizePage::requestColorize() {
  if (!m_modelReady || m_current < 0 || m_current >= m_inputs.size()) return;
  const Input& input = m_inputs[m_current];
  const int id = ++m_pendingRequest;
  m_worker->setLatestRequest(id);  // whatever is queued for another photo is skipped
  m_pendingKey = resultKey();
  m_pendingProtocol = protocol();  // the model is ready, so loaded with these
  m_pendingSamples = samples();
  m_pendingSeed = seed();
  m_pendingGeneration = m_hints->generation();
  if (const Result* cached = m_results.object(m_pendingKey)) {
    m_shownRequest = id;
    m_shownGeneration = m_pendingGeneration;
    m_hints->fullResultShown(m_pendingGeneration);
    showResult(*cached, true);
    return;
  }
  const double t = m_pretext == QLatin1String("classification") ? temperature() : -1.0;
  QMetaObject::invokeMethod(
      m_worker,
      [w = m_worker, id, file = input.file, image = input.image, t, hints = m_hints->hints()] {
        w->colorize(id, file, image, t, hints);
      },
      Qt::QueuedConnection);
  if (!m_exporting) setInfo(tr("Colorizing %1…").arg(input.label));
  updateButtons();
}

void ColorizePage::updateBefore() {
  if (!m_grey.isNull()) m_view->setBefore(m_originalColours->isChecked() ? m_original : m_grey);
}

double ColorizePage::temperature() const { return sliderToTemperature(m_temperature->value()); }

void ColorizePage::setTemperature(double t) { m_temperature->setValue(temperatureToSlider(t)); }

bool ColorizePage::temperatureVisible() const { return !m_temperatureRow->isHidden(); }

void ColorizePage::updateButtons() {
  m_save->setEnabled(!m_result.isNull() && !m_showingPreview);
  m_export->setEnabled(m_modelReady && !m_exportRoots.isEmpty() && !m_exporting);
}

bool ColorizePage::saveResult(const QString& file, QString* error) {
  QString message;
  if (m_result.isNull()) {
    message = tr("There is no colorized photo to save yet.");
  } else if (!m_result.save(file)) {
    message = tr("Could not save %1: check that its folder exists and is writable, and that the name ends "
                 "in .png, .jpg, .bmp, .tif or .webp.")
                  .arg(QDir::toNativeSeparators(file));
  }
  // The colour points go beside the result, in the file `colorproxy-cli colorize --hints` reads.
  // They also record how the result was colorized.
  if (message.isEmpty() && !m_hints->hints().empty() &&
      !m_hints->saveHints(HintPanel::hintFileFor(file), &message, m_resultProtocol, m_resultSamples,
                          std::uint64_t(m_resultSeed)))
    message = tr("Saved %1, but not its colour points: %2").arg(QDir::toNativeSeparators(file), message);
  if (error) *error = message;
  if (!message.isEmpty()) return false;
  setInfo(m_hints->hints().empty() ? tr("Saved %1").arg(QDir::toNativeSeparators(file))
                                   : tr("Saved %1 and its colour points (%2)")
                                         .arg(QDir::toNativeSeparators(file),
                                              QDir::toNativeSeparators(HintPanel::hintFileFor(file))));
  return true;
}

void ColorizePage::exportTo(const QString& outDir) {
  if (m_exporting || m_exportRoots.isEmpty() || !m_modelReady) return;
  m_exporting = true;
  m_exportSummary.clear();
  m_exportStop = std::make_shared<StopToken>();
  m_progress->setRange(0, 0);
  m_progress->setVisible(true);
  m_cancel->setVisible(true);
  setInfo(tr("Exporting to %1…").arg(QDir::toNativeSeparators(outDir)));
  updateButtons();
  const double t = m_pretext == QLatin1String("classification") ? temperature() : -1.0;
  QMetaObject::invokeMethod(
      m_worker,
      [w = m_worker, roots = m_exportRoots, outDir, t, stop = m_exportStop] {
        w->exportBatch(roots, outDir, t, stop);
      },
      Qt::QueuedConnection);
}

QStringList ColorizePage::exportWouldOverwrite(const QString& outDir) const {
  std::vector<std::filesystem::path> roots;
  for (const QString& root : m_exportRoots) roots.emplace_back(root.toStdString());
  QStringList existing;
  std::error_code ec;
  for (const auto& job : planColorizeFiles(roots, outDir.toStdString()).jobs)
    if (std::filesystem::exists(job.second, ec)) existing << QString::fromStdString(job.second.string());
  return existing;
}

void ColorizePage::cancelExport() {
  if (m_exportStop) m_exportStop->requestStop();
  setInfo(tr("Cancelling the export after the current photo…"));
}

void ColorizePage::openFilesDialog() {
  QString filter;
  for (const QString& f : nameFilters()) filter += f + QLatin1Char(' ');
  const QStringList files = QFileDialog::getOpenFileNames(
      this, tr("Open photos to colorize"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
      tr("Photos (%1)").arg(filter.trimmed()));
  if (!files.isEmpty()) addInputs(files);
}

void ColorizePage::openFolderDialog() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Open a folder of photos"),
                                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
  if (!dir.isEmpty()) addInputs({dir});
}

void ColorizePage::browseModel() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Open a colorization model"), AppSettings::runsDir(),
                                   tr("Models (*.pt *.pth);;All files (*)"));
  if (!file.isEmpty()) selectModel(file);
}

void ColorizePage::saveDialog() {
  if (m_result.isNull() || m_current < 0) return;
  const Input& input = m_inputs[m_current];
  const QString stem =
      input.file.isEmpty() ? QStringLiteral("colorized") : QFileInfo(input.file).completeBaseName();
  const QString dir = input.file.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                          : QFileInfo(input.file).absolutePath();
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Save the colorized photo"), QDir(dir).filePath(stem + QStringLiteral("-colorized.png")),
      tr("PNG (*.png);;JPEG (*.jpg *.jpeg);;All files (*)"));
  if (file.isEmpty()) return;
  QString error;
  if (!saveResult(file, &error)) QMessageBox::warning(this, tr("Save failed"), error);
}

void ColorizePage::exportDialog() {
  const QString start =
      m_exportRoots.isEmpty() ? AppSettings::runsDir() : QFileInfo(m_exportRoots.first()).absolutePath();
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Export colorized photos to"), start);
  if (!dir.isEmpty()) exportAllTo(dir);
}

void ColorizePage::exportAllTo(const QString& dir) {
  const QStringList existing = exportWouldOverwrite(dir);
  if (!existing.isEmpty()) {
    QMessageBox box(QMessageBox::Question, tr("Overwrite colorized photos?"),
                    tr("%n file(s) in %1 would be replaced, for example %2.", nullptr, int(existing.size()))
                        .arg(QDir::toNativeSeparators(dir), QFileInfo(existing.first()).fileName()),
                    QMessageBox::Cancel, this);
    QPushButton* overwrite = box.addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != overwrite) return;
  }
  exportTo(dir);
}

}  // namespace colorproxy
