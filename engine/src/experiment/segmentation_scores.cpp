#include "experiment/segmentation_scores.h"

#include <map>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/csv.h"
#include "colorproxy/data/mask_reader.h"
#include "colorproxy/eval/confusion_matrix.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

cv::Mat readIds(const fs::path& file) {
  const cv::Mat ids = cv::imread(file.string(), cv::IMREAD_UNCHANGED);
  if (ids.empty() || ids.type() != CV_8UC1)
    throw std::runtime_error("cannot read the saved prediction '" + file.string() +
                             "' as an 8-bit class-id image; run the fine-tuning again to write it");
  return ids;
}

// The mask of `sample` as training ids (data.maskLut), void and unknown ids as FinetuneData::kIgnoreId.
cv::Mat annotationTruth(const Sample& sample, const FinetuneData& data) {
  const cv::Mat raw = readMask(sample.mask, data.maskSpec);
  if (data.maskLut.empty()) return raw;
  cv::Mat truth(raw.size(), CV_8UC1);
  for (int y = 0; y < raw.rows; ++y) {
    const auto* in = raw.ptr<std::uint8_t>(y);
    auto* out = truth.ptr<std::uint8_t>(y);
    for (int x = 0; x < raw.cols; ++x) out[x] = data.maskLut[in[x]];
  }
  return truth;
}

}  // namespace

std::string segmentationScoringName(SegmentationScoring scoring) {
  return scoring == SegmentationScoring::Annotation ? "annotation" : "network";
}

SegmentationScoring parseSegmentationScoring(const std::string& text) {
  if (text == "annotation") return SegmentationScoring::Annotation;
  if (text == "network") return SegmentationScoring::Network;
  throw std::invalid_argument("segmentation scoring '" + text +
                              "' is not known; use \"annotation\" (each mask's own size) or \"network\"");
}

ImageConfusions scoreSavedSegmentation(const fs::path& predictionsDir, const FinetuneData& data,
                                       SegmentationScoring scoring, int constantClass) {
  const fs::path indexFile = predictionsDir / "index.csv";
  if (!fs::exists(indexFile))
    throw std::runtime_error(
        "'" + predictionsDir.string() +
        "' holds no saved test predictions (index.csv); fine-tune with savePredictions on");
  std::map<std::string, const Sample*> byImage;
  for (const auto& s : data.test) byImage[s.image.string()] = &s;
  ImageConfusions out;
  out.classCount = data.classCount();
  const auto rows = readCsvFile(indexFile);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() < 4)
      throw std::runtime_error("'" + indexFile.string() + "' line " + std::to_string(r + 1) +
                               " has fewer than 4 columns (index,image,prediction,truth)");
    cv::Mat truth;
    if (scoring == SegmentationScoring::Annotation) {
      const auto it = byImage.find(row[1]);
      if (it == byImage.end() || !it->second->hasMask())
        throw std::runtime_error("'" + indexFile.string() + "' lists '" + row[1] +
                                 "', which is not a test image with a mask of this dataset");
      truth = annotationTruth(*it->second, data);
    } else {
      truth = readIds(predictionsDir / row[3]);
    }
    cv::Mat prediction;
    if (constantClass >= 0) {
      prediction = cv::Mat(truth.size(), CV_8UC1, cv::Scalar(constantClass));
    } else {
      prediction = readIds(predictionsDir / row[2]);
      if (prediction.size() != truth.size())
        cv::resize(prediction, prediction, truth.size(), 0, 0, cv::INTER_NEAREST_EXACT);
    }
    ConfusionMatrix m(out.classCount, FinetuneData::kIgnoreId);
    m.add(prediction, truth);
    out.images.push_back(row[1]);
    out.perImage.push_back(m.counts());
  }
  if (out.perImage.empty()) throw std::runtime_error("'" + indexFile.string() + "' lists no test image");
  return out;
}

SegmentationReport summedReport(const ImageConfusions& confusions, const std::vector<std::size_t>& images) {
  const std::size_t cells = std::size_t(confusions.classCount) * std::size_t(confusions.classCount);
  std::vector<std::uint64_t> sum(cells, 0);
  const auto add = [&](std::size_t i) {
    const auto& c = confusions.perImage.at(i);
    for (std::size_t k = 0; k < cells; ++k) sum[k] += c[k];
  };
  if (images.empty())
    for (std::size_t i = 0; i < confusions.perImage.size(); ++i) add(i);
  else
    for (std::size_t i : images) add(i);
  return reportFromCounts(confusions.classCount, sum);
}

}  // namespace colorproxy
