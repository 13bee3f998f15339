#include "finetune/finetune_batch.h"

#include <algorithm>
#include <stdexcept>

#include <opencv2/imgproc.hpp>

#include "colorproxy/data/mask_reader.h"
#include "tensor/lab_batch.h"
#include "tensor/mat_tensor.h"

namespace colorproxy {

FinetuneBatch toFinetuneBatch(const Batch& batch, bool segmentation, int classCount) {
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (segmentation && (batch.masks.size() <= i || batch.masks[i].empty()))
      throw std::invalid_argument("segmentation: '" + batch.paths[i].string() + "' came without its mask");
    if (!segmentation && (batch.labels.size() <= i || int(batch.labels[i].size()) != classCount))
      throw std::invalid_argument("classification: '" + batch.paths[i].string() + "' has " +
                                  std::to_string(batch.labels.size() > i ? batch.labels[i].size() : 0) +
                                  " labels, expected " + std::to_string(classCount));
  }
  FinetuneBatch out;
  out.l = packL(batch.images);
  if (segmentation)
    out.masks = packMasks(batch.masks);
  else
    out.labels = packMultiHot(batch.labels);
  return out;
}

cv::Mat colourMask(const cv::Mat& ids) {
  const auto& map = vocColormap();
  cv::Mat out(ids.size(), CV_8UC3);
  for (int y = 0; y < ids.rows; ++y) {
    const auto* in = ids.ptr<std::uint8_t>(y);
    auto* o = out.ptr<cv::Vec3b>(y);
    for (int x = 0; x < ids.cols; ++x) {
      const cv::Vec3b rgb = map[in[x]];
      o[x] = cv::Vec3b(rgb[2], rgb[1], rgb[0]);
    }
  }
  return out;
}

cv::Mat greyFromL(const torch::Tensor& l) {
  cv::Mat f = tensorToMat(l), grey, bgr;
  f.convertTo(grey, CV_8U, 127.5, 127.5);
  cv::cvtColor(grey, bgr, cv::COLOR_GRAY2BGR);
  return bgr;
}

cv::Mat textCard(const std::vector<std::string>& lines, int side, const cv::Scalar& colour) {
  cv::Mat card(side, 2 * side, CV_8UC3, cv::Scalar(32, 32, 32));
  const double scale = std::max(0.3, side / 256.0);
  const int step = std::max(10, int(22 * scale + 0.5));
  int y = step;
  for (const auto& line : lines) {
    if (y > side - 2) break;
    cv::putText(card, line, {4, y}, cv::FONT_HERSHEY_SIMPLEX, scale * 0.6, colour, 1, cv::LINE_AA);
    y += step;
  }
  return card;
}

cv::Mat previewGrid(const std::vector<cv::Mat>& grey, const std::vector<cv::Mat>& prediction,
                    const std::vector<cv::Mat>& truth, int side) {
  std::vector<cv::Mat> rows;
  for (std::size_t i = 0; i < grey.size(); ++i) {
    std::vector<cv::Mat> cells;
    for (const cv::Mat* m : {&grey[i], &prediction[i], &truth[i]}) {
      cv::Mat scaled;
      const double f = double(side) / m->rows;
      cv::resize(*m, scaled, cv::Size(std::max(1, int(m->cols * f + 0.5)), side), 0, 0, cv::INTER_NEAREST);
      cells.push_back(scaled);
      cells.push_back(cv::Mat(side, 4, CV_8UC3, cv::Scalar(255, 255, 255)));
    }
    cells.pop_back();
    cv::Mat row;
    cv::hconcat(cells, row);
    rows.push_back(row);
    rows.push_back(cv::Mat(4, row.cols, CV_8UC3, cv::Scalar(255, 255, 255)));
  }
  if (rows.empty()) return {};
  rows.pop_back();
  cv::Mat grid;
  cv::vconcat(rows, grid);
  return grid;
}

}  // namespace colorproxy
