#include "wizards/pretrainhyperparameterpage.h"
#include "core/numbertext.h"
#include "widgets/decimalspinbox.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace colorproxy {

PretrainHyperparameterPage::PretrainHyperparameterPage(QWidget* parent)
    : PretrainPage({QStringLiteral("lr"), QStringLiteral("beta1"), QStringLiteral("beta2"),
                    QStringLiteral("epochs"), QStringLiteral("epochsDecay"), QStringLiteral("batchSize"),
                    QStringLiteral("seed"), QStringLiteral("flip"), QStringLiteral("abDivisor"),
                    QStringLiteral("lambdaL1"), QStringLiteral("annealTemperature"),
                    QStringLiteral("rebalanceLambda"), QStringLiteral("classificationStride")},
                   parent) {
  setTitle(tr("Hyperparameters"));
  setSubTitle(
      tr("Defaults follow pix2pix and the paper; the preset chosen on the previous page adjusted "
         "the batch and schedule for its size."));
  createFields();
  QWidget* content = createForm();
  auto* layout = new QVBoxLayout(this);  // scrolls with the wizard's other pages (ConfigPage)
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(content);
}

void PretrainHyperparameterPage::createFields() {
  auto changed = [this] { refresh(); };
  m_lr = new DecimalSpinBox(this);
  m_lr->setDecimals(6);
  m_lr->setRange(0.000001, 1.0);
  m_lr->setSingleStep(0.00005);
  m_beta1 = new DecimalSpinBox(this);
  m_beta1->setDecimals(3);
  m_beta1->setRange(0.0, 0.999);
  m_beta1->setSingleStep(0.05);
  m_epochs = new QSpinBox(this);
  m_epochs->setRange(1, 100000);
  m_epochsDecay = new QSpinBox(this);
  m_epochsDecay->setRange(0, 100000);
  m_batchSize = new QSpinBox(this);
  m_batchSize->setRange(1, 4096);
  m_seed = new QSpinBox(this);
  m_seed->setRange(0, 2147483647);
  m_flip = new QCheckBox(tr("Random horizontal flips"), this);
  m_abDivisor = new QComboBox(this);
  m_abDivisor->addItem(tr("110 (pix2pix)"), 110.0);
  m_abDivisor->addItem(tr("128 (the paper's code)"), 128.0);
  m_lambdaL1 = new DecimalSpinBox(this);
  m_lambdaL1->setRange(0.0, 10000.0);
  m_lambdaL1->setDecimals(1);
  m_temperature = new DecimalSpinBox(this);
  m_temperature->setRange(0.01, 1.0);
  m_temperature->setDecimals(2);
  m_temperature->setSingleStep(0.01);
  m_rebalance = new DecimalSpinBox(this);
  m_rebalance->setRange(0.0, 1.0);
  m_rebalance->setDecimals(2);
  m_rebalance->setSingleStep(0.05);
  for (QDoubleSpinBox* box : {m_lr, m_beta1, m_lambdaL1, m_temperature, m_rebalance})
    connect(box, &QDoubleSpinBox::valueChanged, this, changed);
  for (QSpinBox* box : {m_epochs, m_epochsDecay, m_batchSize, m_seed})
    connect(box, &QSpinBox::valueChanged, this, changed);
  m_quarterSize = new QCheckBox(tr("&Quarter size, as Zhang et al."), this);
  connect(m_flip, &QCheckBox::toggled, this, changed);
  connect(m_quarterSize, &QCheckBox::toggled, this, changed);
  connect(m_abDivisor, &QComboBox::currentIndexChanged, this, changed);
}

QWidget* PretrainHyperparameterPage::createForm() {
  auto* content = new QWidget(this);
  auto* form = new QFormLayout(content);
  addRow(form, tr("&Learning rate:"), m_lr,
         tr("Adam's step size. pix2pix and the paper's code use %1.").arg(decimalText(0.0002, 4)));
  addRow(form, tr("Adam β&1:"), m_beta1,
         tr("Momentum of Adam. %1 (pix2pix) keeps adversarial training stable.").arg(decimalText(0.5, 1)));
  addRow(
      form, tr("&Epochs:"), m_epochs,
      tr("Passes over the training images, decay epochs included. The paper: 20 epochs on 83k COCO images."));
  addRow(form, tr("&Decay epochs:"), m_epochsDecay,
         tr("The last N epochs lower the learning rate linearly towards zero (pix2pix's schedule)."));
  addRow(form, tr("Batch si&ze:"), m_batchSize,
         tr("Images per step. The paper uses 32; on a CPU small batches update more often per minute."));
  addRow(form, tr("&Seed:"), m_seed,
         tr("Fixes initial weights, shuffling and augmentation so a run repeats exactly."));
  addRow(form, tr("Augmentation:"), m_flip,
         tr("Flipped photos are still plausible photos: free extra data."));
  addRow(form, tr("ab s&caling:"), m_abDivisor,
         tr("Divides a and b to map them to [−1, 1] for the tanh output."));
  m_ganRows = new QWidget(content);
  auto* ganForm = new QFormLayout(m_ganRows);
  ganForm->setContentsMargins(0, 0, 0, 0);
  addRow(ganForm, tr("L1 &weight λ:"), m_lambdaL1,
         tr("Weight of the L1 term against the adversarial loss (pix2pix: 100). Higher = safer, duller "
            "colours."));
  form->addRow(m_ganRows);
  m_classificationRows = new QWidget(content);
  auto* clsForm = new QFormLayout(m_classificationRows);
  clsForm->setContentsMargins(0, 0, 0, 0);
  addRow(
      clsForm, tr("Annealing &temperature T:"), m_temperature,
      tr("Decoding: 1 = mean of the colour distribution (washed out), towards 0 = its mode (vivid, noisy). "
         "Zhang et al.: %1.")
          .arg(decimalText(0.38, 2)));
  addRow(clsForm, tr("&Rebalancing λ:"), m_rebalance,
         tr("Mixes the training set's colour prior with a uniform one to up-weight rare colours (0.5 in "
            "Zhang et al.; 1 switches rebalancing off)."));
  addRow(clsForm, tr("Logits:"), m_quarterSize,
         tr("Off: the whole U-Net predicts the 313 colour classes at every pixel, so every decoder level "
            "learns (segmentation fine-tunes them all). On: a small head predicts them at a quarter of the "
            "size and the colours are upsampled, as in Zhang et al.; several times faster."));
  form->addRow(m_classificationRows);

  return content;
}

void PretrainHyperparameterPage::addRow(QFormLayout* form, const QString& label, QWidget* field,
                                        const QString& note) {
  auto* cell = new QWidget(field->parentWidget());
  auto* v = new QVBoxLayout(cell);
  v->setContentsMargins(0, 0, 0, 2);
  v->setSpacing(1);
  field->setParent(cell);
  field->setMaximumWidth(280);
  v->addWidget(field);
  v->addWidget(explanation(note, cell));
  // The mnemonic goes to the field itself, not to the cell holding it with its note.
  auto* text = new QLabel(label, cell->parentWidget());
  text->setBuddy(field);
  form->addRow(text, cell);
}

void PretrainHyperparameterPage::initializePage() {
  const QString pretext = QString::fromStdString(config().pretext);
  m_ganRows->setVisible(pretext == QLatin1String("gan"));
  m_classificationRows->setVisible(pretext == QLatin1String("classification"));
  PretrainPage::initializePage();
}

void PretrainHyperparameterPage::load(const ColorizationConfig& c) {
  m_lr->setValue(c.lr);
  m_beta1->setValue(c.beta1);
  m_epochs->setValue(int(c.epochs));
  m_epochsDecay->setValue(int(c.epochsDecay));
  m_batchSize->setValue(int(c.batchSize));
  m_seed->setValue(int(std::min<uint64_t>(c.seed, 2147483647)));
  m_flip->setChecked(c.flip);
  int ab = m_abDivisor->findData(c.abDivisor);
  if (ab < 0) {  // a value from a loaded config that is neither preset: keep it selectable
    m_abDivisor->addItem(QString::number(c.abDivisor), c.abDivisor);
    ab = m_abDivisor->count() - 1;
  }
  m_abDivisor->setCurrentIndex(ab);
  m_lambdaL1->setValue(c.lambdaL1);
  m_temperature->setValue(c.annealTemperature);
  m_rebalance->setValue(c.rebalanceLambda);
  m_quarterSize->setChecked(c.classificationStride == 4);
}

void PretrainHyperparameterPage::apply(ColorizationConfig& c) const {
  c.lr = m_lr->value();
  c.beta1 = m_beta1->value();
  c.epochs = m_epochs->value();
  c.epochsDecay = m_epochsDecay->value();
  c.batchSize = m_batchSize->value();
  c.seed = uint64_t(m_seed->value());
  c.flip = m_flip->isChecked();
  c.abDivisor = m_abDivisor->currentData().toDouble();
  c.lambdaL1 = m_lambdaL1->value();
  c.annealTemperature = m_temperature->value();
  c.rebalanceLambda = m_rebalance->value();
  c.classificationStride = c.pretext == "classification" && m_quarterSize->isChecked() ? 4 : 1;
}

}  // namespace colorproxy
