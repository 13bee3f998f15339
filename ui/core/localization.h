#pragma once
#include <QList>
#include <QString>

namespace colorproxy {

/// A language the user interface is translated into.
struct UiLanguage {
  QString code;        ///< "en", "de", "pt", "mk"
  QString nativeName;  ///< the language's name in itself ("Deutsch")
};

/// English (the source language) and every language with an embedded translation (:/i18n/colorproxy_*.qm).
QList<UiLanguage> uiLanguages();

/// Installs ColorProxy's translation (embedded :/i18n/colorproxy_<lang>.qm) and Qt's own (qtbase_<lang>.qm
/// from the Qt translations folder, for standard dialogs and wizard buttons) on the application, replacing
/// the ones a previous call installed. `language` is a code from uiLanguages(), or empty for the system
/// locale. Returns the code now in effect: "en" when no translation matches.
QString installTranslations(const QString& language);

}  // namespace colorproxy
