#include "wizards/finetuneseedspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "widgets/devicebox.h"
#include "widgets/pathedit.h"
#include "widgets/processesrow.h"
#include "widgets/threadsbox.h"
#include "wizards/finetunewizard.h"

namespace colorproxy {

FinetuneSeedsPage::FinetuneSeedsPage(QWidget* parent)
    : FinetunePage({QStringLiteral("seed"), QStringLiteral("device"), QStringLiteral("threads"),
                    QStringLiteral("bf16"), QStringLiteral("syncBatchNorm"), QStringLiteral("runsDir"),
                    QStringLiteral("runName"), QStringLiteral("loaderWorkers"),
                    QStringLiteral("previewCount"), QStringLiteral("logEvery")},
                   parent) {
  setTitle(tr("Seeds and execution"));
  setSubTitle(
      tr("Repeat the comparison with several seeds: on small datasets the difference between two "
         "runs can be larger than the effect of pretraining."));
  m_seeds = new QLineEdit(this);
  m_seeds->setPlaceholderText(tr("e.g. 1, 2, 3 or 1-5"));
  m_plan = new QLabel(this);
  m_plan->setWordWrap(true);
  m_device = new DeviceBox(this);
  m_threads = new ThreadsBox(this);
  m_processesRow = new ProcessesRow(
      tr("S&ynchronised batch norm"),
      tr("The U-Net's batch norms use the statistics of the whole step's batch across all processes, "
         "instead of each process's own share (as PyTorch's SyncBatchNorm)"),
      this);
  m_processesRow->spinBox()->setToolTip(
      tr("Train each run data-parallel in this many processes on this machine"));
  m_bf16 = new QCheckBox(tr("bfloat16 autocast"), this);
  m_runsDir = new PathEdit(PathEdit::Mode::Folder, this);
  m_runsDir->setDialogTitle(tr("Folder for run folders"));
  m_runName = new QLineEdit(this);
  auto* form = new QFormLayout;
  form->addRow(tr("&Seeds:"), m_seeds);
  form->addRow(QString(), m_plan);
  form->addRow(tr("&Device:"), m_device);
  auto* processesLabel = new QLabel(tr("Pro&cesses on this machine:"), this);
  processesLabel->setBuddy(m_processesRow->spinBox());
  form->addRow(processesLabel, m_processesRow);
  form->addRow(
      QString(),
      explanation(tr("More than one trains each run data-parallel: each process takes its share of "
                     "every epoch with the batch size set before, gradients are averaged, and the "
                     "first process writes the run folder. Synchronised batch norm makes processes × "
                     "batch train like one process with the whole batch (segmentation's U-Net). "
                     "Threads \"all cores\" are shared between the processes."),
                  this));
  form->addRow(tr("&Threads:"), m_threads);
  form->addRow(tr("Precision:"), m_bf16);
  form->addRow(tr("&Runs folder:"), m_runsDir);
  form->addRow(tr("Run name &prefix:"), m_runName);
  form->addRow(QString(), explanation(tr("Each run is named <prefix>-baseline-s<seed> or "
                                         "<prefix>-pretrained-s<seed>."),
                                      this));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch(1);
  connect(m_seeds, &QLineEdit::textChanged, this, [this] { refresh(); });
  connect(m_device, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
  connect(m_threads, &QSpinBox::valueChanged, this, [this] { refresh(); });
  connect(m_processesRow, &ProcessesRow::changed, this, [this] { refresh(); });
  connect(m_bf16, &QCheckBox::toggled, this, [this] { refresh(); });
  connect(m_runsDir, &PathEdit::pathChanged, this, [this] { refresh(); });
  connect(m_runName, &QLineEdit::textChanged, this, [this] { refresh(); });
}

QList<quint64> FinetuneSeedsPage::parseSeeds(const QString& text, QString* error) {
  QList<quint64> seeds;
  const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
  for (const QString& part : parts) {
    const QRegularExpressionMatch range = QRegularExpression(QStringLiteral("^(\\d+)-(\\d+)$")).match(part);
    bool ok = false;
    if (range.hasMatch()) {
      const quint64 a = range.captured(1).toULongLong(), b = range.captured(2).toULongLong();
      if (b < a || b - a >= 100) {
        if (error) *error = tr("Seed range \"%1\" must go upwards and hold at most 100 seeds.").arg(part);
        return {};
      }
      for (quint64 s = a; s <= b; ++s)
        if (!seeds.contains(s)) seeds << s;
      continue;
    }
    const quint64 s = part.toULongLong(&ok);
    if (!ok) {
      if (error)
        *error = tr("\"%1\" is not a seed: use whole numbers such as 1, 2, 3 or a range 1-5.").arg(part);
      return {};
    }
    if (!seeds.contains(s)) seeds << s;
  }
  if (seeds.isEmpty() && error) *error = tr("Give at least one seed.");
  return seeds;
}

void FinetuneSeedsPage::loadPage() {
  QStringList seeds;
  for (quint64 s : finetuneWizard()->seeds()) seeds << QString::number(s);
  m_seeds->setText(seeds.join(QStringLiteral(", ")));
  const FinetuneConfig& c = config();
  m_device->setCurrentIndex(std::max(0, m_device->findData(QString::fromStdString(c.device))));
  m_threads->setValue(c.threads);
  m_bf16->setChecked(c.bf16);
  m_processesRow->setProcesses(finetuneWizard()->processes());
  m_processesRow->setSyncBatchNorm(c.syncBatchNorm);
  m_runsDir->setPath(QString::fromStdString(c.runsDir.string()));
  m_runName->setText(QString::fromStdString(c.runName));
}

void FinetuneSeedsPage::applyPage() {
  FinetuneWizard* w = finetuneWizard();
  m_seedError.clear();
  const QList<quint64> seeds = parseSeeds(m_seeds->text(), &m_seedError);
  if (!seeds.isEmpty()) w->seeds() = seeds;
  FinetuneConfig& c = config();
  c.device = m_device->currentData().toString().toStdString();
  c.threads = m_threads->value();
  c.bf16 = m_bf16->isChecked();
  w->setProcesses(m_processesRow->processes());
  c.syncBatchNorm = m_processesRow->syncBatchNorm();
  c.runsDir = m_runsDir->path().toStdString();
  c.runName = m_runName->text().trimmed().toStdString();
  const auto runs = w->configs();
  QStringList names;
  for (const auto& r : runs) names << QString::fromStdString(r.runName);
  QString plan;
  if (m_seedError.isEmpty()) {
    plan =
        tr("%n run(s) will be queued: %1", nullptr, int(runs.size())).arg(names.join(QStringLiteral(", ")));
    if (w->processes() > 1) plan += QLatin1Char(' ') + tr("Each trains in %1 processes.").arg(w->processes());
  }
  m_plan->setText(plan);
}

bool FinetuneSeedsPage::ready(QString* reason) const {
  if (m_seedError.isEmpty()) return true;
  *reason = m_seedError;
  return false;
}

}  // namespace colorproxy
