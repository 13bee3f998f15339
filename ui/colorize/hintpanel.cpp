#include "colorize/hintpanel.h"

#include <algorithm>
#include <cmath>
#include <exception>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "colorize/abgamutsquare.h"
#include "colorize/beforeafterview.h"
#include "colorize/hintcolours.h"
#include "colorize/hintoverlay.h"
#include "colorize/hintpoints.h"
#include "colorize/hintpreviewworker.h"
#include "colorproxy/hints/hint_file.h"
#include "core/numbertext.h"

namespace colorproxy {
namespace {
// QT_LOGGING_RULES="colorproxy.hints.info=true" prints each edit -> preview latency (the latency probe
// reads it from the real window).
Q_LOGGING_CATEGORY(hintLog, "colorproxy.hints", QtWarningMsg)

constexpr int kSwatchColumns = 4;
constexpr QSize kSwatchIcon(28, 18);

QPixmap colourIcon(const QColor& colour, QSize size) {
  QPixmap pixmap(size);
  pixmap.fill(colour);
  QPainter painter(&pixmap);
  painter.setPen(QColor(0, 0, 0, 90));
  painter.drawRect(0, 0, size.width() - 1, size.height() - 1);
  return pixmap;
}
}  // namespace

HintPanel::HintPanel(BeforeAfterView* view, QWidget* shortcutScope, QWidget* parent)
    : QWidget(parent),
      m_points(new HintPoints(this)),
      m_overlay(new HintOverlay(view, m_points)),
      m_view(view),
      m_thread(new QThread(this)),
      m_worker(new HintPreviewWorker),
      m_idle(new QTimer(this)) {
  m_clock.start();
  m_thread->setObjectName(QStringLiteral("hint preview"));
  m_worker->moveToThread(m_thread);
  connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  m_thread->start();
  connect(m_worker, &HintPreviewWorker::modelLoaded, this, &HintPanel::onModelLoaded);
  connect(m_worker, &HintPreviewWorker::modelFailed, this, &HintPanel::onModelFailed);
  connect(m_worker, &HintPreviewWorker::previewReady, this, &HintPanel::onPreviewReady);
  connect(m_worker, &HintPreviewWorker::suggestionsReady, this, &HintPanel::onSuggestions);
  connect(m_worker, &HintPreviewWorker::failed, this,
          [this](int, const QString& text) { Q_EMIT message(text); });

  m_idle->setSingleShot(true);
  m_idle->setInterval(kIdleMs);
  connect(m_idle, &QTimer::timeout, this, &HintPanel::fullResultWanted);
  connect(m_points, &HintPoints::changed, this, &HintPanel::onPointsChanged);
  connect(m_points, &HintPoints::selectionChanged, this, &HintPanel::onSelectionChanged);
  connect(m_overlay, &HintOverlay::placeRequested, this, &HintPanel::placePoint);
  buildUi(shortcutScope);
  m_disabledReason = tr("Pick a model first.");
  updateActive();
}

HintPanel::~HintPanel() {
  m_thread->quit();
  m_thread->wait();
}

void HintPanel::buildUi(QWidget* shortcutScope) {
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_colour = new QLabel(this);
  m_colour->setMinimumHeight(kSwatchIcon.height() + 4);
  m_patch = new QSpinBox(this);
  m_patch->setRange(1, 9);
  m_patch->setValue(3);
  m_patch->setToolTip(tr("The side of the square a point colours, in the network's pixels"));
  auto* sizeLabel = new QLabel(tr("Si&ze:"), this);
  sizeLabel->setBuddy(m_patch);
  auto* colourRow = new QHBoxLayout;
  colourRow->addWidget(m_colour, 1);
  colourRow->addWidget(sizeLabel);
  colourRow->addWidget(m_patch);

  m_suggestLabel = new QLabel(tr("Suggested colours:"), this);
  auto* swatchGrid = new QGridLayout;
  swatchGrid->setSpacing(2);
  swatchGrid->setColumnStretch(kSwatchColumns, 1);
  for (int i = 0; i < HintPreviewWorker::kSuggestions; ++i) {
    auto* b = new QToolButton(this);
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setIconSize(kSwatchIcon);
    b->setAutoRaise(true);
    // Narrow enough for four in a row of the panel (the text under the swatch is "64 %").
    b->setFixedSize(kSwatchIcon.width() + 16, kSwatchIcon.height() + fontMetrics().height() + 10);
    QSizePolicy keep = b->sizePolicy();
    keep.setRetainSizeWhenHidden(true);  // the gamut square stays put while suggestions come and go
    b->setSizePolicy(keep);
    b->setVisible(false);
    connect(b, &QToolButton::clicked, this, [this, i] {
      if (i < m_suggestions.size() && m_points->selected() >= 0)
        m_points->setColour(m_points->selected(), m_suggestions[i][0], m_suggestions[i][1]);
    });
    swatchGrid->addWidget(b, i / kSwatchColumns, i % kSwatchColumns);
    m_swatches.push_back(b);
  }
  m_gamut = new AbGamutSquare(this);
  connect(m_gamut, &AbGamutSquare::picked, this, &HintPanel::pickColour);

  m_list = new QListWidget(this);
  m_list->setIconSize(QSize(14, 14));
  m_list->setMinimumHeight(60);
  connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_points->select(row); });
  auto* removeKey = new QAction(m_list);
  removeKey->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
  removeKey->setShortcutContext(Qt::WidgetShortcut);
  connect(removeKey, &QAction::triggered, this, [this] { m_points->remove(m_points->selected()); });
  m_list->addAction(removeKey);

  QUndoStack* stack = m_points->undoStack();
  auto* undo = new QToolButton(this);
  auto* redo = new QToolButton(this);
  // Plain "Undo" / "Redo" on the buttons (QUndoStack's own actions append the step's name, which would
  // widen the panel); the step's name is in the tooltip.
  auto* undoAction = new QAction(tr("Undo"), this);
  auto* redoAction = new QAction(tr("Redo"), this);
  undoAction->setEnabled(false);
  redoAction->setEnabled(false);
  connect(undoAction, &QAction::triggered, stack, &QUndoStack::undo);
  connect(redoAction, &QAction::triggered, stack, &QUndoStack::redo);
  connect(stack, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
  connect(stack, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
  undoAction->setShortcut(QKeySequence::Undo);
  redoAction->setShortcuts(
      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  for (QAction* a : {undoAction, redoAction}) {
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    shortcutScope->addAction(a);
  }
  undoAction->setToolTip(tr("Undo the last change of the points (%1)")
                             .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
  redoAction->setToolTip(tr("Redo (%1)").arg(redoAction->shortcut().toString(QKeySequence::NativeText)));
  undo->setDefaultAction(undoAction);
  redo->setDefaultAction(redoAction);
  undo->setObjectName(QStringLiteral("hintUndo"));
  redo->setObjectName(QStringLiteral("hintRedo"));
  m_clear = new QPushButton(tr("Clea&r"), this);
  m_clear->setToolTip(tr("Remove every point (undoable)"));
  connect(m_clear, &QPushButton::clicked, m_points, &HintPoints::clear);
  auto* load = new QPushButton(tr("&Load…"), this);
  load->setToolTip(tr("Load points saved before (a .hints.json file)"));
  m_save = new QPushButton(tr("Save &as…"), this);
  m_save->setToolTip(
      tr("Save the points as a .hints.json file (Save result… also saves them beside the "
         "photo; colorproxy-cli colorize --hints reads them)"));
  connect(load, &QPushButton::clicked, this, &HintPanel::loadDialog);
  connect(m_save, &QPushButton::clicked, this, &HintPanel::saveDialog);
  connect(m_patch, &QSpinBox::valueChanged, this,
          [this](int v) { m_points->setPatch(m_points->selected(), v); });

  auto* editRow = new QHBoxLayout;
  editRow->addWidget(undo);
  editRow->addWidget(redo);
  editRow->addWidget(m_clear, 1);
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(load);
  fileRow->addWidget(m_save);

  auto* title = new QLabel(tr("<b>Colour points</b>"), this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 0, 0, 0);
  layout->addWidget(title);
  layout->addWidget(m_status);
  layout->addLayout(colourRow);
  layout->addWidget(m_suggestLabel);
  layout->addLayout(swatchGrid);
  layout->addWidget(m_gamut, 0, Qt::AlignHCenter);
  layout->addWidget(new QLabel(tr("Points:"), this));
  layout->addWidget(m_list, 1);
  layout->addLayout(editRow);
  layout->addLayout(fileRow);
}

void HintPanel::setModel(const QString& path, int threads) {
  if (path == m_modelPath) return;
  m_modelPath = path;
  m_takesHints = false;
  m_disabledReason = path.isEmpty() ? tr("Pick a model first.") : tr("Loading the model…");
  updateActive();
  Q_EMIT takesHintsChanged(false);
  if (path.isEmpty()) return;
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, path, threads] { w->loadModel(path, threads); }, Qt::QueuedConnection);
}

void HintPanel::onModelLoaded(const QString& path, bool takesHints, int networkSize) {
  if (path != m_modelPath) return;
  m_takesHints = takesHints;
  m_disabledReason = takesHints ? QString()
                                : tr("This model takes no colour points: it was pretrained without hints. "
                                     "Pick one pretrained with colour hints (colorproxy-cli pretrain "
                                     "--hints) to guide the colours by hand.");
  Q_UNUSED(networkSize);
  updateActive();
  Q_EMIT takesHintsChanged(takesHints);
  requestPreview();
}

void HintPanel::onModelFailed(const QString& path, const QString& text) {
  if (path != m_modelPath) return;
  m_takesHints = false;
  m_disabledReason = tr("The model could not be loaded: %1").arg(text);
  updateActive();
  Q_EMIT takesHintsChanged(false);
}

void HintPanel::setEditing(bool on) {
  m_editing = on;
  updateActive();
}

void HintPanel::updateActive() {
  const bool active = m_takesHints && m_editing && !m_photo.isNull();
  m_overlay->setActive(active);
  setEnabled(m_takesHints);
  setToolTip(m_disabledReason);
  if (!m_takesHints) {
    m_status->setText(m_disabledReason);
  } else if (m_photo.isNull()) {
    m_status->setText(tr("Open a photo to place colour points on it."));
  } else if (m_points->count() == 0) {
    m_status->setText(tr("Click the photo to place a colour point; drag to move it, Delete removes it."));
  }
  updateSelectionControls();
}

void HintPanel::setPhotoKey(const QString& key) {
  if (key == m_photoKey) return;
  if (!m_photoKey.isEmpty()) m_stash.insert(m_photoKey, m_points->points());
  m_photoKey = key;
  m_photo = QImage();
  m_overlay->setPhoto({});
  m_suggestions.clear();
  m_suggestionsFor = -1;
  m_points->reset(m_stash.value(key));
  m_fullGeneration = -1;
  updateActive();
}

void HintPanel::setPhotoImage(const QImage& photo) {
  // Every full result brings a new copy of the same photo: keeping the first spares the preview worker
  // another screen copy of a camera-size photo.
  if (!m_photo.isNull() && photo.size() == m_photo.size()) return;
  m_photo = photo;
  m_overlay->setPhoto(photo);
  updateActive();
  requestPreview(false);  // the worker makes its screen copy now, not at the first click
}

std::vector<ColorHint> HintPanel::hints() const {
  return m_takesHints ? m_points->points() : std::vector<ColorHint>{};
}

QString HintPanel::fingerprint() const {
  if (!m_takesHints || m_points->count() == 0) return {};
  HintSet set;
  set.points = m_points->points();
  return QString::fromStdString(hintsToJsonString(set));
}

int HintPanel::generation() const { return m_points->generation(); }

void HintPanel::fullResultShown(int generation) { m_fullGeneration = std::max(m_fullGeneration, generation); }

void HintPanel::placePoint(QPointF at) {
  // A new point starts with the colour shown there now (pinning it); the suggestions follow.
  const QPointF ab = abAt(m_view->after(), m_photo.size(), at);
  m_points->add({at.x(), at.y(), ab.x(), ab.y(), m_patch->value()});
}

void HintPanel::pickColour(double a, double b, bool final) {
  const int index = m_points->selected();
  if (index < 0) return;
  if (!m_gamutDragging) {
    m_gamutBefore = m_points->points();
    m_gamutDragging = true;
  }
  std::vector<ColorHint> live = m_points->points();
  live[size_t(index)].a = a;
  live[size_t(index)].b = b;
  m_points->setLive(live);
  if (!final) return;
  m_gamutDragging = false;
  m_points->commit(m_gamutBefore, index, tr("Change a point's colour"));
}

void HintPanel::onPointsChanged() {
  rebuildList();
  updateSelectionControls();
  if (m_points->count() > 0 && m_takesHints)
    showCount();
  else
    updateActive();
  requestPreview();
}

void HintPanel::onSelectionChanged(int index) {
  {
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(index);
  }
  updateSelectionControls();
  if (index != m_suggestionsFor) {
    m_suggestions.clear();
    showSuggestions();
  }
  requestPreview();
}

void HintPanel::requestPreview(bool restartIdle) {
  if (!m_takesHints || m_photo.isNull()) return;
  HintPreviewWorker::Request r;
  r.id = ++m_requestId;
  r.generation = m_points->generation();
  r.photo = m_photo;
  r.hints = m_points->points();
  r.suggestFor = m_points->selected();
  m_requestStart.insert(r.id, m_clock.nsecsElapsed());
  m_worker->submit(std::move(r));
  if (restartIdle) m_idle->start();
}

void HintPanel::onPreviewReady(int id, int generation, const QImage& preview, double ms) {
  const qint64 sent = m_requestStart.value(id, -1);
  for (auto it = m_requestStart.begin(); it != m_requestStart.end();)
    it = it.key() <= id ? m_requestStart.erase(it) : std::next(it);
  // Older than what is shown, or the full result of these points (or newer ones) is on screen already.
  if (id <= m_shownPreview || generation <= m_fullGeneration) return;
  m_shownPreview = id;
  Q_EMIT previewReady(preview);
  ++m_previewsShown;
  if (sent >= 0) {
    m_lastLatencyMs = (m_clock.nsecsElapsed() - sent) / 1e6;
    qCInfo(hintLog, "edit -> preview %.1f ms (worker %.1f ms, %d point(s), %dx%d)", m_lastLatencyMs, ms,
           m_points->count(), preview.width(), preview.height());
  }
  if (m_points->count() > 0) showCount();
}

void HintPanel::showCount() {
  m_status->setText(m_lastLatencyMs < 0 ? tr("%n point(s)", nullptr, m_points->count())
                                        : tr("%n point(s) · preview in %1 ms", nullptr, m_points->count())
                                              .arg(decimalText(m_lastLatencyMs, 0)));
}

void HintPanel::onSuggestions(int id, int index, const QVector<QVector<double>>& colours) {
  Q_UNUSED(id);
  if (index != m_points->selected()) return;
  m_suggestions = colours;
  m_suggestionsFor = index;
  showSuggestions();
}

void HintPanel::showSuggestions() {
  const ColorHint* point = m_points->selectedPoint();
  const double l = point ? lightnessAt(m_photo, {point->x, point->y}) : 50.0;
  for (int i = 0; i < m_swatches.size(); ++i) {
    QToolButton* b = m_swatches[i];
    const bool shown = point && i < m_suggestions.size();
    b->setVisible(shown);
    if (!shown) continue;
    const QVector<double>& s = m_suggestions[i];
    b->setIcon(colourIcon(labColour(l, s[0], s[1]), kSwatchIcon));
    b->setText(tr("%1 %").arg(decimalText(100.0 * s[2], 0)));
    b->setToolTip(tr("a %1, b %2: %3 % likely here")
                      .arg(decimalText(s[0], 0), decimalText(s[1], 0), decimalText(100.0 * s[2], 1)));
  }
  m_suggestLabel->setText(point && m_suggestions.isEmpty() ? tr("Suggested colours: …")
                                                           : tr("Suggested colours:"));
}

void HintPanel::updateSelectionControls() {
  const ColorHint* point = m_points->selectedPoint();
  const bool on = point && m_takesHints;
  m_gamut->setMarkerVisible(on);
  m_clear->setEnabled(m_points->count() > 0);
  m_save->setEnabled(m_points->count() > 0 && !m_photo.isNull());
  if (!on) {
    m_colour->setPixmap(QPixmap());
    m_colour->setText(tr("No point selected"));
    m_colour->setToolTip(QString());
    showSuggestions();
    return;
  }
  const double l = lightnessAt(m_photo, {point->x, point->y});
  m_gamut->setLightness(l);
  if (!m_gamutDragging) m_gamut->setColour(point->a, point->b);
  m_colour->setPixmap(colourIcon(labColour(l, point->a, point->b), kSwatchIcon));
  m_colour->setToolTip(
      tr("L %1, a %2, b %3").arg(decimalText(l, 0), decimalText(point->a, 0), decimalText(point->b, 0)));
  const QSignalBlocker block(m_patch);
  m_patch->setValue(point->patch);
}

void HintPanel::rebuildList() {
  const QSignalBlocker block(m_list);
  m_list->clear();
  for (int i = 0; i < m_points->count(); ++i) {
    const ColorHint& h = m_points->points()[size_t(i)];
    auto* item = new QListWidgetItem(tr("%1 at (%2, %3)").arg(i + 1).arg(int(h.x)).arg(int(h.y)), m_list);
    item->setIcon(colourIcon(labColour(lightnessAt(m_photo, {h.x, h.y}), h.a, h.b), QSize(14, 14)));
  }
  m_list->setCurrentRow(m_points->selected());
}

QString HintPanel::hintFileFor(const QString& result) {
  const QFileInfo info(result);
  return info.dir().filePath(info.completeBaseName() + QStringLiteral(".hints.json"));
}

bool HintPanel::saveHints(const QString& file, QString* error, const QString& protocol, int samples,
                          quint64 seed) const {
  HintSet set;
  set.width = m_photo.width();
  set.height = m_photo.height();
  set.points = m_points->points();
  set.protocol = protocol.toStdString();
  set.samples = samples;
  set.seed = seed;
  try {
    writeHintFile(QFile::encodeName(file).toStdString(), set);
    return true;
  } catch (const std::exception& e) {
    if (error)
      *error = tr("Could not save the colour points to %1: %2. Check that the folder exists and is writable.")
                   .arg(QDir::toNativeSeparators(file), QString::fromUtf8(e.what()));
    return false;
  }
}

bool HintPanel::loadHints(const QString& file, QString* error) {
  HintSet set;
  try {
    set = readHintFile(QFile::encodeName(file).toStdString());
  } catch (const std::exception& e) {
    if (error)
      *error = tr("Cannot load colour points from %1: %2\nFix the file, or place the points again and save "
                  "them with Save….")
                   .arg(QDir::toNativeSeparators(file), QString::fromUtf8(e.what()));
    return false;
  }
  if (m_photo.isNull()) {
    if (error) *error = tr("Open the photo the points belong to first, then load %1.").arg(file);
    return false;
  }
  // Saved for another size of this photo (a resized copy): the points keep their place in it.
  const double sx = set.width > 0 ? double(m_photo.width()) / set.width : 1.0;
  const double sy = set.height > 0 ? double(m_photo.height()) / set.height : 1.0;
  for (ColorHint& h : set.points) {
    h.x = std::clamp(h.x * sx, 0.0, m_photo.width() - 0.01);
    h.y = std::clamp(h.y * sy, 0.0, m_photo.height() - 0.01);
  }
  m_points->load(set.points, tr("Load colour points"));
  Q_EMIT message(tr("Loaded %n colour point(s) from %1", nullptr, int(set.points.size()))
                     .arg(QDir::toNativeSeparators(file)));
  return true;
}

void HintPanel::saveDialog() {
  const QString start = m_photoKey.contains(QLatin1Char('/'))
                            ? hintFileFor(m_photoKey)
                            : QDir::home().filePath(QStringLiteral("colour-points.hints.json"));
  const QString file = QFileDialog::getSaveFileName(this, tr("Save the colour points"), start,
                                                    tr("Colour points (*.hints.json *.json)"));
  if (file.isEmpty()) return;
  QString error;
  if (saveHints(file, &error)) {
    Q_EMIT message(tr("Saved the colour points to %1").arg(QDir::toNativeSeparators(file)));
  } else {
    QMessageBox::warning(this, tr("Save failed"), error);
  }
}

void HintPanel::loadDialog() {
  const QString start =
      m_photoKey.contains(QLatin1Char('/')) ? QFileInfo(m_photoKey).absolutePath() : QDir::homePath();
  const QString file = QFileDialog::getOpenFileName(this, tr("Load colour points"), start,
                                                    tr("Colour points (*.hints.json *.json);;All files (*)"));
  if (file.isEmpty()) return;
  QString error;
  if (!loadHints(file, &error)) QMessageBox::warning(this, tr("Cannot load the colour points"), error);
}

}  // namespace colorproxy
