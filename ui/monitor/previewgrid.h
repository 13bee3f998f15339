#pragma once
#include <QImage>
#include <QMap>
#include <QStringList>
#include <QWidget>

#include "jobs/previewframe.h"

class QComboBox;
class QDialog;
class QSlider;

namespace colorproxy {

class ElidedLabel;
class ImageView;

/// The predictions on fixed validation images after each epoch (rows of grey | prediction | truth),
/// with a slider to step back through earlier epochs and, when several runs share the monitor (baseline
/// and pretrained), a choice of run. Follows the newest epoch until the user moves the slider elsewhere.
class PreviewGrid : public QWidget {
  Q_OBJECT

 public:
  explicit PreviewGrid(QWidget* parent = nullptr);

  void addFrame(const PreviewFrame& frame);
  /// Adds an epoch from an image file (a previews/epoch-NNN.png of a finished run).
  bool addFile(int epoch, const QString& path, const QString& run = QString());
  void clear();
  QStringList runs() const { return m_runs; }
  QString shownRun() const { return m_run; }
  void showRun(const QString& run);
  /// Epochs of the shown run.
  QList<int> epochs() const { return m_images.value(m_run).keys(); }
  int shownEpoch() const;
  void showEpoch(int epoch);
  QImage shownImage() const;
  /// Opens the shown epoch's grid in a window of its own, as large as the screen allows (the tiles in the
  /// monitor are small); the window follows the slider. Null when there is nothing to show.
  QDialog* showEnlarged();

  /// Tiles rows of grey | prediction | truth into one image (what the grid shows when the engine
  /// sends rows without a ready-made grid).
  static QImage composeRows(const QVector<QImage>& grey, const QVector<QImage>& prediction,
                            const QVector<QImage>& truth);

 private:
  void insert(const QString& run, int epoch, const QImage& image);
  void syncSlider();
  void updateView();

  QMap<QString, QMap<int, QImage>> m_images;  // run -> epoch -> grid
  QStringList m_runs;
  QString m_run;
  ImageView* m_view = nullptr;
  QComboBox* m_runBox = nullptr;
  QSlider* m_slider = nullptr;
  ElidedLabel* m_caption = nullptr;
  ElidedLabel* m_columns = nullptr;
  bool m_follow = true;
  QDialog* m_enlarged = nullptr;
  ImageView* m_enlargedView = nullptr;
};

}  // namespace colorproxy
