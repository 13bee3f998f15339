#include "core/appsettings.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include "colorproxy/data/pixel_limit.h"
#include "core/localization.h"

namespace colorproxy {
namespace {
const QString kRecentDatasets = QStringLiteral("recent/datasets");
const QString kRecentRuns = QStringLiteral("recent/runs");
const QString kRunsDir = QStringLiteral("training/runsDir");
const QString kColorizeModel = QStringLiteral("colorize/model");
const QString kColorizeProtocol = QStringLiteral("colorize/protocol");
const QString kColorizeSamples = QStringLiteral("colorize/samples");
const QString kColorizeSeed = QStringLiteral("colorize/seed");
const QString kDevice = QStringLiteral("training/device");
const QString kThreads = QStringLiteral("training/threads");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kMaxPixels = QStringLiteral("images/maxPixels");

/// Resets `key` when its stored text is not one of `allowed`; returns the sentence saying so.
QString resetUnlessOneOf(QSettings& s, const QString& key, const QStringList& allowed,
                         const QString& fallback) {
  if (!s.contains(key)) return {};
  const QString value = s.value(key).toString();
  if (allowed.contains(value)) return {};
  s.remove(key);
  return QCoreApplication::translate("AppSettings", "Setting %1 was \"%2\", not one of %3; reset to \"%4\".")
      .arg(key, value, allowed.join(QStringLiteral(", ")), fallback);
}

/// Resets `key` when its stored value is not an integer in [low, high].
QString resetUnlessInRange(QSettings& s, const QString& key, qint64 low, qint64 high,
                           const QString& fallback) {
  if (!s.contains(key)) return {};
  bool ok = false;
  const QString text = s.value(key).toString();
  const qint64 v = text.toLongLong(&ok);
  if (ok && v >= low && v <= high) return {};
  s.remove(key);
  return QCoreApplication::translate("AppSettings",
                                     "Setting %1 was \"%2\", not a whole number from %3 to %4; reset to %5.")
      .arg(key, text)
      .arg(low)
      .arg(high)
      .arg(fallback);
}
}  // namespace

QStringList AppSettings::withRecent(QStringList list, const QString& path) {
  const QString clean = QDir::cleanPath(path);
  list.removeAll(clean);
  list.prepend(clean);
  while (list.size() > kMaxRecent) list.removeLast();
  return list;
}

QStringList AppSettings::recentDatasets() { return QSettings().value(kRecentDatasets).toStringList(); }

void AppSettings::addRecentDataset(const QString& path) {
  QSettings().setValue(kRecentDatasets, withRecent(recentDatasets(), path));
}

QStringList AppSettings::recentRuns() { return QSettings().value(kRecentRuns).toStringList(); }

void AppSettings::addRecentRun(const QString& path) {
  QSettings().setValue(kRecentRuns, withRecent(recentRuns(), path));
}

void AppSettings::removeRecentRun(const QString& path) {
  QStringList list = recentRuns();
  list.removeAll(QDir::cleanPath(path));
  QSettings().setValue(kRecentRuns, list);
}

QString AppSettings::runsDir() {
  const QString fallback = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .filePath(QStringLiteral("ColorProxy/runs"));
  return QSettings().value(kRunsDir, fallback).toString();
}

void AppSettings::setRunsDir(const QString& path) { QSettings().setValue(kRunsDir, QDir::cleanPath(path)); }

QString AppSettings::colorizeModel() { return QSettings().value(kColorizeModel).toString(); }

void AppSettings::setColorizeModel(const QString& path) {
  if (path.isEmpty())
    QSettings().remove(kColorizeModel);
  else
    QSettings().setValue(kColorizeModel, QDir::cleanPath(path));
}

QString AppSettings::colorizeProtocol() {
  return QSettings().value(kColorizeProtocol, QStringLiteral("eval")).toString();
}

void AppSettings::setColorizeProtocol(const QString& protocol) {
  QSettings().setValue(kColorizeProtocol, protocol);
}

int AppSettings::colorizeSamples() {
  return std::clamp(QSettings().value(kColorizeSamples, 1).toInt(), 1, kMaxColorizeSamples);
}

void AppSettings::setColorizeSamples(int samples) {
  QSettings().setValue(kColorizeSamples, std::clamp(samples, 1, kMaxColorizeSamples));
}

int AppSettings::colorizeSeed() { return std::max(0, QSettings().value(kColorizeSeed, 1).toInt()); }

void AppSettings::setColorizeSeed(int seed) { QSettings().setValue(kColorizeSeed, std::max(0, seed)); }

QString AppSettings::device() { return QSettings().value(kDevice, QStringLiteral("auto")).toString(); }

void AppSettings::setDevice(const QString& device) { QSettings().setValue(kDevice, device); }

int AppSettings::threads() {
  const int cores = std::max(1, QThread::idealThreadCount());
  return std::clamp(QSettings().value(kThreads, cores).toInt(), 1, std::max(cores, 1) * 4);
}

void AppSettings::setThreads(int threads) { QSettings().setValue(kThreads, std::max(1, threads)); }

QString AppSettings::language() { return QSettings().value(kLanguage).toString(); }

void AppSettings::setLanguage(const QString& code) { QSettings().setValue(kLanguage, code); }

QString AppSettings::theme() { return QSettings().value(kTheme, QStringLiteral("system")).toString(); }

void AppSettings::setTheme(const QString& theme) { QSettings().setValue(kTheme, theme); }

qint64 AppSettings::maxPixels() {
  const qint64 v = QSettings().value(kMaxPixels, qint64(kDefaultMaxImagePixels)).toLongLong();
  return v > 0 ? v : qint64(kDefaultMaxImagePixels);
}

void AppSettings::setMaxPixels(qint64 pixels) {
  QSettings().setValue(kMaxPixels, pixels);
  setMaxImagePixels(std::uint64_t(std::max<qint64>(pixels, 0)));
}

QStringList AppSettings::validate() {
  QSettings s;
  QStringList languages = {QString()};
  for (const UiLanguage& l : uiLanguages()) languages << l.code;
  const int cores = std::max(1, QThread::idealThreadCount());
  const QStringList resets = {
      resetUnlessOneOf(s, kDevice, {QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda")},
                       QStringLiteral("auto")),
      resetUnlessOneOf(s, kTheme, {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")},
                       QStringLiteral("system")),
      resetUnlessOneOf(s, kLanguage, languages,
                       QCoreApplication::translate("AppSettings", "the system language")),
      resetUnlessInRange(s, kThreads, 1, qint64(cores) * 4, QString::number(cores)),
      resetUnlessInRange(s, kMaxPixels, 1, qint64(1) << 40, QString::number(kDefaultMaxImagePixels)),
      resetUnlessOneOf(s, kColorizeProtocol,
                       {QStringLiteral("eval"), QStringLiteral("dropout"), QStringLiteral("pix2pix")},
                       QStringLiteral("eval")),
      resetUnlessInRange(s, kColorizeSamples, 1, kMaxColorizeSamples, QStringLiteral("1")),
  };
  QStringList out;
  for (const QString& r : resets)
    if (!r.isEmpty()) out << r;
  if (s.contains(kRunsDir) && s.value(kRunsDir).toString().trimmed().isEmpty()) {
    s.remove(kRunsDir);
    out << QCoreApplication::translate("AppSettings", "Setting %1 was empty; reset to %2.")
               .arg(kRunsDir, runsDir());
  }
  setMaxImagePixels(std::uint64_t(maxPixels()));
  return out;
}

}  // namespace colorproxy
