#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace colorproxy {

/// One model the Colorize page can pick: the bundled default model or a colorization run.
struct ColorizeModel {
  QString label;  ///< what the picker shows
  QString path;   ///< a checkpoint file or a run folder (the Colorizer accepts both)
  bool bundled = false;
};

/// Finds the models the Colorize page offers: the bundled default model (COLORPROXY_MODEL, the installed
/// share/colorproxy/models folder, or resources/models in the source tree) and the colorization runs that
/// have a checkpoint.
class ModelLocator {
  Q_DECLARE_TR_FUNCTIONS(ModelLocator)

 public:
  static constexpr const char* kModelFileName = "colorproxy-default.pt";
  /// The bundled colour-point (hint-conditioned) model, looked for beside the bundled default.
  static constexpr const char* kHintModelFileName = "colorproxy-hints.pt";

  /// The bundled model, searched in this order: the file named by `envValue` (COLORPROXY_MODEL);
  /// `<appDir>/../share/colorproxy/models/colorproxy-default.pt` (installed);
  /// `resources/models/colorproxy-default.pt` in `appDir` or any folder above it (source tree);
  /// `<folder>/models/colorproxy-default.pt` for each of `recordedFolders` (recordedDataFolders(): the
  /// source tree and install prefix known when the build was configured). Empty when there is none.
  static QString findBundledModel(const QString& envValue, const QString& appDir,
                                  const QStringList& recordedFolders = {});
  /// findBundledModel with the real environment and QCoreApplication::applicationDirPath().
  static QString bundledModel();
  /// The places findBundledModel looks, as one sentence for messages.
  static QString searchDescription();

  /// Colorization runs under `runsDir` whose checkpoints/latest.pt exists, newest first.
  static QVector<ColorizeModel> runModels(const QString& runsDir);
  /// The bundled models found with `bundled` (the default model's path; empty = none): it, then the
  /// colour-point model beside it when that file exists.
  static QVector<ColorizeModel> bundledModels(const QString& bundled);
  /// bundledModels(bundledModel()) followed by runModels(runsDir).
  static QVector<ColorizeModel> allModels(const QString& runsDir);
};

}  // namespace colorproxy
