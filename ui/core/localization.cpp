#include "core/localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

namespace colorproxy {
namespace {
const QString kResourceDir = QStringLiteral(":/i18n");

QPointer<QTranslator>& appTranslator() {
  static QPointer<QTranslator> translator;
  return translator;
}

QPointer<QTranslator>& qtTranslator() {
  static QPointer<QTranslator> translator;
  return translator;
}

// The locale whose translation is wanted. Portuguese comes as European (pt_PT) and Brazilian (pt_BR);
// a bare "pt" (Qt reads it as Brazil) means European Portuguese, the language of Portugal, so it is
// asked for by name here: in `language`, else in the environment the system locale comes from (read
// again on each call, as QLocale::system() is fixed at the program's start).
QLocale requestedLocale(const QString& language) {
  QString name = language;
  if (name.isEmpty()) {
    for (const char* variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
      name = qEnvironmentVariable(variable).section(QLatin1Char(':'), 0, 0);
      if (!name.isEmpty()) break;
    }
    if (name.isEmpty()) return QLocale::system();
  }
  const QString bare = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
  if (bare == QLatin1String("pt")) return QLocale(QLocale::Portuguese, QLocale::Portugal);
  return QLocale(bare);
}

// English is the source language, but a source text can only say "%n image(s)". This translator writes
// the English plural of such a message: "1 image", "3 images" ("(s)" and "(es)" kept or dropped by %n).
class EnglishPlurals : public QTranslator {
 public:
  using QTranslator::QTranslator;
  bool isEmpty() const override { return false; }
  QString translate(const char* /*context*/, const char* source, const char* /*disambiguation*/,
                    int n) const override {
    if (n < 0 || !source) return {};
    static const QRegularExpression optional(QStringLiteral("\\((s|es)\\)"));
    QString text = QString::fromUtf8(source);
    if (!text.contains(QLatin1String("%n")) || !text.contains(optional)) return {};
    return text.replace(optional, n == 1 ? QString() : QStringLiteral("\\1"));
  }
};

void removeInstalled(QPointer<QTranslator>& translator) {
  if (!translator) return;
  QCoreApplication::removeTranslator(translator);
  delete translator;
}
}  // namespace

QList<UiLanguage> uiLanguages() {
  QList<UiLanguage> languages = {{QStringLiteral("en"), QStringLiteral("English")}};
  const QStringList files =
      QDir(kResourceDir).entryList({QStringLiteral("colorproxy_*.qm")}, QDir::Files, QDir::Name);
  for (const QString& file : files) {
    const QString code = file.mid(11, file.size() - 11 - 3);  // colorproxy_<code>.qm
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    // Two variants of one language (pt_BR, pt_PT) are told apart by their country.
    if (code.contains(QLatin1Char('_')))
      name = QLocale(code.section(QLatin1Char('_'), 0, 0)).nativeLanguageName() +
             QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    languages.append({code, name.isEmpty() ? code : name});
  }
  return languages;
}

QString installTranslations(const QString& language) {
  // The locale numbers and dates used before any translation was installed, restored for English.
  static const QLocale originalDefault;
  removeInstalled(appTranslator());
  removeInstalled(qtTranslator());
  const QLocale locale = requestedLocale(language);

  auto* app = new QTranslator(QCoreApplication::instance());
  // English is the source language: a "C"/English locale needs no file.
  if (locale.language() == QLocale::English || locale.language() == QLocale::C ||
      !app->load(locale, QStringLiteral("colorproxy"), QStringLiteral("_"), kResourceDir)) {
    delete app;
    auto* plurals = new EnglishPlurals(QCoreApplication::instance());
    QCoreApplication::installTranslator(plurals);
    appTranslator() = plurals;
    QLocale::setDefault(originalDefault);
    return QStringLiteral("en");
  }
  QCoreApplication::installTranslator(app);
  appTranslator() = app;

  auto* qt = new QTranslator(QCoreApplication::instance());
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt);
    qtTranslator() = qt;
  } else {
    delete qt;
  }
  QLocale::setDefault(locale);
  const QString file = QFileInfo(app->filePath()).completeBaseName();  // colorproxy_<code>
  return file.mid(11);
}

}  // namespace colorproxy
