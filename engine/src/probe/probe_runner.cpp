#include "colorproxy/probe/probe_runner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/thread_count.h"
#include "colorproxy/data/joint_transform.h"
#include "colorproxy/eval/knn_probe.h"
#include "colorproxy/eval/multilabel_evaluator.h"
#include "colorproxy/eval/paired_statistics.h"
#include "colorproxy/probe/linear_probe.h"
#include "finetune/finetune_data.h"
#include "finetune/finetune_pretrained.h"
#include "models/weight_init.h"
#include "models/weight_transfer.h"
#include "probe/probe_common.h"
#include "probe/probe_features.h"
#include "probe/probe_figure.h"

namespace colorproxy {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

/// Holds the encoder under the name "encoder", so a generator's encoder.* tensors transfer by name.
struct ProbeEncoderImpl : torch::nn::Module {
  ProbeEncoderImpl(int64_t ngf, int64_t numDowns)
      : encoder(register_module("encoder", UNetEncoder(UNetEncoderOptions(1).ngf(ngf).numDowns(numDowns)))) {}
  UNetEncoder encoder;
};
TORCH_MODULE(ProbeEncoder);

double meanAP(const cv::Mat& scores, const cv::Mat& labels) {
  cv::Mat truth;
  labels.convertTo(truth, CV_64F);
  return evaluateMultilabel(scores, truth).meanAveragePrecision;
}

/// One arm's encoder and its cached features.
class ArmFeatures {
 public:
  ArmFeatures(const fs::path& cacheDir, json identity, const std::vector<ProbeLevelShape>& levels)
      : m_cache(cacheDir, std::move(identity)), m_levels(levels) {}

  // The features of every split, from the cache or computed with `encoder`.
  bool compute(UNetEncoder& encoder, const FinetuneData& data, const LoaderOptions& lo, StopToken& stop,
               const std::function<void(const std::string&)>& log) {
    const std::vector<std::pair<std::string, const std::vector<Sample>*>> splits = {
        {"train", &data.train}, {"val", &data.val}, {"test", &data.test}};
    for (const auto& [name, samples] : splits) {
      if (auto cached = m_cache.load(name, m_levels)) {
        m_splits[name] = std::move(*cached);
        continue;
      }
      cachedAll = false;
      const auto t0 = std::chrono::steady_clock::now();
      ProbeSplitFeatures f = extractProbeFeatures(encoder, *samples, lo, data.classCount(), m_levels, stop);
      if (stop.stopRequested()) return false;
      m_cache.store(name, m_levels, f);
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      char buf[64];
      std::snprintf(buf, sizeof buf, " in %.1f s", s);
      log("  features of " + std::to_string(f.images.size()) + " " + name + " images" + buf + " -> " +
          m_cache.dir().string());
      m_splits[name] = std::move(f);
    }
    return true;
  }

  const ProbeSplitFeatures& split(const std::string& name) const { return m_splits.at(name); }
  bool cachedAll = true;

 private:
  ProbeFeatureCache m_cache;
  std::vector<ProbeLevelShape> m_levels;
  std::map<std::string, ProbeSplitFeatures> m_splits;
};

void writeReport(const ProbeConfig& c, const ProbeReport& r) {
  json levels = json::array();
  for (const auto& l : r.levels)
    levels.push_back({{"level", l.level},
                      {"channels", l.channels},
                      {"spatial", l.spatial},
                      {"grid", l.grid},
                      {"features", l.features}});
  json scores = json::array();
  std::ostringstream csv;
  csv << "arm,seed,level,channels,grid,features,linear_map,linear_map_voc07,linear_map_vocall,best_epoch,knn_"
         "map\n";
  for (const auto& s : r.scores) {
    scores.push_back({{"arm", s.arm},
                      {"seed", s.seed},
                      {"level", s.level},
                      {"linear_mAP", probeNumber(s.linearMeanAP)},
                      {"linear_mAP_voc07", probeNumber(s.linearMeanAPVoc07)},
                      {"linear_mAP_vocall", probeNumber(s.linearMeanAPVocAll)},
                      {"best_epoch", s.bestEpoch},
                      {"knn_mAP", probeNumber(s.knnMeanAP)}});
    const auto& l =
        *std::find_if(r.levels.begin(), r.levels.end(), [&](auto& x) { return x.level == s.level; });
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s,%d,%d,%d,%d,%lld,%.6f,%.6f,%.6f,%d,%.6f\n", s.arm.c_str(), s.seed,
                  s.level, l.channels, l.grid, static_cast<long long>(l.features), s.linearMeanAP,
                  s.linearMeanAPVoc07, s.linearMeanAPVocAll, s.bestEpoch, s.knnMeanAP);
    csv << buf;
  }
  json summaries = json::array();
  for (const auto& s : r.summaries)
    summaries.push_back(
        {{"arm", s.arm},
         {"level", s.level},
         {"seeds", s.seeds},
         {"linear_mAP",
          {{"mean", probeNumber(s.linearMean)},
           {"ci95", {probeNumber(s.linearLow), probeNumber(s.linearHigh)}}}},
         {"knn_mAP",
          {{"mean", probeNumber(s.knnMean)}, {"ci95", {probeNumber(s.knnLow), probeNumber(s.knnHigh)}}}}});
  const json report = {
      {"kind", "probe"},
      {"model", c.model},
      {"model_file", r.modelFile},
      {"encoder", {{"ngf", r.ngf}, {"numDowns", r.numDowns}, {"imageSize", r.imageSize}}},
      {"data",
       {{"path", c.data.dataPath.string()},
        {"train_images", r.trainImages},
        {"val_images", r.valImages},
        {"test_images", r.testImages},
        {"classes", r.classNames}}},
      {"protocol",
       {{"normalisation", "encoder in eval mode (batch norms use their running statistics), no gradients"},
        {"pooling", "adaptive average pooling of each level's activation to grid x grid, grid = round(sqrt(" +
                        std::to_string(c.featureBudget) + " / channels)) clamped to the level's side"},
        {"features", "z-scored with the training split's per-feature mean and std"},
        {"linear",
         {{"loss", "masked binary cross-entropy + L2"},
          {"optimizer", "Adam"},
          {"lr", c.lr},
          {"weight_decay", c.weightDecay},
          {"epochs", c.epochs},
          {"batch", c.batchSize},
          {"selection", "epoch of best validation mAP"}}},
        {"knn", {{"k", c.knnK}, {"similarity", "cosine, similarity-weighted votes"}}},
        {"metric", "test mAP, step-sum AP over classes with a positive (VOC variants in probe.csv)"},
        {"interval", "95 % Student-t interval of the mean over seeds"}}},
      {"levels", levels},
      {"scores", scores},
      {"summaries", summaries},
      {"chance_mAP", probeNumber(r.chanceMeanAP)},
      {"seconds", r.seconds}};
  writeFileAtomically(c.outDir / "probe.json", report.dump(2) + "\n");
  writeFileAtomically(c.outDir / "probe.csv", csv.str());

  std::ostringstream md;
  md << "# Representation probes\n\nModel: `" << c.model << "` (ngf " << r.ngf << ", " << r.numDowns
     << " levels, " << r.imageSize << " px). Data: `" << c.data.dataPath.string() << "`: " << r.trainImages
     << " train, " << r.valImages << " validation, " << r.testImages << " test images, "
     << r.classNames.size() << " classes. " << c.seeds
     << " seed(s); test mAP, mean [95 % t-interval]; chance level (a constant score) "
     << fixed3(r.chanceMeanAP) << ".\n\n"
     << "| level | features (channels x grid²) | probe | random init | pretrained |\n|---|---|---|---|---|\n";
  const auto find = [&](const std::string& arm, int level) -> const ProbeSummary* {
    for (const auto& s : r.summaries)
      if (s.arm == arm && s.level == level) return &s;
    return nullptr;
  };
  const auto cell = [](const ProbeSummary* s, bool linear) {
    if (!s) return std::string("–");
    const double m = linear ? s->linearMean : s->knnMean, lo = linear ? s->linearLow : s->knnLow,
                 hi = linear ? s->linearHigh : s->knnHigh;
    return fixed3(m) + (std::isfinite(lo) ? " [" + fixed3(lo) + ", " + fixed3(hi) + "]" : std::string());
  };
  for (const auto& l : r.levels) {
    const std::string shape = std::to_string(l.features) + " (" + std::to_string(l.channels) + " x " +
                              std::to_string(l.grid) + "²)";
    md << "| " << l.level << " | " << shape << " | linear | " << cell(find("random", l.level), true) << " | "
       << cell(find("pretrained", l.level), true) << " |\n";
    md << "| " << l.level << " | " << shape << " | k-NN | " << cell(find("random", l.level), false) << " | "
       << cell(find("pretrained", l.level), false) << " |\n";
  }
  writeFileAtomically(c.outDir / "probe.md", md.str());
}

}  // namespace

ProbeReport runProbes(const ProbeConfig& config, const std::function<void(const std::string&)>& log,
                      StopToken& stop) {
  config.validate();
  const auto start = std::chrono::steady_clock::now();
  FinetuneConfig dc = config.data;
  dc.task = DownstreamTask::Classification;
  at::set_num_threads(resolveThreadCount(dc.threads));

  ProbeReport report;
  report.outDir = config.outDir;
  ProbeSubject subject = loadProbeSubject(config);
  std::optional<PretrainedGenerator>& generator = subject.generator;
  const int ngf = subject.ngf, numDowns = subject.numDowns, imageSize = subject.imageSize;
  if (generator) report.modelFile = generator->file.string();
  std::vector<ProbeLevelShape> levels = probeLevelShapes(ngf, numDowns, imageSize, config.featureBudget);
  if (!config.levels.empty()) {
    std::vector<ProbeLevelShape> chosen;
    for (const int l : config.levels) {
      if (l >= numDowns)
        throw std::invalid_argument("probe: level " + std::to_string(l) +
                                    " does not exist; this encoder has levels 0.." +
                                    std::to_string(numDowns - 1));
      if (std::none_of(chosen.begin(), chosen.end(), [&](auto& s) { return s.level == l; }))
        chosen.push_back(levels[std::size_t(l)]);
    }
    std::sort(chosen.begin(), chosen.end(), [](auto& a, auto& b) { return a.level < b.level; });
    levels = chosen;
  }
  report.ngf = ngf;
  report.numDowns = numDowns;
  report.imageSize = imageSize;
  report.levels = levels;

  dc.imageSize = imageSize;
  const FinetuneData data = loadFinetuneData(dc);
  for (const auto& n : data.notes) log(n);
  report.classNames = data.classNames;
  report.trainImages = data.train.size();
  report.valImages = data.val.size();
  report.testImages = data.test.size();
  log("probing " + std::to_string(levels.size()) + " level(s) on " + std::to_string(data.train.size()) +
      " train / " + std::to_string(data.val.size()) + " validation / " + std::to_string(data.test.size()) +
      " test images (" + data.trainSource + " / " + data.valSource + " / " + data.testSource + "), " +
      std::to_string(data.classCount()) + " classes");

  LoaderOptions lo;
  lo.batchSize = 16;
  lo.threads = dc.loaderWorkers;
  lo.transform = TransformOptions::resizeOnly(imageSize);
  lo.policy = dc.badFilePolicy;
  fs::create_directories(config.outDir);

  json baseIdentity = {{"imageSize", imageSize},
                       {"ngf", ngf},
                       {"numDowns", numDowns},
                       {"featureBudget", config.featureBudget},
                       {"normalisation", "eval"},
                       {"train", sampleListHash(data.train)},
                       {"val", sampleListHash(data.val)},
                       {"test", sampleListHash(data.test)},
                       {"labelView", dc.labelView},
                       {"vocDifficult", dc.vocDifficult}};

  struct Arm {
    std::string name;
    bool perSeed;
  };
  std::vector<Arm> arms;
  if (config.baseline) arms.push_back({"random", true});
  if (generator) arms.push_back({"pretrained", false});

  std::map<std::pair<std::string, int>, std::vector<double>> linearBy, knnBy;
  for (const Arm& arm : arms) {
    std::optional<ArmFeatures> shared;
    for (int seed = 1; seed <= config.seeds; ++seed) {
      std::optional<ArmFeatures> own;
      ArmFeatures* features = nullptr;
      if (!arm.perSeed && shared) {
        features = &*shared;
      } else {
        json identity = baseIdentity;
        identity["arm"] = arm.name;
        fs::path dir = config.outDir / "features" / arm.name;
        if (arm.perSeed) {
          identity["seed"] = seed;
          dir = config.outDir / "features" / (arm.name + "-seed" + std::to_string(seed));
        } else {
          std::error_code ec;
          identity["model"] = generator->file.string();
          identity["modelBytes"] = std::uintmax_t(fs::file_size(generator->file, ec));
          identity["modelTime"] =
              int64_t(fs::last_write_time(generator->file, ec).time_since_epoch().count());
          identity["entry"] = generator->entry;
        }
        torch::manual_seed(seed);
        ProbeEncoder encoder(ngf, numDowns);
        if (arm.perSeed)
          initPix2PixWeights(*encoder);
        else
          transferWeights(generator->state, *encoder, {"encoder."}, {});
        log(arm.name + (arm.perSeed ? " encoder, seed " + std::to_string(seed) : " encoder") + ":");
        auto& slot = arm.perSeed ? own : shared;
        slot.emplace(dir, identity, levels);
        if (!slot->compute(encoder->encoder, data, lo, stop, log)) return report;
        if (slot->cachedAll) log("  features read from the cache " + dir.string());
        features = &*slot;
      }
      const ProbeSplitFeatures& tr = features->split("train");
      const ProbeSplitFeatures& va = features->split("val");
      const ProbeSplitFeatures& te = features->split("test");
      // The chance level: one score for every image and class gives each class its test prevalence as AP.
      if (report.scores.empty())
        report.chanceMeanAP = meanAP(cv::Mat(te.labels.size(), CV_64F, cv::Scalar(0.5)), te.labels);
      for (std::size_t i = 0; i < levels.size(); ++i) {
        if (!stop.checkpoint()) return report;
        LinearProbeOptions po;
        po.epochs = config.epochs;
        po.batchSize = config.batchSize;
        po.lr = config.lr;
        po.weightDecay = config.weightDecay;
        po.seed = std::uint64_t(seed);
        const LinearProbeResult lr =
            trainLinearProbe(tr.levels[i], tr.labels, va.levels[i], va.labels, te.levels[i], po);
        cv::Mat truth;
        te.labels.convertTo(truth, CV_64F);
        const MultilabelReport mr = evaluateMultilabel(lr.testScores, truth);
        ProbeScore s;
        s.arm = arm.name;
        s.level = levels[i].level;
        s.seed = seed;
        s.linearMeanAP = mr.meanAveragePrecision;
        s.linearMeanAPVoc07 = mr.meanAveragePrecisionVoc07;
        s.linearMeanAPVocAll = mr.meanAveragePrecisionVocAll;
        s.bestEpoch = lr.bestEpoch;
        s.cached = features->cachedAll;
        // k-NN on the same z-scored features; deterministic, so a seed-independent encoder scores it once.
        const ProbeScore* earlier = nullptr;
        if (!arm.perSeed)
          for (const auto& e : report.scores)
            if (e.arm == arm.name && e.level == s.level) earlier = &e;
        if (earlier) {
          s.knnMeanAP = earlier->knnMeanAP;
        } else {
          cv::Mat mean, sd;
          featureMoments(tr.levels[i], mean, sd);
          KnnProbeOptions ko;
          ko.k = config.knnK;
          s.knnMeanAP = meanAP(knnProbeScores(standardizeFeatures(tr.levels[i], mean, sd), tr.labels,
                                              standardizeFeatures(te.levels[i], mean, sd), ko),
                               te.labels);
        }
        log("  level " + std::to_string(s.level) + " seed " + std::to_string(seed) + ": linear mAP " +
            fixed3(s.linearMeanAP) + " (epoch " + std::to_string(s.bestEpoch) + "), k-NN mAP " +
            fixed3(s.knnMeanAP));
        linearBy[{arm.name, s.level}].push_back(s.linearMeanAP);
        knnBy[{arm.name, s.level}].push_back(s.knnMeanAP);
        report.scores.push_back(s);
      }
    }
  }
  for (const Arm& arm : arms)
    for (const auto& l : levels) {
      ProbeSummary s;
      s.arm = arm.name;
      s.level = l.level;
      s.seeds = config.seeds;
      meanInterval(linearBy[{arm.name, l.level}], s.linearMean, s.linearLow, s.linearHigh);
      if (arm.perSeed)
        meanInterval(knnBy[{arm.name, l.level}], s.knnMean, s.knnLow, s.knnHigh);
      else
        s.knnMean = knnBy[{arm.name, l.level}].front(), s.knnLow = s.knnHigh = std::nan("");
      report.summaries.push_back(s);
    }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  writeReport(config, report);
  writeProbeFigure(config.outDir / "probe.png", report);
  return report;
}

}  // namespace colorproxy
