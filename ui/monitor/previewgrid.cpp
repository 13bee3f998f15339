#include "monitor/previewgrid.h"

#include <algorithm>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

#include "core/screenfit.h"
#include "widgets/elidedlabel.h"
#include "widgets/imageview.h"

namespace colorproxy {

PreviewGrid::PreviewGrid(QWidget* parent) : QWidget(parent) {
  m_view = new ImageView(this);
  m_view->setPlaceholderText(
      tr("Predictions on fixed validation images appear here after each epoch: "
         "grey input | prediction | ground truth."));
  m_view->setToolTip(tr("Click to enlarge"));
  m_view->setCursor(Qt::PointingHandCursor);
  connect(m_view, &ImageView::clicked, this, &PreviewGrid::showEnlarged);
  m_runBox = new QComboBox(this);
  m_runBox->setVisible(false);
  m_runBox->setToolTip(tr("Which run's previews to show"));
  // Run names are long (segmentation-100pct-pretrained-seed6): the box shows the start, the list shows all,
  // so a study's names do not widen the page beyond a 1024-pixel screen.
  m_runBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_runBox->setMinimumContentsLength(10);
  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setEnabled(false);
  m_slider->setPageStep(1);
  m_slider->setToolTip(tr("Step back through earlier epochs"));
  m_caption = new ElidedLabel(QString(), this);
  m_caption->setAlignment(Qt::AlignCenter);
  connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
    m_follow = index == m_slider->maximum();
    updateView();
  });
  connect(m_runBox, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (index < 0 || index >= m_runs.size()) return;
    m_run = m_runs[index];
    m_follow = true;
    syncSlider();
    updateView();
  });
  // One-line texts that shorten (whole in their tooltips) rather than wrap: the splitter holding this does
  // not ask for height-for-width, so wrapped lines pushed the image over the slider in a narrow column.
  auto* header = new QHBoxLayout;
  auto* heading = new ElidedLabel(tr("Validation previews"), this);
  QFont bold = heading->font();
  bold.setBold(true);
  heading->setFont(bold);
  header->addWidget(heading, 1);
  header->addWidget(m_runBox);
  m_columns = new ElidedLabel(tr("grey input | prediction | truth"), this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(header);
  layout->addWidget(m_columns);
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
  insert(frame.runName, frame.epoch, image);
}

bool PreviewGrid::addFile(int epoch, const QString& path, const QString& run) {
  QImage image(path);
  if (image.isNull()) return false;
  insert(run, epoch, image);
  return true;
}

void PreviewGrid::insert(const QString& run, int epoch, const QImage& image) {
  if (!m_runs.contains(run)) {
    m_runs << run;
    const QSignalBlocker block(m_runBox);
    m_runBox->addItem(run.isEmpty() ? tr("this run") : run);
    m_runBox->setVisible(m_runs.size() > 1);
  }
  m_images[run].insert(epoch, image);
  if (m_run != run && (m_follow || m_images.value(m_run).isEmpty())) {
    m_run = run;  // a new run's first preview takes over the view while the user is following
    const QSignalBlocker block(m_runBox);
    m_runBox->setCurrentIndex(m_runs.indexOf(run));
  }
  if (m_run == run) syncSlider();
  updateView();
}

void PreviewGrid::syncSlider() {
  const QSignalBlocker block(m_slider);
  const int count = int(m_images.value(m_run).size());
  m_slider->setRange(0, std::max(0, count - 1));
  if (m_follow) m_slider->setValue(m_slider->maximum());
  m_slider->setEnabled(count > 1);
}

void PreviewGrid::showRun(const QString& run) {
  const int index = m_runs.indexOf(run);
  if (index >= 0) m_runBox->setCurrentIndex(index);
}

void PreviewGrid::clear() {
  m_images.clear();
  m_runs.clear();
  m_run.clear();
  m_follow = true;
  {
    const QSignalBlocker block(m_runBox);
    m_runBox->clear();
    m_runBox->setVisible(false);
  }
  syncSlider();
  updateView();
}

int PreviewGrid::shownEpoch() const {
  const QList<int> keys = epochs();
  if (keys.isEmpty()) return 0;
  return keys.at(std::clamp(m_slider->value(), 0, int(keys.size()) - 1));
}

void PreviewGrid::showEpoch(int epoch) {
  const int index = epochs().indexOf(epoch);
  if (index >= 0) m_slider->setValue(index);
}

QImage PreviewGrid::shownImage() const { return m_images.value(m_run).value(shownEpoch()); }

QDialog* PreviewGrid::showEnlarged() {
  if (shownImage().isNull()) return nullptr;
  if (!m_enlarged) {
    m_enlarged = new QDialog(this);
    m_enlargedView = new ImageView(m_enlarged);
    m_enlargedView->setMaxScale(16.0);  // tiny validation images: whole pixels, large enough to judge
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_enlarged);
    connect(buttons, &QDialogButtonBox::rejected, m_enlarged, &QDialog::close);
    auto* layout = new QVBoxLayout(m_enlarged);
    layout->addWidget(m_enlargedView, 1);
    layout->addWidget(buttons);
  }
  updateView();
  const QSize room = ScreenFit::clientRoom(this) * 0.85;
  const QSize image = shownImage().size();
  const double scale =
      std::min({room.width() / double(image.width()), (room.height() - 60) / double(image.height()), 16.0});
  ScreenFit::resizeToFit(m_enlarged,
                         QSize(int(image.width() * scale) + 24, int(image.height() * scale) + 60));
  m_enlarged->show();
  m_enlarged->raise();
  m_enlarged->activateWindow();
  return m_enlarged;
}

void PreviewGrid::updateView() {
  const QList<int> keys = epochs();
  if (keys.isEmpty()) {
    m_view->setImage({});
    m_caption->setText(tr("No previews yet"));
    if (m_enlarged) m_enlarged->close();
    return;
  }
  const int epoch = shownEpoch();
  m_view->setImage(shownImage());
  m_caption->setText(
      tr("Epoch %1 (%2 of %3 saved)").arg(epoch).arg(keys.indexOf(epoch) + 1).arg(keys.size()));
  if (m_enlarged) {
    m_enlargedView->setImage(shownImage());
    m_enlarged->setWindowTitle(tr("Validation previews — %1").arg(m_caption->text()));
  }
}

}  // namespace colorproxy
