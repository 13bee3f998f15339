#include "wizards/finetunepage.h"

#include "wizards/finetunewizard.h"

namespace colorproxy {

FinetuneWizard* FinetunePage::finetuneWizard() const { return qobject_cast<FinetuneWizard*>(wizard()); }

FinetuneConfig& FinetunePage::config() const { return finetuneWizard()->config(); }

QStringList FinetunePage::allProblems() const { return finetuneWizard()->problemsFor({}); }

}  // namespace colorproxy
