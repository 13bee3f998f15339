#pragma once
#include <memory>

#include <QCache>
#include <QFutureWatcher>
#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "colorize/modellocator.h"

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QSplitter;
class QThread;
class QTimer;

namespace colorproxy {

class BeforeAfterView;
class ColorizeWorker;
class HintPanel;
class StopToken;

/// The Colorize page: drop photos or folders (or open, or paste), pick a model (the bundled one or a
/// colorization run), see the result at full resolution with a before/after split or side by side, save
/// it, or export a whole folder with progress and cancel. For classification-pretext models a temperature
/// slider re-decodes the colours live (annealed mean, from mode to mean). The inference protocol (eval,
/// dropout kept on, or pix2pix's per-image statistics with dropout; averaged over seeded samples) applies
/// to results and exports and is remembered. The network runs in a worker thread; the page never waits
/// for it.
class ColorizePage : public QWidget {
  Q_OBJECT

 public:
  explicit ColorizePage(QWidget* parent = nullptr);
  ~ColorizePage() override;

  /// Adds photos and folders (folders are walked recursively for images) and shows the first new one.
  /// Returns how many photos were added.
  int addInputs(const QStringList& paths);
  /// Adds an in-memory image (pasted or dropped as data) and shows it.
  void addImage(const QImage& image, const QString& label);
  /// Adds what the clipboard holds (an image, or file URLs); false when it holds neither.
  bool pasteFromClipboard();
  int inputCount() const { return int(m_inputs.size()); }
  void showInput(int index);

  /// Re-reads the bundled model and the runs folder; keeps the current choice when it is still there.
  void refreshModels();
  /// Picks (and loads) the model at `path`, adding it to the list when it is not there yet.
  void selectModel(const QString& path);
  QString modelPath() const { return m_modelPath; }
  bool isModelReady() const { return m_modelReady; }
  QString modelPretext() const { return m_pretext; }
  /// The message under the picker (why no model is available, or what is loaded).
  QString modelMessage() const;

  /// The colorized current photo at its full resolution (null until ready).
  QImage result() const { return m_result; }
  bool isBusy() const { return m_pendingRequest != m_shownRequest; }
  /// Saves the result (format from the extension); false and a message naming the file on failure.
  bool saveResult(const QString& file, QString* error = nullptr);
  /// Colorizes every input (dropped folders keep their structure) into `outDir`.
  void exportTo(const QString& outDir);
  /// Exports into `outDir` as Export all… does: asks first when files there would be replaced.
  void exportAllTo(const QString& outDir);
  /// The files an export into `outDir` would overwrite (they exist already).
  QStringList exportWouldOverwrite(const QString& outDir) const;
  /// True when the shown result came from the cache of recent results (no new colorization).
  bool lastResultFromCache() const { return m_lastFromCache; }
  bool isExporting() const { return m_exporting; }
  void cancelExport();
  QString exportSummary() const { return m_exportSummary; }

  /// The inference protocol as the CLI names it ("eval", "dropout", "pix2pix") and the stochastic samples
  /// averaged (1 under eval). Changing either reloads the model and colorizes the photo again.
  QString protocol() const;
  int samples() const;
  /// The dropout masks' seed (1 under the eval protocol, where it plays no part).
  int seed() const;
  void setSeed(int seed);
  void setProtocol(const QString& protocol, int samples);
  QComboBox* protocolCombo() const { return m_protocol; }
  QSpinBox* samplesBox() const { return m_samples; }
  QSpinBox* seedBox() const { return m_seed; }

  /// Annealed-mean temperature chosen on the slider (classification models).
  double temperature() const;
  void setTemperature(double t);
  bool temperatureVisible() const;

  BeforeAfterView* view() const { return m_view; }
  /// Colour points for hint-conditioned models (disabled, saying why, for the others).
  HintPanel* hintPanel() const { return m_hints; }
  /// Shows or hides the colour-point panel (the "Colour points" button).
  QPushButton* hintButton() const { return m_hintButton; }
  /// True while the view shows a preview of the colour points (the full-resolution result follows).
  bool isShowingPreview() const { return m_showingPreview; }
  /// The colour points' generation (HintPanel::generation) the shown full-resolution result follows.
  int shownGeneration() const { return m_shownGeneration; }
  /// True while photos are dragged over the page (the view is outlined).
  bool isDropHighlighted() const;
  QListWidget* inputList() const { return m_list; }
  QSlider* splitSlider() const { return m_splitSlider; }
  QComboBox* modelCombo() const { return m_modelCombo; }
  QProgressBar* progressBar() const { return m_progress; }

 Q_SIGNALS:
  void resultReady();
  void colorizeFailed(const QString& message);
  void modelReady(const QString& path);
  void exportFinished();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void dragLeaveEvent(QDragLeaveEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  QWidget* createInputRow();
  void createTemperatureRow();
  /// The protocol and samples controls, with the temperature row beside them.
  QWidget* createInferenceRow();
  void onProtocolChanged();
  QSplitter* createViewer();
  QWidget* createViewRow();
  void createWorker();
  void onModelLoaded(const QString& path, const QString& pretext, double temperature, int trainedSize,
                     bool hasDropout);
  void onModelFailed(const QString& path, const QString& message);
  void onColorized(int id, const QImage& original, const QImage& grey, const QImage& result, qint64 ms);
  struct Result {
    QImage original;
    QImage grey;
    QImage result;
    qint64 ms = 0;
    QString protocol;  ///< the inference protocol, samples and dropout seed it was colorized with
    int samples = 1;
    int seed = 1;
  };
  /// Shows a colorized photo (new, or from the cache).
  void showResult(const Result& r, bool fromCache);
  /// The cache key of the current photo with the current model and temperature.
  QString resultKey() const;
  void setInfo(const QString& text);
  /// The key the current photo's colour points are kept under (its file, or the pasted image's slot).
  QString photoKey() const;
  void createHintPanel();
  void onHintPreview(const QImage& preview);
  void onTakesHintsChanged(bool takesHints);
  void onColorizeFailed(int id, const QString& message);
  void onBatchProgress(int done, int total, const QString& file, const QString& error);
  void onBatchFinished(int ok, int failed, bool stopped, const QString& outDir, const QStringList& errors);

  struct Input {
    QString file;  ///< empty for a pasted image
    QImage image;
    QString label;
  };

  void openFilesDialog();
  void openFolderDialog();
  void browseModel();
  void saveDialog();
  void exportDialog();
  void onModelIndexChanged(int index);
  /// Adds a model picked outside the bundled one and the runs folder (Browse…); returns its index.
  int addBrowsedModel(const QString& file);
  void loadModel();
  /// What the worker's model must be: the path, the protocol and the samples.
  QString loadKey() const;
  void requestColorize();
  void updateBefore();
  void updateButtons();
  void setMessage(const QString& text, bool error = false);
  void loadNextIcon();

  QVector<Input> m_inputs;
  QStringList m_exportRoots;  ///< files and dropped folders, for batch export with folder structure
  int m_current = -1;
  QFutureWatcher<QImage> m_iconWatcher;  ///< list icons, decoded one at a time off the GUI thread
  int m_nextIcon = 0;

  QThread* m_thread = nullptr;
  ColorizeWorker* m_worker = nullptr;
  std::shared_ptr<StopToken> m_exportStop;
  int m_pendingRequest = 0;
  int m_shownRequest = 0;
  QString m_modelPath;
  QString m_requestedModel;  ///< the model and protocol last sent to the worker to load (loadKey())
  int m_loadsPending = 0;    ///< loads sent and not answered: only the last one's model is current
  QString m_pretext;
  bool m_modelReady = false;
  bool m_exporting = false;
  QString m_exportSummary;
  QImage m_original;
  QImage m_grey;
  QImage m_result;
  /// Recent results by photo, model and temperature (cost in MB), so that going back to a photo shows it
  /// at once instead of colorizing it again.
  QCache<QString, Result> m_results;
  QString m_pendingKey;
  QString m_pendingProtocol;  ///< the protocol and samples of the model the pending request runs on
  int m_pendingSamples = 1;
  int m_pendingSeed = 1;
  QString m_resultProtocol;  ///< ... and of the shown result (recorded beside it when it is saved)
  int m_resultSamples = 1;
  int m_resultSeed = 1;
  int m_pendingGeneration = -1;  ///< the colour points' generation the pending colorization follows
  bool m_showingPreview = false;
  int m_shownGeneration = -1;
  bool m_lastFromCache = false;

  QComboBox* m_modelCombo = nullptr;
  QLabel* m_modelMessage = nullptr;
  QComboBox* m_protocol = nullptr;
  QSpinBox* m_samples = nullptr;
  QLabel* m_samplesLabel = nullptr;
  QSpinBox* m_seed = nullptr;
  QLabel* m_seedLabel = nullptr;
  QTimer* m_reload = nullptr;  ///< a reload after the samples settle
  QWidget* m_temperatureRow = nullptr;
  QSlider* m_temperature = nullptr;
  QLabel* m_temperatureValue = nullptr;
  QTimer* m_debounce = nullptr;
  QListWidget* m_list = nullptr;
  BeforeAfterView* m_view = nullptr;
  HintPanel* m_hints = nullptr;
  QWidget* m_hintArea = nullptr;
  QPushButton* m_hintButton = nullptr;
  QPushButton* m_actualPixels = nullptr;
  QPushButton* m_fitButton = nullptr;
  QComboBox* m_mode = nullptr;
  QSlider* m_splitSlider = nullptr;
  QCheckBox* m_originalColours = nullptr;
  QLabel* m_info = nullptr;
  QPushButton* m_save = nullptr;
  QPushButton* m_export = nullptr;
  QProgressBar* m_progress = nullptr;
  QPushButton* m_cancel = nullptr;
};

}  // namespace colorproxy
