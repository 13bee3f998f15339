#include "main/preferencesdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "core/appsettings.h"
#include "core/localization.h"
#include "core/theme.h"

namespace colorproxy {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Preferences"));
  setObjectName(QStringLiteral("PreferencesDialog"));
  m_startLanguage = AppSettings::language();

  m_language = new QComboBox(this);
  m_language->setObjectName(QStringLiteral("languageBox"));
  QString systemName = QLocale::system().nativeLanguageName();
  if (!systemName.isEmpty()) systemName[0] = systemName[0].toUpper();
  m_language->addItem(tr("System default (%1)").arg(systemName), QString());
  for (const UiLanguage& language : uiLanguages()) m_language->addItem(language.nativeName, language.code);
  m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));

  m_theme = new QComboBox(this);
  m_theme->setObjectName(QStringLiteral("themeBox"));
  m_theme->addItem(tr("Same as the system"), QStringLiteral("system"));
  m_theme->addItem(tr("Light"), QStringLiteral("light"));
  m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
  m_theme->setCurrentIndex(std::max(0, m_theme->findData(AppSettings::theme())));

  m_restartNote = new QLabel(tr("The new language is used the next time ColorProxy starts."), this);
  m_restartNote->setWordWrap(true);
  m_restartNote->setVisible(false);

  auto* group = new QGroupBox(tr("Appearance"), this);
  auto* form = new QFormLayout(group);
  form->addRow(tr("&Language:"), m_language);
  form->addRow(QString(), m_restartNote);
  form->addRow(tr("&Theme:"), m_theme);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(group);
  layout->addStretch(1);
  layout->addWidget(buttons);
}

void PreferencesDialog::updateRestartNote() {
  m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

bool PreferencesDialog::apply() {
  const QString language = m_language->currentData().toString();
  const QString theme = m_theme->currentData().toString();
  AppSettings::setLanguage(language);
  AppSettings::setTheme(theme);
  applyTheme(theme);
  return language != m_startLanguage;
}

void PreferencesDialog::accept() {
  apply();
  QDialog::accept();
}

}  // namespace colorproxy
