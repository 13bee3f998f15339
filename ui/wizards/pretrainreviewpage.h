#pragma once
#include "wizards/pretrainpage.h"

class QPlainTextEdit;
class QLabel;

namespace colorproxy {

/// Pretraining ▸ Review: the exact settings that config.json will hold, and any problem left anywhere.
/// Finishing the wizard on this page starts the run.
class PretrainReviewPage : public PretrainPage {
  Q_OBJECT

 public:
  explicit PretrainReviewPage(QWidget* parent = nullptr);
  QString configText() const;

 protected:
  void initializePage() override;
  void load(const ColorizationConfig& config) override;
  void apply(ColorizationConfig&) const override {}

 private:
  QLabel* m_summary = nullptr;
  QPlainTextEdit* m_json = nullptr;
};

}  // namespace colorproxy
