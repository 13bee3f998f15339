#include "colorize/hintpreviewworker.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <utility>

#include <QDir>

#include <opencv2/imgproc.hpp>

#include "colorize/colorizeworker.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/infer/colorizer.h"

namespace colorproxy {

HintPreviewWorker::HintPreviewWorker(QObject* parent) : QObject(parent) {}

HintPreviewWorker::~HintPreviewWorker() = default;

void HintPreviewWorker::submit(Request request) {
  bool wake = false;
  {
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_waiting = std::move(request);
    wake = !m_woken;
    m_woken = true;
  }
  if (wake) QMetaObject::invokeMethod(this, &HintPreviewWorker::process, Qt::QueuedConnection);
}

void HintPreviewWorker::process() {
  for (;;) {
    Request r;
    {
      const std::lock_guard<std::mutex> lock(m_mutex);
      if (!m_waiting) {
        m_woken = false;
        return;
      }
      r = std::move(*m_waiting);
      m_waiting.reset();
    }
    run(r);
  }
}

void HintPreviewWorker::loadModel(const QString& path, int threads) {
  try {
    ColorizerOptions options;
    options.threads = threads;
    m_colorizer = std::make_unique<Colorizer>(path.toStdString(), options);
    Q_EMIT modelLoaded(path, m_colorizer->takesHints(), m_colorizer->size());
  } catch (const std::exception& e) {
    m_colorizer.reset();
    Q_EMIT modelFailed(path, QString::fromUtf8(e.what()));
  }
}

void HintPreviewWorker::preparePhoto(const QImage& photo) {
  if (photo.cacheKey() == m_photoKey && !m_display.empty()) return;
  cv::Mat full = ColorizeWorker::toMat(photo);
  m_photoKey = photo.cacheKey();
  const double scale = double(kDisplaySide) / std::max(full.cols, full.rows);
  if (scale < 1.0) {
    cv::resize(full, m_display, cv::Size(), scale, scale, cv::INTER_AREA);
  } else {
    m_display = full;
  }
  m_photoSize = photo.size();
}

void HintPreviewWorker::run(const Request& r) {
  if (!m_colorizer || !m_colorizer->takesHints() || r.photo.isNull()) return;
  try {
    const auto start = std::chrono::steady_clock::now();
    preparePhoto(r.photo);
    // The network sees the screen copy (resizing a camera-size photo to its grid would cost more than the
    // network itself), with the points where they fall on it.
    std::vector<ColorHint> hints = r.hints;
    const double sx = double(m_display.cols) / m_photoSize.width(),
                 sy = double(m_display.rows) / m_photoSize.height();
    for (ColorHint& h : hints) {
      h.x = std::clamp(h.x * sx, 0.0, m_display.cols - 0.01);
      h.y = std::clamp(h.y * sy, 0.0, m_display.rows - 0.01);
    }
    // The network's ab, painted onto the screen copy's own lightness.
    const cv::Mat preview = m_colorizer->colorizePreview(m_display, hints);
    std::vector<cv::Mat> lab;
    cv::split(bgrToLab(preview), lab);
    cv::Mat ab;
    cv::merge(std::vector<cv::Mat>{lab[1], lab[2]}, ab);
    const QImage shown = ColorizeWorker::toDisplayImage(recolor(m_display, ab));
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    Q_EMIT previewReady(r.id, r.generation, shown, ms);

    if (r.suggestFor < 0 || r.suggestFor >= int(r.hints.size())) return;
    {
      const std::lock_guard<std::mutex> lock(m_mutex);
      if (m_waiting) return;  // the user has moved on: the newer request comes first
    }
    // What the model expects at the point from everything else: the point's own hint left out.
    const ColorHint at = hints[size_t(r.suggestFor)];
    hints.erase(hints.begin() + r.suggestFor);
    QVector<QVector<double>> colours;
    for (const SuggestedColor& c : m_colorizer->suggestColors(m_display, hints, at.x, at.y, kSuggestions))
      colours.push_back({c.a, c.b, c.probability});
    Q_EMIT suggestionsReady(r.id, r.suggestFor, colours);
  } catch (const std::exception& e) {
    Q_EMIT failed(r.id, tr("The preview failed: %1").arg(QString::fromUtf8(e.what())));
  }
}

}  // namespace colorproxy
