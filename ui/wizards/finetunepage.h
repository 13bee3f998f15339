#pragma once
#include "colorproxy/finetune/finetune_config.h"
#include "wizards/configpage.h"

namespace colorproxy {

class FinetuneWizard;

/// A page of the fine-tuning wizard: reads and writes the wizard's shared FinetuneConfig and run plan.
class FinetunePage : public ConfigPage {
  Q_OBJECT

 public:
  using ConfigPage::ConfigPage;

 protected:
  FinetuneWizard* finetuneWizard() const;
  FinetuneConfig& config() const;
  QStringList allProblems() const override;
};

}  // namespace colorproxy
