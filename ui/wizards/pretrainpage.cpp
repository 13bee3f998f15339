#include "wizards/pretrainpage.h"

#include "wizards/pretrainwizard.h"

namespace colorproxy {

PretrainWizard* PretrainPage::pretrainWizard() const { return qobject_cast<PretrainWizard*>(wizard()); }

ColorizationConfig& PretrainPage::config() const { return pretrainWizard()->config(); }

QStringList PretrainPage::allProblems() const { return pretrainWizard()->problemsFor({}); }

}  // namespace colorproxy
