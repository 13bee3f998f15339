#pragma once
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

#include "colorproxy/train/observer.h"

namespace colorproxy {

/// One epoch's preview images as QImages the GUI owns (grey | prediction | truth per row).
struct PreviewFrame {
  QString runName;
  int epoch = 0;
  QImage grid;  ///< the tiled grid, or empty when only rows were sent
  QVector<QImage> grey;
  QVector<QImage> prediction;
  QVector<QImage> truth;
  QString file;  ///< where the grid was saved, if anywhere

  /// Converts the engine's preview (cv::Mat, BGR) into deep-copied QImages; safe on any thread.
  static PreviewFrame fromEngine(const PreviewImages& images);
  /// Converts an 8-bit grey/BGR/BGRA cv::Mat to a deep-copied RGB888 QImage (null for other layouts).
  static QImage toQImage(const cv::Mat& mat);
};

}  // namespace colorproxy

Q_DECLARE_METATYPE(colorproxy::PreviewFrame)
