#pragma once
#include <atomic>
#include <memory>
#include <vector>

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include "colorproxy/hints/color_hint.h"
#include "colorproxy/infer/colorizer.h"

namespace colorproxy {

class Colorizer;
class StopToken;

/// Runs a Colorizer on the thread it lives on (the Colorize page moves it to its own QThread): loads
/// models, colorizes single photos and exports whole folders. Requests arrive as queued calls and results
/// leave as queued signals, so the GUI thread never waits for the network. Never throws: failures come
/// back as signals with a message naming the file and what to do.
class ColorizeWorker : public QObject {
  Q_OBJECT

 public:
  explicit ColorizeWorker(QObject* parent = nullptr);
  ~ColorizeWorker() override;

  /// Colorize requests with a smaller id are skipped when their turn comes (the user has already moved
  /// on: another photo, another temperature). Thread-safe.
  void setLatestRequest(int id) { m_latest.store(id, std::memory_order_release); }

  /// Loads the model in `path` (a checkpoint or a run folder), replacing the current one; it colorizes
  /// under `protocol`, averaging `samples` stochastic passes (seeded, so reproducible) for the dropout and
  /// pix2pix protocols.
  void loadModel(const QString& path, int threads, InferenceProtocol protocol = InferenceProtocol::Eval,
                 int samples = 1, int seed = 1);
  /// Colorizes `file` (decoded here, and kept for the next request on the same file) or, when `file` is
  /// empty, `image`, guided by `hints` (colour points in the photo's pixels; a hint-conditioned model
  /// only). `temperature` < 0 keeps the model's own setting (classification models only).
  void colorize(int requestId, const QString& file, const QImage& image, double temperature,
                const std::vector<ColorHint>& hints = {});
  /// Colorizes every photo in `inputs` (files, or folders walked recursively) into `outDir` as PNG.
  void exportBatch(const QStringList& inputs, const QString& outDir, double temperature,
                   const std::shared_ptr<StopToken>& stop);

  /// 8-bit BGR copy of `image` (any QImage format).
  static cv::Mat toMat(const QImage& image);
  /// `mat` (8-bit BGR, BGRA or grey) as a Format_RGB32 image, the format the screen takes without a
  /// conversion: made here so that the GUI thread never converts a camera-size photo.
  static QImage toDisplayImage(const cv::Mat& mat);

 Q_SIGNALS:
  /// `hasDropout` false: the generator has no dropout, so the dropout protocol gives the eval result.
  void modelLoaded(const QString& path, const QString& pretext, double temperature, int trainedSize,
                   bool hasDropout);
  void modelFailed(const QString& path, const QString& message);
  /// `original` is the input as read, `grey` its lightness (what the network sees), `result` the colorized
  /// photo at the input's full resolution.
  void colorized(int requestId, const QImage& original, const QImage& grey, const QImage& result, qint64 ms);
  void colorizeFailed(int requestId, const QString& message);
  void batchProgress(int done, int total, const QString& file, const QString& error);
  void batchFinished(int colorized, int failed, bool stopped, const QString& outDir,
                     const QStringList& errors);

 private:
  std::unique_ptr<Colorizer> m_colorizer;
  std::atomic<int> m_latest{0};
  QString m_cachedFile;
  cv::Mat m_cachedImage;
};

}  // namespace colorproxy
