#include "core/localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
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
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

  auto* app = new QTranslator(QCoreApplication::instance());
  // English is the source language: a "C"/English locale needs no file.
  if (locale.language() == QLocale::English || locale.language() == QLocale::C ||
      !app->load(locale, QStringLiteral("colorproxy"), QStringLiteral("_"), kResourceDir)) {
    delete app;
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
