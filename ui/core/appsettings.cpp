#include "core/appsettings.h"

#include <algorithm>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace colorproxy {
namespace {
const QString kRecentDatasets = QStringLiteral("recent/datasets");
const QString kRecentRuns = QStringLiteral("recent/runs");
const QString kRunsDir = QStringLiteral("training/runsDir");
const QString kDevice = QStringLiteral("training/device");
const QString kThreads = QStringLiteral("training/threads");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
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

}  // namespace colorproxy
