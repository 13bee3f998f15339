#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QVector>

#include <opencv2/core.hpp>

#include "colorproxy/hints/color_hint.h"

namespace colorproxy {

class Colorizer;

/// Previews for the colour points on the Colorize page, on the thread it lives on (the hint panel moves it
/// to a thread of its own, so a full-resolution colorization never delays a preview): its own Colorizer
/// (loaded from the page's model) colorizes at the network's resolution and paints the colours onto a
/// screen-size copy of the photo, then suggests colours at the selected point. Only the newest request is
/// ever computed: submit() replaces what waits, so a burst of clicks or a drag costs one preview at a
/// time, never a queue of stale ones. Never throws: failures come back as signals.
class HintPreviewWorker : public QObject {
  Q_OBJECT

 public:
  /// One preview (and maybe suggestions) for the points of `photo`.
  struct Request {
    int id = 0;
    int generation = 0;  ///< HintPoints::generation() of `hints`
    QImage photo;        ///< the photo as read (full resolution; shared, never copied)
    std::vector<ColorHint> hints;
    int suggestFor = -1;  ///< index of the point to suggest colours for (left out of the hints), -1 none
  };

  /// Screen copies of the photo are at most this many pixels on their long side.
  static constexpr int kDisplaySide = 1280;
  /// Suggested colours per point.
  static constexpr int kSuggestions = 8;

  explicit HintPreviewWorker(QObject* parent = nullptr);
  ~HintPreviewWorker() override;

  /// Replaces the waiting request (if any) with `request` and wakes the worker. Thread-safe.
  void submit(Request request);
  /// Loads the model in `path` (a checkpoint or a run folder), replacing the current one.
  void loadModel(const QString& path, int threads);

 Q_SIGNALS:
  void modelLoaded(const QString& path, bool takesHints, int networkSize);
  void modelFailed(const QString& path, const QString& message);
  /// The photo colorized with the points at the network's resolution, on a copy of the photo at most
  /// kDisplaySide pixels long (its own lightness, so edges stay sharp). `ms`: the network and the paint.
  void previewReady(int id, int generation, const QImage& preview, double ms);
  /// (a, b, probability) of the colours likely at point `index`, most probable first.
  void suggestionsReady(int id, int index, const QVector<QVector<double>>& colours);
  void failed(int id, const QString& message);

 private:
  void process();
  void run(const Request& r);
  /// The photo's screen copy (8-bit BGR), made once per photo.
  void preparePhoto(const QImage& photo);

  std::unique_ptr<Colorizer> m_colorizer;
  std::mutex m_mutex;
  std::optional<Request> m_waiting;
  bool m_woken = false;
  qint64 m_photoKey = 0;
  QSize m_photoSize;
  cv::Mat m_display;  ///< the photo as BGR, at most kDisplaySide long
};

}  // namespace colorproxy
