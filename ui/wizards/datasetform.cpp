#include "wizards/datasetform.h"

#include <algorithm>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "core/appsettings.h"
#include "datasets/datasetsummaryview.h"
#include "widgets/datasetformatbox.h"
#include "widgets/decimalspinbox.h"
#include "widgets/pathedit.h"
#include "wizards/configpage.h"

namespace colorproxy {

DatasetForm::DatasetForm(bool withFolderFormat, bool grayscaleUsable, const QList<SplitRole>& roles,
                         const QString& holdOutNote, QWidget* parent)
    : QWidget(parent), m_grayscaleUsable(grayscaleUsable) {
  m_path = new PathEdit(PathEdit::Mode::Folder, this);
  m_path->setRecent(AppSettings::recentDatasets());
  m_format = new DatasetFormatBox(withFolderFormat, this);
  m_summary = new DatasetSummaryView(this);
  for (int i = 0; i < roles.size(); ++i) {
    m_splits << new QComboBox(this);
    m_defaultTexts << roles[i].defaultText;
  }
  m_valFraction = new DecimalSpinBox(this);
  m_valFraction->setRange(0.01, 0.9);  // the engine needs a share above 0
  m_valFraction->setDecimals(2);
  m_valFraction->setSingleStep(0.05);
  m_maxImages = new QSpinBox(this);
  m_maxImages->setRange(0, 10'000'000);
  m_maxImages->setSpecialValueText(tr("all"));

  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("&Folder:"), m_path);
  form->addRow(tr("F&ormat:"), m_format);
  form->addRow(m_summary);
  for (int i = 0; i < roles.size(); ++i) form->addRow(roles[i].label, m_splits[i]);
  form->addRow(tr("&Hold-out share:"), m_valFraction);
  form->addRow(QString(), ConfigPage::explanation(holdOutNote, this));
  form->addRow(tr("&Image limit:"), m_maxImages);

  connect(m_path, &PathEdit::pathChanged, this, &DatasetForm::startScan);
  connect(m_format, &QComboBox::currentIndexChanged, this, &DatasetForm::startScan);
  connect(m_summary, &DatasetSummaryView::scanStarted, this, &DatasetForm::changed);
  connect(m_summary, &DatasetSummaryView::scanned, this, &DatasetForm::scanned);
  for (QComboBox* box : m_splits) connect(box, &QComboBox::currentIndexChanged, this, &DatasetForm::changed);
  connect(m_valFraction, &QDoubleSpinBox::valueChanged, this, &DatasetForm::changed);
  connect(m_maxImages, &QSpinBox::valueChanged, this, &DatasetForm::changed);
}

QString DatasetForm::path() const { return m_path->path(); }

QString DatasetForm::format() const { return m_format->format(); }

QString DatasetForm::split(int role) const {
  return m_splits.value(role) ? m_splits[role]->currentData().toString() : QString();
}

double DatasetForm::valFraction() const { return m_valFraction->value(); }

int DatasetForm::maxImages() const { return m_maxImages->value(); }

void DatasetForm::load(const QString& path, const QString& format, double valFraction, int maxImages) {
  m_format->setFormat(format);
  m_valFraction->setValue(valFraction);
  m_maxImages->setValue(maxImages);
  if (!path.isEmpty() && path != m_summary->overview().path) m_path->setPath(path);
}

void DatasetForm::fillSplits(const DatasetOverview& overview, const QStringList& wanted) {
  for (int i = 0; i < m_splits.size(); ++i) {
    QComboBox* box = m_splits[i];
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(m_defaultTexts[i], QString());
    for (const auto& s : overview.splits)
      box->addItem(tr("%1 (%2 images)").arg(s.name).arg(s.usable), s.name);
    box->setCurrentIndex(std::max(0, box->findData(wanted.value(i))));
  }
}

bool DatasetForm::ready(QString* reason, const QString& choose) const {
  const DatasetOverview& o = m_summary->overview();
  if (m_summary->isScanning()) {
    *reason = QString();  // the summary already says "Scanning…"
    return false;
  }
  if (m_path->path().isEmpty() || o.path != m_path->path()) {
    *reason = choose;
    return false;
  }
  if (!o.ok) {
    *reason = o.error;
    return false;
  }
  return true;
}

void DatasetForm::startScan() {
  if (m_path->path().isEmpty()) {
    m_summary->clear();
  } else {
    m_summary->scan(m_path->path(), m_format->format(), m_grayscaleUsable);
  }
  Q_EMIT changed();
}

}  // namespace colorproxy
