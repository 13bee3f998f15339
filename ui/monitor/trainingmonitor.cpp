#include "monitor/trainingmonitor.h"

#include <algorithm>
#include <cmath>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/numbertext.h"
#include "core/workpool.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "results/labelefficiencypanel.h"
#include "results/probeplot.h"
#include "widgets/splitortabs.h"

namespace colorproxy {
namespace {

// The per-process images/s line of a data-parallel run (a property of the progress label, kept until the
// next epoch report).
const char* const kRankRates = "colorproxyRankRates";

// Ratios (SSIM, mAP, mIoU, accuracy) go on the right axis; PSNR and losses keep the left one.
bool isPlottedFinetuneMetric(const QString& metric) {
  static const QStringList kShown = {QStringLiteral("train_loss"), QStringLiteral("val_loss"),
                                     QStringLiteral("val_mIoU"), QStringLiteral("val_mAP")};
  return kShown.contains(metric);
}

bool onLeftAxis(const QString& metric) {
  const QString m = metric.toLower();
  return m.contains(QLatin1String("psnr")) || m.contains(QLatin1String("loss"));
}

}  // namespace

TrainingMonitor::TrainingMonitor(QWidget* parent) : QWidget(parent) {
  QHBoxLayout* header = createHeader();
  QTabWidget* body = createBody();
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(header);
  layout->addWidget(m_report);
  layout->addWidget(m_progress);
  layout->addWidget(m_progressText);
  layout->addWidget(body, 1);

  beginSession(tr("No training yet"), std::nullopt, false);
  setStatus(tr("Start a pretraining run from the Train menu, or reopen a run from the Runs page."));
}

QHBoxLayout* TrainingMonitor::createHeader() {
  m_title = new QLabel(this);
  QFont titleFont = m_title->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
  titleFont.setBold(true);
  m_title->setFont(titleFont);
  m_status = new QLabel(this);
  m_report = new QLabel(this);
  m_report->setWordWrap(true);
  m_report->setVisible(false);
  m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_pauseButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"), this);
  m_pauseButton->setToolTip(tr("Pause after the current batch (Ctrl+P)"));
  m_stopButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this);
  m_stopButton->setToolTip(tr("Stop after the current batch; the last checkpoint can be resumed later"));
  m_pauseButton->setEnabled(false);
  m_stopButton->setEnabled(false);
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 1000);
  m_progress->setValue(0);
  m_progress->setFormat(QStringLiteral("%p%"));
  m_progressText = new QLabel(this);
  // Long run names and status lines wrap rather than widen the window beyond a small screen.
  for (QLabel* label : {m_title, m_status, m_progressText}) label->setWordWrap(true);

  auto* header = new QHBoxLayout;
  auto* titles = new QVBoxLayout;
  titles->addWidget(m_title);
  titles->addWidget(m_status);
  header->addLayout(titles, 1);
  header->addWidget(m_pauseButton);
  header->addWidget(m_stopButton);
  return header;
}

QTabWidget* TrainingMonitor::createBody() {
  m_lossPlot = new CurvePlot(tr("iteration"), tr("loss"), this);
  m_lossPlot->setSmoothing(0.6);
  m_metricPlot = new CurvePlot(tr("epoch"), tr("PSNR (dB)"), this);
  m_metricPlot->setRightAxisLabel(tr("SSIM"));
  m_metricPlot->setSmoothingControlVisible(false);
  m_metricPlot->setIntegerX(true);
  m_metricPlot->setPointMarkers(true);
  m_previews = new PreviewGrid(this);
  m_log = new QPlainTextEdit(this);
  m_log->setReadOnly(true);
  m_log->setMaximumBlockCount(2000);
  m_log->setPlaceholderText(tr("Log messages from the engine"));

  // One above the other where both get a readable height, as two tabs where not (small or scaled screens).
  m_plots = new SplitOrTabs(this);
  m_plots->addPage(m_lossPlot, tr("Loss by iteration"), 3);
  m_plots->addPage(m_metricPlot, tr("Metrics by epoch"), 2);
  m_plots->setMinimumPageHeight(150);
  auto* right = new SplitOrTabs(this);
  right->addPage(m_previews, tr("Previews"), 4);
  right->addPage(m_log, tr("Log"), 1);
  right->setMinimumPageHeight(60);
  auto* body = new QSplitter(Qt::Horizontal, this);
  body->addWidget(m_plots);
  body->addWidget(right);
  body->setStretchFactor(0, 3);
  body->setStretchFactor(1, 2);
  m_result = new LabelEfficiencyPanel(this);
  m_result->setVisible(false);
  m_tabs = new QTabWidget(this);
  m_tabs->setDocumentMode(true);
  m_tabs->setTabBarAutoHide(true);  // one tab (no experiment result): no tab bar
  m_tabs->addTab(body, tr("Training curves"));
  connect(&m_resultLoader, &QFutureWatcher<ExperimentResultFile>::finished, this, [this] {
    const ExperimentResultFile file = m_resultLoader.result();
    if (file.dir == m_pendingResult) showExperimentResult(file);
  });
  return m_tabs;
}

void TrainingMonitor::attach(JobRunner* runner) {
  m_runner = runner;
  connect(runner, &JobRunner::jobStarted, this, &TrainingMonitor::onJobStarted);
  connect(runner, &JobRunner::stageStarted, this, &TrainingMonitor::onStageStarted);
  connect(runner, &JobRunner::historyLoaded, this,
          [this](int, const RunHistory& history) { onResumedHistory(history); });
  connect(runner, &JobRunner::iterations, this,
          [this](int, const QVector<IterationStats>& batch) { addIterations(batch); });
  connect(runner, &JobRunner::epochReported, this, [this](int, const EpochReport& r) { addEpoch(r); });
  connect(runner, &JobRunner::previewReady, this, [this](int, const PreviewFrame& f) { addPreview(f); });
  connect(runner, &JobRunner::logLine, this, [this](int, const QString& line) { addLog(line); });
  connect(runner, &JobRunner::jobFinished, this, [this](int, const JobResult& r) { showFinished(r); });
  connect(runner, &JobRunner::jobFailed, this, [this](int, const QString& m) { showFailed(m); });
  connect(runner, &JobRunner::stateChanged, this, &TrainingMonitor::onStateChanged);
  connect(m_pauseButton, &QPushButton::clicked, this, [this] {
    if (!m_runner) return;
    if (m_runner->state() == JobRunner::State::Paused) {
      m_runner->resume();
    } else {
      m_runner->pause();
    }
  });
  connect(m_stopButton, &QPushButton::clicked, this, &TrainingMonitor::askToStop);
}

bool TrainingMonitor::askToStop() {
  if (!m_runner || !m_runner->isBusy()) return false;
  const bool confirmed =
      m_confirmStop ? m_confirmStop()
                    : QMessageBox::question(
                          this, tr("Stop training?"),
                          tr("Stop %1 after the current batch? The last checkpoint stays; Resume on the Runs "
                             "page continues from it.")
                              .arg(m_runner->currentJobName()),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
  if (confirmed) m_runner->stop();
  return confirmed;
}

void TrainingMonitor::beginSession(const QString& title, std::optional<RunKind> kind, bool live) {
  m_live = live;
  m_jobName = title;
  m_title->setText(title);
  m_report->clear();
  m_report->setVisible(false);
  m_lossPlot->clear();
  m_metricPlot->clear();
  m_previews->clear();
  m_log->clear();
  m_progress->setValue(0);
  m_progressText->clear();
  m_progressText->setProperty(kRankRates, QString());
  m_pauseButton->setVisible(live);
  m_stopButton->setVisible(live);
  m_finetune = kind == RunKind::Finetune;
  m_lossPlot->setLeftAxisLabel(m_finetune ? tr("training loss") : tr("loss"));
  // GAN losses differ by two orders of magnitude (λ·L1 vs. the discriminator's): log scale shows all.
  m_lossPlot->setLogScale(kind == RunKind::Pretraining);
  m_metricPlot->setLeftAxisLabel(m_finetune ? tr("loss") : tr("PSNR (dB)"));
  m_metricPlot->setRightAxisLabel(m_finetune ? tr("mIoU / mAP") : tr("SSIM"));
  m_reportLines.clear();
  m_pendingResult.clear();
  m_result->clear();
  const int resultTab = m_tabs->indexOf(m_result);
  if (resultTab >= 0) m_tabs->removeTab(resultTab);
  if (m_probes) {
    m_tabs->removeTab(m_tabs->indexOf(m_probes));
    m_probes->deleteLater();
    m_probes = nullptr;
  }
  m_tabs->setCurrentIndex(0);
  setStatus(live ? tr("Starting…") : QString());
}

void TrainingMonitor::onJobStarted(int, const QString& name, RunKind kind, const QString& session) {
  if (session.isEmpty() || session != m_session) {
    beginSession(name, kind, true);
  } else {
    // Same session (e.g. the pretrained run after the baseline): keep the curves, new colour group.
    m_jobName = name;
    m_live = true;
    m_title->setText(name);
    m_pauseButton->setVisible(true);
    m_stopButton->setVisible(true);
    m_progress->setValue(0);
  }
  m_session = session;
  m_summaryTitle = name;
  m_jobKind = kind;
  setStatus(tr("Running"));
}

void TrainingMonitor::onStageStarted(int jobId, const QString& name, RunKind kind, const QString& session) {
  const QString title = m_summaryTitle;
  const std::optional<RunKind> jobKind = m_jobKind;
  onJobStarted(jobId, name, kind, session);
  m_summaryTitle = title;
  m_jobKind = jobKind;
}

void TrainingMonitor::onStateChanged(JobRunner::State state) {
  const bool active = state != JobRunner::State::Idle;
  m_pauseButton->setEnabled(state == JobRunner::State::Running || state == JobRunner::State::Paused);
  m_stopButton->setEnabled(active && state != JobRunner::State::Stopping);
  if (state == JobRunner::State::Paused) {
    m_pauseButton->setText(tr("Resume"));
    m_pauseButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    setStatus(tr("Paused — the trainer waits between batches"), QStringLiteral("#9a6700"));
  } else {
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    if (state == JobRunner::State::Running) setStatus(tr("Running"));
    if (state == JobRunner::State::Stopping) setStatus(tr("Stopping after the current batch…"));
  }
}

void TrainingMonitor::addIterations(const QVector<IterationStats>& batch) {
  if (batch.isEmpty()) return;
  for (const IterationStats& s : batch) {
    const QString group = s.runName.empty() ? m_jobName : QString::fromStdString(s.runName);
    for (const auto& [name, value] : s.losses)
      m_lossPlot->addPoint(group, QString::fromStdString(name), double(s.iteration), value);
  }
  const IterationStats& last = batch.back();
  if (last.totalIterations > 0)
    m_progress->setValue(int(std::lround(1000.0 * double(last.iteration) / double(last.totalIterations))));
  QStringList parts;
  if (!last.runName.empty()) parts << QString::fromStdString(last.runName);
  parts << tr("epoch %1/%2").arg(last.epoch).arg(last.epochs);
  parts << tr("iteration %1/%2").arg(last.iteration).arg(last.totalIterations);
  parts << tr("%1 images/s").arg(decimalText(last.imagesPerSecond, 2));
  parts << tr("elapsed %1").arg(durationText(last.elapsedSeconds));
  parts << tr("ETA %1").arg(durationText(last.etaSeconds));
  if (last.learningRate > 0) parts << tr("lr %1").arg(significantText(last.learningRate, 3));
  QString text = parts.join(QStringLiteral("  ·  "));
  const QString rankRates = m_progressText->property(kRankRates).toString();
  if (!rankRates.isEmpty()) text += QLatin1Char('\n') + rankRates;
  m_progressText->setText(text);
}

void TrainingMonitor::addEpoch(const EpochReport& report) {
  const QString group = report.runName.empty() ? m_jobName : QString::fromStdString(report.runName);
  // A data-parallel run reports each process's images/s (images_per_s_rank<r>): shown under the progress,
  // not plotted.
  const QString rankPrefix = QStringLiteral("images_per_s_rank");
  QStringList ranks;
  for (const auto& [name, value] : report.metrics) {
    const QString metric = QString::fromStdString(name);
    if (metric.startsWith(rankPrefix))
      ranks << tr("process %1: %2").arg(metric.mid(rankPrefix.size()), decimalText(value, 2));
  }
  if (!ranks.isEmpty()) {
    const QString rankRates = tr("Images/s per process — %1").arg(ranks.join(QStringLiteral("  ·  ")));
    m_progressText->setProperty(kRankRates, rankRates);
    const QString progress = m_progressText->text().section(QLatin1Char('\n'), 0, 0);
    m_progressText->setText(progress.isEmpty() ? rankRates : progress + QLatin1Char('\n') + rankRates);
  }
  for (const auto& [name, value] : report.metrics) {
    const QString metric = QString::fromStdString(name);
    if (metric.startsWith(rankPrefix)) continue;
    // Fine-tuning reports many metrics; the plot keeps the paper's curves (losses and the main score),
    // the rest go to the log below.
    if (m_finetune && !isPlottedFinetuneMetric(metric)) continue;
    if (!m_finetune && metric == QLatin1String("probe_knn_mAP"))
      m_metricPlot->setRightAxisLabel(tr("SSIM · k-NN probe mAP"));
    m_metricPlot->addPoint(group, metric, double(report.epoch), value,
                           onLeftAxis(metric) ? CurvePlot::Axis::Left : CurvePlot::Axis::Right);
  }
  QStringList values;
  for (const auto& [name, value] : report.metrics)
    values << QStringLiteral("%1 %2").arg(QString::fromStdString(name), significantText(value));
  addLog(
      tr("Epoch %1/%2 done: %3").arg(report.epoch).arg(report.epochs).arg(values.join(QStringLiteral(", "))));
}

void TrainingMonitor::addPreview(const PreviewFrame& frame) { m_previews->addFrame(frame); }

bool TrainingMonitor::addPreviewFile(int epoch, const QString& path, const QString& run) {
  return m_previews->addFile(epoch, path, run);
}

void TrainingMonitor::addHistory(const RunHistory& history) {
  // Fed in chunks, like the live worker does, so the plots take the same path.
  constexpr int kChunk = 4096;
  for (int i = 0; i < history.iterations.size(); i += kChunk)
    addIterations(history.iterations.mid(i, kChunk));
  for (const EpochReport& e : history.epochs) addEpoch(e);
  for (const auto& [epoch, file] : history.previews) addPreviewFile(epoch, file, history.runName);
}

void TrainingMonitor::onResumedHistory(const RunHistory& history) {
  const QString name = QFileInfo(history.dir).fileName();
  m_title->setText(tr("%1 (resumed)").arg(name));
  m_summaryTitle = name;
  addHistory(history);
  if (history.iterations.isEmpty())
    setStatus(tr("Resumed — running"));
  else
    setStatus(tr("Resumed at iteration %1 (epoch %2) — running")
                  .arg(history.iterations.last().iteration)
                  .arg(history.iterations.last().epoch));
  addLog(tr("Earlier curves and previews of %1: %2 iterations, %3 epochs, %4 previews")
             .arg(history.dir)
             .arg(history.iterations.size())
             .arg(history.epochs.size())
             .arg(history.previews.size()));
}

void TrainingMonitor::setProgressFraction(double fraction) {
  m_progress->setValue(int(std::lround(1000.0 * std::clamp(fraction, 0.0, 1.0))));
}

void TrainingMonitor::addLog(const QString& line) { m_log->appendPlainText(line); }

void TrainingMonitor::showFinished(const JobResult& result) {
  m_lossPlot->replotNow();
  m_metricPlot->replotNow();
  if (result.stopped) {
    setStatus(tr("Stopped — resume it from the Runs page"), QStringLiteral("#9a6700"));
  } else {
    m_progress->setValue(m_progress->maximum());
    setStatus(tr("Finished"), QStringLiteral("#1a7f37"));
  }
  if (!result.summary.isEmpty()) {
    // Runs of one session (baseline, pretrained, …) each add their line.
    m_reportLines << QStringLiteral("%1: %2").arg(m_summaryTitle.isEmpty() ? m_jobName : m_summaryTitle,
                                                  result.summary);
    showReport(m_reportLines.join(QLatin1Char('\n')));
  }
  if (!result.runDir.isEmpty()) {
    addLog(tr("Run folder: %1").arg(result.runDir));
    Q_EMIT runWritten(result.runDir);
    // A finished experiment: its curves and verdicts come forward.
    if (m_jobKind == RunKind::Experiment && !result.stopped) openExperimentResult(result.runDir);
  }
  m_pauseButton->setEnabled(false);
  m_stopButton->setEnabled(false);
}

void TrainingMonitor::showFailed(const QString& message) {
  setStatus(tr("Failed: %1").arg(message), QStringLiteral("#cf222e"));
  addLog(tr("Error: %1").arg(message));
  m_pauseButton->setEnabled(false);
  m_stopButton->setEnabled(false);
}

void TrainingMonitor::showReport(const QString& text) {
  m_report->setText(text);
  m_report->setVisible(!text.isEmpty());
}

void TrainingMonitor::showExperimentResult(const ExperimentResultFile& file) {
  m_pendingResult.clear();
  m_result->setResult(file);
  if (m_tabs->indexOf(m_result) < 0) m_tabs->addTab(m_result, tr("Result: label efficiency and verdicts"));
  m_tabs->setCurrentWidget(m_result);
}

void TrainingMonitor::openExperimentResult(const QString& experimentDir) {
  m_pendingResult = experimentDir;
  m_resultLoader.setFuture(
      QtConcurrent::run(workPool(), [experimentDir] { return ExperimentResultFile::read(experimentDir); }));
}

void TrainingMonitor::showProbeResults(const QVector<ProbeResultFile>& files, bool bringForward) {
  if (m_probes) {
    m_tabs->removeTab(m_tabs->indexOf(m_probes));
    m_probes->deleteLater();
    m_probes = nullptr;
  }
  if (files.isEmpty()) return;
  m_probes = new QWidget(this);
  auto* layout = new QVBoxLayout(m_probes);
  bool levels = false, segmentation = false;
  for (const ProbeResultFile& file : files) {
    auto* plot = new ProbePlot(m_probes);
    plot->setResult(file);
    layout->addWidget(plot, 1);
    (file.segmentation ? segmentation : levels) = true;
  }
  m_tabs->addTab(m_probes, !segmentation ? tr("Probes: mAP by encoder level")
                           : levels      ? tr("Probes: mAP by level, segmentation mIoU")
                                         : tr("Probes: segmentation mIoU"));
  if (bringForward) m_tabs->setCurrentWidget(m_probes);
}

QWidget* TrainingMonitor::probesTab() const { return m_probes; }

bool TrainingMonitor::isResultShown() const {
  return m_tabs->indexOf(m_result) >= 0 && m_tabs->currentWidget() == m_result;
}

QString TrainingMonitor::titleText() const { return m_title->text(); }
QString TrainingMonitor::statusText() const { return m_status->text(); }
QString TrainingMonitor::progressText() const { return m_progressText->text(); }
QString TrainingMonitor::reportText() const {
  return m_report->isVisibleTo(this) ? m_report->text() : QString();
}
int TrainingMonitor::progressPercent() const { return m_progress->value() / 10; }

void TrainingMonitor::setStatus(const QString& text, const QString& colour) {
  m_status->setText(text);
  m_status->setVisible(!text.isEmpty());  // an empty line would leave a gap under the title
  m_status->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
}

}  // namespace colorproxy
