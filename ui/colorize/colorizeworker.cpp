#include "colorize/colorizeworker.h"

#include <algorithm>
#include <cstdint>
#include <exception>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_file.h"
#include "colorproxy/infer/colorizer.h"
#include "jobs/previewframe.h"

namespace colorproxy {

ColorizeWorker::ColorizeWorker(QObject* parent) : QObject(parent) {}

ColorizeWorker::~ColorizeWorker() = default;

QImage ColorizeWorker::toDisplayImage(const cv::Mat& mat) {
  if (mat.empty() || mat.depth() != CV_8U) return PreviewFrame::toQImage(mat);
  QImage image(mat.cols, mat.rows, QImage::Format_RGB32);  // B, G, R, 255 in memory
  cv::Mat bgra(image.height(), image.width(), CV_8UC4, image.bits(),
               static_cast<size_t>(image.bytesPerLine()));
  const int code = mat.channels() == 1 ? cv::COLOR_GRAY2BGRA : mat.channels() == 4 ? -1 : cv::COLOR_BGR2BGRA;
  if (code < 0)
    mat.copyTo(bgra);
  else
    cv::cvtColor(mat, bgra, code);
  return image;
}

cv::Mat ColorizeWorker::toMat(const QImage& image) {
  if (image.isNull()) return {};
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                     static_cast<size_t>(rgb.bytesPerLine()));
  cv::Mat bgr;
  cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);  // a copy: `rgb` dies here
  return bgr;
}

void ColorizeWorker::loadModel(const QString& path, int threads, InferenceProtocol protocol, int samples,
                               int seed) {
  try {
    ColorizerOptions options;
    options.threads = threads;
    options.protocol = protocol;
    options.samples = samples;
    options.seed = static_cast<std::uint64_t>(std::max(0, seed));
    // The current network goes first (a failed load drops it anyway): two need not be in memory at once.
    m_colorizer.reset();
    auto colorizer = std::make_unique<Colorizer>(path.toStdString(), options);
    m_colorizer = std::move(colorizer);
    Q_EMIT modelLoaded(path, QString::fromStdString(m_colorizer->pretext()), m_colorizer->temperature(),
                       m_colorizer->trainedSize(), m_colorizer->hasDropout());
  } catch (const std::exception& e) {
    m_colorizer.reset();
    Q_EMIT modelFailed(path, QString::fromUtf8(e.what()));
  }
}

void ColorizeWorker::colorize(int requestId, const QString& file, const QImage& image, double temperature,
                              const std::vector<ColorHint>& hints) {
  if (requestId < m_latest.load(std::memory_order_acquire)) return;  // superseded while it waited
  if (!m_colorizer) {
    Q_EMIT colorizeFailed(requestId, tr("No model is loaded: pick one in the Model list first."));
    return;
  }
  try {
    cv::Mat input;
    if (!file.isEmpty()) {
      if (file != m_cachedFile || m_cachedImage.empty()) {
        m_cachedImage.release();
        m_cachedFile.clear();
        try {
          m_cachedImage = readImageFile(QFile::encodeName(file).toStdString(), cv::IMREAD_COLOR);
          m_cachedFile = file;
        } catch (const DataError& e) {
          Q_EMIT colorizeFailed(requestId,
                                tr("Cannot use this photo: %1").arg(QString::fromStdString(e.what())));
          return;
        }
      }
      input = m_cachedImage;
    } else {
      input = toMat(image);
      if (input.empty()) {
        Q_EMIT colorizeFailed(requestId, tr("The pasted or dropped image is empty."));
        return;
      }
    }
    if (m_colorizer->pretext() == "classification" && temperature > 0.0)
      m_colorizer->setTemperature(temperature);
    QElapsedTimer timer;
    timer.start();
    const cv::Mat result = hints.empty() || !m_colorizer->takesHints() ? m_colorizer->colorize(input)
                                                                       : m_colorizer->colorize(input, hints);
    const qint64 ms = timer.elapsed();
    cv::Mat grey;
    cv::cvtColor(input, grey, cv::COLOR_BGR2GRAY);
    Q_EMIT colorized(requestId, toDisplayImage(input), toDisplayImage(grey), toDisplayImage(result), ms);
  } catch (const std::exception& e) {
    Q_EMIT colorizeFailed(requestId,
                          tr("Colorizing %1 failed: %2")
                              .arg(file.isEmpty() ? tr("the image") : QDir::toNativeSeparators(file),
                                   QString::fromUtf8(e.what())));
  }
}

void ColorizeWorker::exportBatch(const QStringList& inputs, const QString& outDir, double temperature,
                                 const std::shared_ptr<StopToken>& stop) {
  if (!m_colorizer) {
    Q_EMIT batchFinished(0, 0, false, outDir, {tr("No model is loaded: pick one in the Model list first.")});
    return;
  }
  std::vector<std::filesystem::path> paths;
  for (const QString& input : inputs) paths.emplace_back(input.toStdString());
  try {
    if (m_colorizer->pretext() == "classification" && temperature > 0.0)
      m_colorizer->setTemperature(temperature);
    const auto results = m_colorizer->colorizeFiles(
        paths, outDir.toStdString(),
        [this](size_t done, size_t total, const ColorizeFileResult& r) {
          Q_EMIT batchProgress(int(done), int(total), QString::fromStdString(r.input.string()),
                               QString::fromStdString(r.error));
        },
        stop.get());
    int ok = 0;
    QStringList errors;
    for (const ColorizeFileResult& r : results) {
      if (r.error.empty()) {
        ++ok;
      } else {
        errors << QStringLiteral("%1: %2").arg(
            QDir::toNativeSeparators(QString::fromStdString(r.input.string())),
            QString::fromStdString(r.error));
      }
    }
    Q_EMIT batchFinished(ok, int(errors.size()), stop && stop->stopRequested(), outDir, errors);
  } catch (const std::exception& e) {
    Q_EMIT batchFinished(0, 0, false, outDir,
                         {tr("Exporting to %1 failed: %2")
                              .arg(QDir::toNativeSeparators(outDir), QString::fromUtf8(e.what()))});
  }
}

}  // namespace colorproxy
