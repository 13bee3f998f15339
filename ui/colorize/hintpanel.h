#pragma once
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QVector>
#include <QWidget>

#include "colorproxy/hints/color_hint.h"

class QLabel;
class QListWidget;
class QSpinBox;
class QThread;
class QTimer;
class QToolButton;
class QPushButton;

namespace colorproxy {

class AbGamutSquare;
class BeforeAfterView;
class HintOverlay;
class HintPoints;
class HintPreviewWorker;

/// Colour points on the Colorize page (Zhang, Zhu et al. 2017's user-guided colorization) for a model
/// pretrained with hints: click the photo to place a point, drag to move it, Delete to remove it; the
/// panel shows the colours the model suggests at the selected point (with their probabilities) and a free
/// a-b square at its lightness, lists the points, undoes and redoes (Ctrl+Z, Ctrl+Shift+Z), and saves
/// and loads them as hints.json (the file `colorproxy-cli colorize --hints` reads). While the user works a
/// preview at the network's resolution comes from a worker thread of its own (the newest request only);
/// after a pause (kIdleMs) fullResultWanted() asks the page for the full-resolution result. For a model
/// without hints the panel is disabled and says why.
class HintPanel : public QWidget {
  Q_OBJECT

 public:
  /// Pause after the last change before the full-resolution result is asked for.
  static constexpr int kIdleMs = 400;

  /// `view` gets the points drawn over it; `shortcutScope` the undo and redo shortcuts (the page).
  HintPanel(BeforeAfterView* view, QWidget* shortcutScope, QWidget* parent = nullptr);
  ~HintPanel() override;

  /// Loads `path` into the preview worker; the panel is enabled once it turns out to take hints.
  void setModel(const QString& path, int threads);
  bool takesHints() const { return m_takesHints; }
  /// Why the panel is disabled (empty when it is enabled).
  QString disabledReason() const { return m_disabledReason; }
  /// Another photo (its key: file or pasted image): its own points come back, with a fresh undo history.
  void setPhotoKey(const QString& key);
  /// The photo as read (full resolution), once the page has it.
  void setPhotoImage(const QImage& photo);

  /// Off: the points are neither drawn nor edited on the photo (they still colour it).
  void setEditing(bool on);
  /// The points the colorization should follow: empty for a model without hints.
  std::vector<ColorHint> hints() const;
  /// Identifies the points (for the page's cache of results).
  QString fingerprint() const;
  int generation() const;
  /// The page shows the full-resolution result for the points of `generation`: older previews are dropped.
  void fullResultShown(int generation);

  /// `result` with .hints.json instead of its extension: where the points are saved beside a result.
  static QString hintFileFor(const QString& result);
  /// Writes the points (of the current photo) to `file`; false and a message naming it on failure.
  /// `protocol` (an inference protocol's name, with its samples and seed) records how the result saved
  /// beside the file was colorized; empty for the points alone.
  bool saveHints(const QString& file, QString* error = nullptr, const QString& protocol = QString(),
                 int samples = 1, quint64 seed = 1) const;
  /// Reads points from `file` (scaled to the photo when they were saved for another size of it); false and
  /// a message naming the file and the fix when it is damaged.
  bool loadHints(const QString& file, QString* error = nullptr);

  HintPoints* points() const { return m_points; }
  HintOverlay* overlay() const { return m_overlay; }
  AbGamutSquare* gamut() const { return m_gamut; }
  QListWidget* pointList() const { return m_list; }
  /// The suggestion buttons (hidden ones hold no suggestion).
  const QVector<QToolButton*>& swatches() const { return m_swatches; }
  /// Suggested (a, b, probability) at the selected point, most probable first.
  const QVector<QVector<double>>& suggestions() const { return m_suggestions; }
  /// Milliseconds from the last edit to its preview reaching the page (click -> preview), -1 before one.
  double lastPreviewLatencyMs() const { return m_lastLatencyMs; }
  int previewsShown() const { return m_previewsShown; }

 Q_SIGNALS:
  void previewReady(const QImage& preview);
  void fullResultWanted();
  void takesHintsChanged(bool takesHints);
  void message(const QString& text);

 private:
  void buildUi(QWidget* shortcutScope);
  void onModelLoaded(const QString& path, bool takesHints, int networkSize);
  void onModelFailed(const QString& path, const QString& message);
  void onPreviewReady(int id, int generation, const QImage& preview, double ms);
  void onSuggestions(int id, int index, const QVector<QVector<double>>& colours);
  void onPointsChanged();
  void onSelectionChanged(int index);
  void placePoint(QPointF at);
  void pickColour(double a, double b, bool final);
  /// Asks the worker for a preview of the current points; `restartIdle`: the full result follows the pause.
  void requestPreview(bool restartIdle = true);
  void updateActive();
  void updateSelectionControls();
  /// "3 points · preview in 24 ms" in the status line.
  void showCount();
  void showSuggestions();
  void rebuildList();
  void saveDialog();
  void loadDialog();

  HintPoints* m_points;
  HintOverlay* m_overlay;
  BeforeAfterView* m_view;
  QThread* m_thread;
  HintPreviewWorker* m_worker;
  QTimer* m_idle;
  QString m_modelPath;
  bool m_takesHints = false;
  bool m_editing = true;
  QString m_disabledReason;
  QString m_photoKey;
  QImage m_photo;
  QHash<QString, std::vector<ColorHint>> m_stash;  ///< the points of the other photos
  int m_requestId = 0;
  int m_shownPreview = 0;
  int m_fullGeneration = -1;
  QHash<int, qint64> m_requestStart;  ///< request id -> m_clock time it was sent
  QElapsedTimer m_clock;
  double m_lastLatencyMs = -1.0;
  int m_previewsShown = 0;
  QVector<QVector<double>> m_suggestions;
  int m_suggestionsFor = -1;
  std::vector<ColorHint> m_gamutBefore;  ///< the points when a drag on the gamut square began
  bool m_gamutDragging = false;

  QLabel* m_status = nullptr;
  QLabel* m_colour = nullptr;
  QSpinBox* m_patch = nullptr;
  QVector<QToolButton*> m_swatches;
  QLabel* m_suggestLabel = nullptr;
  AbGamutSquare* m_gamut = nullptr;
  QListWidget* m_list = nullptr;
  QPushButton* m_clear = nullptr;
  QPushButton* m_save = nullptr;
};

}  // namespace colorproxy
