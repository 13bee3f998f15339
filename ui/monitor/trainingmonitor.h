#pragma once
#include <QFutureWatcher>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <functional>
#include <optional>

#include "colorproxy/train/observer.h"
#include "jobs/jobresult.h"
#include "jobs/jobrunner.h"
#include "jobs/previewframe.h"
#include "jobs/runhistory.h"
#include "results/experimentresultfile.h"
#include "results/proberesultfile.h"

class QHBoxLayout;
class QLabel;
class QSplitter;
class QPlainTextEdit;
class QTabWidget;
class QProgressBar;
class QPushButton;

namespace colorproxy {

class CurvePlot;
class LabelEfficiencyPanel;
class PreviewGrid;
class SplitOrTabs;

/// Shows one training session: per-iteration loss curves, per-epoch validation metrics, the preview
/// grid, progress with images/s and ETA, the log, and pause/resume/stop for the job that feeds it.
/// Fed live by a JobRunner, or replayed from a run folder by the Runs page (same methods). An experiment's
/// result (label-efficiency curves and verdicts) gets a tab of its own beside the curves, opened when the
/// experiment finishes or is reopened.
class TrainingMonitor : public QWidget {
  Q_OBJECT

 public:
  explicit TrainingMonitor(QWidget* parent = nullptr);

  /// Listens to `runner` and drives its pause/resume/stop from the buttons.
  void attach(JobRunner* runner);
  /// Stops the running job after asking (hours of training are one click away otherwise); true when
  /// the user agreed. The Stop button and Train ▸ Stop come here.
  bool askToStop();
  /// Replaces the question askToStop() asks (tests answer it without a dialog).
  void setStopConfirmation(std::function<bool()> confirm) { m_confirmStop = std::move(confirm); }

  /// Clears everything and titles the monitor. `live` false hides pause/stop (a reopened run).
  void beginSession(const QString& title, std::optional<RunKind> kind, bool live);

  void addIterations(const QVector<colorproxy::IterationStats>& batch);
  void addEpoch(const colorproxy::EpochReport& report);
  void addPreview(const colorproxy::PreviewFrame& frame);
  bool addPreviewFile(int epoch, const QString& path, const QString& run = QString());
  /// Adds what a run folder logged so far (a reopened run, or the start of a resumed one).
  void addHistory(const colorproxy::RunHistory& history);
  /// Sets the progress bar (0 .. 1), e.g. a reopened run's share done.
  void setProgressFraction(double fraction);
  void addLog(const QString& line);
  void showFinished(const colorproxy::JobResult& result);
  void showFailed(const QString& message);
  /// Shows a finished run's report (key metrics) under the title.
  void showReport(const QString& text);
  /// Shows an experiment's result (or why there is none) on the result tab and brings that tab forward.
  void showExperimentResult(const colorproxy::ExperimentResultFile& file);
  /// Reads `experimentDir`/report.json off the GUI thread, then shows it as showExperimentResult does.
  void openExperimentResult(const QString& experimentDir);
  /// Shows representation probe results (probe.json: test mAP by encoder level; probe-segmentation.json:
  /// test mIoU per arm) on a tab of their own, one plot per file; `bringForward` puts the tab in front.
  void showProbeResults(const QVector<colorproxy::ProbeResultFile>& files, bool bringForward);
  /// The probes tab (nullptr while there is none).
  QWidget* probesTab() const;

  CurvePlot* lossPlot() const { return m_lossPlot; }
  CurvePlot* metricPlot() const { return m_metricPlot; }
  PreviewGrid* previews() const { return m_previews; }
  /// The two curve plots: one above the other, or as tabs on a short page.
  SplitOrTabs* plots() const { return m_plots; }
  LabelEfficiencyPanel* resultPanel() const { return m_result; }
  /// The tabs: the training curves, and an experiment's result once there is one.
  QTabWidget* tabs() const { return m_tabs; }
  /// Whether the result tab is there (an experiment's result was shown) and in front.
  bool isResultShown() const;
  /// Whether an experiment's report is still being read.
  bool isLoadingResult() const { return m_resultLoader.isRunning(); }
  QString titleText() const;
  QString statusText() const;
  QString progressText() const;
  /// The summary shown above the plots (final metrics, verdicts); empty while hidden.
  QString reportText() const;
  int progressPercent() const;

 Q_SIGNALS:
  /// A job finished and wrote this run folder (the Runs page refreshes).
  void runWritten(const QString& runDir);

 private:
  /// Title, status, pause and stop, the report, the progress bar and its text.
  QHBoxLayout* createHeader();
  /// The loss and metric plots, the previews and the log; the result tab.
  QTabWidget* createBody();
  void onJobStarted(int jobId, const QString& name, RunKind kind, const QString& session);
  /// The next training of a multi-stage job (an experiment): laid out like a job of its own, but the
  /// final summary keeps the job's name.
  void onStageStarted(int jobId, const QString& name, RunKind kind, const QString& session);
  void onStateChanged(JobRunner::State state);
  /// The running job resumes the run in `history`: its earlier curves and previews come first.
  void onResumedHistory(const colorproxy::RunHistory& history);
  void setStatus(const QString& text, const QString& colour = QString());

  QPointer<JobRunner> m_runner;
  QLabel* m_title = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_report = nullptr;
  QPushButton* m_pauseButton = nullptr;
  QPushButton* m_stopButton = nullptr;
  QProgressBar* m_progress = nullptr;
  QLabel* m_progressText = nullptr;
  CurvePlot* m_lossPlot = nullptr;
  CurvePlot* m_metricPlot = nullptr;
  SplitOrTabs* m_plots = nullptr;
  PreviewGrid* m_previews = nullptr;
  QPlainTextEdit* m_log = nullptr;
  QTabWidget* m_tabs = nullptr;
  LabelEfficiencyPanel* m_result = nullptr;
  QWidget* m_probes = nullptr;  ///< the probes tab's content, rebuilt for each run shown
  QFutureWatcher<ExperimentResultFile> m_resultLoader;
  QString m_pendingResult;  ///< the experiment folder being read for the result tab (a newer one wins)
  std::optional<RunKind> m_jobKind;  ///< the running job's kind (an experiment's stages keep it)
  QString m_session;
  QString m_jobName;
  QString m_summaryTitle;  ///< the job's name, for its summary line
  bool m_live = false;
  bool m_finetune = false;
  QStringList m_reportLines;
  std::function<bool()> m_confirmStop;
};

}  // namespace colorproxy
