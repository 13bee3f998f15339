#pragma once
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace colorproxy {

/// Typed access to the settings that persist between sessions (QSettings, organisation "ColorProxy"):
/// recent datasets and runs, the runs folder, device and thread preferences.
class AppSettings {
 public:
  static constexpr int kMaxRecent = 10;

  static QStringList recentDatasets();
  static void addRecentDataset(const QString& path);
  static QStringList recentRuns();
  static void addRecentRun(const QString& path);
  static void removeRecentRun(const QString& path);

  /// Where new runs go (default: "runs" in the user's documents folder).
  static QString runsDir();
  static void setRunsDir(const QString& path);
  /// "auto", "cpu" or "cuda".
  static QString device();
  static void setDevice(const QString& device);
  /// Threads for training (default: all cores).
  static int threads();
  static void setThreads(int threads);

  /// The model the Colorize page used last (a checkpoint file or a run folder); empty: the bundled one.
  static QString colorizeModel();
  static void setColorizeModel(const QString& path);
  /// The Colorize page's inference protocol, as the CLI names it: "eval" (the default), "dropout" or
  /// "pix2pix" (see colorproxy/infer/colorizer.h).
  static QString colorizeProtocol();
  static void setColorizeProtocol(const QString& protocol);
  /// Stochastic passes the Colorize page averages under the dropout and pix2pix protocols (1..16).
  static int colorizeSamples();
  static void setColorizeSamples(int samples);
  static constexpr int kMaxColorizeSamples = 16;
  /// Seed of the Colorize page's dropout masks (sample k uses seed + k, as `colorproxy-cli colorize --seed`).
  static int colorizeSeed();
  static void setColorizeSeed(int seed);

  /// User-interface language code ("de", "pt", "mk", "en"); empty: follow the system locale.
  static QString language();
  static void setLanguage(const QString& code);
  /// "system", "light" or "dark" (see theme.h).
  static QString theme();
  static void setTheme(const QString& theme);

  /// Largest image (width × height) decoded anywhere, checked from the header (default 64 megapixels).
  static qint64 maxPixels();
  static void setMaxPixels(qint64 pixels);

  /// Checks every stored setting, resets the ones with bad values (a device "TPU", a theme "neon", a
  /// pixel limit of -5, ...) to their defaults and returns one sentence per reset, saying what was wrong
  /// and what is used now. Call once at start-up; also applies the pixel limit to the engine.
  static QStringList validate();

  /// Puts `path` first in `list`, drops duplicates, keeps at most kMaxRecent entries.
  static QStringList withRecent(QStringList list, const QString& path);
};

}  // namespace colorproxy
