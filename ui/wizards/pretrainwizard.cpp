#include "wizards/pretrainwizard.h"

#include <QIcon>

#include "core/screenfit.h"
#include "wizards/configpage.h"
#include "wizards/pretraindatasetpage.h"
#include "wizards/pretraindevicepage.h"
#include "wizards/pretrainhyperparameterpage.h"
#include "wizards/pretrainmodelpage.h"
#include "wizards/pretrainreviewpage.h"

namespace colorproxy {

PretrainWizard::PretrainWizard(const ColorizationConfig& initial, QWidget* parent)
    : QWizard(parent), m_config(initial) {
  setWindowTitle(tr("New colorization pretraining"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/colorproxy.svg")));
  setWizardStyle(QWizard::ModernStyle);
  setOption(QWizard::NoBackButtonOnStartPage);
  setButtonText(QWizard::FinishButton, tr("Start training"));
  m_datasetPage = new PretrainDatasetPage(this);
  m_modelPage = new PretrainModelPage(this);
  m_hyperPage = new PretrainHyperparameterPage(this);
  m_devicePage = new PretrainDevicePage(this);
  m_reviewPage = new PretrainReviewPage(this);
  setPage(DatasetPageId, m_datasetPage);
  setPage(ModelPageId, m_modelPage);
  setPage(HyperparameterPageId, m_hyperPage);
  setPage(DevicePageId, m_devicePage);
  setPage(ReviewPageId, m_reviewPage);
  setStartId(DatasetPageId);
  for (int id : pageIds())
    if (auto* p = qobject_cast<ConfigPage*>(page(id))) p->makeScrollable();
  ScreenFit::resizeToFit(this, QSize(860, 680));
}

int PretrainWizard::processes() const { return m_devicePage->processes(); }

QStringList PretrainWizard::problemsFor(const QStringList& keys) const {
  QStringList all;
  for (const std::string& p : m_config.validate()) all << QString::fromStdString(p);
  return ConfigPage::filterProblems(all, keys);
}

}  // namespace colorproxy
