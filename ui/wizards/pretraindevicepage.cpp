#include "wizards/pretraindevicepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "widgets/devicebox.h"
#include "widgets/pathedit.h"
#include "widgets/processesrow.h"
#include "widgets/threadsbox.h"

namespace colorproxy {

PretrainDevicePage::PretrainDevicePage(QWidget* parent)
    : PretrainPage({QStringLiteral("device"), QStringLiteral("threads"), QStringLiteral("bf16"),
                    QStringLiteral("channelsLast"), QStringLiteral("syncBatchNorm"),
                    QStringLiteral("loaderWorkers"), QStringLiteral("runsDir"), QStringLiteral("runName"),
                    QStringLiteral("previewCount"), QStringLiteral("logEvery"),
                    QStringLiteral("checkpointEvery"), QStringLiteral("keepEpochCheckpoints")},
                   parent) {
  setTitle(tr("Device, threads and output"));
  setSubTitle(
      tr("Where the training runs and where its run folder (config, metrics, checkpoints, previews) "
         "is written."));
  const int cores = std::max(1, QThread::idealThreadCount());
  m_device = new DeviceBox(this);
  m_threads = new ThreadsBox(this);
  m_processesRow = new ProcessesRow(
      tr("&Synchronised batch norm"),
      tr("The generator's batch norms normalise with the statistics of the whole step's batch, summed over "
         "all processes, instead of each process's own share (as PyTorch's SyncBatchNorm)"),
      this);
  m_bf16 = new QCheckBox(tr("bfloat16 autocast"), this);
  m_channelsLast = new QCheckBox(tr("Channels-last memory format"), this);
  m_workers = new QSpinBox(this);
  m_workers->setRange(0, 64);
  m_runsDir = new PathEdit(PathEdit::Mode::Folder, this);
  m_runsDir->setDialogTitle(tr("Folder for run folders"));
  m_runName = new QLineEdit(this);
  m_previews = new QSpinBox(this);
  m_previews->setRange(0, 64);

  auto* form = new QFormLayout;
  form->addRow(tr("&Device:"), m_device);
  auto* processesLabel = new QLabel(tr("Pro&cesses on this machine:"), this);
  processesLabel->setBuddy(m_processesRow->spinBox());
  form->addRow(processesLabel, m_processesRow);
  form->addRow(
      QString(),
      explanation(tr("More than one trains data-parallel: each process takes its share of every "
                     "epoch with the batch size set before (so a step sees batch × processes "
                     "images), gradients are averaged, and the first process writes the run "
                     "folder. Batch-norm statistics stay each process's own unless synchronised: then "
                     "processes × batch train like one process with the whole batch, worth it when the "
                     "batch per process is small. Threads \"all cores\" are shared between the processes. "
                     "For several machines use the command line (torchrun or srun)."),
                  this));
  form->addRow(tr("&Threads:"), m_threads);
  form->addRow(QString(), explanation(tr("ATen threads of the training thread. This machine has %1 logical "
                                         "cores; leave one free if you want to keep working while it trains.")
                                          .arg(cores),
                                      this));
  form->addRow(tr("Precision:"), m_bf16);
  form->addRow(QString(),
               explanation(tr("On CPUs with AMX or AVX-512 BF16, bfloat16 convolutions run several "
                              "times faster; results differ slightly from float32."),
                           this));
  form->addRow(QString(), m_channelsLast);
  form->addRow(tr("&Loader threads:"), m_workers);
  form->addRow(QString(),
               explanation(tr("Decode, resize and Lab conversion run ahead of the trainer on these "
                              "threads."),
                           this));
  form->addRow(tr("&Runs folder:"), m_runsDir);
  form->addRow(tr("Run na&me:"), m_runName);
  form->addRow(QString(), explanation(tr("The run folder is <runs folder>/<date-time>-<name>."), this));
  form->addRow(tr("&Preview images:"), m_previews);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch(1);

  auto changed = [this] { refresh(); };
  connect(m_device, &QComboBox::currentIndexChanged, this, changed);
  connect(m_threads, &QSpinBox::valueChanged, this, changed);
  connect(m_processesRow, &ProcessesRow::changed, this, changed);
  connect(m_workers, &QSpinBox::valueChanged, this, changed);
  connect(m_previews, &QSpinBox::valueChanged, this, changed);
  connect(m_bf16, &QCheckBox::toggled, this, changed);
  connect(m_channelsLast, &QCheckBox::toggled, this, changed);
  connect(m_runsDir, &PathEdit::pathChanged, this, changed);
  connect(m_runName, &QLineEdit::textChanged, this, changed);
}

int PretrainDevicePage::processes() const { return m_processesRow->processes(); }

void PretrainDevicePage::load(const ColorizationConfig& c) {
  m_device->setCurrentIndex(std::max(0, m_device->findData(QString::fromStdString(c.device))));
  m_threads->setValue(c.threads);
  m_bf16->setChecked(c.bf16);
  m_channelsLast->setChecked(c.channelsLast);
  m_processesRow->setSyncBatchNorm(c.syncBatchNorm);
  m_workers->setValue(c.loaderWorkers);
  m_runsDir->setPath(QString::fromStdString(c.runsDir.string()));
  m_runName->setText(QString::fromStdString(c.runName));
  m_previews->setValue(c.previewCount);
}

void PretrainDevicePage::apply(ColorizationConfig& c) const {
  c.device = m_device->currentData().toString().toStdString();
  c.threads = m_threads->value();
  c.bf16 = m_bf16->isChecked();
  c.channelsLast = m_channelsLast->isChecked();
  c.syncBatchNorm = m_processesRow->syncBatchNorm();
  c.loaderWorkers = m_workers->value();
  c.runsDir = m_runsDir->path().toStdString();
  c.runName = m_runName->text().trimmed().toStdString();
  c.previewCount = m_previews->value();
}

}  // namespace colorproxy
