#include "wizards/pretrainmodelpage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace colorproxy {
namespace {
const QStringList kPretexts = {QStringLiteral("gan"), QStringLiteral("classification"), QStringLiteral("l2")};
}

PretrainModelPage::PretrainModelPage(QWidget* parent)
    : PretrainPage({QStringLiteral("pretext"), QStringLiteral("imageSize"), QStringLiteral("loadSize"),
                    QStringLiteral("ngf"), QStringLiteral("numDowns"), QStringLiteral("ndf"),
                    QStringLiteral("discriminator"), QStringLiteral("ganMode"), QStringLiteral("hints")},
                   parent) {
  setTitle(tr("Pretext task and model size"));
  setSubTitle(tr("What the network learns to predict from the grey (L) channel, and how big it is."));

  QGroupBox* pretextBox = createPretextBox();
  QGroupBox* sizes = createSizeBox();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(pretextBox);
  layout->addWidget(sizes);
}

QGroupBox* PretrainModelPage::createPretextBox() {
  auto* pretextBox = new QGroupBox(tr("Pretext task"), this);
  auto* pretextLayout = new QVBoxLayout(pretextBox);
  m_pretext = new QButtonGroup(this);
  const QStringList titles = {tr("&GAN colorization (pix2pix cGAN + λ·L1) — the paper's method"),
                              tr("&Classification over 313 ab bins (Zhang et al. 2016)"),
                              tr("&L2 regression of ab")};
  const QStringList notes = {
      tr("A U-Net generator predicts a and b from L; a PatchGAN discriminator judges (L, ab) pairs. "
         "Loss: adversarial + λ·L1. Vivid colours; the weights transfer to classification and segmentation."),
      tr("Predicts a distribution over 313 quantised colours with class rebalancing, decoded by annealed "
         "mean. Avoids the washed-out average colours of regression."),
      tr("Plain mean-squared-error regression: the simplest baseline. Tends towards greyish, desaturated "
         "colours because it averages plausible answers.")};
  for (int i = 0; i < kPretexts.size(); ++i) {
    auto* radio = new QRadioButton(titles[i], pretextBox);
    m_pretext->addButton(radio, i);
    pretextLayout->addWidget(radio);
    auto* note = explanation(notes[i], pretextBox);
    note->setContentsMargins(24, 0, 0, 4);
    pretextLayout->addWidget(note);
  }

  m_hints = new QCheckBox(tr("&Train for colour points (hint-conditioned model)"), pretextBox);
  pretextLayout->addSpacing(4);
  pretextLayout->addWidget(m_hints);
  auto* hintsNote = explanation(
      tr("The generator also takes colour points a user places (their colour and where they are) and "
         "learns from points simulated on the training photos (Zhang, Zhu et al. 2017). The Colorize page "
         "then lets you guide its colours by clicking on the photo; fine-tuning can start from it as from "
         "any colorizer."),
      pretextBox);
  hintsNote->setContentsMargins(24, 0, 0, 4);
  pretextLayout->addWidget(hintsNote);

  connect(m_pretext, &QButtonGroup::idClicked, this, [this] {
    updateGanWidgets();
    refresh();
  });
  connect(m_hints, &QCheckBox::toggled, this, [this] { refresh(); });
  return pretextBox;
}

QGroupBox* PretrainModelPage::createSizeBox() {
  m_preset = new QComboBox(this);
  m_preset->addItem(tr("Paper: 256 px, ngf 64, 8 downsamplings"), QStringLiteral("paper"));
  m_preset->addItem(tr("CPU-friendly small: 64 px, ngf 16"), QStringLiteral("cpu-small"));
  m_preset->addItem(tr("Tiny: 32 px, ngf 8 (smoke tests)"), QStringLiteral("tiny"));
  m_preset->addItem(tr("Custom"), QString());
  m_presetInfo = explanation(QString(), this);

  auto spin = [this](int lo, int hi, int step) {
    auto* s = new QSpinBox(this);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    connect(s, &QSpinBox::valueChanged, this, [this] {
      markCustom();
      refresh();
    });
    return s;
  };
  m_imageSize = spin(8, 2048, 16);
  m_imageSize->setSuffix(tr(" px"));
  m_loadSize = spin(8, 4096, 2);
  m_loadSize->setSuffix(tr(" px"));
  m_ngf = spin(1, 512, 8);
  m_numDowns = spin(1, 12, 1);
  m_ndf = spin(1, 512, 8);
  m_discriminator = new QComboBox(this);
  m_discriminator->addItem(tr("70×70 PatchGAN (pix2pix)"), QStringLiteral("basic70"));
  m_discriminator->addItem(tr("16×16 output map (the paper's code)"), QStringLiteral("paper16"));
  m_ganMode = new QComboBox(this);
  m_ganMode->addItem(tr("Vanilla (binary cross-entropy)"), QStringLiteral("vanilla"));
  m_ganMode->addItem(tr("Least squares (LSGAN)"), QStringLiteral("lsgan"));
  for (QComboBox* box : {m_discriminator, m_ganMode})
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
      markCustom();
      refresh();
    });

  auto* sizes = new QGroupBox(tr("Model size"), this);
  auto* form = new QFormLayout(sizes);
  form->addRow(tr("&Preset:"), m_preset);
  form->addRow(QString(), m_presetInfo);
  form->addRow(tr("&Image size:"), m_imageSize);
  form->addRow(tr("L&oad size:"), m_loadSize);
  form->addRow(QString(), explanation(tr("Images are resized to the load size, then randomly cropped to the "
                                         "image size (jitter). Equal sizes turn the jitter off."),
                                      sizes));
  form->addRow(tr("Generator &width (ngf):"), m_ngf);
  form->addRow(tr("&Downsamplings:"), m_numDowns);
  form->addRow(QString(), explanation(tr("The image size must be divisible by 2^downsamplings; 8 at 256 px "
                                         "gives pix2pix's unet_256 with a 1×1 bottleneck."),
                                      sizes));
  m_ganBox = new QWidget(sizes);
  auto* ganForm = new QFormLayout(m_ganBox);
  ganForm->setContentsMargins(0, 0, 0, 0);
  ganForm->addRow(tr("Discriminator width (nd&f):"), m_ndf);
  ganForm->addRow(tr("Di&scriminator:"), m_discriminator);
  ganForm->addRow(tr("G&AN loss:"), m_ganMode);
  form->addRow(m_ganBox);

  connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
    const QString name = m_preset->currentData().toString();
    if (!name.isEmpty() && !m_applyingPreset) applyPreset(name);
  });
  return sizes;
}

void PretrainModelPage::setPretext(const QString& pretext) {
  const int i = kPretexts.indexOf(pretext);
  if (i >= 0) m_pretext->button(i)->setChecked(true);
  updateGanWidgets();
  refresh();
}

QString PretrainModelPage::pretext() const {
  const int i = m_pretext->checkedId();
  return i >= 0 ? kPretexts[i] : QString();
}

void PretrainModelPage::applyPreset(const QString& name) {
  ColorizationConfig preset;
  try {
    preset = ColorizationConfig::preset(name.toStdString());
  } catch (const std::exception&) {
    return;  // names come from our own list; an engine without it leaves the fields alone
  }
  m_applyingPreset = true;
  m_preset->setCurrentIndex(std::max(0, m_preset->findData(name)));
  m_imageSize->setValue(preset.imageSize);
  m_loadSize->setValue(preset.loadSize);
  m_ngf->setValue(preset.ngf);
  m_numDowns->setValue(preset.numDowns);
  m_ndf->setValue(preset.ndf);
  // A preset also sets optimisation defaults that fit its size (shown on the next page).
  ColorizationConfig& c = config();
  c.batchSize = preset.batchSize;
  c.epochs = preset.epochs;
  c.epochsDecay = preset.epochsDecay;
  c.lr = preset.lr;
  c.beta1 = preset.beta1;
  c.previewCount = preset.previewCount;
  c.maxValImages = preset.maxValImages;
  m_presetInfo->setText(
      tr("Preset values: batch %1, %2 epochs (%3 decaying), learning rate %4 — adjustable on the next page.")
          .arg(preset.batchSize)
          .arg(preset.epochs)
          .arg(preset.epochsDecay)
          .arg(preset.lr));
  m_applyingPreset = false;
  refresh();
}

void PretrainModelPage::markCustom() {
  if (m_applyingPreset) return;
  const QSignalBlocker block(m_preset);
  m_preset->setCurrentIndex(m_preset->findData(QString()));
  m_presetInfo->clear();
}

void PretrainModelPage::updateGanWidgets() { m_ganBox->setEnabled(pretext() == QLatin1String("gan")); }

void PretrainModelPage::load(const ColorizationConfig& c) {
  m_applyingPreset = true;
  const int i = kPretexts.indexOf(QString::fromStdString(c.pretext));
  m_pretext->button(i < 0 ? 0 : i)->setChecked(true);
  m_hints->setChecked(c.hints);
  m_imageSize->setValue(c.imageSize);
  m_loadSize->setValue(c.loadSize);
  m_ngf->setValue(c.ngf);
  m_numDowns->setValue(c.numDowns);
  m_ndf->setValue(c.ndf);
  m_discriminator->setCurrentIndex(
      std::max(0, m_discriminator->findData(QString::fromStdString(c.discriminator))));
  m_ganMode->setCurrentIndex(std::max(0, m_ganMode->findData(QString::fromStdString(c.ganMode))));
  // Show which preset the sizes match, if any.
  int match = m_preset->findData(QString());
  for (int k = 0; k < m_preset->count(); ++k) {
    const QString name = m_preset->itemData(k).toString();
    if (name.isEmpty()) continue;
    try {
      const ColorizationConfig p = ColorizationConfig::preset(name.toStdString());
      if (p.imageSize == c.imageSize && p.loadSize == c.loadSize && p.ngf == c.ngf &&
          p.numDowns == c.numDowns) {
        match = k;
        break;
      }
    } catch (const std::exception&) {
    }
  }
  m_preset->setCurrentIndex(match);
  m_applyingPreset = false;
  updateGanWidgets();
}

void PretrainModelPage::apply(ColorizationConfig& c) const {
  c.pretext = pretext().toStdString();
  c.hints = m_hints->isChecked();
  c.imageSize = m_imageSize->value();
  c.loadSize = m_loadSize->value();
  c.ngf = m_ngf->value();
  c.numDowns = m_numDowns->value();
  c.ndf = m_ndf->value();
  c.discriminator = m_discriminator->currentData().toString().toStdString();
  c.ganMode = m_ganMode->currentData().toString().toStdString();
}

}  // namespace colorproxy
