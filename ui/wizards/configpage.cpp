#include "wizards/configpage.h"

#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/screenfit.h"
#include "wizards/problemtext.h"

namespace colorproxy {

ConfigPage::ConfigPage(QStringList keys, QWidget* parent) : QWizardPage(parent), m_keys(std::move(keys)) {
  m_problemLabel = new QLabel(this);
  m_problemLabel->setWordWrap(true);
  m_problemLabel->setStyleSheet(QStringLiteral("color: #cf222e; font-weight: bold;"));
  m_problemLabel->setVisible(false);
  m_problemLabel->setObjectName(QStringLiteral("problems"));
}

void ConfigPage::makeScrollable() {
  if (m_scroll || !layout()) return;
  auto* body = new QWidget;
  body->setLayout(layout());  // takes the layout over from the page, with its widgets
  auto* holder = new QWidget;
  auto* holderLayout = new QVBoxLayout(holder);
  holderLayout->setContentsMargins(0, 0, 0, 0);
  holderLayout->addWidget(body);
  holderLayout->addStretch(1);
  m_scroll = ScreenFit::scrollable(holder, this);
  m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(m_scroll, 1);
  outer->addWidget(m_problemLabel);
}

bool ConfigPage::mentions(const QString& problem, const QString& key) {
  // Whole words only, so "lr" does not match inside "already".
  const QRegularExpression asKey(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(key)));
  if (problem.contains(asKey)) return true;
  QString flag = key;
  flag.replace(QRegularExpression(QStringLiteral("([a-z0-9])([A-Z])")), QStringLiteral("\\1-\\2"));
  return problem.contains(QStringLiteral("--") + flag.toLower());
}

QStringList ConfigPage::filterProblems(const QStringList& all, const QStringList& keys) {
  if (keys.isEmpty()) return all;
  QStringList result;
  for (const QString& problem : all) {
    for (const QString& key : keys) {
      if (mentions(problem, key)) {
        result << problem;
        break;
      }
    }
  }
  return result;
}

void ConfigPage::initializePage() {
  // The problem label goes last in whatever layout the subclass built.
  if (layout() && layout()->indexOf(m_problemLabel) < 0) layout()->addWidget(m_problemLabel);
  m_loading = true;
  loadPage();
  m_loading = false;
  refresh();
}

bool ConfigPage::isComplete() const {
  QString reason;
  return m_problems.isEmpty() && ready(&reason);
}

void ConfigPage::refresh() {
  if (m_loading || !wizard()) return;
  applyPage();
  m_problems = filterProblems(allProblems(), m_keys);
  QString reason;
  m_shown = m_problems;
  m_messages.clear();
  for (const QString& problem : m_problems) {
    // The key the sentence is about: the one it starts with, else the first it mentions.
    QString key;
    for (const QString& k : m_keys)
      if (problem.startsWith(k + QLatin1Char(' '))) key = k;
    for (const QString& k : m_keys)
      if (key.isEmpty() && mentions(problem, k)) key = k;
    m_messages << (key.isEmpty() ? problem : ProblemText::translate(problem, key));
  }
  const bool hasReason = !ready(&reason) && !reason.isEmpty();
  bool emptyField = false;
  if (hasReason) {
    // The page's own precondition ("Choose a dataset folder.") already says what an empty field's
    // problem would repeat.
    for (qsizetype i = m_shown.size() - 1; i >= 0; --i)
      if (m_shown[i].endsWith(QStringLiteral(" is empty")) ||
          m_shown[i].contains(QStringLiteral(" is empty:"))) {
        m_shown.removeAt(i);
        m_messages.removeAt(i);
        emptyField = true;
      }
    m_shown.prepend(reason);
    m_messages.prepend(reason);
  }
  // A required field still empty (nothing entered yet) gets a hint, not an error: muted, not red.
  const bool onlyHint = (emptyField || nothingEntered()) && hasReason && m_shown.size() == 1;
  m_problemLabel->setStyleSheet(onlyHint ? QStringLiteral("font-style: italic;")
                                         : QStringLiteral("color: #cf222e; font-weight: bold;"));
  m_problemLabel->setText(m_messages.join(QLatin1Char('\n')));
  m_problemLabel->setVisible(!m_shown.isEmpty());
  Q_EMIT completeChanged();
}

QLabel* ConfigPage::explanation(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setWordWrap(true);
  QFont f = label->font();
  f.setPointSizeF(f.pointSizeF() * 0.9);
  label->setFont(f);
  label->setForegroundRole(QPalette::PlaceholderText);  // muted in light and dark palettes alike
  return label;
}

}  // namespace colorproxy
