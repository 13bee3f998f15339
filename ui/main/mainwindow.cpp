#include "main/mainwindow.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>

#include "colorize/colorizepage.h"
#include "colorproxy/io/run_folder.h"
#include "compare/comparepage.h"
#include "core/appsettings.h"
#include "core/latencyprobe.h"
#include "core/numbertext.h"
#include "core/pagescrollarea.h"
#include "core/screenfit.h"
#include "core/theme.h"
#include "datasets/datasetspage.h"
#include "jobs/colorizationjobs.h"
#include "jobs/experimentjobs.h"
#include "jobs/finetunejobs.h"
#include "jobs/jobrunner.h"
#include "labels/labelspage.h"
#include "main/aboutdialog.h"
#include "main/preferencesdialog.h"
#include "main/trainpage.h"
#include "main/userguidedialog.h"
#include "main/welcomepage.h"
#include "monitor/trainingmonitor.h"
#include "runpair/finetunerun.h"
#include "runs/runspage.h"
#include "wizards/experimentdialog.h"
#include "wizards/finetunewizard.h"
#include "wizards/pretrainwizard.h"

namespace colorproxy {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("ColorProxy"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/colorproxy.svg")));
  setObjectName(QStringLiteral("MainWindow"));
  m_runner = new JobRunner(this);
  m_latency = new LatencyProbe(10, this);
  m_latency->setWindow(3000);  // the last ~30 s

  createPages();
  createNavigation();
  auto* central = new QWidget(this);
  auto* layout = new QHBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_nav);
  layout->addWidget(m_stack, 1);
  setCentralWidget(central);

  createActions();
  createMenus();
  createStatusBar();
  connectPages();

  readSettings();
  updateRecentMenus();
  updateJobActions();
  updateStatus();
}

void MainWindow::createPages() {
  m_datasetsPage = new DatasetsPage(this);
  m_trainPage = new TrainPage(m_runner, this);
  m_runsPage = new RunsPage(this);
  m_colorizePage = new ColorizePage(this);
  m_comparePage = new ComparePage(this);
  m_labelsPage = new LabelsPage(this);
  m_welcomePage = new WelcomePage(this);
  m_stack = new QStackedWidget(this);
  // Each page scrolls when the screen is smaller than its content (1024×600, 1.5× scaling) instead of
  // pushing its buttons off the screen; on bigger screens the scroll area just holds it.
  for (QWidget* page :
       std::initializer_list<QWidget*>{m_datasetsPage, m_trainPage, m_runsPage, m_colorizePage, m_comparePage,
                                       m_labelsPage, m_welcomePage})
    m_stack->addWidget(new PageScrollArea(page, m_stack));
}

void MainWindow::createNavigation() {
  m_nav = new QListWidget(this);
  m_nav->setIconSize(QSize(28, 28));
  m_nav->setSpacing(2);
  m_nav->setFrameShape(QFrame::NoFrame);
  const QStringList names = {tr("Datasets"), tr("Train"),   tr("Runs"),
                             tr("Colorize"), tr("Compare"), tr("Labels")};
  const QStringList icons = {QStringLiteral("datasets"), QStringLiteral("train"),   QStringLiteral("runs"),
                             QStringLiteral("colorize"), QStringLiteral("compare"), QStringLiteral("labels")};
  for (int i = 0; i < names.size(); ++i)
    new QListWidgetItem(themedIcon(QStringLiteral("colorproxy-%1").arg(icons[i]),
                                   QStringLiteral(":/icons/nav-%1.svg").arg(icons[i])),
                        names[i], m_nav);
  // Wide enough for the longest page name in the current language, at least 150 px.
  m_nav->setFixedWidth(std::max(150, m_nav->sizeHintForColumn(0) + 4 * m_nav->spacing() + 8));
  connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

void MainWindow::createStatusBar() {
  m_jobLabel = new QLabel(this);
  m_deviceLabel = new QLabel(this);
  m_threadsLabel = new QLabel(this);
  m_latencyLabel = new QLabel(this);
  m_latencyLabel->setVisible(false);
  statusBar()->addWidget(m_jobLabel, 1);
  statusBar()->addPermanentWidget(m_latencyLabel);
  statusBar()->addPermanentWidget(m_deviceLabel);
  statusBar()->addPermanentWidget(m_threadsLabel);
  auto* statusTimer = new QTimer(this);
  statusTimer->setInterval(1000);
  connect(statusTimer, &QTimer::timeout, this, [this] {
    if (m_latencyAction->isChecked() && m_latency->sampleCount() > 0)
      m_latencyLabel->setText(tr("UI latency p50 %1 ms · p99 %2 ms")
                                  .arg(decimalText(m_latency->percentileMs(50), 1))
                                  .arg(decimalText(m_latency->percentileMs(99), 1)));
  });
  statusTimer->start();
}

void MainWindow::connectPages() {
  connect(m_runner, &JobRunner::stateChanged, this, [this] {
    updateJobActions();
    updateStatus();
  });
  connect(m_runner, &JobRunner::jobStarted, this, [this] { updateStatus(); });
  connect(m_runner, &JobRunner::jobFinished, this, &MainWindow::onJobFinished);
  connect(m_runner, &JobRunner::jobFailed, this, &MainWindow::onJobFailed);
  connect(m_trainPage->pretrainButton(), &QPushButton::clicked, this, [this] { newPretraining(); });
  connect(m_trainPage->finetuneButton(), &QPushButton::clicked, this, [this] { newFinetuning(); });
  connect(m_trainPage->experimentButton(), &QPushButton::clicked, this, [this] { newExperiment(); });
  connect(m_datasetsPage, &DatasetsPage::pretrainRequested, this,
          [this](const QString& p) { newPretraining(p); });
  connect(m_datasetsPage, &DatasetsPage::datasetOpened, this, &MainWindow::updateRecentMenus);
  connect(m_welcomePage->datasetButton(), &QAbstractButton::clicked, this, &MainWindow::openDatasetDialog);
  connect(m_welcomePage->colorizeButton(), &QAbstractButton::clicked, this,
          [this] { showPage(ColorizePageIndex); });
  connect(m_welcomePage->experimentButton(), &QAbstractButton::clicked, this, [this] { newExperiment(); });
  connect(m_runsPage, &RunsPage::resumeRequested, this, &MainWindow::resumeRun);
  connect(m_runsPage, &RunsPage::inspectRequested, this, &MainWindow::inspectRun);
  connect(m_runsPage, &RunsPage::runOpened, this, &MainWindow::updateRecentMenus);
  connect(m_trainPage->monitor(), &TrainingMonitor::runWritten, this, [this](const QString& dir) {
    AppSettings::addRecentRun(dir);
    updateRecentMenus();
    m_runsPage->refresh();
  });
}

MainWindow::~MainWindow() { m_runner->shutdown(); }

void MainWindow::createActions() {
  m_openDatasetAction =
      new QAction(themedIcon(QStringLiteral("document-open"), QStringLiteral(":/icons/nav-datasets.svg")),
                  tr("&Open Dataset…"), this);
  m_openDatasetAction->setShortcut(QKeySequence::Open);
  m_openDatasetAction->setStatusTip(tr("Open a dataset folder and see its format, splits and counts"));
  connect(m_openDatasetAction, &QAction::triggered, this, &MainWindow::openDatasetDialog);

  m_openRunAction =
      new QAction(themedIcon(QStringLiteral("document-open-recent"), QStringLiteral(":/icons/nav-runs.svg")),
                  tr("Open &Run…"), this);
  m_openRunAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
  m_openRunAction->setStatusTip(tr("Reopen a run folder to look at its curves, previews and report"));
  connect(m_openRunAction, &QAction::triggered, this, &MainWindow::openRunDialog);

  m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
  m_quitAction->setShortcut(QKeySequence::Quit);
  m_quitAction->setMenuRole(QAction::QuitRole);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

  m_pretrainAction =
      new QAction(themedIcon(QStringLiteral("document-new"), QStringLiteral(":/icons/nav-train.svg")),
                  tr("New &Pretraining…"), this);
  m_pretrainAction->setShortcut(QKeySequence::New);
  m_pretrainAction->setStatusTip(tr("Pretrain a colorizer on unlabelled photos"));
  connect(m_pretrainAction, &QAction::triggered, this, [this] { newPretraining(); });

  m_finetuneAction = new QAction(
      themedIcon(QStringLiteral("colorproxy-finetune"), QStringLiteral(":/icons/nav-compare.svg")),
      tr("New &Fine-tuning…"), this);
  m_finetuneAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
  m_finetuneAction->setStatusTip(tr("Fine-tune a baseline and a pretrained network on a labelled dataset"));
  connect(m_finetuneAction, &QAction::triggered, this, [this] { newFinetuning(); });

  m_experimentAction =
      new QAction(QIcon(QStringLiteral(":/icons/nav-labels.svg")), tr("New E&xperiment…"), this);
  m_experimentAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
  m_experimentAction->setStatusTip(
      tr("Does pretraining help? Pretrain once, then baseline vs pretrained fine-tuning over several seeds"));
  connect(m_experimentAction, &QAction::triggered, this, [this] { newExperiment(); });

  m_pauseAction = new QAction(
      themedIcon(QStringLiteral("media-playback-pause"), style()->standardIcon(QStyle::SP_MediaPause)),
      tr("&Pause"), this);
  m_pauseAction->setShortcut(QKeySequence(tr("Ctrl+P")));
  m_pauseAction->setCheckable(true);
  m_pauseAction->setStatusTip(tr("Pause or resume the running job between batches"));
  connect(m_pauseAction, &QAction::triggered, this, [this](bool checked) {
    if (checked) {
      m_runner->pause();
    } else {
      m_runner->resume();
    }
  });

  m_stopAction = new QAction(
      themedIcon(QStringLiteral("media-playback-stop"), style()->standardIcon(QStyle::SP_MediaStop)),
      tr("&Stop"), this);
  m_stopAction->setShortcut(QKeySequence(tr("Ctrl+.")));
  m_stopAction->setStatusTip(tr("Stop the running job after the current batch (it can be resumed)"));
  connect(m_stopAction, &QAction::triggered, this, [this] { m_trainPage->monitor()->askToStop(); });

  const QStringList pageNames = {tr("&Datasets"), tr("&Train"),   tr("&Runs"),
                                 tr("&Colorize"), tr("Co&mpare"), tr("&Labels")};
  for (int i = 0; i < pageNames.size(); ++i) {
    auto* action = new QAction(pageNames[i], this);
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
    m_pageActions << action;
  }

  m_latencyAction = new QAction(tr("Show UI &Latency"), this);
  m_latencyAction->setCheckable(true);
  m_latencyAction->setStatusTip(tr("Measure how promptly the window reacts (event-loop lateness, p50/p99)"));
  connect(m_latencyAction, &QAction::toggled, this, [this](bool on) {
    m_latencyLabel->setVisible(on);
    if (on) {
      m_latency->reset();
      m_latency->start();
      m_latencyLabel->setText(tr("UI latency: measuring…"));
    } else {
      m_latency->stop();
    }
  });

  m_fullScreenAction =
      new QAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Full Screen"), this);
  m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
  m_fullScreenAction->setCheckable(true);
  connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
    if (on) {
      showFullScreen();
    } else {
      showNormal();
    }
  });

  m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About ColorProxy"), this);
  m_aboutAction->setMenuRole(QAction::AboutRole);
  connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(m_openDatasetAction);
  m_recentDatasetsMenu = file->addMenu(tr("Recent &Datasets"));
  file->addAction(m_openRunAction);
  m_recentRunsMenu = file->addMenu(tr("Recent R&uns"));
  file->addSeparator();
  QAction* preferences =
      file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Pre&ferences…"), this,
                      [this] { PreferencesDialog(this).exec(); });
  preferences->setMenuRole(QAction::PreferencesRole);
  preferences->setShortcut(QKeySequence::Preferences);
  file->addAction(m_quitAction);

  QMenu* train = menuBar()->addMenu(tr("&Train"));
  train->addAction(m_pretrainAction);
  train->addAction(m_finetuneAction);
  train->addAction(m_experimentAction);
  train->addSeparator();
  train->addAction(m_pauseAction);
  train->addAction(m_stopAction);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  for (QAction* a : m_pageActions) view->addAction(a);
  view->addSeparator();
  view->addAction(m_latencyAction);
  view->addAction(m_fullScreenAction);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Getting started"), this, [this] { showPage(WelcomePageIndex); });
  QAction* guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User Guide"), this,
                                   &MainWindow::showUserGuide);
  guide->setShortcut(QKeySequence::HelpContents);
  guide->setStatusTip(
      tr("Open a dataset, colorize a photo, run the quick experiment and more, step by step"));
  help->addAction(m_aboutAction);
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

  QToolBar* bar = addToolBar(tr("Main"));
  bar->setObjectName(QStringLiteral("mainToolBar"));
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  bar->setIconSize(QSize(20, 20));
  bar->addAction(m_openDatasetAction);
  bar->addAction(m_pretrainAction);
  bar->addAction(m_finetuneAction);
  bar->addSeparator();
  bar->addAction(m_pauseAction);
  bar->addAction(m_stopAction);
}

void MainWindow::updateRecentMenus() {
  m_recentDatasetsMenu->clear();
  for (const QString& path : AppSettings::recentDatasets()) {
    m_recentDatasetsMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
      showPage(DatasetsPageIndex);
      m_datasetsPage->openDataset(path);
    });
  }
  m_recentDatasetsMenu->setEnabled(!m_recentDatasetsMenu->isEmpty());
  m_recentRunsMenu->clear();
  for (const QString& path : AppSettings::recentRuns()) {
    m_recentRunsMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
      showPage(RunsPageIndex);
      m_runsPage->openRun(path);
    });
  }
  m_recentRunsMenu->setEnabled(!m_recentRunsMenu->isEmpty());
}

PretrainWizard* MainWindow::pretrainWizard() const { return m_pretrainWizard; }

FinetuneWizard* MainWindow::finetuneWizard() const { return m_finetuneWizard; }

int MainWindow::currentPage() const { return m_stack->currentIndex(); }

void MainWindow::showPage(int page) {
  if (page == WelcomePageIndex) {
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentRow(-1);
    m_stack->setCurrentIndex(WelcomePageIndex);
    return;
  }
  m_nav->setCurrentRow(page);
}

PretrainWizard* MainWindow::newPretraining(const QString& datasetPath) {
  if (m_pretrainWizard) {
    m_pretrainWizard->raise();
    m_pretrainWizard->activateWindow();
    return m_pretrainWizard;
  }
  ColorizationConfig initial;
  initial.runsDir = AppSettings::runsDir().toStdString();
  initial.device = AppSettings::device().toStdString();
  const QString dataset = !datasetPath.isEmpty()                     ? datasetPath
                          : !AppSettings::recentDatasets().isEmpty() ? AppSettings::recentDatasets().first()
                                                                     : QString();
  initial.dataPath = dataset.toStdString();
  auto* wizard = new PretrainWizard(initial, this);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  connect(wizard, &QWizard::accepted, this,
          [this, wizard] { startPretraining(wizard->config(), wizard->processes()); });
  m_pretrainWizard = wizard;
  wizard->show();
  return wizard;
}

FinetuneWizard* MainWindow::newFinetuning(const QString& pretrainedRun) {
  if (m_finetuneWizard) {
    m_finetuneWizard->raise();
    m_finetuneWizard->activateWindow();
    return m_finetuneWizard;
  }
  FinetuneConfig initial;
  initial.runsDir = AppSettings::runsDir().toStdString();
  initial.device = AppSettings::device().toStdString();
  auto* wizard = new FinetuneWizard(initial, this);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  if (!pretrainedRun.isEmpty()) wizard->setPretrainedPath(pretrainedRun);
  connect(wizard, &QWizard::accepted, this, [this, wizard] {
    const FinetuneConfig& c = wizard->config();
    AppSettings::setRunsDir(QString::fromStdString(c.runsDir.string()));
    AppSettings::setDevice(QString::fromStdString(c.device));
    if (c.threads > 0) AppSettings::setThreads(c.threads);
    for (const Job& job : wizard->jobs()) m_runner->enqueue(job);
    updateStatus();
    showPage(TrainPageIndex);
  });
  m_finetuneWizard = wizard;
  wizard->show();
  return wizard;
}

ExperimentDialog* MainWindow::newExperiment() {
  if (m_experimentDialog) {
    m_experimentDialog->raise();
    m_experimentDialog->activateWindow();
    return m_experimentDialog;
  }
  auto* dialog = new ExperimentDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ExperimentDialog::startRequested, this, &MainWindow::startExperiment);
  m_experimentDialog = dialog;
  dialog->show();
  return dialog;
}

void MainWindow::startExperiment(const ExperimentConfig& config) {
  AppSettings::setRunsDir(QString::fromStdString(config.runsDir.string()));
  m_runner->enqueue(ExperimentJobs::experiment(config));
  updateStatus();
  showPage(TrainPageIndex);
}

void MainWindow::startPretraining(const ColorizationConfig& config, int processes) {
  AppSettings::setRunsDir(QString::fromStdString(config.runsDir.string()));
  AppSettings::setDevice(QString::fromStdString(config.device));
  if (config.threads > 0) AppSettings::setThreads(config.threads);
  AppSettings::addRecentDataset(QString::fromStdString(config.dataPath.string()));
  if (m_runsPage->runsDir() != AppSettings::runsDir()) m_runsPage->setRunsDir(AppSettings::runsDir());
  m_runner->enqueue(ColorizationJobs::pretrain(config, processes));
  updateRecentMenus();
  updateStatus();
  showPage(TrainPageIndex);
}

void MainWindow::resumeRun(const QString& runDir) {
  const std::optional<RunKind> kind = RunFolder(runDir.toStdString()).kind();
  if (kind == RunKind::Experiment)
    m_runner->enqueue(ExperimentJobs::resume(runDir));
  else if (kind == RunKind::Finetune)
    m_runner->enqueue(FinetuneJobs::resume(runDir));
  else
    m_runner->enqueue(ColorizationJobs::resume(runDir));
  showPage(TrainPageIndex);
}

void MainWindow::inspectRun(const QString& runDir, const QString& task) {
  if (RunFolder(runDir.toStdString()).kind() == RunKind::Experiment) {
    if (task == QString::fromStdString(toString(DownstreamTask::Classification))) {
      showPage(LabelsPageIndex);
      m_labelsPage->openExperiment(runDir);
      return;
    }
    // Its segmentation pairs on the Compare page, else its classification pairs on the Labels page.
    showPage(ComparePageIndex);
    if (m_comparePage->openExperiment(runDir)) return;
    showPage(LabelsPageIndex);
    m_labelsPage->openExperiment(runDir);
    return;
  }
  const RunPairLookup found = pairForRun(runDir);
  if (!found.ok) {
    QMessageBox::warning(this, tr("Cannot open the run"), found.message);
    return;
  }
  const QString baseline = found.pair.baseline.dir;
  const QString pretrained = found.pair.pretrained.dir;
  if (task == QString::fromStdString(toString(DownstreamTask::Segmentation))) {
    if (baseline.isEmpty() || pretrained.isEmpty()) {
      QMessageBox::information(
          this, tr("No pair to compare"),
          tr("%1\n\nCompare shows a baseline and a pretrained run of the same seed side by side. Fine-tune "
             "both (Train ▸ New Fine-tuning…, start from \"Both side by side\"), or choose two runs on the "
             "Compare page.")
              .arg(found.message));
      return;
    }
    showPage(ComparePageIndex);
    m_comparePage->openRuns(baseline, pretrained);
    return;
  }
  showPage(LabelsPageIndex);
  if (baseline.isEmpty() || pretrained.isEmpty())
    m_labelsPage->openRuns(baseline.isEmpty() ? pretrained : baseline);
  else
    m_labelsPage->openRuns(baseline, pretrained);
}

void MainWindow::openDatasetDialog() {
  const QStringList recent = AppSettings::recentDatasets();
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a dataset folder"),
                                                        recent.isEmpty() ? QDir::homePath() : recent.first());
  if (dir.isEmpty()) return;
  showPage(DatasetsPageIndex);
  m_datasetsPage->openDataset(dir);
}

void MainWindow::openRunDialog() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a run folder"), m_runsPage->runsDir());
  if (dir.isEmpty()) return;
  showPage(RunsPageIndex);
  m_runsPage->openRun(dir);
}

void MainWindow::showUserGuide() {
  if (!m_userGuide) m_userGuide = new UserGuideDialog(this);
  m_userGuide->show();
  m_userGuide->raise();
  m_userGuide->activateWindow();
}

void MainWindow::showAbout() {
  AboutDialog dialog(this);
  dialog.exec();
}

void MainWindow::updateJobActions() {
  const auto state = m_runner->state();
  m_pauseAction->setEnabled(state == JobRunner::State::Running || state == JobRunner::State::Paused);
  {
    const QSignalBlocker block(m_pauseAction);
    m_pauseAction->setChecked(state == JobRunner::State::Paused);
  }
  m_stopAction->setEnabled(state == JobRunner::State::Running || state == JobRunner::State::Paused);
}

void MainWindow::updateStatus() {
  const QString device = AppSettings::device();
  m_deviceLabel->setText(
      tr("Device: %1").arg(device == QLatin1String("auto") ? tr("auto") : device.toUpper()));
  const int cores = std::max(1, QThread::idealThreadCount());
  m_threadsLabel->setText(tr("Threads: %1 of %2 cores").arg(AppSettings::threads()).arg(cores));
  if (m_closeWhenIdle) {
    m_jobLabel->setText(tr("Stopping the running job before quitting…"));
    return;
  }
  switch (m_runner->state()) {
    case JobRunner::State::Idle:
      m_jobLabel->setText(tr("Ready"));
      break;
    case JobRunner::State::Running:
      m_jobLabel->setText(tr("Training: %1").arg(m_runner->currentJobName()));
      break;
    case JobRunner::State::Paused:
      m_jobLabel->setText(tr("Paused: %1").arg(m_runner->currentJobName()));
      break;
    case JobRunner::State::Stopping:
      m_jobLabel->setText(tr("Stopping: %1").arg(m_runner->currentJobName()));
      break;
  }
}

void MainWindow::onJobFinished(int, const JobResult& result) {
  statusBar()->showMessage(result.stopped ? tr("Job stopped") : tr("Job finished"), 5000);
}

void MainWindow::onJobFailed(int, const QString& message) {
  if (m_closeWhenIdle) return;  // quitting anyway
  QMessageBox::warning(this, tr("Training failed"), message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (m_runner->isBusy()) {
    if (m_closeWhenIdle) {  // already stopping; close() comes again once idle
      event->ignore();
      return;
    }
    const bool confirmed =
        m_confirmClose
            ? m_confirmClose()
            : QMessageBox::question(this, tr("Training in progress"),
                                    tr("A job is running. Stop it (after the current batch; the "
                                       "last checkpoint stays resumable) and quit?"),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (!confirmed) {
      event->ignore();
      return;
    }
    m_closeWhenIdle = true;
    connect(m_runner, &JobRunner::idle, this, &QWidget::close, Qt::QueuedConnection);
    m_runner->stopAll();
    updateStatus();
    event->ignore();
    return;
  }
  writeSettings();
  m_runner->shutdown();
  if (m_pretrainWizard) m_pretrainWizard->close();
  if (m_finetuneWizard) m_finetuneWizard->close();
  event->accept();
}

void MainWindow::readSettings() {
  QSettings settings;
  const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
  // A geometry saved on a bigger screen (or at a smaller scale) is pulled back inside this one.
  if (geometry.isEmpty() || !restoreGeometry(geometry)) ScreenFit::resizeToFit(this, QSize(1280, 800));
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  if (!isMaximized() && !isFullScreen()) ScreenFit::clampToScreen(this);
  // The first start (nothing opened yet) shows the three main paths.
  const bool firstStart = !settings.contains(QStringLiteral("window/page")) &&
                          AppSettings::recentDatasets().isEmpty() && AppSettings::recentRuns().isEmpty();
  const int page = settings.value(QStringLiteral("window/page"), DatasetsPageIndex).toInt();
  showPage(firstStart ? int(WelcomePageIndex) : std::clamp(page, 0, int(WelcomePageIndex)));
  m_latencyAction->setChecked(settings.value(QStringLiteral("window/showLatency"), false).toBool());
}

void MainWindow::writeSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("window/page"), currentPage());
  settings.setValue(QStringLiteral("window/showLatency"), m_latencyAction->isChecked());
}

}  // namespace colorproxy
