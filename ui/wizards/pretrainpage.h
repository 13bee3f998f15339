#pragma once
#include "colorproxy/pretrain/colorization_config.h"
#include "wizards/configpage.h"

namespace colorproxy {

class PretrainWizard;

/// A page of the pretraining wizard: reads and writes the wizard's ColorizationConfig.
class PretrainPage : public ConfigPage {
  Q_OBJECT

 public:
  using ConfigPage::ConfigPage;

 protected:
  PretrainWizard* pretrainWizard() const;
  ColorizationConfig& config() const;
  virtual void load(const ColorizationConfig& config) = 0;
  virtual void apply(ColorizationConfig& config) const = 0;

  void loadPage() override { load(config()); }
  void applyPage() override { apply(config()); }
  QStringList allProblems() const override;
};

}  // namespace colorproxy
