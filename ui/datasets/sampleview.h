#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QVector>
#include <QWidget>

namespace colorproxy {

struct Dataset;
struct Sample;

/// A sample decoded for display (off the GUI thread): the photo, its Lab channels as viewable images, and
/// its mask as class ids.
struct LoadedSample {
  Q_DECLARE_TR_FUNCTIONS(LoadedSample)

 public:
  QString imagePath;
  QString maskPath;
  QImage colour;  ///< the photo (RGB)
  QImage l;       ///< lightness L (0..100 as black..white): what the colorizer sees
  QImage a;       ///< a channel drawn at constant lightness with b = 0 (green ↔ red)
  QImage b;       ///< b channel drawn at constant lightness with a = 0 (blue ↔ yellow)
  QImage mask;    ///< class ids, Format_Indexed8 (null when the sample has none or it is unreadable)
  QString error;  ///< why the photo or the mask could not be read

  /// Decodes `sample` of `dataset`; never throws (problems go to `error`).
  static LoadedSample load(const Dataset& dataset, const Sample& sample);
};

/// Shows one sample: the photo or one of its Lab channels (L, a, b), with the segmentation mask drawn over
/// it in the dataset's palette at an adjustable opacity, and the class under the mouse cursor.
class SampleView : public QWidget {
  Q_OBJECT

 public:
  enum class Channel { Colour, L, A, B };

  explicit SampleView(QWidget* parent = nullptr);

  /// The mask colours (256 entries, by id) and the names of the ids.
  void setClasses(const QVector<QRgb>& palette, const QHash<int, QString>& names);
  void setSample(const LoadedSample& sample);
  void clear(const QString& placeholder = QString());
  const LoadedSample& sample() const { return m_sample; }

  void setChannel(Channel channel);
  Channel channel() const { return m_channel; }
  /// The image currently drawn (the photo or the chosen channel).
  QImage shownImage() const;
  void setOverlayVisible(bool on);
  bool overlayVisible() const { return m_overlay; }
  void setOpacity(double opacity);
  double opacity() const { return m_opacity; }

  /// The image pixel under widget position `pos`, or (-1, -1) outside the image.
  QPoint imagePosAt(const QPoint& pos) const;
  /// Name of the mask class at image pixel `pixel` (empty without a mask or outside it).
  QString classAt(const QPoint& pixel) const;
  /// What hovering shows now ("Road (id 3) at 120, 44"), empty when the cursor is not over the image.
  QString hoverText() const { return m_hover; }
  /// Where the image is drawn.
  QRect imageRect() const;

  QSize sizeHint() const override { return {480, 360}; }

 Q_SIGNALS:
  void hoverChanged(const QString& text);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void setHover(const QString& text);

  LoadedSample m_sample;
  QVector<QRgb> m_palette;
  QHash<int, QString> m_names;
  Channel m_channel = Channel::Colour;
  bool m_overlay = true;
  double m_opacity = 0.5;
  QString m_placeholder;
  QString m_hover;
};

}  // namespace colorproxy
