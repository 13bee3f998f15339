#include "jobs/previewframe.h"

#include <opencv2/imgproc.hpp>

namespace colorproxy {

QImage PreviewFrame::toQImage(const cv::Mat& mat) {
  if (mat.empty()) return {};
  cv::Mat eight = mat;
  if (mat.depth() != CV_8U) mat.convertTo(eight, CV_8U);
  cv::Mat rgb;
  switch (eight.channels()) {
    case 1:
      cv::cvtColor(eight, rgb, cv::COLOR_GRAY2RGB);
      break;
    case 3:
      cv::cvtColor(eight, rgb, cv::COLOR_BGR2RGB);
      break;
    case 4:
      cv::cvtColor(eight, rgb, cv::COLOR_BGRA2RGB);
      break;
    default:
      return {};
  }
  const QImage view(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step), QImage::Format_RGB888);
  return view.copy();  // detach from the Mat's buffer, which dies with this function
}

PreviewFrame PreviewFrame::fromEngine(const PreviewImages& images) {
  PreviewFrame frame;
  frame.runName = QString::fromStdString(images.runName);
  frame.epoch = static_cast<int>(images.epoch);
  frame.grid = toQImage(images.grid);
  for (const auto& m : images.grey) frame.grey.push_back(toQImage(m));
  for (const auto& m : images.prediction) frame.prediction.push_back(toQImage(m));
  for (const auto& m : images.truth) frame.truth.push_back(toQImage(m));
  frame.file = QString::fromStdString(images.file.string());
  return frame;
}

}  // namespace colorproxy
