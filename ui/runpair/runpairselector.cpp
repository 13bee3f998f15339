#include "runpair/runpairselector.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include "core/appsettings.h"

namespace colorproxy {

RunPairSelector::RunPairSelector(const QString& task, QWidget* parent) : QWidget(parent), m_task(task) {
  m_folderButton = new QPushButton(tr("Open &Experiment…"), this);
  m_folderButton->setToolTip(
      tr("An experiment folder (or a runs folder): its baseline and pretrained %1 runs "
         "are paired by seed")
          .arg(task));
  m_runsButton = new QPushButton(tr("Choose Two R&uns…"), this);
  m_runsButton->setToolTip(tr("Pick a baseline run folder, then a pretrained run folder"));
  m_pairBox = new QComboBox(this);
  m_pairBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_pairBox->setEnabled(false);
  m_pairBox->setToolTip(tr("Which baseline/pretrained pair to compare"));
  m_pathLabel = new QLabel(this);
  m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_folderButton);
  layout->addWidget(m_runsButton);
  layout->addWidget(m_pairBox);
  layout->addWidget(m_pathLabel, 1);

  connect(m_folderButton, &QPushButton::clicked, this, &RunPairSelector::chooseFolder);
  connect(m_runsButton, &QPushButton::clicked, this, &RunPairSelector::chooseRuns);
  connect(m_pairBox, &QComboBox::currentIndexChanged, this, [this](int i) {
    if (i < 0 || i >= m_pairs.size()) return;
    const RunPair& p = m_pairs[i];
    m_pathLabel->setToolTip(
        tr("Baseline: %1\nPretrained: %2")
            .arg(QDir::toNativeSeparators(p.baseline.dir), QDir::toNativeSeparators(p.pretrained.dir)));
    Q_EMIT pairSelected(p.baseline.dir, p.pretrained.dir);
  });
}

bool RunPairSelector::openFolder(const QString& folder, bool quiet) {
  const QVector<FinetuneRunInfo> runs = findFinetuneRuns(folder, m_task);
  QVector<RunPair> pairs = pairRuns(runs);
  if (pairs.isEmpty() && m_allowSingle) {
    for (const FinetuneRunInfo& r : runs) {
      RunPair single;
      single.baseline = r;
      single.label = r.name;
      pairs << single;
    }
  }
  if (pairs.isEmpty()) {
    if (quiet) return false;
    Q_EMIT problem(tr("%1 holds no finished pair of baseline and pretrained %2 runs with saved predictions. "
                      "Open an experiment folder (colorproxy-cli experiment) or choose two run folders.")
                       .arg(QDir::toNativeSeparators(folder), m_task));
    return false;
  }
  remember(folder);
  m_folder = folder;
  m_pairs = pairs;
  m_pathLabel->setText(QDir::toNativeSeparators(folder));
  const QSignalBlocker block(m_pairBox);
  m_pairBox->clear();
  for (const RunPair& p : m_pairs) m_pairBox->addItem(p.label);
  m_pairBox->setEnabled(m_pairs.size() > 1);
  m_pairBox->setCurrentIndex(0);
  const RunPair& first = m_pairs.first();
  m_pathLabel->setToolTip(
      tr("Baseline: %1\nPretrained: %2")
          .arg(QDir::toNativeSeparators(first.baseline.dir), QDir::toNativeSeparators(first.pretrained.dir)));
  Q_EMIT pairSelected(first.baseline.dir, first.pretrained.dir);
  return true;
}

void RunPairSelector::openRuns(const QString& baselineDir, const QString& pretrainedDir) {
  RunPair pair;
  pair.baseline = FinetuneRunInfo::read(baselineDir);
  if (!pretrainedDir.isEmpty()) pair.pretrained = FinetuneRunInfo::read(pretrainedDir);
  pair.label =
      pretrainedDir.isEmpty()
          ? QFileInfo(baselineDir).fileName()
          : tr("%1 vs %2").arg(QFileInfo(baselineDir).fileName(), QFileInfo(pretrainedDir).fileName());
  m_folder.clear();
  m_pairs = {pair};
  remember(QFileInfo(baselineDir).absolutePath());
  m_pathLabel->setText(pair.label);
  m_pathLabel->setToolTip(
      tr("Baseline: %1\nPretrained: %2")
          .arg(QDir::toNativeSeparators(baselineDir), QDir::toNativeSeparators(pretrainedDir)));
  const QSignalBlocker block(m_pairBox);
  m_pairBox->clear();
  m_pairBox->addItem(pretrainedDir.isEmpty() ? tr("one run") : tr("two runs"));
  m_pairBox->setEnabled(false);
  Q_EMIT pairSelected(baselineDir, pretrainedDir);
}

void RunPairSelector::openLastFolder() {
  const QString last = QSettings().value(QStringLiteral("%1/lastFolder").arg(m_task)).toString();
  if (!last.isEmpty() && QFileInfo(last).isDir() && openFolder(last, true)) return;
  const QString runs = AppSettings::runsDir();
  if (!runs.isEmpty() && QFileInfo(runs).isDir()) openFolder(runs, true);
}

QString RunPairSelector::startDir() const {
  const QString last = QSettings().value(QStringLiteral("%1/lastFolder").arg(m_task)).toString();
  return !last.isEmpty() && QFileInfo(last).isDir() ? last : AppSettings::runsDir();
}

void RunPairSelector::remember(const QString& dir) {
  QSettings().setValue(QStringLiteral("%1/lastFolder").arg(m_task), dir);
}

void RunPairSelector::chooseFolder() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Open an experiment or runs folder"), startDir());
  if (!dir.isEmpty()) openFolder(dir);
}

void RunPairSelector::chooseRuns() {
  const QString baseline =
      QFileDialog::getExistingDirectory(this, tr("Choose the baseline (random init) run"), startDir());
  if (baseline.isEmpty()) return;
  const QString pretrained = QFileDialog::getExistingDirectory(
      this,
      m_allowSingle ? tr("Choose the pretrained run to compare with %1 (Cancel: look at it alone)")
                          .arg(QFileInfo(baseline).fileName())
                    : tr("Choose the pretrained run to compare with %1").arg(QFileInfo(baseline).fileName()),
      QFileInfo(baseline).absolutePath());
  if (pretrained.isEmpty() && !m_allowSingle) return;
  openRuns(baseline, pretrained);
}

}  // namespace colorproxy
