#include "wizards/pretrainreviewpage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace colorproxy {

PretrainReviewPage::PretrainReviewPage(QWidget* parent) : PretrainPage({}, parent) {
  setTitle(tr("Review"));
  setSubTitle(
      tr("These settings will be written to the run's config.json. Start training, or go back to "
         "change something."));
  setCommitPage(false);
  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_json = new QPlainTextEdit(this);
  m_json->setReadOnly(true);
  m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_summary);
  layout->addWidget(m_json, 1);
}

QString PretrainReviewPage::configText() const { return m_json->toPlainText(); }

void PretrainReviewPage::initializePage() { PretrainPage::initializePage(); }

void PretrainReviewPage::load(const ColorizationConfig& c) {
  m_json->setPlainText(QString::fromStdString(c.toJsonString()));
  m_summary->setText(tr("<b>%1</b> pretext on <b>%2</b>: %3 px images, ngf %4, %5 epochs of batch %6, "
                        "run folder under <b>%7</b>.")
                         .arg(QString::fromStdString(c.pretext).toHtmlEscaped(),
                              QString::fromStdString(c.dataPath.string()).toHtmlEscaped())
                         .arg(c.imageSize)
                         .arg(c.ngf)
                         .arg(c.epochs)
                         .arg(c.batchSize)
                         .arg(QString::fromStdString(c.runsDir.string()).toHtmlEscaped()));
}

}  // namespace colorproxy
