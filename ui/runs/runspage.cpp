#include "runs/runspage.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "colorproxy/experiment/experiment_config.h"
#include "core/appsettings.h"
#include "core/numbertext.h"
#include "core/workpool.h"
#include "monitor/trainingmonitor.h"
#include "results/experimentresultfile.h"
#include "results/proberesultfile.h"
#include "results/verdicttext.h"
#include "widgets/pathedit.h"

namespace colorproxy {
namespace {
enum Column { NameColumn, TaskColumn, StatusColumn, BestColumn, DateColumn };

// "2026-12-05T13:34:38" -> "2026-12-05 13:34": readable, and still sorts as the time it names.
QString dateText(const QString& iso) {
  QString text = iso.left(16);
  if (text.size() > 10 && text[10] == QLatin1Char('T')) text[10] = QLatin1Char(' ');
  return text;
}
constexpr int kDirRole = Qt::UserRole;
constexpr int kStateRole = Qt::UserRole + 1;
constexpr int kPidRole = Qt::UserRole + 2;
constexpr int kTasksRole = Qt::UserRole + 3;  // inspectTasks(): what Compare/Labels open
constexpr int kKindRole = Qt::UserRole + 4;   // int(RunKind), -1 for an unknown kind

// What "Open in Compare" / "Open in Labels" can show of a run: a fine-tuning run's task, an experiment's
// tasks (segmentation pairs on Compare, classification pairs on Labels); nothing for other runs.
QStringList inspectTasks(const RunSummary& run) {
  if (run.kind == RunKind::Finetune && run.task) return {QString::fromStdString(toString(*run.task))};
  if (run.kind != RunKind::Experiment) return {};
  QStringList tasks;
  try {
    for (const std::string& task : ExperimentConfig::fromFile(RunFolder(run.dir).configFile()).tasks)
      tasks << QString::fromStdString(task);
  } catch (const std::exception&) {
    // An unreadable config: the pages say what is missing when asked.
    tasks << QString::fromStdString(toString(DownstreamTask::Segmentation));
  }
  return tasks;
}
}  // namespace

RunsPage::RunsPage(QWidget* parent) : QWidget(parent) {
  m_dirEdit = new PathEdit(PathEdit::Mode::Folder, this);
  m_dirEdit->setDialogTitle(tr("Runs folder"));
  auto* refreshButton = new QPushButton(tr("&Refresh"), this);
  m_list = new QTreeWidget(this);
  m_list->setHeaderLabels({tr("Name"), tr("Task"), tr("Status"), tr("Result"), tr("Created")});
  m_list->setRootIsDecorated(false);
  m_list->setAlternatingRowColors(true);
  m_list->setMinimumHeight(70);
  m_list->viewport()->installEventFilter(this);
  m_list->setSortingEnabled(true);
  m_list->sortByColumn(NameColumn, Qt::DescendingOrder);
  m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
  m_list->header()->setStretchLastSection(false);  // the name takes the room left, not the date
  // Run names start with the date and time and end with what the user named them: a narrow column keeps
  // both ends ("20261205-1…photos-gan-small"), not only the date.
  m_list->setTextElideMode(Qt::ElideMiddle);
  m_open = new QPushButton(tr("&Open"), this);
  m_resume = new QPushButton(tr("Re&sume"), this);
  m_resume->setToolTip(tr("Continue an interrupted run exactly from its latest checkpoint"));
  m_delete = new QPushButton(tr("&Delete…"), this);
  m_reveal = new QPushButton(tr("Show fo&lder"), this);
  m_inspect = new QPushButton(this);
  m_inspect->setVisible(false);
  m_inspectMore = new QPushButton(this);
  m_inspectMore->setVisible(false);
  m_empty = new QLabel(this);
  m_empty->setWordWrap(true);
  m_monitor = new TrainingMonitor(this);

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Runs folder:"), this));
  top->addWidget(m_dirEdit, 1);
  top->addWidget(refreshButton);
  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {m_open, m_resume, m_delete, m_reveal, m_inspect, m_inspectMore})
    buttons->addWidget(b);
  buttons->addStretch(1);
  auto* listPane = new QWidget(this);
  auto* listLayout = new QVBoxLayout(listPane);
  listLayout->setContentsMargins(0, 0, 0, 0);
  listLayout->addLayout(top);
  listLayout->addWidget(m_list, 1);
  listLayout->addWidget(m_empty);
  listLayout->addLayout(buttons);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(listPane);
  split->addWidget(m_monitor);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 3);
  // The monitor appears with the first opened run; until then the list has the whole page (at 1024x600 or
  // with 1.5x scaling an empty monitor left it three rows).
  m_monitor->setVisible(false);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(split);

  m_watcher = new QFileSystemWatcher(this);
  m_refreshDelay = new QTimer(this);
  m_refreshDelay->setSingleShot(true);
  m_refreshDelay->setInterval(300);  // a new run creates several folders at once: refresh once
  connect(m_refreshDelay, &QTimer::timeout, this, &RunsPage::refresh);
  connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_refreshDelay, qOverload<>(&QTimer::start));

  connect(refreshButton, &QPushButton::clicked, this, &RunsPage::refresh);
  connect(m_dirEdit, &PathEdit::pathChanged, this, [this](const QString& dir) {
    AppSettings::setRunsDir(dir);
    refresh();
  });
  connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RunsPage::updateButtons);
  connect(m_list, &QTreeWidget::itemActivated, this, [this] { openRun(selectedDir()); });
  connect(m_open, &QPushButton::clicked, this, [this] { openRun(selectedDir()); });
  connect(m_resume, &QPushButton::clicked, this, [this] {
    const QString dir = selectedDir();
    if (!dir.isEmpty()) Q_EMIT resumeRequested(dir);
  });
  connect(m_delete, &QPushButton::clicked, this, &RunsPage::deleteSelected);
  for (QPushButton* b : {m_inspect, m_inspectMore})
    connect(b, &QPushButton::clicked, this, [this, b] {
      if (!selectedDir().isEmpty()) Q_EMIT inspectRequested(selectedDir(), b->property("task").toString());
    });
  connect(m_reveal, &QPushButton::clicked, this, [this] {
    const QString dir = selectedDir();
    if (!dir.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
  });
  connect(&m_loader, &QFutureWatcher<RunSnapshot>::finished, this, [this] {
    const RunSnapshot snap = m_loader.result();
    if (snap.dir != m_opened) return;  // another run was opened meanwhile
    snap.showIn(m_monitor);
    if (snap.error.isEmpty()) {
      AppSettings::addRecentRun(snap.dir);
      Q_EMIT runOpened(snap.dir);
    }
  });

  m_dirEdit->setPath(AppSettings::runsDir());
  updateButtons();
}

QString RunsPage::runsDir() const { return m_dirEdit->path(); }

void RunsPage::setRunsDir(const QString& dir) { m_dirEdit->setPath(dir); }

int RunsPage::runCount() const { return m_list->topLevelItemCount(); }

void RunsPage::fitColumns() {
  for (int c = TaskColumn; c <= DateColumn; ++c) m_list->resizeColumnToContents(c);
  // Long results and states are shortened ("…", the whole text in their tooltips) before the name would be,
  // and before the list scrolls sideways: the result first, down to 14 characters, then the state.
  const int chars = m_list->fontMetrics().averageCharWidth();
  // The name keeps its width (up to 30 characters: the date, the time and a short name).
  int nameWidth = 0;
  for (int i = 0; i < m_list->topLevelItemCount(); ++i)
    nameWidth = std::max(nameWidth,
                         m_list->fontMetrics().horizontalAdvance(m_list->topLevelItem(i)->text(NameColumn)));
  int excess = std::min(nameWidth + chars * 6, chars * 30) - m_list->viewport()->width();
  for (int c = TaskColumn; c <= DateColumn; ++c) excess += m_list->columnWidth(c);
  for (int c : {int(BestColumn), int(StatusColumn)}) {
    if (excess <= 0) break;
    const int width = m_list->columnWidth(c);
    const int shrunk = std::max(chars * 14, width - excess);
    if (shrunk < width) {
      m_list->setColumnWidth(c, shrunk);
      excess -= width - shrunk;
    }
  }
}

bool RunsPage::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_list->viewport() && event->type() == QEvent::Resize) fitColumns();
  return QWidget::eventFilter(watched, event);
}

void RunsPage::refresh() {
  const QString dir = runsDir();
  const QString selected = selectedDir();
  if (!m_watcher->directories().isEmpty()) m_watcher->removePaths(m_watcher->directories());
  if (QFileInfo(dir).isDir()) m_watcher->addPath(dir);
  m_list->setSortingEnabled(false);
  m_list->clear();
  for (const RunSummary& run : listRuns(dir.toStdString())) {
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(NameColumn, QString::fromStdString(run.name));
    item->setText(TaskColumn, RunSnapshot::kindText(run));
    item->setToolTip(TaskColumn, QString::fromStdString(run.kindTag));
    QString status = RunSnapshot::stateText(run.status.state);
    // An experiment counts runs where a run counts epochs.
    if (run.status.epochs > 0)
      status += (run.kind == RunKind::Experiment ? tr(" (run %1/%2)") : tr(" (epoch %1/%2)"))
                    .arg(run.status.epoch)
                    .arg(run.status.epochs);
    if (!run.error.empty()) status = tr("unreadable");
    item->setText(StatusColumn, status);
    QString tip = QString::fromStdString(run.error.empty() ? run.status.message : run.error);
    item->setToolTip(StatusColumn, tip);
    if (run.bestMetric)
      item->setText(BestColumn, tr("%1 %2 (epoch %3)")
                                    .arg(QString::fromStdString(run.primaryMetric))
                                    .arg(significantText(*run.bestMetric))
                                    .arg(run.bestEpoch));
    if (run.kind == RunKind::Experiment && run.status.state == RunState::Completed) {
      // An experiment's result is its verdicts ("segmentation: gain · classification: inconclusive"), read
      // from its small report.json; the sentences behind them in the tooltip.
      const ExperimentResultFile file = ExperimentResultFile::read(QString::fromStdString(run.dir.string()));
      QStringList summaries;
      QStringList sentences;
      for (const auto& rows : curvesByTask(file.tasks)) {
        summaries << VerdictText::curveSummary(rows);
        for (const ExperimentTaskResult* row : rows) sentences << VerdictText::sentence(*row);
      }
      item->setText(BestColumn, file.ok() ? summaries.join(QStringLiteral(" · ")) : tr("no report"));
      item->setToolTip(BestColumn,
                       file.ok() ? (summaries + sentences).join(QLatin1Char('\n')) : file.problem);
    }
    item->setText(DateColumn, dateText(QString::fromStdString(run.createdAt)));
    item->setToolTip(DateColumn, QString::fromStdString(run.createdAt));
    item->setData(NameColumn, kDirRole, QString::fromStdString(run.dir.string()));
    item->setData(NameColumn, kStateRole, int(run.status.state));
    item->setData(NameColumn, kPidRole, qint64(run.status.pid));
    item->setData(NameColumn, kTasksRole, inspectTasks(run));
    item->setData(NameColumn, kKindRole, run.kind ? int(*run.kind) : -1);
    if (item->data(NameColumn, kDirRole).toString() == selected) item->setSelected(true);
  }
  // Probe studies (`colorproxy-cli probe --out DIR`) are folders with a probe.json or
  // probe-segmentation.json and no config.json.
  const QDir runs(dir);
  for (const QFileInfo& sub : runs.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
    const QDir folder(sub.absoluteFilePath());
    const QStringList probeFiles = ProbeResultFile::findOwn(folder.path());
    if (folder.exists(QStringLiteral("config.json")) || probeFiles.isEmpty()) continue;
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(NameColumn, sub.fileName());
    item->setText(TaskColumn, tr("representation probe"));
    item->setToolTip(TaskColumn, QStringLiteral("probe"));
    item->setText(StatusColumn, RunSnapshot::stateText(RunState::Completed));
    const QString modified = QFileInfo(probeFiles.first()).lastModified().toString(Qt::ISODate);
    item->setText(DateColumn, dateText(modified));
    item->setToolTip(DateColumn, modified);
    item->setData(NameColumn, kDirRole, sub.absoluteFilePath());
    item->setData(NameColumn, kStateRole, int(RunState::Completed));
    item->setData(NameColumn, kPidRole, qint64(0));
    item->setData(NameColumn, kTasksRole, QStringList());
    item->setData(NameColumn, kKindRole, -1);
    if (sub.absoluteFilePath() == selected) item->setSelected(true);
  }
  m_list->setSortingEnabled(true);
  fitColumns();
  m_empty->setText(m_list->topLevelItemCount() == 0
                       ? tr("No runs in %1 yet. Start one from Train ▸ New pretraining.").arg(dir)
                       : QString());
  m_empty->setVisible(m_list->topLevelItemCount() == 0);
  updateButtons();
}

QString RunsPage::selectedDir() const {
  const auto items = m_list->selectedItems();
  return items.isEmpty() ? QString() : items.first()->data(NameColumn, kDirRole).toString();
}

void RunsPage::updateButtons() {
  const auto items = m_list->selectedItems();
  const bool any = !items.isEmpty();
  m_open->setEnabled(any);
  m_reveal->setEnabled(any);
  m_delete->setEnabled(any);
  bool resumable = false;
  if (any) {
    const auto state = RunState(items.first()->data(NameColumn, kStateRole).toInt());
    const int kind = items.first()->data(NameColumn, kKindRole).toInt();
    const bool experiment = kind == int(RunKind::Experiment);
    const QString dir = items.first()->data(NameColumn, kDirRole).toString();
    const bool hasCheckpoint =
        QFileInfo::exists(QString::fromStdString(RunFolder(dir.toStdString()).latestCheckpoint().string()));
    // An experiment's checkpoints are in its runs; it resumes from whatever state they are in.
    const bool trainer = kind == int(RunKind::Pretraining) || kind == int(RunKind::Finetune) ||
                         items.first()->text(TaskColumn).isEmpty();
    resumable = (state == RunState::Stopped || state == RunState::Failed) &&
                ((trainer && hasCheckpoint) || experiment);
  }
  m_resume->setEnabled(resumable);
  // Finished fine-tuning runs and experiments open on the pages that inspect their test predictions:
  // segmentation on Compare, classification on Labels (an experiment with both tasks offers both).
  const QStringList tasks = any ? items.first()->data(NameColumn, kTasksRole).toStringList() : QStringList();
  const bool finished =
      any && RunState(items.first()->data(NameColumn, kStateRole).toInt()) == RunState::Completed;
  const QString segmentation = QString::fromStdString(toString(DownstreamTask::Segmentation));
  const QString classification = QString::fromStdString(toString(DownstreamTask::Classification));
  QList<QPushButton*> free = {m_inspect, m_inspectMore};
  for (QPushButton* b : free) {
    b->setVisible(false);
    b->setEnabled(false);
  }
  for (const QString& task : {segmentation, classification}) {
    if (!tasks.contains(task)) continue;
    QPushButton* b = free.takeFirst();
    b->setProperty("task", task);
    if (task == segmentation) {
      b->setText(tr("Open in Co&mpare"));
      b->setToolTip(tr("Baseline and pretrained masks of this run's seed side by side"));
    } else {
      b->setText(tr("Open in &Labels"));
      b->setToolTip(tr("Predicted labels of this run (and its baseline/pretrained partner)"));
    }
    b->setVisible(true);
    b->setEnabled(finished);
  }
}

void RunsPage::openRun(const QString& dir) {
  if (dir.isEmpty()) return;
  m_opened = dir;
  for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = m_list->topLevelItem(i);
    if (QDir::cleanPath(item->data(NameColumn, kDirRole).toString()) == QDir::cleanPath(dir)) {
      m_list->setCurrentItem(item);
      break;
    }
  }
  m_monitor->beginSession(tr("Reading %1 …").arg(QFileInfo(dir).fileName()), std::nullopt, false);
  m_monitor->setVisible(true);
  m_loader.setFuture(QtConcurrent::run(workPool(), [dir] { return RunSnapshot::load(dir); }));
}

void RunsPage::deleteSelected() {
  const auto items = m_list->selectedItems();
  if (items.isEmpty()) return;
  QTreeWidgetItem* item = items.first();
  const QString dir = item->data(NameColumn, kDirRole).toString();
  const auto state = RunState(item->data(NameColumn, kStateRole).toInt());
  if (state == RunState::Running &&
      item->data(NameColumn, kPidRole).toLongLong() == QCoreApplication::applicationPid()) {
    QMessageBox::information(this, tr("Run in progress"),
                             tr("%1 is being trained right now. Stop it first, then delete it.").arg(dir));
    return;
  }
  const auto answer = QMessageBox::question(
      this, tr("Delete run"),
      tr("Delete the run folder %1 with its checkpoints, metrics and previews? This cannot be undone.")
          .arg(dir),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer != QMessageBox::Yes) return;
  if (!QDir(dir).removeRecursively()) {
    QMessageBox::warning(this, tr("Delete run"),
                         tr("Could not delete everything in %1. Check the folder's permissions.").arg(dir));
  }
  AppSettings::removeRecentRun(dir);
  if (m_opened == dir) {
    m_opened.clear();
    m_monitor->beginSession(tr("No run opened"), std::nullopt, false);
    m_monitor->setVisible(false);
  }
  refresh();
}

}  // namespace colorproxy
