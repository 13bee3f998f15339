#pragma once
#include <QImage>
#include <QMap>
#include <QWidget>

#include "jobs/previewframe.h"

class QLabel;
class QSlider;

namespace colorproxy {

class ImageView;

/// The colorizations of fixed validation images after each epoch (rows of grey | prediction | truth),
/// with a slider to step back through earlier epochs. Follows the newest epoch until the user moves
/// the slider elsewhere.
class PreviewGrid : public QWidget {
  Q_OBJECT

 public:
  explicit PreviewGrid(QWidget* parent = nullptr);

  void addFrame(const PreviewFrame& frame);
  /// Adds an epoch from an image file (a previews/epoch-NNN.png of a finished run).
  bool addFile(int epoch, const QString& path);
  void clear();
  QList<int> epochs() const { return m_images.keys(); }
  int shownEpoch() const;
  void showEpoch(int epoch);
  QImage shownImage() const;

  /// Tiles rows of grey | prediction | truth into one image (what the grid shows when the engine
  /// sends rows without a ready-made grid).
  static QImage composeRows(const QVector<QImage>& grey, const QVector<QImage>& prediction,
                            const QVector<QImage>& truth);

 private:
  void insert(int epoch, const QImage& image);
  void updateView();

  QMap<int, QImage> m_images;  // epoch -> grid
  ImageView* m_view = nullptr;
  QSlider* m_slider = nullptr;
  QLabel* m_caption = nullptr;
  bool m_follow = true;
};

}  // namespace colorproxy
