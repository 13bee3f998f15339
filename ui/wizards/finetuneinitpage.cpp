#include "wizards/finetuneinitpage.h"

#include <filesystem>

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "core/appsettings.h"
#include "core/numbertext.h"
#include "widgets/pathedit.h"
#include "wizards/finetunewizard.h"

namespace colorproxy {

FinetuneInitPage::FinetuneInitPage(QWidget* parent)
    : FinetunePage({QStringLiteral("init"), QStringLiteral("imageSize"), QStringLiteral("ngf"),
                    QStringLiteral("numDowns"), QStringLiteral("loadSize")},
                   parent) {
  setTitle(tr("Initialisation"));
  setSubTitle(
      tr("The point of the experiment: does starting from colorization weights beat starting from "
         "random ones? Train both to see."));
  QGroupBox* modeBox = createModeBox();
  createPretrainedBox();
  QGroupBox* sizes = createSizeBox();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(modeBox);
  layout->addWidget(m_pretrainedBox);
  layout->addWidget(sizes);
  layout->addStretch(1);
}

QGroupBox* FinetuneInitPage::createModeBox() {
  auto* modeBox = new QGroupBox(tr("Start from"), this);
  auto* v = new QVBoxLayout(modeBox);
  m_mode = new QButtonGroup(this);
  const QStringList titles = {tr("&Baseline only — random weights, N(0, 0.02)"),
                              tr("&Pretrained only — the weights of a colorization run"),
                              tr("B&oth side by side — baseline, then pretrained, on the same splits")};
  for (int i = 0; i < titles.size(); ++i) {
    auto* radio = new QRadioButton(titles[i], modeBox);
    m_mode->addButton(radio, i);
    v->addWidget(radio);
  }

  connect(m_mode, &QButtonGroup::idClicked, this, [this] { refresh(); });
  return modeBox;
}

void FinetuneInitPage::createPretrainedBox() {
  m_pretrainedBox = new QGroupBox(tr("Colorization run"), this);
  auto* pf = new QFormLayout(m_pretrainedBox);
  m_runs = new QComboBox(m_pretrainedBox);
  m_path = new PathEdit(PathEdit::Mode::Folder, m_pretrainedBox);
  m_path->setDialogTitle(tr("Choose a colorization run folder"));
  m_runInfo = explanation(QString(), m_pretrainedBox);
  pf->addRow(tr("&Run:"), m_runs);
  pf->addRow(tr("or &folder:"), m_path);
  pf->addRow(QString(), m_runInfo);

  connect(m_runs, &QComboBox::currentIndexChanged, this, [this] {
    const QString dir = m_runs->currentData().toString();
    if (!dir.isEmpty()) m_path->setPath(dir);
  });
  connect(m_path, &PathEdit::pathChanged, this, [this] {
    readPretrainedSizes();
    refresh();
  });
}

QGroupBox* FinetuneInitPage::createSizeBox() {
  auto* sizes = new QGroupBox(tr("Network size"), this);
  auto* sf = new QFormLayout(sizes);
  m_imageSize = new QSpinBox(sizes);
  m_imageSize->setRange(8, 2048);
  m_imageSize->setSingleStep(16);
  m_imageSize->setSuffix(tr(" px"));
  m_ngf = new QSpinBox(sizes);
  m_ngf->setRange(1, 1024);
  m_numDowns = new QSpinBox(sizes);
  m_numDowns->setRange(1, 12);
  sf->addRow(tr("&Image size:"), m_imageSize);
  sf->addRow(tr("Generator &width (ngf):"), m_ngf);
  sf->addRow(tr("&Downsamplings:"), m_numDowns);
  sf->addRow(QString(),
             explanation(tr("With a pretrained run these come from its generator, so that its "
                            "weights fit; the baseline uses the same sizes for a fair comparison."),
                         sizes));

  for (QSpinBox* s : {m_imageSize, m_ngf, m_numDowns})
    connect(s, &QSpinBox::valueChanged, this, [this] { refresh(); });
  return sizes;
}

void FinetuneInitPage::setMode(int mode) {
  if (QAbstractButton* b = m_mode->button(mode)) b->setChecked(true);
  refresh();
}

void FinetuneInitPage::setPretrainedPath(const QString& path) { m_path->setPath(path); }

void FinetuneInitPage::refreshRuns() {
  const QSignalBlocker block(m_runs);
  m_runs->clear();
  m_runs->addItem(tr("Choose a finished colorization run…"), QString());
  for (const RunSummary& run : listRuns(AppSettings::runsDir().toStdString())) {
    if (run.kind != RunKind::Pretraining || run.status.state != RunState::Completed) continue;
    QString text = QString::fromStdString(run.name);
    if (run.bestMetric)
      text +=
          tr(" — %1 %2").arg(QString::fromStdString(run.primaryMetric)).arg(significantText(*run.bestMetric));
    m_runs->addItem(text, QString::fromStdString(run.dir.string()));
  }
}

void FinetuneInitPage::readPretrainedSizes() {
  m_sizesError.clear();
  m_runInfo->clear();
  const QString path = m_path->path();
  if (path.isEmpty()) return;
  // A checkpoint file sits in <run>/checkpoints/; its run's config.json holds the sizes.
  std::filesystem::path dir = path.toStdString();
  if (QFileInfo(path).isFile()) dir = dir.parent_path().parent_path();
  try {
    const RunFolder run(dir);
    const ColorizationConfig c =
        ColorizationConfig::fromJsonString(run.readConfigText(), run.configFile().string());
    const QSignalBlocker b1(m_imageSize), b2(m_ngf), b3(m_numDowns);
    m_imageSize->setValue(c.imageSize);
    m_ngf->setValue(c.ngf);
    m_numDowns->setValue(c.numDowns);
    m_runInfo->setText(tr("%1 pretext, %2 px, ngf %3, %4 downsamplings, trained on %5.")
                           .arg(QString::fromStdString(c.pretext))
                           .arg(c.imageSize)
                           .arg(c.ngf)
                           .arg(c.numDowns)
                           .arg(QString::fromStdString(c.dataPath.string())));
  } catch (const std::exception& e) {
    m_sizesError = tr("Cannot read the run's settings: %1").arg(QString::fromStdString(e.what()));
  }
}

void FinetuneInitPage::loadPage() {
  refreshRuns();
  FinetuneWizard* w = finetuneWizard();
  m_mode->button(int(w->initMode()))->setChecked(true);
  const FinetuneConfig& c = config();
  m_imageSize->setValue(c.imageSize);
  m_ngf->setValue(c.ngf);
  m_numDowns->setValue(c.numDowns);
  if (!w->pretrainedPath().isEmpty()) m_path->setPath(w->pretrainedPath());
  const int match = m_runs->findData(w->pretrainedPath());
  if (match > 0) {
    const QSignalBlocker block(m_runs);
    m_runs->setCurrentIndex(match);
  }
  readPretrainedSizes();
}

void FinetuneInitPage::applyPage() {
  FinetuneWizard* w = finetuneWizard();
  const auto mode = FinetuneWizard::InitMode(std::max(0, m_mode->checkedId()));
  w->setInitMode(mode);
  const bool usesPretrained = mode != FinetuneWizard::InitMode::Baseline;
  m_pretrainedBox->setEnabled(usesPretrained);
  w->setPretrainedPath(m_path->path());
  for (QSpinBox* s : {m_imageSize, m_ngf, m_numDowns})
    s->setEnabled(!usesPretrained || m_path->path().isEmpty());
  FinetuneConfig& c = config();
  c.imageSize = m_imageSize->value();
  c.ngf = m_ngf->value();
  c.numDowns = m_numDowns->value();
}

bool FinetuneInitPage::ready(QString* reason) const {
  if (finetuneWizard()->initMode() == FinetuneWizard::InitMode::Baseline) return true;
  if (m_path->path().isEmpty()) {
    *reason = tr("Choose the colorization run whose generator initialises the pretrained network.");
    return false;
  }
  if (!m_sizesError.isEmpty()) {
    *reason = m_sizesError;
    return false;
  }
  return true;
}

}  // namespace colorproxy
