#include "wizards/experimentdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "colorize/modellocator.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "core/appsettings.h"
#include "core/screenfit.h"
#include "core/workpool.h"
#include "widgets/pathedit.h"

namespace colorproxy {
namespace {

QSpinBox* spin(int min, int max, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(min, max);
  return box;
}

QString escapedLines(const QStringList& lines) {
  QStringList escaped;
  for (const QString& l : lines) escaped << l.toHtmlEscaped();
  return escaped.join(QStringLiteral("<br>"));
}

}  // namespace

ExperimentDialog::ExperimentDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("New experiment"));
  setObjectName(QStringLiteral("ExperimentDialog"));
  auto* intro = new QLabel(
      tr("Does colorization pretraining help? ColorProxy pretrains a colorizer once (or reuses one), then "
         "fine-tunes a randomly initialised baseline and the pretrained network on identical data and "
         "batches "
         "for every seed, and reports the paired differences with a plain verdict."),
      this);
  intro->setWordWrap(true);

  QGroupBox* question = createQuestionBox();
  QGroupBox* colorizer = createColorizerBox();
  QGroupBox* network = createNetworkBox();
  createFooter();
  auto* columns = new QHBoxLayout;
  auto* left = new QVBoxLayout;
  left->addWidget(question);
  left->addWidget(colorizer);
  left->addStretch(1);
  auto* right = new QVBoxLayout;
  right->addWidget(network);
  right->addStretch(1);
  columns->addLayout(left, 3);
  columns->addLayout(right, 2);
  // The settings scroll on small screens; the problems and the buttons stay in view below them.
  auto* body = new QWidget(this);
  auto* bodyLayout = new QVBoxLayout(body);
  bodyLayout->setContentsMargins(0, 0, 0, 0);
  bodyLayout->addWidget(intro);
  bodyLayout->addLayout(columns);
  bodyLayout->addWidget(m_showJson);
  bodyLayout->addWidget(m_json, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(ScreenFit::scrollable(body, this), 1);
  layout->addWidget(m_problemLabel);
  layout->addWidget(m_buttons);

  // Defaults: the bundled samples when they can be found.
  std::error_code ec;
  if (const auto samples = findSampleData(std::filesystem::current_path(ec),
                                          QCoreApplication::applicationFilePath().toStdString()))
    m_data->setPath(QDir::cleanPath(QString::fromStdString(samples->string())));
  applyPreset();

  createConnections();
  m_model->setEnabled(false);
  update();
  // Tall enough for all the settings without scrolling, where the screen allows.
  const int margins = layout->contentsMargins().top() + layout->contentsMargins().bottom();
  const auto fit = [&] {
    ScreenFit::resizeToFit(this, QSize(980, body->sizeHint().height() + m_buttons->sizeHint().height() +
                                                2 * layout->spacing() + margins));
  };
  fit();
  // Side by side where the dialog is wide enough, else one above the other: on a 1024-pixel screen the
  // German labels made the two columns wider than the dialog, and the right one scrolled out of sight.
  const int viewport = width() - layout->contentsMargins().left() - layout->contentsMargins().right() -
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent);
  if (body->minimumSizeHint().width() > viewport) {
    columns->setDirection(QBoxLayout::TopToBottom);
    fit();
  }
}

QGroupBox* ExperimentDialog::createQuestionBox() {
  m_preset = new QComboBox(this);
  // Sized for 36 characters, not for the longest preset name; the drop-down list shows the names in full.
  m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_preset->setMinimumContentsLength(36);
  m_preset->addItem(tr("Quick — the bundled samples, 64 px, minutes on a CPU"), QStringLiteral("quick"));
  m_preset->addItem(tr("Study — CamVid label efficiency, 128 px, 6 seeds (about 90 minutes on 2 cores)"),
                    QStringLiteral("study"));
  m_preset->addItem(tr("Paper — Pascal VOC 2012, 256 px, ngf 64 (a GPU helps)"), QStringLiteral("paper"));
  m_presetNote = new QLabel(this);
  m_presetNote->setWordWrap(true);
  m_data = new PathEdit(PathEdit::Mode::Folder, this);
  m_data->setDialogTitle(tr("Data folder"));
  m_segmentation = new QCheckBox(tr("Segmentati&on"), this);
  m_classification = new QCheckBox(tr("&Multilabel classification"), this);
  m_segmentation->setChecked(true);
  m_classification->setChecked(true);
  auto* tasks = new QHBoxLayout;
  tasks->addWidget(m_segmentation);
  tasks->addWidget(m_classification);
  tasks->addStretch(1);
  m_seeds = spin(1, 20, this);
  m_seeds->setValue(3);
  m_seeds->setToolTip(
      tr("Each seed fine-tunes one baseline and one pretrained network; the verdict needs "
         "several to tell a consistent gain from noise."));

  m_fractions = new QLineEdit(this);
  m_fractions->setPlaceholderText(tr("100 (every image), or e.g. 5,10,25,50,100"));
  m_fractions->setToolTip(
      tr("Label efficiency: both networks are fine-tuned on each share of the labelled training images "
         "(percentages, increasing). Smaller sets are subsets of larger ones and the same for both "
         "networks; the report plots the metric with its confidence interval against the share."));

  auto* question = new QGroupBox(tr("Question"), this);
  auto* setupForm = new QFormLayout(question);
  setupForm->addRow(tr("&Preset:"), m_preset);
  setupForm->addRow(QString(), m_presetNote);
  setupForm->addRow(tr("&Data folder:"), m_data);
  setupForm->addRow(tr("Tasks:"), tasks);
  setupForm->addRow(tr("S&eeds:"), m_seeds);
  setupForm->addRow(tr("S&hares of the labels (%):"), m_fractions);
  return question;
}

QGroupBox* ExperimentDialog::createColorizerBox() {
  m_pretrain = new QRadioButton(tr("Pretrain a &colorizer first (part of the experiment)"), this);
  m_reuse = new QRadioButton(tr("&Reuse a colorization run or model file:"), this);
  m_pretrain->setChecked(true);
  m_model = new PathEdit(PathEdit::Mode::OpenFile, this);
  m_model->setDialogTitle(tr("Choose a colorization model"));
  m_model->setFileFilter(tr("Models (*.pt *.pth);;All files (*)"));
  m_model->setPlaceholderText(tr("a run folder, a .pt file or a pix2pix latest_net_G.pth"));
  m_bundled = new QPushButton(tr("&Bundled model"), this);
  m_bundled->setToolTip(tr("The small colorizer that comes with ColorProxy (128 px, ngf 16)"));
  m_bundled->setEnabled(!ModelLocator::bundledModel().isEmpty());
  m_modelNote = new QLabel(this);
  m_modelNote->setWordWrap(true);
  auto* modelRow = new QHBoxLayout;
  modelRow->addWidget(m_model, 1);
  modelRow->addWidget(m_bundled);
  auto* colorizer = new QGroupBox(tr("Colorizer"), this);
  auto* colorizerLayout = new QVBoxLayout(colorizer);
  colorizerLayout->addWidget(m_pretrain);
  colorizerLayout->addWidget(m_reuse);
  colorizerLayout->addLayout(modelRow);
  colorizerLayout->addWidget(m_modelNote);
  return colorizer;
}

QGroupBox* ExperimentDialog::createNetworkBox() {
  m_imageSize = spin(32, 1024, this);
  m_imageSize->setSingleStep(32);
  m_imageSize->setSuffix(tr(" px"));
  m_ngf = spin(4, 256, this);
  m_numDowns = spin(3, 10, this);
  m_threads = spin(0, 256, this);
  m_threads->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
  m_name = new QLineEdit(this);
  m_runs = new PathEdit(PathEdit::Mode::Folder, this);
  m_runs->setDialogTitle(tr("Runs folder"));
  m_runs->setPath(AppSettings::runsDir());
  auto* network = new QGroupBox(tr("Networks and output"), this);
  auto* networkForm = new QFormLayout(network);
  networkForm->addRow(tr("&Image size:"), m_imageSize);
  networkForm->addRow(tr("&Generator width (ngf):"), m_ngf);
  networkForm->addRow(tr("Do&wnsamplings:"), m_numDowns);
  networkForm->addRow(tr("&Threads:"), m_threads);
  networkForm->addRow(tr("&Name:"), m_name);
  networkForm->addRow(tr("R&uns folder:"), m_runs);
  return network;
}

void ExperimentDialog::createFooter() {
  m_problemLabel = new QLabel(this);
  m_problemLabel->setWordWrap(true);
  m_problemLabel->setObjectName(QStringLiteral("problems"));
  m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_showJson = new QCheckBox(tr("Show the settings that will run (JSON)"), this);
  m_json = new QPlainTextEdit(this);
  m_json->setReadOnly(true);
  m_json->setVisible(false);
  m_json->setMinimumHeight(160);

  m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
}

void ExperimentDialog::createConnections() {
  connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
    applyPreset();
    update();
  });
  connect(m_data, &PathEdit::pathChanged, this, &ExperimentDialog::update);
  for (QCheckBox* b : {m_segmentation, m_classification})
    connect(b, &QCheckBox::toggled, this, &ExperimentDialog::update);
  for (QSpinBox* b : {m_seeds, m_imageSize, m_ngf, m_numDowns, m_threads})
    connect(b, &QSpinBox::valueChanged, this, &ExperimentDialog::update);
  connect(m_name, &QLineEdit::textChanged, this, &ExperimentDialog::update);
  connect(m_fractions, &QLineEdit::textChanged, this, &ExperimentDialog::update);
  connect(m_runs, &PathEdit::pathChanged, this, &ExperimentDialog::update);
  connect(m_pretrain, &QRadioButton::toggled, this, [this] {
    m_model->setEnabled(m_reuse->isChecked());
    readModelShape();
  });
  connect(m_model, &PathEdit::pathChanged, this, [this] {
    if (!m_model->path().isEmpty()) m_reuse->setChecked(true);
    readModelShape();
  });
  connect(m_bundled, &QPushButton::clicked, this, &ExperimentDialog::useBundledModel);
  connect(&m_shapeWatcher, &QFutureWatcher<PretrainedShape>::finished, this,
          &ExperimentDialog::onModelShapeRead);
  connect(m_showJson, &QCheckBox::toggled, m_json, &QWidget::setVisible);
  connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
    update();
    if (!m_problems.isEmpty()) return;
    Q_EMIT startRequested(config());
    accept();
  });
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExperimentDialog::onModelShapeRead() {
  if (m_shapeWatcher.isCanceled()) return;
  const PretrainedShape shape = m_shapeWatcher.result();
  if (shape.ngf == 0) {
    m_shapeError = QString::fromStdString(shape.pretext);  // readModelShape's failure message
    m_modelNote->clear();
  } else {
    // The fine-tuned networks must have the generator's shape; its training size is a good start.
    m_ngf->setValue(shape.ngf);
    m_numDowns->setValue(shape.numDowns);
    if (shape.imageSize > 0) m_imageSize->setValue(shape.imageSize);
    m_modelNote->setText(
        tr("%1 generator, ngf %2, %3 downsamplings%4.")
            .arg(shape.pretext.empty() ? tr("Colorization") : QString::fromStdString(shape.pretext).toUpper())
            .arg(shape.ngf)
            .arg(shape.numDowns)
            .arg(shape.imageSize > 0 ? tr(", trained at %1 px").arg(shape.imageSize) : QString()));
    m_shapeError.clear();
  }
  update();
}

void ExperimentDialog::applyPreset() {
  const QString preset = m_preset->currentData().toString();
  const ExperimentConfig c = ExperimentConfig::preset(preset.toStdString(), m_data->path().toStdString());
  m_imageSize->setValue(c.pretrain.imageSize);
  m_ngf->setValue(c.pretrain.ngf);
  m_numDowns->setValue(c.pretrain.numDowns);
  m_seeds->setValue(c.seeds);
  QStringList fractions;
  for (const double f : c.fractions) fractions << QString::number(f);
  m_fractions->setText(fractions.join(QLatin1Char(',')));
  const auto has = [&c](const char* task) {
    return std::find(c.tasks.begin(), c.tasks.end(), task) != c.tasks.end();
  };
  m_segmentation->setChecked(has("segmentation"));
  m_classification->setChecked(has("classification"));
  m_name->setText(preset);
  if (preset == QLatin1String("quick"))
    m_presetNote->setText(
        tr("The data folder holds photos/, camvid/ and coco128/ (resources/samples). Pretraining uses "
           "the photos and the training images; segmentation is tested on CamVid, classification on COCO."));
  else if (preset == QLatin1String("study"))
    m_presetNote->setText(
        tr("The data folder is CamVid (train/, val/, test/ with their annotations). Pretraining uses the "
           "train and val images only, never test; both networks are fine-tuned on 10, 25, 50 and 100 % "
           "of the labelled training images with 6 seeds each, for the same number of steps."));
  else
    m_presetNote->setText(
        tr("The data folder is Pascal VOC 2012 (VOCdevkit/VOC2012 or the folder itself), as in the paper: "
           "segmentation on its Segmentation split, 20-class classification on Main."));
}

void ExperimentDialog::useBundledModel() {
  const QString model = ModelLocator::bundledModel();
  if (model.isEmpty()) return;
  m_reuse->setChecked(true);
  m_model->setPath(model);
}

void ExperimentDialog::readModelShape() {
  const QString path = m_model->path();
  m_shapeError.clear();
  m_modelNote->clear();
  if (!m_reuse->isChecked() || path.isEmpty()) {
    update();
    return;
  }
  m_modelNote->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
  m_shapeWatcher.setFuture(QtConcurrent::run(workPool(), [path] {
    try {
      return readPretrainedShape(path.toStdString());
    } catch (const std::exception& e) {
      PretrainedShape failed;
      failed.pretext = e.what();  // carried back as the message; ngf 0 marks the failure
      return failed;
    }
  }));
  update();
}

ExperimentConfig ExperimentDialog::config() const {
  ExperimentConfig c = ExperimentConfig::preset(m_preset->currentData().toString().toStdString(),
                                                m_data->path().toStdString());
  c.tasks.clear();
  if (m_segmentation->isChecked()) c.tasks.push_back("segmentation");
  if (m_classification->isChecked()) c.tasks.push_back("classification");
  c.seeds = m_seeds->value();
  const QString fractions = m_fractions->text().trimmed();
  c.fractions = {100.0};
  if (!fractions.isEmpty()) c.set("fractions", fractions.toStdString());
  if (m_reuse->isChecked()) c.pretrained = m_model->path().toStdString();
  c.set("imageSize", std::to_string(m_imageSize->value()));
  c.set("ngf", std::to_string(m_ngf->value()));
  c.set("numDowns", std::to_string(m_numDowns->value()));
  c.threads = m_threads->value();
  c.runsDir = m_runs->path().toStdString();
  c.name = m_name->text().trimmed().toStdString();
  return c;
}

void ExperimentDialog::update() {
  m_problems.clear();
  if (m_data->path().isEmpty()) m_problems << tr("Choose the data folder.");
  if (m_reuse->isChecked() && m_model->path().isEmpty())
    m_problems << tr("Choose the colorization run or model file to reuse, or pretrain one first.");
  if (m_reuse->isChecked() && !m_shapeError.isEmpty()) m_problems << m_shapeError;
  if (m_name->text().trimmed().isEmpty()) m_problems << tr("Give the experiment a name.");
  if (m_runs->path().isEmpty()) m_problems << tr("Choose the runs folder.");
  QString json;
  try {
    const ExperimentConfig c = config();
    for (const std::string& p : c.validate()) m_problems << QString::fromStdString(p);
    json = QString::fromStdString(c.toJsonString());
  } catch (const std::exception& e) {
    m_problems << QString::fromStdString(e.what());
  }
  m_json->setPlainText(json);
  m_problemLabel->setText(
      m_problems.isEmpty()
          ? QString()
          : QStringLiteral("<span style=\"color:#cf222e\">%1</span>").arg(escapedLines(m_problems)));
  const bool reading = isReadingModel();
  for (QAbstractButton* b : m_buttons->buttons())
    if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
      b->setEnabled(m_problems.isEmpty() && !reading);
}

}  // namespace colorproxy
