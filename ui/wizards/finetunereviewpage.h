#pragma once
#include "wizards/finetunepage.h"

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace colorproxy {

/// Fine-tuning ▸ Review: the config.json of every run that will be queued, and any problem left.
class FinetuneReviewPage : public FinetunePage {
  Q_OBJECT

 public:
  explicit FinetuneReviewPage(QWidget* parent = nullptr);
  int runTabCount() const;

 protected:
  void loadPage() override;
  void applyPage() override {}

 private:
  QLabel* m_summary = nullptr;
  QTabWidget* m_tabs = nullptr;
};

}  // namespace colorproxy
