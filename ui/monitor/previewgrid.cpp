#include "monitor/previewgrid.h"

#include <algorithm>

#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

#include "monitor/imageview.h"

namespace colorproxy {

PreviewGrid::PreviewGrid(QWidget* parent) : QWidget(parent) {
  m_view = new ImageView(this);
  m_view->setPlaceholderText(tr("Colorizations of fixed validation images appear here after each epoch: "
                                "grey input | prediction | ground truth."));
  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setEnabled(false);
  m_slider->setPageStep(1);
  m_slider->setToolTip(tr("Step back through earlier epochs"));
  m_caption = new QLabel(this);
  m_caption->setAlignment(Qt::AlignCenter);
  connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
    m_follow = index == m_slider->maximum();
    updateView();
  });
  auto* header = new QLabel(tr("<b>Validation previews</b> — grey | prediction | truth"), this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(header);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_slider);
  layout->addWidget(m_caption);
  updateView();
}

QImage PreviewGrid::composeRows(const QVector<QImage>& grey, const QVector<QImage>& prediction,
                                const QVector<QImage>& truth) {
  const int rows = std::max({grey.size(), prediction.size(), truth.size()});
  if (rows == 0) return {};
  int cell = 0;
  for (const auto* column : {&grey, &prediction, &truth})
    for (const QImage& image : *column) cell = std::max({cell, image.width(), image.height()});
  if (cell == 0) return {};
  constexpr int kGap = 2;
  QImage out(3 * cell + 2 * kGap, rows * cell + (rows - 1) * kGap, QImage::Format_RGB888);
  out.fill(Qt::white);
  QPainter painter(&out);
  int c = 0;
  for (const auto* column : {&grey, &prediction, &truth}) {
    for (int r = 0; r < column->size(); ++r) {
      const QImage& image = (*column)[r];
      if (image.isNull()) continue;
      const QImage scaled = image.scaled(cell, cell, Qt::KeepAspectRatio, Qt::SmoothTransformation);
      painter.drawImage(c * (cell + kGap) + (cell - scaled.width()) / 2,
                        r * (cell + kGap) + (cell - scaled.height()) / 2, scaled);
    }
    ++c;
  }
  return out;
}

void PreviewGrid::addFrame(const PreviewFrame& frame) {
  QImage image = frame.grid;
  if (image.isNull()) image = composeRows(frame.grey, frame.prediction, frame.truth);
  if (image.isNull()) return;
  insert(frame.epoch, image);
}

bool PreviewGrid::addFile(int epoch, const QString& path) {
  QImage image(path);
  if (image.isNull()) return false;
  insert(epoch, image);
  return true;
}

void PreviewGrid::insert(int epoch, const QImage& image) {
  m_images.insert(epoch, image);
  const QSignalBlocker block(m_slider);
  m_slider->setRange(0, m_images.size() - 1);
  if (m_follow) m_slider->setValue(m_slider->maximum());
  m_slider->setEnabled(m_images.size() > 1);
  updateView();
}

void PreviewGrid::clear() {
  m_images.clear();
  m_follow = true;
  const QSignalBlocker block(m_slider);
  m_slider->setRange(0, 0);
  m_slider->setEnabled(false);
  updateView();
}

int PreviewGrid::shownEpoch() const {
  if (m_images.isEmpty()) return 0;
  const int index = std::clamp(m_slider->value(), 0, int(m_images.size()) - 1);
  return m_images.keys().at(index);
}

void PreviewGrid::showEpoch(int epoch) {
  const int index = m_images.keys().indexOf(epoch);
  if (index >= 0) m_slider->setValue(index);
}

QImage PreviewGrid::shownImage() const { return m_images.value(shownEpoch()); }

void PreviewGrid::updateView() {
  if (m_images.isEmpty()) {
    m_view->setImage({});
    m_caption->setText(tr("No previews yet"));
    return;
  }
  const int epoch = shownEpoch();
  m_view->setImage(m_images.value(epoch));
  m_caption->setText(tr("Epoch %1 (%2 of %3 saved)")
                         .arg(epoch)
                         .arg(m_images.keys().indexOf(epoch) + 1)
                         .arg(m_images.size()));
}

}  // namespace colorproxy
