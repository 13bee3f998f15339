#include "datasets/sampleview.h"

#include <algorithm>
#include <exception>

#include <QMouseEvent>
#include <QPainter>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset.h"
#include "colorproxy/data/image_file.h"
#include "colorproxy/data/mask_reader.h"
#include "jobs/previewframe.h"

namespace colorproxy {
namespace {
constexpr float kChannelLightness = 70.0f;  // a and b are drawn at this L, so only their hue varies

QImage channelImage(const std::vector<cv::Mat>& lab, int which) {
  std::vector<cv::Mat> parts(3);
  parts[0] = cv::Mat(lab[0].size(), CV_32F, cv::Scalar(kChannelLightness));
  parts[1] = which == 1 ? lab[1] : cv::Mat::zeros(lab[0].size(), CV_32F);
  parts[2] = which == 2 ? lab[2] : cv::Mat::zeros(lab[0].size(), CV_32F);
  cv::Mat merged;
  cv::merge(parts, merged);
  return PreviewFrame::toQImage(labToBgr8(merged));
}
}  // namespace

LoadedSample LoadedSample::load(const Dataset& dataset, const Sample& sample) {
  LoadedSample out;
  out.imagePath = QString::fromStdString(sample.image.string());
  out.maskPath = QString::fromStdString(sample.mask.string());
  try {
    cv::Mat bgr;
    try {
      bgr = readImageFile(sample.image, cv::IMREAD_COLOR);
    } catch (const DataError& e) {
      out.error = tr("Cannot show this image: %1").arg(QString::fromStdString(e.what()));
      return out;
    }
    out.colour = PreviewFrame::toQImage(bgr);
    const cv::Mat lab = bgrToLab(bgr);
    std::vector<cv::Mat> channels;
    cv::split(lab, channels);
    cv::Mat l8;
    channels[0].convertTo(l8, CV_8U, 255.0 / 100.0);
    out.l = PreviewFrame::toQImage(l8);
    out.a = channelImage(channels, 1);
    out.b = channelImage(channels, 2);
  } catch (const std::exception& e) {
    out.error = QString::fromUtf8(e.what());
    return out;
  }
  if (sample.hasMask()) {
    try {
      const cv::Mat ids = readMask(sample.mask, dataset.maskSpec());
      QImage mask(ids.cols, ids.rows, QImage::Format_Indexed8);
      for (int y = 0; y < ids.rows; ++y) std::copy_n(ids.ptr<uchar>(y), ids.cols, mask.scanLine(y));
      out.mask = mask;
    } catch (const std::exception& e) {
      out.error = QString::fromUtf8(e.what());
    }
  }
  return out;
}

SampleView::SampleView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setMinimumSize(200, 150);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SampleView::setClasses(const QVector<QRgb>& palette, const QHash<int, QString>& names) {
  m_palette = palette;
  m_names = names;
  if (!m_sample.mask.isNull()) m_sample.mask.setColorTable(m_palette);
  update();
}

void SampleView::setSample(const LoadedSample& sample) {
  m_sample = sample;
  if (!m_sample.mask.isNull() && m_palette.size() == 256) m_sample.mask.setColorTable(m_palette);
  setHover({});
  update();
}

void SampleView::clear(const QString& placeholder) {
  m_sample = LoadedSample();
  m_placeholder = placeholder;
  setHover({});
  update();
}

void SampleView::setChannel(Channel channel) {
  m_channel = channel;
  update();
}

QImage SampleView::shownImage() const {
  switch (m_channel) {
    case Channel::L:
      return m_sample.l;
    case Channel::A:
      return m_sample.a;
    case Channel::B:
      return m_sample.b;
    case Channel::Colour:
      break;
  }
  return m_sample.colour;
}

void SampleView::setOverlayVisible(bool on) {
  m_overlay = on;
  update();
}

void SampleView::setOpacity(double opacity) {
  m_opacity = std::clamp(opacity, 0.0, 1.0);
  update();
}

QRect SampleView::imageRect() const {
  const QSize image = m_sample.colour.size();
  if (image.isEmpty()) return {};
  const double scale = std::min({width() / double(image.width()), height() / double(image.height()), 4.0});
  const QSize size(std::max(1, int(image.width() * scale)), std::max(1, int(image.height() * scale)));
  return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPoint SampleView::imagePosAt(const QPoint& pos) const {
  const QRect r = imageRect();
  if (r.isEmpty() || !r.contains(pos)) return {-1, -1};
  const int x = std::min(m_sample.colour.width() - 1,
                         int((pos.x() - r.left()) * m_sample.colour.width() / double(r.width())));
  const int y = std::min(m_sample.colour.height() - 1,
                         int((pos.y() - r.top()) * m_sample.colour.height() / double(r.height())));
  return {x, y};
}

QString SampleView::classAt(const QPoint& pixel) const {
  const QImage& mask = m_sample.mask;
  if (mask.isNull() || pixel.x() < 0 || pixel.y() < 0 || pixel.x() >= mask.width() ||
      pixel.y() >= mask.height())
    return {};
  const int id = mask.constScanLine(pixel.y())[pixel.x()];
  return m_names.value(id, tr("unknown id %1").arg(id));
}

void SampleView::setHover(const QString& text) {
  if (text == m_hover) return;
  m_hover = text;
  Q_EMIT hoverChanged(text);
}

void SampleView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  const QImage image = shownImage();
  if (image.isNull()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     m_sample.error.isEmpty() ? m_placeholder : m_sample.error);
    return;
  }
  const QRect target = imageRect();
  painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < image.width());
  painter.drawImage(target, image);
  if (m_overlay && !m_sample.mask.isNull() && m_opacity > 0.0) {
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);  // class edges stay exact
    painter.setOpacity(m_opacity);
    painter.drawImage(target, m_sample.mask);
  }
}

void SampleView::mouseMoveEvent(QMouseEvent* event) {
  const QPoint pixel = imagePosAt(event->position().toPoint());
  if (pixel.x() < 0) {
    setHover({});
  } else {
    const QString name = classAt(pixel);
    setHover(name.isEmpty() ? tr("%1, %2").arg(pixel.x()).arg(pixel.y())
                            : tr("%1 at %2, %3").arg(name).arg(pixel.x()).arg(pixel.y()));
  }
  QWidget::mouseMoveEvent(event);
}

void SampleView::leaveEvent(QEvent* event) {
  setHover({});
  QWidget::leaveEvent(event);
}

}  // namespace colorproxy
