#include "colorize/modellocator.h"

#include <algorithm>
#include <exception>
#include <filesystem>

#include <QDir>
#include <QFileInfo>

#include "colorproxy/io/data_folders.h"
#include "colorproxy/io/run_folder.h"

namespace colorproxy {

QString ModelLocator::findBundledModel(const QString& envValue, const QString& appDir,
                                       const QStringList& recordedFolders) {
  if (!envValue.isEmpty()) {
    // An explicit choice wins; a wrong one is not silently replaced by another model.
    return QFileInfo(envValue).exists() ? QFileInfo(envValue).absoluteFilePath() : QString();
  }
  const QString fileName = QString::fromLatin1(kModelFileName);
  const auto recorded = [&]() -> QString {
    for (const QString& folder : recordedFolders) {
      const QString candidate = QDir(folder).filePath(QStringLiteral("models/") + fileName);
      if (QFileInfo(candidate).isFile()) return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
  };
  if (appDir.isEmpty()) return recorded();
  const QString installed = QDir(appDir).filePath(QStringLiteral("../share/colorproxy/models/") + fileName);
  if (QFileInfo(installed).isFile()) return QFileInfo(installed).absoluteFilePath();
  QDir dir(appDir);
  while (true) {
    const QString candidate = dir.filePath(QStringLiteral("resources/models/") + fileName);
    if (QFileInfo(candidate).isFile()) return QFileInfo(candidate).absoluteFilePath();
    if (!dir.cdUp()) break;
  }
  return recorded();
}

QString ModelLocator::bundledModel() {
  QStringList recorded;
  for (const auto& folder : recordedDataFolders()) recorded << QString::fromStdString(folder.string());
  return findBundledModel(qEnvironmentVariable("COLORPROXY_MODEL"), QCoreApplication::applicationDirPath(),
                          recorded);
}

QString ModelLocator::searchDescription() {
  return tr("ColorProxy looks for the bundled model in the file named by COLORPROXY_MODEL, then in "
            "<install>/share/colorproxy/models/%1, then in resources/models/%1 of the source tree.")
      .arg(QString::fromLatin1(kModelFileName));
}

QVector<ColorizeModel> ModelLocator::runModels(const QString& runsDir) {
  QVector<ColorizeModel> models;
  if (runsDir.isEmpty()) return models;
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(runsDir.toStdString(), ec))
    if (entry.is_directory(ec)) dirs.push_back(entry.path());
  std::sort(dirs.rbegin(), dirs.rend());  // newest first: names start with the date
  // Only config.json, status.json and the checkpoint's presence are read (not metrics.csv, as the Runs page
  // does): the list is refreshed whenever the page is shown.
  for (const fs::path& dir : dirs) {
    const RunFolder folder(dir);
    if (!folder.isRun() || !fs::is_regular_file(folder.latestCheckpoint(), ec)) continue;
    try {
      if (folder.readConfig().kind != RunKind::Pretraining) continue;
      QString state = tr("failed, last checkpoint");
      if (fs::exists(folder.statusFile())) {
        switch (folder.readStatus().state) {
          case RunState::Completed:
            state = tr("finished");
            break;
          case RunState::Running:
            state = tr("training, latest epoch");
            break;
          case RunState::Stopped:
            state = tr("stopped");
            break;
          case RunState::Failed:
            break;
        }
      }
      ColorizeModel m;
      m.path = QString::fromStdString(dir.string());
      m.label = tr("Run %1 (%2)").arg(QString::fromStdString(folder.name()), state);
      models.push_back(m);
    } catch (const std::exception&) {
      continue;  // not readable as a run: the Runs page explains why
    }
  }
  return models;
}

QVector<ColorizeModel> ModelLocator::bundledModels(const QString& bundled) {
  QVector<ColorizeModel> models;
  if (bundled.isEmpty()) return models;
  models.push_back({tr("Bundled model (%1)").arg(QFileInfo(bundled).fileName()), bundled, true});
  const QFileInfo hints(QFileInfo(bundled).dir().filePath(QString::fromLatin1(kHintModelFileName)));
  if (hints.isFile() && hints.absoluteFilePath() != QFileInfo(bundled).absoluteFilePath())
    models.push_back(
        {tr("Bundled model with colour points (%1)").arg(hints.fileName()), hints.absoluteFilePath(), true});
  return models;
}

QVector<ColorizeModel> ModelLocator::allModels(const QString& runsDir) {
  QVector<ColorizeModel> models = bundledModels(bundledModel());
  models += runModels(runsDir);
  return models;
}

}  // namespace colorproxy
