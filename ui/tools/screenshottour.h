#pragma once
#include <functional>

#include <QObject>
#include <QSize>
#include <QString>

namespace colorproxy {

class MainWindow;

/// Drives the real GUI through its main screens for documentation and for measuring responsiveness:
/// the Datasets page, every page of both wizards, the monitor during a real pretraining run and during
/// a baseline-vs-pretrained fine-tuning pair, and the Runs page. Saves 1280×800 screen grabs as PNG and
/// prints the event-loop latency (p50/p99/max) measured while each job trained.
class ScreenshotTour : public QObject {
  Q_OBJECT

 public:
  /// `samplesDir` holds photos/ and camvid/ (resources/samples); runs go to `runsDir`.
  ScreenshotTour(MainWindow* window, QString outDir, QString samplesDir, QString runsDir,
                 QObject* parent = nullptr);

  /// Runs the whole tour (spins nested event loops); returns 0 on success, 1 with a message on stderr.
  int run();
  /// After the tour, also trains the paper-size model (256 px, ngf 64) for `seconds` with the monitor
  /// showing, then stops it, to measure latency while each batch takes seconds. 0 skips it.
  void setPaperRunSeconds(int seconds) { m_paperSeconds = seconds; }
  /// The Datasets page browsing `datasetDir` with its `row`'th image selected and its mask over it; then its
  /// statistics tab when `statsName` is not empty. False when the dataset could not be opened.
  bool shootDatasetsBrowser(const QString& datasetDir, int row, const QString& name,
                            const QString& statsName);
  /// The Colorize page with `photo` colorized by `model` (a run folder or checkpoint), split mid-way.
  bool shootColorize(const QString& model, const QString& photo, const QString& name);
  /// The Compare page on the baseline/pretrained segmentation pair in `folder` (an experiment or runs
  /// folder), on the image pretraining helped most. False when it has no such pair.
  bool shootCompare(const QString& folder, const QString& name);
  /// The Labels page on the classification pair (or run) in `folder`: its images tab, then its
  /// precision-recall tab. False when it has none.
  bool shootLabels(const QString& folder, const QString& imagesName, const QString& classesName);
  /// The Runs page with the experiment in `folder` opened on its result tab (label-efficiency curves
  /// and verdicts). False when it shows no result.
  bool shootExperimentResult(const QString& folder, const QString& name);

 private:
  void shot(const QString& name);
  bool waitUntil(const std::function<bool()>& done, int timeoutMs);
  void pause(int ms);
  /// Sizes `dialog` to `size` (at most the screen) and centres it on the main window, inside the screen.
  void placeDialog(QWidget* dialog, QSize size = QSize(900, 680));
  void report(const QString& label);

  MainWindow* m_window;
  QString m_outDir;
  QString m_samplesDir;
  QString m_runsDir;
  int m_paperSeconds = 0;
};

}  // namespace colorproxy
