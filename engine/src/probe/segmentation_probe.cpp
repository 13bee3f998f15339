#include "colorproxy/probe/segmentation_probe.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/thread_count.h"
#include "colorproxy/data/batch_loader.h"
#include "colorproxy/data/joint_transform.h"
#include "colorproxy/eval/confusion_matrix.h"
#include "finetune/finetune_batch.h"
#include "finetune/finetune_data.h"
#include "finetune/finetune_pretrained.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "models/weight_transfer.h"
#include "probe/probe_common.h"

namespace colorproxy {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int64_t kIgnoredId = FinetuneData::kIgnoreId;

/// The decoder's last features and the masks of one split.
struct DecoderFeatures {
  torch::Tensor features;  ///< float32 [N, C, h, w]
  torch::Tensor masks;     ///< int64 [N, H, W], kIgnoredId = unlabelled
};

DecoderFeatures extractDecoderFeatures(UNetGenerator& g, const std::vector<Sample>& samples,
                                       const LoaderOptions& loader, const FinetuneData& data,
                                       StopToken& stop) {
  LoaderOptions lo = loader;
  lo.shuffle = false;
  lo.epochs = 1;
  lo.loadMasks = true;
  lo.maskLut = data.maskLut;
  lo.keepGrayscale = true;
  BatchLoader batches(samples, lo, data.maskSpec);
  torch::NoGradGuard noGrad;
  g->eval();
  std::vector<torch::Tensor> features, masks;
  while (auto batch = batches.next()) {
    if (!stop.checkpoint()) break;
    const FinetuneBatch b = toFinetuneBatch(*batch, true, data.classCount());
    features.push_back(g->decoder->outputLayerInput(g->encoder->forward(b.l)).contiguous());
    masks.push_back(b.masks);
  }
  if (features.empty()) return {};
  return {torch::cat(features), torch::cat(masks)};
}

/// The probe's class ids for features `f` [N, C, h, w] at the masks' size H x W.
torch::Tensor predictLogits(const torch::Tensor& f, const torch::Tensor& w, const torch::Tensor& b,
                            int64_t height, int64_t width) {
  torch::Tensor logits = torch::conv2d(f, w, b);
  if (logits.size(2) != height || logits.size(3) != width)
    logits = torch::upsample_bilinear2d(logits, {height, width}, /*align_corners=*/false);
  return logits;
}

SegmentationReport scoreMasks(const torch::Tensor& prediction, const torch::Tensor& masks, int classCount) {
  ConfusionMatrix cm(classCount, int(kIgnoredId));
  const torch::Tensor p = prediction.to(torch::kUInt8).contiguous();
  const torch::Tensor t = masks.to(torch::kUInt8).contiguous();
  for (int64_t i = 0; i < p.size(0); ++i) {
    const cv::Mat pm(int(p.size(1)), int(p.size(2)), CV_8U, p[i].data_ptr<std::uint8_t>());
    const cv::Mat tm(int(t.size(1)), int(t.size(2)), CV_8U, t[i].data_ptr<std::uint8_t>());
    cm.add(pm, tm);
  }
  return cm.report();
}

SegmentationReport evaluateProbe(const DecoderFeatures& s, const torch::Tensor& w, const torch::Tensor& b,
                                 int classCount) {
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> parts;
  for (int64_t i = 0; i < s.features.size(0); i += 16) {
    const auto f = s.features.narrow(0, i, std::min<int64_t>(16, s.features.size(0) - i));
    parts.push_back(predictLogits(f, w, b, s.masks.size(1), s.masks.size(2)).argmax(1));
  }
  return scoreMasks(torch::cat(parts), s.masks, classCount);
}

struct SegmentationFit {
  SegmentationReport test;
  double valMeanIoU = std::nan("");
  int bestEpoch = 0;
};

/// Trains the 1x1 convolution on standardised training features and scores the test split with the
/// weights of the epoch of best validation mIoU.
std::optional<SegmentationFit> fitSegmentationProbe(const DecoderFeatures& train, const DecoderFeatures& val,
                                                    const DecoderFeatures& test, int classCount,
                                                    const ProbeConfig& c, int seed, StopToken& stop) {
  const int64_t channels = train.features.size(1);
  at::Generator gen = at::detail::createCPUGenerator(std::uint64_t(seed));
  torch::Tensor w = torch::randn({classCount, channels, 1, 1}, gen, torch::kFloat) * 0.01;
  torch::Tensor b = torch::zeros({classCount});
  w.set_requires_grad(true);
  b.set_requires_grad(true);
  torch::optim::Adam adam({w, b}, torch::optim::AdamOptions(c.lr));
  const int64_t n = train.features.size(0), batch = std::min<int64_t>(c.batchSize, 16);
  auto options = torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnoredId);
  SegmentationFit fit;
  torch::Tensor bestW = w.detach().clone(), bestB = b.detach().clone();
  double best = -1.0;
  for (int epoch = 1; epoch <= c.epochs; ++epoch) {
    if (!stop.checkpoint()) return std::nullopt;
    const torch::Tensor order = torch::randperm(n, gen, torch::kLong);
    for (int64_t i = 0; i < n; i += batch) {
      const auto idx = order.narrow(0, i, std::min(batch, n - i));
      const auto f = train.features.index_select(0, idx);
      const auto m = train.masks.index_select(0, idx);
      if (!m.ne(kIgnoredId).any().item<bool>()) continue;  // nothing labelled: no gradient
      const auto logits = predictLogits(f, w, b, m.size(1), m.size(2));
      const auto loss =
          torch::nn::functional::cross_entropy(logits, m, options) + c.weightDecay * w.pow(2).sum();
      adam.zero_grad();
      loss.backward();
      adam.step();
    }
    if (val.features.defined() && val.features.size(0) > 0) {
      const double v = evaluateProbe(val, w.detach(), b.detach(), classCount).meanIoU;
      if (std::isfinite(v) && v > best) {
        best = v;
        fit.valMeanIoU = v;
        fit.bestEpoch = epoch;
        bestW = w.detach().clone();
        bestB = b.detach().clone();
      }
    }
  }
  if (fit.bestEpoch == 0) {  // no validation split (or never a finite score): the last epoch
    fit.bestEpoch = c.epochs;
    bestW = w.detach().clone();
    bestB = b.detach().clone();
  }
  fit.test = evaluateProbe(test, bestW, bestB, classCount);
  return fit;
}

void writeSegmentationReport(const ProbeConfig& c, const SegmentationProbeReport& r) {
  json scores = json::array(), summaries = json::array();
  for (const auto& s : r.scores)
    scores.push_back({{"arm", s.arm},
                      {"seed", s.seed},
                      {"test_mIoU", probeNumber(s.testMeanIoU)},
                      {"test_pixel_accuracy", probeNumber(s.testPixelAccuracy)},
                      {"val_mIoU", probeNumber(s.valMeanIoU)},
                      {"best_epoch", s.bestEpoch}});
  for (const auto& s : r.summaries)
    summaries.push_back(
        {{"arm", s.arm},
         {"seeds", s.seeds},
         {"test_mIoU",
          {{"mean", probeNumber(s.mean)}, {"ci95", {probeNumber(s.low), probeNumber(s.high)}}}}});
  const json report = {
      {"kind", "probe"},
      {"task", "segmentation"},
      {"model", c.model},
      {"model_file", r.modelFile},
      {"network", {{"ngf", r.ngf}, {"numDowns", r.numDowns}, {"imageSize", r.imageSize}}},
      {"features",
       {{"what", "the decoder's last features: ReLU of the concatenation the output layer reads"},
        {"channels", r.featureChannels},
        {"side", r.featureSide},
        {"dtype", "float32, standardised per channel with the training split's mean and std"}}},
      {"data",
       {{"path", c.data.dataPath.string()},
        {"train_images", r.trainImages},
        {"val_images", r.valImages},
        {"test_images", r.testImages},
        {"classes", r.classNames}}},
      {"protocol",
       {{"normalisation", "network in eval mode (batch norms use their running statistics), no gradients"},
        {"probe", "1x1 convolution, logits upsampled bilinearly to the mask size"},
        {"loss", "cross-entropy over labelled pixels + L2 on the weights"},
        {"optimizer", "Adam"},
        {"lr", c.lr},
        {"weight_decay", c.weightDecay},
        {"epochs", c.epochs},
        {"batch", std::min(c.batchSize, 16)},
        {"selection", "epoch of best validation mIoU"},
        {"metric", "test mIoU at the network's input size (masks resized with nearest neighbour)"},
        {"interval", "95 % Student-t interval of the mean over seeds"}}},
      {"scores", scores},
      {"summaries", summaries},
      {"majority_mIoU", probeNumber(r.majorityMeanIoU)},
      {"seconds", r.seconds}};
  fs::create_directories(c.outDir);
  writeFileAtomically(c.outDir / "probe-segmentation.json", report.dump(2) + "\n");

  std::ostringstream md;
  md << "# Segmentation probe\n\nModel: `" << c.model << "` (ngf " << r.ngf << ", " << r.numDowns
     << " levels, " << r.imageSize << " px). A 1x1 convolution on the frozen decoder's last features ("
     << r.featureChannels << " channels at " << r.featureSide << "x" << r.featureSide << "). Data: `"
     << c.data.dataPath.string() << "`: " << r.trainImages << " train, " << r.valImages << " validation, "
     << r.testImages << " test images, " << r.classNames.size()
     << " classes. Test mIoU, mean [95 % t-interval] over " << c.seeds
     << " seed(s); predicting the most frequent class everywhere gives " << fixed3(r.majorityMeanIoU)
     << ".\n\n| arm | test mIoU | seeds |\n|---|---|---|\n";
  for (const auto& s : r.summaries)
    md << "| " << s.arm << " | " << fixed3(s.mean)
       << (std::isfinite(s.low) ? " [" + fixed3(s.low) + ", " + fixed3(s.high) + "]" : std::string()) << " | "
       << s.seeds << " |\n";
  writeFileAtomically(c.outDir / "probe-segmentation.md", md.str());
}

}  // namespace

SegmentationProbeReport runSegmentationProbe(const ProbeConfig& config,
                                             const std::function<void(const std::string&)>& log,
                                             StopToken& stop) {
  config.validate();
  const auto start = std::chrono::steady_clock::now();
  FinetuneConfig dc = config.data;
  dc.task = DownstreamTask::Segmentation;
  at::set_num_threads(resolveThreadCount(dc.threads));

  SegmentationProbeReport report;
  report.outDir = config.outDir;
  ProbeSubject subject = loadProbeSubject(config);
  std::optional<PretrainedGenerator>& generator = subject.generator;
  const int ngf = subject.ngf, numDowns = subject.numDowns, imageSize = subject.imageSize;
  int64_t outChannels = 2, outputStride = 1;
  if (generator) {
    report.modelFile = generator->file.string();
    if (const torch::Tensor* head = generator->state.find("decoder.head.weight")) {
      outputStride = 4;
      outChannels = head->size(0);
    } else if (const torch::Tensor* up0 = generator->state.find("decoder.up0.conv.weight")) {
      outChannels = up0->size(1);
    } else {
      throw std::invalid_argument("probe: '" + generator->file.string() +
                                  "' holds no U-Net decoder (decoder.up0 or decoder.head); the segmentation "
                                  "probe reads a whole colorization generator, not an encoder alone");
    }
  }
  if (imageSize % (1 << numDowns) != 0)
    throw std::invalid_argument("probe: image size " + std::to_string(imageSize) +
                                " must be a multiple of 2^numDowns = " + std::to_string(1 << numDowns));
  report.ngf = ngf;
  report.numDowns = numDowns;
  report.imageSize = imageSize;
  report.featureChannels = (outputStride == 4 ? 4 : 2) * ngf;
  report.featureSide = imageSize / (outputStride == 4 ? 4 : 2);

  dc.imageSize = imageSize;
  const FinetuneData data = loadFinetuneData(dc);
  for (const auto& n : data.notes) log(n);
  report.classNames = data.classNames;
  report.trainImages = data.train.size();
  report.valImages = data.val.size();
  report.testImages = data.test.size();
  log("segmentation probe on " + std::to_string(data.train.size()) + " train / " +
      std::to_string(data.val.size()) + " validation / " + std::to_string(data.test.size()) +
      " test images (" + data.trainSource + " / " + data.valSource + " / " + data.testSource + "), " +
      std::to_string(data.classCount()) + " classes; features " + std::to_string(report.featureChannels) +
      " x " + std::to_string(report.featureSide) + "²");

  LoaderOptions lo;
  lo.batchSize = 16;
  lo.threads = dc.loaderWorkers;
  lo.transform = TransformOptions::resizeOnly(imageSize);
  lo.policy = dc.badFilePolicy;

  struct Arm {
    std::string name;
    bool perSeed;
  };
  std::vector<Arm> arms;
  if (config.baseline) arms.push_back({"random", true});
  if (generator) arms.push_back({"pretrained", false});

  std::map<std::string, std::vector<double>> byArm;
  bool majorityDone = false;
  for (const Arm& arm : arms) {
    std::optional<std::array<DecoderFeatures, 3>> shared;
    for (int seed = 1; seed <= config.seeds; ++seed) {
      std::array<DecoderFeatures, 3> own;
      const std::array<DecoderFeatures, 3>* splits = nullptr;
      if (!arm.perSeed && shared) {
        splits = &*shared;
      } else {
        torch::manual_seed(seed);
        UNetGenerator g(UNetGeneratorOptions(1, outChannels)
                            .ngf(ngf)
                            .numDowns(numDowns)
                            .tanhOutput(false)
                            .outputStride(outputStride));
        if (arm.perSeed)
          initPix2PixWeights(*g);
        else
          transferWeights(generator->state, *g, {"encoder.", "decoder."}, {});
        log(arm.name + (arm.perSeed ? " network, seed " + std::to_string(seed) : " network") +
            ": extracting the decoder's last features");
        auto& slot = arm.perSeed ? own : shared.emplace();
        slot[0] = extractDecoderFeatures(g, data.train, lo, data, stop);
        slot[1] = extractDecoderFeatures(g, data.val, lo, data, stop);
        slot[2] = extractDecoderFeatures(g, data.test, lo, data, stop);
        if (!stop.checkpoint()) return report;
        if (!slot[0].features.defined() || !slot[2].features.defined())
          throw std::invalid_argument("probe: no readable training or test image in '" +
                                      dc.dataPath.string() + "'; check the dataset's splits and masks");
        // Standardise every channel with the training split's statistics (as the linear probes do).
        const auto [var, mean] = torch::var_mean(slot[0].features, {0, 2, 3}, false, true);
        const auto sd = torch::sqrt(var).clamp_min(1e-6);
        for (auto& s : slot)
          if (s.features.defined()) s.features = (s.features - mean) / sd;
        splits = &slot;
      }
      const auto& [train, val, test] = *splits;
      if (!majorityDone) {
        // The most frequent labelled training class, predicted everywhere.
        const auto labelled = train.masks.masked_select(train.masks.ne(kIgnoredId));
        const int64_t majority =
            labelled.numel() ? torch::bincount(labelled, {}, data.classCount()).argmax().item<int64_t>() : 0;
        report.majorityMeanIoU =
            scoreMasks(torch::full_like(test.masks, majority), test.masks, data.classCount()).meanIoU;
        majorityDone = true;
      }
      const auto fit = fitSegmentationProbe(train, val, test, data.classCount(), config, seed, stop);
      if (!fit) return report;
      SegmentationProbeScore s;
      s.arm = arm.name;
      s.seed = seed;
      s.testMeanIoU = fit->test.meanIoU;
      s.testPixelAccuracy = fit->test.pixelAccuracy;
      s.valMeanIoU = fit->valMeanIoU;
      s.bestEpoch = fit->bestEpoch;
      log("  seed " + std::to_string(seed) + ": test mIoU " + fixed3(s.testMeanIoU) + " (epoch " +
          std::to_string(s.bestEpoch) + "), pixel accuracy " + fixed3(s.testPixelAccuracy));
      byArm[arm.name].push_back(s.testMeanIoU);
      report.scores.push_back(s);
    }
  }
  for (const Arm& arm : arms) {
    SegmentationProbeSummary s;
    s.arm = arm.name;
    s.seeds = config.seeds;
    meanInterval(byArm[arm.name], s.mean, s.low, s.high);
    report.summaries.push_back(s);
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  writeSegmentationReport(config, report);
  return report;
}

}  // namespace colorproxy
