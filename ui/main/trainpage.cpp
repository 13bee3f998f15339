#include "main/trainpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "jobs/jobrunner.h"
#include "monitor/trainingmonitor.h"

namespace colorproxy {

TrainPage::TrainPage(JobRunner* runner, QWidget* parent) : QWidget(parent), m_runner(runner) {
  m_pretrain = new QPushButton(QIcon(QStringLiteral(":/icons/nav-train.svg")), tr("New &pretraining…"), this);
  m_finetune =
      new QPushButton(QIcon(QStringLiteral(":/icons/nav-compare.svg")), tr("New fine-t&uning…"), this);
  m_experiment =
      new QPushButton(QIcon(QStringLiteral(":/icons/nav-labels.svg")), tr("New e&xperiment…"), this);
  m_experiment->setToolTip(
      tr("Pretrain once, then baseline vs pretrained fine-tuning over several seeds, with a "
         "report"));
  m_queue = new QLabel(this);
  m_monitor = new TrainingMonitor(this);
  m_monitor->attach(runner);
  auto* row = new QHBoxLayout;
  row->addWidget(m_pretrain);
  row->addWidget(m_finetune);
  row->addWidget(m_experiment);
  row->addSpacing(16);
  row->addWidget(m_queue, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(m_monitor, 1);
  connect(runner, &JobRunner::queueChanged, this, &TrainPage::updateQueue);
  connect(runner, &JobRunner::stateChanged, this, &TrainPage::updateQueue);
  updateQueue();
}

void TrainPage::updateQueue() {
  const QStringList queued = m_runner->queuedJobNames();
  if (queued.isEmpty()) {
    m_queue->setText(m_runner->state() == JobRunner::State::Idle ? tr("No job queued.") : QString());
  } else {
    m_queue->setText(tr("Queued next: %1").arg(queued.join(QStringLiteral(" → "))));
  }
}

}  // namespace colorproxy
