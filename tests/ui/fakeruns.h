#pragma once
// Hand-written fine-tuning run folders in the layout FinetuneTrainer writes (report.json and
// predictions/), for the Compare and Labels page tests.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace colorproxy::test {

/// Writes `dir`/report.json for a finished fine-tuning run (the fields FinetuneTrainer writes that the
/// pages read) and creates `dir`/predictions/. `trainFraction` below 1 names the run as an experiment's
/// label-fraction run ("segmentation-10pct-baseline-seed1").
inline void writeFinetuneReport(const std::filesystem::path& dir, const std::string& task,
                                const std::string& init, int seed, const std::vector<std::string>& classes,
                                const std::vector<double>& perClass = {}, double trainFraction = 1.0) {
  std::filesystem::create_directories(dir / "predictions");
  std::ofstream f(dir / "report.json");
  const std::string pct =
      trainFraction < 1.0 ? "-" + std::to_string(int(trainFraction * 100.0 + 0.5)) + "pct" : std::string();
  f << "{\n  \"kind\": \"finetune\",\n  \"completed\": true,\n  \"task\": \"" << task << "\",\n  \"init\": \""
    << init << "\",\n  \"seed\": " << seed << ",\n  \"budget\": {\"trainFraction\": " << trainFraction
    << "},\n  \"runName\": \"" << task << pct << "-" << (init == "random" ? "baseline" : "pretrained")
    << "-seed" << seed << "\",\n  \"predictions\": \"predictions\",\n  \"perClassMetric\": \""
    << (task == "segmentation" ? "IoU" : "AP")
    << "\",\n  \"data\": {\"voidName\": \"Void\"},\n  \"classes\": [";
  for (std::size_t i = 0; i < classes.size(); ++i) f << (i ? ", " : "") << "\"" << classes[i] << "\"";
  f << "],\n  \"epochs\": [],\n  \"iterationLoss\": [],\n  \"transfer\": {\"created\": [], \"skipped\": [], "
       "\"transferred\": []},\n  \"test\": {\"metrics\": {}, \"perClass\": [";
  for (std::size_t i = 0; i < perClass.size(); ++i) f << (i ? ", " : "") << perClass[i];
  f << "]}\n}\n";
}

/// A 4x4 CV_8U mask from 16 row-major ids.
inline cv::Mat mask4(std::initializer_list<int> ids) {
  cv::Mat m(4, 4, CV_8UC1);
  int i = 0;
  for (int v : ids) {
    m.at<std::uint8_t>(i / 4, i % 4) = static_cast<std::uint8_t>(v);
    ++i;
  }
  return m;
}

/// One test image of a segmentation run: its photo path, predicted ids and truth ids.
struct FakeMaskRow {
  std::string image;  ///< photo path
  cv::Mat prediction, truth;
};

/// Writes predictions/masks/, truth/ and index.csv as FinetuneTrainer does (<NNNN>-<stem>.png).
inline void writeSegmentationPredictions(const std::filesystem::path& runDir,
                                         const std::vector<FakeMaskRow>& rows) {
  const auto pred = runDir / "predictions";
  std::filesystem::create_directories(pred / "masks");
  std::filesystem::create_directories(pred / "truth");
  std::ofstream index(pred / "index.csv");
  index << "index,image,prediction,truth\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "%04zu-%s.png", i, std::filesystem::path(rows[i].image).stem().c_str());
    cv::imwrite((pred / "masks" / name).string(), rows[i].prediction);
    cv::imwrite((pred / "truth" / name).string(), rows[i].truth);
    index << i << "," << rows[i].image << ",masks/" << name << ",truth/" << name << "\n";
  }
}

}  // namespace colorproxy::test
