#include "wizards/finetunewizard.h"

#include <QDateTime>
#include <QIcon>

#include "core/screenfit.h"
#include "jobs/finetunejobs.h"
#include "wizards/configpage.h"
#include "wizards/finetunedatasetpage.h"
#include "wizards/finetuneinitpage.h"
#include "wizards/finetunereviewpage.h"
#include "wizards/finetuneschedulepage.h"
#include "wizards/finetuneseedspage.h"
#include "wizards/finetunetaskpage.h"

namespace colorproxy {

FinetuneWizard::FinetuneWizard(const FinetuneConfig& initial, QWidget* parent)
    : QWizard(parent), m_config(initial) {
  setWindowTitle(tr("New fine-tuning"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/colorproxy.svg")));
  setWizardStyle(QWizard::ModernStyle);
  setOption(QWizard::NoBackButtonOnStartPage);
  setButtonText(QWizard::FinishButton, tr("Start training"));
  m_baselinePhases = FinetuneConfig::paperPhases(m_config.task, false);
  m_pretrainedPhases = FinetuneConfig::paperPhases(m_config.task, true);
  m_taskPage = new FinetuneTaskPage(this);
  m_datasetPage = new FinetuneDatasetPage(this);
  m_initPage = new FinetuneInitPage(this);
  m_schedulePage = new FinetuneSchedulePage(this);
  m_seedsPage = new FinetuneSeedsPage(this);
  m_reviewPage = new FinetuneReviewPage(this);
  setPage(TaskPageId, m_taskPage);
  setPage(DatasetPageId, m_datasetPage);
  setPage(InitPageId, m_initPage);
  setPage(SchedulePageId, m_schedulePage);
  setPage(SeedsPageId, m_seedsPage);
  setPage(ReviewPageId, m_reviewPage);
  setStartId(TaskPageId);
  for (int id : pageIds())
    if (auto* p = qobject_cast<ConfigPage*>(page(id))) p->makeScrollable();
  ScreenFit::resizeToFit(this, QSize(860, 680));
}

std::vector<FinetuneConfig> FinetuneWizard::configs() const {
  std::vector<FinetuneConfig> out;
  const bool baseline = m_mode != InitMode::Pretrained;
  const bool pretrained = m_mode != InitMode::Baseline;
  const std::string prefix = m_config.runName.empty() ? std::string("finetune") : m_config.runName;
  for (quint64 seed : m_seeds) {
    for (int k = 0; k < 2; ++k) {
      if ((k == 0 && !baseline) || (k == 1 && !pretrained)) continue;
      FinetuneConfig c = m_config;
      c.seed = seed;
      if (k == 0) {
        c.init = "random";
        c.phases = m_baselinePhases;
        c.runName = prefix + "-baseline-s" + std::to_string(seed);
      } else {
        c.init = "pretrained:" + m_pretrainedPath.toStdString();
        c.phases = m_pretrainedPhases;
        c.runName = prefix + "-pretrained-s" + std::to_string(seed);
      }
      out.push_back(std::move(c));
    }
  }
  return out;
}

QVector<Job> FinetuneWizard::jobs() const {
  // One session for the whole batch: the monitor keeps baseline and pretrained curves on one plot.
  const QString session = QStringLiteral("finetune-%1").arg(QDateTime::currentMSecsSinceEpoch());
  QVector<Job> out;
  for (const FinetuneConfig& c : configs()) out.push_back(FinetuneJobs::finetune(c, session, m_processes));
  return out;
}

QStringList FinetuneWizard::problemsFor(const QStringList& keys) const {
  QStringList all;
  const auto runs = configs();
  if (runs.empty()) {
    for (const std::string& p : m_config.validate()) all << QString::fromStdString(p);
  }
  for (const FinetuneConfig& c : runs)
    for (const std::string& p : c.validate())
      if (!all.contains(QString::fromStdString(p))) all << QString::fromStdString(p);
  return ConfigPage::filterProblems(all, keys);
}

}  // namespace colorproxy
