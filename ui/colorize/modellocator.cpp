#include "colorize/modellocator.h"

#include <QDir>
#include <QFileInfo>

#include "colorproxy/io/run_folder.h"

namespace colorproxy {

QString ModelLocator::findBundledModel(const QString& envValue, const QString& appDir) {
  if (!envValue.isEmpty()) {
    // An explicit choice wins; a wrong one is not silently replaced by another model.
    return QFileInfo(envValue).exists() ? QFileInfo(envValue).absoluteFilePath() : QString();
  }
  if (appDir.isEmpty()) return {};
  const QString fileName = QString::fromLatin1(kModelFileName);
  const QString installed = QDir(appDir).filePath(QStringLiteral("../share/colorproxy/models/") + fileName);
  if (QFileInfo(installed).isFile()) return QFileInfo(installed).absoluteFilePath();
  QDir dir(appDir);
  while (true) {
    const QString candidate = dir.filePath(QStringLiteral("resources/models/") + fileName);
    if (QFileInfo(candidate).isFile()) return QFileInfo(candidate).absoluteFilePath();
    if (!dir.cdUp()) break;
  }
  return {};
}

QString ModelLocator::bundledModel() {
  return findBundledModel(qEnvironmentVariable("COLORPROXY_MODEL"), QCoreApplication::applicationDirPath());
}

QString ModelLocator::searchDescription() {
  return tr("ColorProxy looks for the bundled model in the file named by COLORPROXY_MODEL, then in "
            "<install>/share/colorproxy/models/%1, then in resources/models/%1 of the source tree.")
      .arg(QString::fromLatin1(kModelFileName));
}

QVector<ColorizeModel> ModelLocator::runModels(const QString& runsDir) {
  QVector<ColorizeModel> models;
  if (runsDir.isEmpty()) return models;
  for (const RunSummary& run : listRuns(runsDir.toStdString())) {
    if (!run.error.empty() || run.task != "colorization") continue;
    const RunFolder folder(run.dir);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(folder.latestCheckpoint(), ec)) continue;
    ColorizeModel m;
    m.path = QString::fromStdString(run.dir.string());
    QString state;
    switch (run.status.state) {
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
        state = tr("failed, last checkpoint");
        break;
    }
    m.label = tr("Run %1 (%2)").arg(QString::fromStdString(run.name), state);
    models.push_back(m);
  }
  return models;
}

QVector<ColorizeModel> ModelLocator::allModels(const QString& runsDir) {
  QVector<ColorizeModel> models;
  const QString bundled = bundledModel();
  if (!bundled.isEmpty())
    models.push_back({tr("Bundled model (%1)").arg(QFileInfo(bundled).fileName()), bundled, true});
  models += runModels(runsDir);
  return models;
}

}  // namespace colorproxy
