#include "wizards/finetunereviewpage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#include "wizards/finetunewizard.h"

namespace colorproxy {

FinetuneReviewPage::FinetuneReviewPage(QWidget* parent) : FinetunePage({}, parent) {
  setTitle(tr("Review"));
  setSubTitle(tr("One run per tab, in the order they will train. Each tab is that run's config.json."));
  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_tabs = new QTabWidget(this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_summary);
  layout->addWidget(m_tabs, 1);
}

int FinetuneReviewPage::runTabCount() const { return m_tabs->count(); }

void FinetuneReviewPage::loadPage() {
  m_tabs->clear();
  const auto runs = finetuneWizard()->configs();
  for (const FinetuneConfig& c : runs) {
    auto* text = new QPlainTextEdit(m_tabs);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromStdString(c.toJsonString()));
    m_tabs->addTab(text, QString::fromStdString(c.runName));
  }
  const FinetuneConfig& c = config();
  m_summary->setText(tr("<b>%n run(s)</b> of %1 on <b>%2</b>, %3 px, queued one after another; their curves "
                        "share the monitor's plots.",
                        nullptr, int(runs.size()))
                         .arg(QString::fromStdString(toString(c.task)),
                              QString::fromStdString(c.dataPath.string()).toHtmlEscaped())
                         .arg(c.imageSize));
}

}  // namespace colorproxy
