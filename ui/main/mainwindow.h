#pragma once
#include <functional>

#include <QMainWindow>
#include <QPointer>

#include "colorproxy/pretrain/colorization_config.h"

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace colorproxy {

class ColorizePage;
class ComparePage;
class DatasetsPage;
class FinetuneWizard;
class JobRunner;
class LabelsPage;
class LatencyProbe;
class ExperimentDialog;
struct ExperimentConfig;
class PretrainWizard;
class RunsPage;
class TrainPage;
class UserGuideDialog;
class WelcomePage;
struct JobResult;

/// The application window: navigation between Datasets, Train, Runs, Colorize, Compare and Labels; menus,
/// toolbar, status bar (job state, device, threads, optional event-loop latency); the job runner.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  enum Page {
    DatasetsPageIndex,
    TrainPageIndex,
    RunsPageIndex,
    ColorizePageIndex,
    ComparePageIndex,
    LabelsPageIndex,
    WelcomePageIndex  ///< the first start's page (Help ▸ Getting started); not in the page list
  };

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  JobRunner* runner() const { return m_runner; }
  DatasetsPage* datasetsPage() const { return m_datasetsPage; }
  TrainPage* trainPage() const { return m_trainPage; }
  RunsPage* runsPage() const { return m_runsPage; }
  ColorizePage* colorizePage() const { return m_colorizePage; }
  ComparePage* comparePage() const { return m_comparePage; }
  LabelsPage* labelsPage() const { return m_labelsPage; }
  int currentPage() const;
  /// The pretraining wizard while it is open.
  PretrainWizard* pretrainWizard() const;
  /// The fine-tuning wizard while it is open.
  FinetuneWizard* finetuneWizard() const;
  LatencyProbe* latencyProbe() const { return m_latency; }

  /// Replaces the "stop training and quit?" question (tests answer it without a dialog).
  void setCloseConfirmation(std::function<bool()> confirm) { m_confirmClose = std::move(confirm); }

 public Q_SLOTS:
  void showPage(int page);
  /// Opens the pretraining wizard (pre-filled with `datasetPath` when given); non-modal.
  PretrainWizard* newPretraining(const QString& datasetPath = QString());
  /// Opens the fine-tuning wizard (with `pretrainedRun` as the initialisation when given); non-modal.
  FinetuneWizard* newFinetuning(const QString& pretrainedRun = QString());
  /// Opens the experiment dialog (non-modal); Start queues the experiment and shows the monitor.
  ExperimentDialog* newExperiment();
  /// Queues an experiment and shows the monitor.
  void startExperiment(const ExperimentConfig& config);
  /// Queues a pretraining run and shows the monitor.
  void startPretraining(const ColorizationConfig& config, int processes = 1);
  void resumeRun(const QString& runDir);
  /// Shows a finished fine-tuning run with its baseline/pretrained partner on the Compare page
  /// (segmentation) or the Labels page (classification), or an experiment's pairs of that task; explains
  /// in a message box when it cannot.
  void inspectRun(const QString& runDir, const QString& task);
  void openDatasetDialog();
  void openRunDialog();
  void showAbout();
  /// Help ▸ User guide (F1): the bundled guide in a window of its own, kept open beside the main window.
  void showUserGuide();
  UserGuideDialog* userGuide() const { return m_userGuide; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  /// The pages in their stack, in navigation order.
  void createPages();
  /// The page list on the left.
  void createNavigation();
  void createActions();
  void createMenus();
  /// Job, device, threads and (on request) UI latency.
  void createStatusBar();
  /// Jobs and page requests (new runs, resume, inspect, recent folders).
  void connectPages();
  void updateRecentMenus();
  void updateStatus();
  void updateJobActions();
  void onJobFinished(int jobId, const JobResult& result);
  void onJobFailed(int jobId, const QString& message);
  void readSettings();
  void writeSettings() const;

  JobRunner* m_runner = nullptr;
  QListWidget* m_nav = nullptr;
  QStackedWidget* m_stack = nullptr;
  DatasetsPage* m_datasetsPage = nullptr;
  TrainPage* m_trainPage = nullptr;
  UserGuideDialog* m_userGuide = nullptr;
  WelcomePage* m_welcomePage = nullptr;
  RunsPage* m_runsPage = nullptr;
  ColorizePage* m_colorizePage = nullptr;
  ComparePage* m_comparePage = nullptr;
  LabelsPage* m_labelsPage = nullptr;
  QPointer<PretrainWizard> m_pretrainWizard;
  QPointer<FinetuneWizard> m_finetuneWizard;
  QPointer<ExperimentDialog> m_experimentDialog;
  LatencyProbe* m_latency = nullptr;

  QAction* m_openDatasetAction = nullptr;
  QAction* m_openRunAction = nullptr;
  QAction* m_quitAction = nullptr;
  QAction* m_pretrainAction = nullptr;
  QAction* m_finetuneAction = nullptr;
  QAction* m_experimentAction = nullptr;
  QAction* m_pauseAction = nullptr;
  QAction* m_stopAction = nullptr;
  QAction* m_latencyAction = nullptr;
  QAction* m_fullScreenAction = nullptr;
  QAction* m_aboutAction = nullptr;
  QList<QAction*> m_pageActions;
  QMenu* m_recentDatasetsMenu = nullptr;
  QMenu* m_recentRunsMenu = nullptr;

  QLabel* m_jobLabel = nullptr;
  QLabel* m_deviceLabel = nullptr;
  QLabel* m_threadsLabel = nullptr;
  QLabel* m_latencyLabel = nullptr;

  std::function<bool()> m_confirmClose;
  bool m_closeWhenIdle = false;
};

}  // namespace colorproxy
