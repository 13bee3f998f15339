#include "pretrain/colorization_session.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>
#include <sstream>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/number_text.h"
#include "colorproxy/base/thread_count.h"
#include "colorproxy/base/time_text.h"
#include "colorproxy/color/ab_prior.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/color/lab_scaling.h"
#include "colorproxy/data/batch_loader.h"
#include "colorproxy/dist/dist_env.h"
#include "colorproxy/eval/psnr.h"
#include "colorproxy/eval/ssim.h"
#include "colorproxy/eval/summary_stats.h"
#include "colorproxy/io/resume_check.h"
#include "colorproxy/io/run_kind.h"
#include "colorproxy/io/run_status.h"
#include "colorproxy/io/trained_images.h"
#include "colorproxy/tensor/compute_threads.h"
#include "io/checkpoint.h"
#include "io/resume_checkpoint.h"
#include "models/weight_init.h"
#include "pretrain/training_hints.h"
#include "tensor/lab_batch.h"
#include "train/config_json.h"
#include "train/cpu_autocast.h"
#include "train/learning_rate_schedule.h"
#include "train/preview_picker.h"
#include "train/skipped_files.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char* const kCheckpointFormat = "colorproxy-checkpoint";
// config.json, report.json and checkpoint metadata name the run kind with this tag.
const std::string kTask = configTaskTag(RunKind::Pretraining);
// The metrics.csv column of the feature probe (ColorizationConfig::probeData).
const char* const kProbeMetric = "probe_knn_mAP";
const char* const kPriorFile = "ab_prior.json";
constexpr size_t kThroughputWindow = 20;  // iterations averaged for images/s and the ETA

json finiteOrNull(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json metricsJson(const std::map<std::string, double>& m) {
  json j = json::object();
  for (const auto& [k, v] : m) j[k] = finiteOrNull(v);
  return j;
}

torch::Device resolveDevice(const std::string& device) {
  if (device == "cpu") return torch::kCPU;
  if (device == "cuda") {
    if (!torch::cuda::is_available())
      throw std::runtime_error(
          "device 'cuda' was requested but CUDA is not available in this build or machine; "
          "use --device cpu (or auto)");
    return torch::kCUDA;
  }
  if (device == "auto")
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
  throw std::invalid_argument("unknown device '" + device + "' (expected auto, cpu or cuda)");
}

void setLr(torch::optim::Adam& opt, double lr) {
  for (auto& group : opt.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

// latest.pt as a second name of `file` (no extra disk space); a copy where hard links are not allowed.
void pointLatestAt(const fs::path& file, const fs::path& latest) {
  const fs::path tmp = latest.parent_path() / ".latest.pt.link";
  std::error_code ec;
  fs::remove(tmp, ec);
  fs::create_hard_link(file, tmp, ec);
  if (ec) {
    writeFileAtomically(
        latest, [&](const fs::path& t) { fs::copy_file(file, t, fs::copy_options::overwrite_existing); });
    return;
  }
  fs::rename(tmp, latest);
}

}  // namespace

ColorizationSession::ColorizationSession(ColorizationConfig config, TrainingObserver& observer,
                                         StopToken& stop)
    : m_config(std::move(config)), m_observer(observer), m_stop(stop) {}

ColorizationSession::ColorizationSession(const fs::path& runDir, const ResumeOptions& options,
                                         TrainingObserver& observer, StopToken& stop)
    : m_observer(observer), m_stop(stop), m_resume(true), m_resumeDir(runDir), m_resumeOptions(options) {}

void ColorizationSession::log(const std::string& line) { m_observer.onLog(line); }

double ColorizationSession::elapsedSeconds() const {
  return m_elapsedBefore + std::chrono::duration<double>(Clock::now() - m_sessionStart).count();
}

std::vector<std::string> ColorizationSession::lossNames() const {
  if (m_config.pretext == "gan") return {"G_GAN", "G_L1", "D_real", "D_fake"};
  if (m_config.pretext == "classification") return {"CE"};
  return {"L2"};
}

void ColorizationSession::flushProblems() {
  std::vector<DataProblem> fresh;
  {
    std::lock_guard<std::mutex> lock(m_problemMutex);
    fresh.assign(m_problems.begin() + long(m_problemsReported), m_problems.end());
    m_problemsReported = m_problems.size();
  }
  for (const auto& p : fresh) log("skipped: " + p.message);
}

void ColorizationSession::writeStatus(RunState state, const std::string& message) const {
  if (!m_run || !m_writer) return;
  RunStatus s;
  s.state = state;
  s.message = message;
  s.epoch = m_pos.epoch;
  s.epochs = m_config.epochs;
  s.iteration = m_pos.iteration;
  s.totalIterations = m_batchesPerEpoch * m_config.epochs;
  writeRunStatus(m_run->statusFile(), s);
}

void ColorizationSession::writeConfigJson() const {
  if (!m_writer) return;
  json j = {{"task", kTask},
            {"engineVersion", COLORPROXY_VERSION},
            {"createdAt", m_createdAt},
            {"seed", m_config.seed},
            {"primaryMetric", "val_psnr"},
            {"primaryMetricHigherIsBetter", true},
            {"device", m_device.is_cuda() ? "cuda" : "cpu"},
            {"threads", m_threads},
            {"dataset",
             {{"path", fs::absolute(m_config.dataPath).string()},
              {"layout", m_data.dataset.layout},
              {"description", m_data.description},
              {"trainImages", m_data.train.size()},
              {"valImages", m_data.val.size()},
              {"fingerprint", m_data.fingerprint}}},
            {"settings", configToJson(m_config)}};
  if (m_dist)
    j["distributed"] = {{"worldSize", m_dist->size()},
                        {"backend", m_dist->backend()},
                        {"launcher", m_dist->env().launcher},
                        {"batchPerRank", m_config.batchSize},
                        {"globalBatch", m_config.batchSize * m_dist->size()},
                        {"syncBatchNorm", bool(m_syncBatchNorm)}};
  writeFileAtomically(m_run->configFile(), j.dump(2) + "\n");
}

void ColorizationSession::buildNetworks() {
  // Everything random in a run derives from the seed: initial weights here, dropout masks later from the
  // same generator (saved in checkpoints), shuffling and augmentation from the loader's own streams.
  torch::manual_seed(m_config.seed);
  m_spec = ColorizationModelSpec::fromSettings(configToJson(m_config));
  m_g = makeColorizationGenerator(m_spec);
  initPix2PixWeights(*m_g);
  m_g->to(m_device);
  const auto adam = torch::optim::AdamOptions(m_config.lr).betas({m_config.beta1, m_config.beta2});
  m_optG = std::make_unique<torch::optim::Adam>(m_g->parameters(), adam);
  if (m_config.pretext == "gan") {
    // The discriminator judges (generator input, ab) pairs, as pix2pix conditions it on the whole input A.
    m_d = PatchDiscriminator(PatchDiscriminatorOptions(m_spec.inChannels() + 2)
                                 .ndf(m_config.ndf)
                                 .variant(m_config.discriminator == "paper16" ? PatchVariant::Strided16
                                                                              : PatchVariant::Receptive70));
    initPix2PixWeights(*m_d);
    m_d->to(m_device);
    m_optD = std::make_unique<torch::optim::Adam>(m_d->parameters(), adam);
  }
}

void ColorizationSession::loadCheckpoint(const fs::path& file) {
  CheckpointReader reader(file);
  json meta;
  try {
    meta = json::parse(reader.meta());
  } catch (const std::exception& e) {
    throw std::runtime_error("checkpoint '" + file.string() + "' has unreadable metadata: " + e.what());
  }
  if (meta.value("task", "") != kTask)
    throw std::runtime_error("checkpoint '" + file.string() + "' is not a colorization checkpoint (task '" +
                             meta.value("task", "") + "')");
  reader.loadModule("generator", *m_g);
  reader.loadOptimizer("optimizerG", *m_optG);
  if (m_d) {
    reader.loadModule("discriminator", *m_d);
    reader.loadOptimizer("optimizerD", *m_optD);
  }
  restoreCpuRngState(reader.tensor("rngCpu"));
  const json& pos = meta.at("position");
  m_pos.epoch = pos.at("epoch").get<int64_t>();
  m_pos.batch = pos.at("batch").get<int64_t>();
  m_pos.iteration = pos.at("iteration").get<int64_t>();
  // Each rank's share of an epoch depends on the number of ranks, so a run stopped mid-epoch resumes
  // exactly only with as many processes as it had.
  const int savedWorld = meta.value("worldSize", 1), world = m_dist ? m_dist->size() : 1;
  if (savedWorld != world && m_pos.batch != 0)
    throw std::runtime_error(
        "'" + file.string() + "' was saved in the middle of epoch " + std::to_string(m_pos.epoch + 1) +
        " by " + std::to_string(savedWorld) + " process(es); resume it with " + std::to_string(savedWorld) +
        " (this is " + std::to_string(world) + "): each process's share of an epoch depends on the count");
  if (savedWorld != world)
    log("continuing with " + std::to_string(world) + " process(es) (the run had " +
        std::to_string(savedWorld) + "): the epochs' shares change from here");
  seedRanks(&reader);
  m_elapsedBefore = meta.value("elapsedSeconds", 0.0);
  m_createdAt = meta.value("createdAt", std::string());
  const json metrics = meta.value("metrics", json::object());  // items() must not outlive its object
  for (const auto& [k, v] : metrics.items())
    if (v.is_number()) m_lastMetrics[k] = v.get<double>();
  if (meta.contains("bestPsnr") && meta["bestPsnr"].is_number()) {
    m_bestPsnr = meta["bestPsnr"].get<double>();
    m_bestEpoch = meta.value("bestEpoch", int64_t{0});
  }
}

void ColorizationSession::prepare() {
  m_sessionStart = Clock::now();
  json resumeMeta;
  fs::path checkpointFile;
  if (m_resume) {
    RunFolder run(m_resumeDir);
    checkResumable(run, RunKind::Pretraining);
    const ResumeCheckpoint from = openResumeCheckpoint(run);
    checkpointFile = from.file;
    if (!from.fallback.empty()) log(from.fallback);
    resumeMeta = json::parse(from.meta);
    if (resumeMeta.value("task", "") != kTask)
      throw std::runtime_error("'" + checkpointFile.string() + "' is not a colorization checkpoint");
    m_config = configFromJson<ColorizationConfig>(resumeMeta.at("settings"));
    if (m_resumeOptions.epochs) m_config.epochs = *m_resumeOptions.epochs;
    if (m_resumeOptions.epochsDecay) m_config.epochsDecay = *m_resumeOptions.epochsDecay;
    if (m_resumeOptions.threads) m_config.threads = *m_resumeOptions.threads;
    if (m_resumeOptions.device) m_config.device = *m_resumeOptions.device;
    const int64_t doneEpochs = resumeMeta.at("position").at("epoch").get<int64_t>();
    if (m_config.epochs < doneEpochs)
      throw std::invalid_argument("cannot shorten the run to " + std::to_string(m_config.epochs) +
                                  " epochs: " + std::to_string(doneEpochs) + " are already done");
    m_run = run;
  }
  const auto problems = m_config.validate();
  if (!problems.empty()) {
    std::string msg = "the configuration cannot run:";
    for (const auto& p : problems) msg += "\n  - " + p;
    throw std::invalid_argument(msg);
  }
  // "0 = all cores" shares the machine's cores between the processes of a data-parallel job on it.
  const DistEnv dist = m_distEnv ? *m_distEnv : distEnvFromEnvironment();
  m_threads = setComputeThreads(
      m_config.threads > 0 ? m_config.threads : std::max(1, resolveThreadCount(0) / dist.localWorldSize));
  m_device = resolveDevice(m_config.device);
  if (dist.distributed()) {
    m_dist = std::make_unique<DistGroup>(dist, m_device.is_cuda());
    m_writer = dist.rank == 0;
    const std::string syncReason = syncBatchNormReason(m_config.syncBatchNorm);
    if (!syncReason.empty()) {
      // config.json then says what the run did (also when the environment asked), and a resume does it
      // again.
      m_config.syncBatchNorm = true;
      m_syncBatchNorm =
          std::make_unique<SyncBatchNormScope>([this](torch::Tensor& t) { m_dist->allReduceSum(t); });
    }
    log("data-parallel: " + dist.describe() + ", " + m_dist->backend() + "; batch " +
        std::to_string(m_config.batchSize) + " per process (" +
        std::to_string(m_config.batchSize * dist.worldSize) +
        " per step), the generator's batch-norm statistics " +
        (m_syncBatchNorm ? "over all processes (" + syncReason + ")" : std::string("per process")));
  }

  m_data = selectColorizationData(m_config);
  log(m_data.description);
  if (!m_resume && m_config.iterations > 0) resolveIterationBudget();
  for (const auto& line : skippedFilesLog(m_data.skipped, m_config.dataPath.string())) log(line);
  if (m_resume) {
    const std::string was = resumeMeta.value("datasetFingerprint", "");
    if (was != m_data.fingerprint)
      throw std::runtime_error("the images under '" + m_config.dataPath.string() +
                               "' changed since the run started (dataset fingerprint " + was + " -> " +
                               m_data.fingerprint +
                               "); an exact resume needs the same files. Restore them or start a new run.");
  }

  buildNetworks();
  if (m_resume) {
    loadCheckpoint(checkpointFile);
    log("resuming at epoch " + std::to_string(m_pos.epoch + 1) + ", batch " +
        std::to_string(m_pos.batch + 1) + " (iteration " + std::to_string(m_pos.iteration) + ")");
  } else {
    seedRanks(nullptr);
    if (m_writer) m_run = RunFolder::create(m_config.runsDir, m_config.runName);
    m_createdAt = localTimeIso(std::time(nullptr));
    // The other ranks learn rank 0's run folder (for messages and the result; they write nothing).
    if (m_dist) {
      const std::string dir = m_dist->broadcastText(m_writer ? m_run->dir().string() : "");
      if (!m_writer) m_run = RunFolder(dir);
    }
  }
  if (m_dist) {
    // Every rank starts from rank 0's weights (the same seed makes them equal already; this makes sure).
    m_dist->broadcastModule(*m_g);
    if (m_d) m_dist->broadcastModule(*m_d);
  }
  writeConfigJson();
  // The exact list of pretraining images, for the experiments' leakage check (io/trained_images.h).
  const fs::path trainedList = m_run->dir() / trainedImagesFileName();
  if (m_writer && !fs::exists(trainedList)) {
    std::vector<fs::path> images;
    for (const auto& sample : m_data.train) images.push_back(sample.image);
    writeTrainedImages(trainedList, images);
  }
  if (m_config.pretext == "gan") {
    GanStepOptions go;
    go.lambdaL1 = m_config.lambdaL1;
    go.ganMode = parseGanMode(m_config.ganMode);
    go.bf16 = m_config.bf16 && !m_device.is_cuda();
    go.channelsLast = m_config.channelsLast;
    go.checkFinite = true;
    m_ganStep = std::make_unique<GanStep>(m_g, m_d, *m_optG, *m_optD, go);
    if (m_dist)
      m_ganStep->setGradientSync([this](torch::nn::Module& m) { m_dist->averageGradients(m.parameters()); });
  } else if (m_config.channelsLast) {
    toChannelsLast(*m_g);
  }
  if (!m_writer) return;
  if (m_resume) MetricsLog::truncateAfter(m_run->metricsFile(), m_pos.epoch, m_pos.iteration);
  std::vector<std::string> columns = lossNames();
  for (const char* c : {"lr", "images_per_s", "val_psnr", "val_ssim"}) columns.push_back(c);
  if (m_spec.hints)
    for (const char* c : {"val_psnr_hints", "val_ssim_hints"}) columns.push_back(c);
  if (!m_config.probeData.empty()) {
    EpochKnnProbeOptions po;
    po.dataPath = m_config.probeData;
    po.imageSize = m_config.imageSize;
    po.ngf = m_config.ngf;
    po.numDowns = m_config.numDowns;
    po.level = m_config.probeLevel;
    po.maxImages = m_config.probeImages;
    po.loaderWorkers = m_config.loaderWorkers;
    m_probe = std::make_unique<EpochKnnProbe>(po);
    log(m_probe->description());
    columns.push_back(kProbeMetric);
  }
  m_metrics = std::make_unique<MetricsLog>(m_run->metricsFile(), columns);
}

void ColorizationSession::prepareClassification() {
  const fs::path file = m_run->dir() / kPriorFile;
  AbPrior prior;
  if (fs::exists(file)) {
    prior = AbPrior::load(file);
    log("ab prior loaded from " + file.string());
  } else {
    // The empirical distribution of the training images' nearest bins, computed once per run.
    LoaderOptions lo;
    lo.batchSize = int(std::min<int64_t>(m_config.batchSize, 32));
    lo.threads = m_config.loaderWorkers;
    lo.shuffle = false;
    lo.seed = m_config.seed;
    lo.epochs = 1;
    lo.transform = TransformOptions::resizeOnly(m_config.imageSize);
    lo.loadMasks = false;
    lo.policy = m_config.badFilePolicy;
    BatchLoader loader(m_data.train, lo);
    std::vector<std::uint64_t> counts;
    const int stride = m_config.imageSize >= 128 ? 2 : 1;  // every 4th pixel is plenty at 128 px and up
    size_t images = 0;
    while (auto b = loader.next()) {
      for (const auto& img : b->images) m_quantizer.accumulateCounts(img, counts, stride);
      images += b->size();
    }
    prior = AbPrior::fromCounts(m_quantizer, counts, AbPrior::kSigma);
    if (m_writer) prior.save(file);  // every rank computed the same prior from the same images
    log("ab prior computed from " + std::to_string(images) + " training images (" +
        std::to_string(prior.pixelCount()) + " pixels), cached in " + file.string());
  }
  m_binWeights = prior.rebalancingWeights(m_config.rebalanceLambda);
}

void ColorizationSession::setLearningRate(int64_t epoch) {
  const double lr = m_config.lr * linearDecayFactor(epoch, m_config.epochs, m_config.epochsDecay);
  setLr(*m_optG, lr);
  if (m_optD) setLr(*m_optD, lr);
}

double ColorizationSession::learningRate() const {
  return static_cast<torch::optim::AdamOptions&>(m_optG->param_groups().front().options()).lr();
}

std::map<std::string, double> ColorizationSession::trainStep(const torch::Tensor& l,
                                                             const torch::Tensor& ab) {
  if (m_ganStep) {
    const GanLosses g = m_ganStep->step(l, ab);
    return {{"G_GAN", g.gGan}, {"G_L1", g.gL1}, {"D_real", g.dReal}, {"D_fake", g.dFake}};
  }
  const bool bf16 = m_config.bf16 && !m_device.is_cuda();
  const auto input = m_config.channelsLast ? l.contiguous(torch::MemoryFormat::ChannelsLast) : l;
  torch::Tensor out;
  {
    CpuAutocast autocast(bf16);
    out = m_g->forward(input);
  }
  torch::Tensor loss;
  std::string name;
  if (m_config.pretext == "classification") {
    name = "CE";
    // Quarter-resolution logits are scored against every 4th pixel's encoding, as Zhang et al. subsample
    // the ab target; from row and column 2, the pixel nearest the centre (4i + 1.5) of each 4 x 4 cell
    // where the bilinear upsampling at inference puts the cell's value.
    const int64_t s = m_spec.outputStride;
    const torch::Tensor target =
        s == 1 ? ab : ab.slice(2, s / 2, c10::nullopt, s).slice(3, s / 2, c10::nullopt, s);
    const SoftEncodedAb enc =
        softEncodeAb((target * m_config.abDivisor).to(torch::kCPU), m_quantizer, m_binWeights);
    loss = softEncodedCrossEntropy(out.to(torch::kFloat), enc);
  } else {
    name = "L2";
    loss = torch::mse_loss(out.to(torch::kFloat), ab);
  }
  const double value = loss.item<double>();
  if (!std::isfinite(value))
    throw std::runtime_error(
        m_config.pretext + " step: loss " + name + " is " + (std::isnan(value) ? "NaN" : "infinite") +
        "; the step stopped before updating the weights. Lower the learning rate or turn "
        "off bf16.");
  m_optG->zero_grad();
  loss.backward();
  if (m_dist) m_dist->averageGradients(m_g->parameters());
  m_optG->step();
  return {{name, value}};
}

std::map<std::string, double> ColorizationSession::validateAndPreview(int64_t epoch) {
  LoaderOptions lo;
  lo.batchSize = int(std::max<int64_t>(1, std::min<int64_t>(m_config.batchSize, 16)));
  lo.threads = m_config.loaderWorkers;
  lo.shuffle = false;
  lo.seed = m_config.seed;
  lo.epochs = 1;
  lo.transform = TransformOptions::resizeOnly(m_config.imageSize);
  lo.transform.flip = false;
  lo.loadMasks = false;
  lo.policy = m_config.badFilePolicy;
  size_t count = m_data.val.size();  // images this process scores
  if (m_dist) {
    // Each rank scores its share of the images (all of them together, none twice) with rank 0's model,
    // batch-norm running statistics included; the sums are reduced below. Previews come from rank 0's share.
    lo.shardRank = m_dist->rank();
    lo.shardCount = m_dist->size();
    lo.shardDropRemainder = false;
    m_dist->broadcastModule(*m_g);
    const size_t r = size_t(m_dist->rank()), w = size_t(m_dist->size());
    count = count > r ? (count - r + w - 1) / w : 0;
  }
  BatchLoader loader(m_data.val, lo);
  const LabScaling scaling{float(m_config.abDivisor)};

  PreviewImages preview;
  preview.runName = m_run->name();
  preview.epoch = epoch;
  std::vector<double> psnrs, ssims, hintPsnrs, hintSsims;
  PreviewPicker pick(count, m_writer ? m_config.previewCount : 0);
  {
    // Evaluation mode (batch-norm running statistics, no dropout) as the Colorizer runs: deterministic,
    // and it leaves the training random stream untouched so resumed runs stay exact.
    torch::NoGradGuard noGrad;
    m_g->eval();
    while (auto b = loader.next()) {
      const LabTensors t = packLab(b->images, scaling);
      const torch::Tensor ab =
          predictAb(m_g, t.l.to(m_device), m_spec, m_config.annealTemperature, m_quantizer);
      const auto predictions = unpackLabToBgr8(t.l, ab.to(torch::kCPU) / m_config.abDivisor, scaling);
      std::vector<cv::Mat> greys;
      for (size_t i = 0; i < b->size(); ++i) {
        const cv::Mat truth = labToBgr8(b->images[i]);
        psnrs.push_back(psnr(predictions[i], truth));
        ssims.push_back(ssim(predictions[i], truth));
        if (pick.take(psnrs.size() - 1)) {
          if (greys.empty()) greys = unpackLabToBgr8(t.l, torch::zeros_like(t.ab), scaling);
          preview.grey.push_back(greys[i]);
          preview.prediction.push_back(predictions[i]);
          preview.truth.push_back(truth);
        }
      }
      if (m_spec.hints) {
        // A hint model is also scored with simulated hints (the same ones every epoch).
        const torch::Tensor hints = simulatedHintChannels(b->images, b->sampleIndices, m_config.seed,
                                                          kValidationHintStream, m_config.abDivisor);
        const torch::Tensor hinted = predictAb(m_g, t.l.to(m_device), m_spec, m_config.annealTemperature,
                                               m_quantizer, hints.to(m_device));
        const auto guided = unpackLabToBgr8(t.l, hinted.to(torch::kCPU) / m_config.abDivisor, scaling);
        for (size_t i = 0; i < b->size(); ++i) {
          const cv::Mat truth = labToBgr8(b->images[i]);
          hintPsnrs.push_back(psnr(guided[i], truth));
          hintSsims.push_back(ssim(guided[i], truth));
        }
      }
    }
    m_g->train();
  }
  flushProblems();
  if (m_writer && !preview.prediction.empty()) {
    std::vector<cv::Mat> rows;
    for (size_t i = 0; i < preview.prediction.size(); ++i) {
      cv::Mat row;
      cv::hconcat(std::vector<cv::Mat>{preview.grey[i], preview.prediction[i], preview.truth[i]}, row);
      rows.push_back(row);
    }
    cv::vconcat(rows, preview.grid);
    std::vector<uchar> png;
    if (!cv::imencode(".png", preview.grid, png)) throw std::runtime_error("cannot encode the preview image");
    preview.file = m_run->previewFile(epoch);
    writeFileAtomically(preview.file,
                        std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
    m_observer.onPreview(preview);
  }
  std::vector<std::pair<std::string, SummaryStats>> scored = {{"val_psnr", summarize(psnrs)},
                                                              {"val_ssim", summarize(ssims)}};
  if (m_spec.hints) {
    scored.emplace_back("val_psnr_hints", summarize(hintPsnrs));
    scored.emplace_back("val_ssim_hints", summarize(hintSsims));
  }
  std::map<std::string, double> metrics;
  if (!m_dist) {
    for (const auto& [name, st] : scored) metrics[name] = st.mean;
    return metrics;
  }
  // The means over every rank's images, as summarize() takes them (finite values only).
  std::vector<double> parts;
  for (const auto& [name, st] : scored) {
    parts.push_back(st.finiteCount ? st.mean * double(st.finiteCount) : 0.0);
    parts.push_back(double(st.finiteCount));
  }
  const auto sums = m_dist->sum(parts);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (size_t i = 0; i < scored.size(); ++i)
    metrics[scored[i].first] = sums[2 * i + 1] > 0 ? sums[2 * i] / sums[2 * i + 1] : nan;
  return metrics;
}

void ColorizationSession::seedRanks(CheckpointReader* from) {
  if (!m_dist || m_dist->rank() == 0) return;  // rank 0 keeps the stream a single process would have
  if (from && from->has("rngCpuRanks")) {
    const torch::Tensor states = from->tensor("rngCpuRanks");
    if (states.size(0) == m_dist->size()) {
      restoreCpuRngState(states[m_dist->rank()].clone());
      return;
    }
  }
  // Dropout masks differ between ranks (as their data does), derived from the seed.
  torch::manual_seed(m_config.seed + 0x9E3779B97F4A7C15ULL * uint64_t(m_dist->rank()));
}

bool ColorizationSession::stopRequested() {
  const bool local = !m_stop.checkpoint();
  if (!m_dist) return local;
  return m_dist->sum({local ? 1.0 : 0.0})[0] > 0.0;  // all ranks stop after the same step
}

std::map<std::string, double> ColorizationSession::averageOverRanks(std::map<std::string, double> values) {
  if (!m_dist) return values;
  std::vector<double> v;
  for (const auto& [name, x] : values) v.push_back(x);
  v = m_dist->sum(v);
  size_t i = 0;
  for (auto& [name, x] : values) x = v[i++] / double(m_dist->size());
  return values;
}

fs::path ColorizationSession::saveCheckpoint(bool epochEnd) {
  // Every rank's random state goes into rank 0's checkpoint, so a distributed resume is exact.
  torch::Tensor rankRng;
  if (m_dist) rankRng = m_dist->allGather(captureCpuRngState());
  if (!m_writer) return {};
  CheckpointWriter w;
  w.addModule("generator", *m_g);
  w.addOptimizer("optimizerG", *m_optG);
  if (m_d) {
    w.addModule("discriminator", *m_d);
    w.addOptimizer("optimizerD", *m_optD);
  }
  w.addTensor("rngCpu", captureCpuRngState());
  if (rankRng.defined()) w.addTensor("rngCpuRanks", rankRng);
  json meta = {{"format", kCheckpointFormat},
               {"formatVersion", 1},
               {"task", kTask},
               {"pretext", m_config.pretext},
               {"engineVersion", COLORPROXY_VERSION},
               {"createdAt", m_createdAt},
               {"savedAt", localTimeIso(std::time(nullptr))},
               {"settings", configToJson(m_config)},
               {"position", {{"epoch", m_pos.epoch}, {"batch", m_pos.batch}, {"iteration", m_pos.iteration}}},
               {"elapsedSeconds", elapsedSeconds()},
               {"datasetFingerprint", m_data.fingerprint},
               {"metrics", metricsJson(m_lastMetrics)},
               {"worldSize", m_dist ? m_dist->size() : 1}};
  if (m_bestPsnr) {
    meta["bestPsnr"] = *m_bestPsnr;
    meta["bestEpoch"] = m_bestEpoch;
  }
  w.setMeta(meta.dump());
  if (epochEnd && m_config.keepEpochCheckpoints) {
    const fs::path file = m_run->epochCheckpoint(m_pos.epoch);
    w.save(file);
    pointLatestAt(file, m_run->latestCheckpoint());
    return file;
  }
  w.save(m_run->latestCheckpoint());
  return m_run->latestCheckpoint();
}

// An iteration budget becomes whole epochs of this dataset (the loader's batches per epoch), the decay
// keeping its share; a resumed run keeps the epochs its start resolved.
void ColorizationSession::resolveIterationBudget() {
  // Each rank's share of the epoch (data/epoch_shard.h: the remainder is left out).
  const int64_t n = int64_t(m_data.train.size()) / (m_dist ? m_dist->size() : 1), b = m_config.batchSize;
  const int64_t perEpoch = LoaderOptions{}.dropLast ? n / b : (n + b - 1) / b;
  if (perEpoch < 1) return;  // the loader reports the empty split
  const int64_t epochs = std::max<int64_t>(1, (m_config.iterations + perEpoch - 1) / perEpoch);
  const double share = m_config.epochs > 0 ? double(m_config.epochsDecay) / double(m_config.epochs) : 0.0;
  const int64_t decay = std::min<int64_t>(epochs, std::llround(double(epochs) * share));
  log("budget " + std::to_string(m_config.iterations) + " iterations: " + std::to_string(epochs) +
      " epochs of " + std::to_string(perEpoch) + " batches (" + std::to_string(epochs * perEpoch) +
      " iterations), the last " + std::to_string(decay) + " with learning-rate decay");
  m_config.epochs = epochs;
  m_config.epochsDecay = decay;
}

void ColorizationSession::trainLoop() {
  const int64_t epochs = m_config.epochs;
  LoaderOptions lo;
  lo.batchSize = int(m_config.batchSize);
  lo.threads = m_config.loaderWorkers;
  lo.shuffle = true;
  lo.seed = m_config.seed;
  lo.startEpoch = int(m_pos.epoch);
  lo.startBatch = int(m_pos.batch);
  lo.epochs = int(epochs - m_pos.epoch);
  lo.transform = m_config.loadSize > m_config.imageSize
                     ? TransformOptions::pix2pix(m_config.loadSize, m_config.imageSize)
                     : TransformOptions::resizeOnly(m_config.imageSize);
  lo.transform.flip = m_config.flip;
  lo.loadMasks = false;
  lo.policy = m_config.badFilePolicy;
  lo.onProblem = [this](const DataProblem& p) {
    std::lock_guard<std::mutex> lock(m_problemMutex);
    m_problems.push_back(p);
  };
  if (m_dist) {
    lo.shardRank = m_dist->rank();
    lo.shardCount = m_dist->size();
  }
  // The loader is sized even when no epoch is left, so batchesPerEpoch is known for status and stats.
  LoaderOptions sizing = lo;
  sizing.threads = 0;
  sizing.startEpoch = 0;
  sizing.startBatch = 0;
  sizing.epochs = 1;
  m_batchesPerEpoch = int64_t(BatchLoader(m_data.train, sizing).batchesPerEpoch());
  if (m_pos.epoch >= epochs) return;
  BatchLoader loader(m_data.train, lo);
  const int64_t total = m_batchesPerEpoch * epochs;
  const int64_t startIteration = m_pos.iteration;
  const LabScaling scaling{float(m_config.abDivisor)};

  std::deque<std::pair<double, size_t>> window;  // (seconds, images) of recent iterations
  double lastValidationSeconds = 0.0;
  setLearningRate(m_pos.epoch);
  auto last = Clock::now();
  while (true) {
    const auto before = Clock::now();
    if (stopRequested()) {
      m_stopped = true;
      break;
    }
    last += Clock::now() - before;  // time spent paused is not training time
    std::optional<Batch> batch = loader.next();
    flushProblems();
    if (!batch) break;
    if (batch->epoch != m_pos.epoch || int64_t(batch->index) != m_pos.batch)
      throw std::logic_error("the batch loader delivered epoch " + std::to_string(batch->epoch) + " batch " +
                             std::to_string(batch->index) + ", the trainer expected epoch " +
                             std::to_string(m_pos.epoch) + " batch " + std::to_string(m_pos.batch));
    if (batch->index == 0) setLearningRate(batch->epoch);
    const LabTensors t = packLab(batch->images, scaling);
    const torch::Tensor hints =
        m_spec.hints ? simulatedHintChannels(batch->images, batch->sampleIndices, m_config.seed,
                                             std::uint64_t(batch->epoch), m_config.abDivisor)
                     : torch::Tensor();
    const auto losses =
        averageOverRanks(trainStep(generatorInput(t.l, hints, m_spec).to(m_device), t.ab.to(m_device)));
    ++m_pos.iteration;
    ++m_pos.batch;

    const auto now = Clock::now();
    window.emplace_back(std::chrono::duration<double>(now - last).count(), batch->size());
    last = now;
    if (window.size() > kThroughputWindow) window.pop_front();
    double seconds = 0.0;
    size_t images = 0;
    for (const auto& [s, n] : window) {
      seconds += s;
      images += n;
    }
    IterationStats st;
    st.runName = m_run->name();
    st.epoch = batch->epoch + 1;
    st.epochs = epochs;
    st.iteration = m_pos.iteration;
    st.iterationsPerEpoch = m_batchesPerEpoch;
    st.totalIterations = total;
    st.losses = losses;
    st.learningRate = learningRate();
    // Every rank trains a batch of the same size in step: the job's rate is the ranks' count times this
    // one's.
    const double own = seconds > 0 ? double(images) / seconds : 0.0;
    st.imagesPerSecond = own * (m_dist ? m_dist->size() : 1);
    st.elapsedSeconds = elapsedSeconds();
    const double perIteration = seconds / double(window.size());
    const int64_t epochsLeft = epochs - batch->epoch - (m_pos.batch == m_batchesPerEpoch ? 1 : 0);
    st.etaSeconds =
        double(total - m_pos.iteration) * perIteration + double(epochsLeft) * lastValidationSeconds;
    if (m_metrics && m_pos.iteration % m_config.logEvery == 0) {
      MetricsRow row{"iter", st.epoch, m_pos.iteration, st.elapsedSeconds, losses};
      row.values["lr"] = st.learningRate;
      row.values["images_per_s"] = st.imagesPerSecond;
      m_metrics->append(row);
    }
    m_observer.onIteration(st);

    if (m_pos.batch == m_batchesPerEpoch) {
      const auto validationStart = Clock::now();
      ++m_pos.epoch;
      m_pos.batch = 0;
      m_lastMetrics = validateAndPreview(m_pos.epoch);
      if (m_probe && (m_pos.epoch % m_config.probeEvery == 0 || m_pos.epoch == epochs)) {
        m_lastMetrics[kProbeMetric] = m_probe->score(m_g->encoder, m_device);
        m_g->train();
      }
      const double valPsnr = m_lastMetrics["val_psnr"];
      if (std::isfinite(valPsnr) && (!m_bestPsnr || valPsnr > *m_bestPsnr)) {
        m_bestPsnr = valPsnr;
        m_bestEpoch = m_pos.epoch;
      }
      if (m_metrics)
        m_metrics->append({"epoch", m_pos.epoch, m_pos.iteration, elapsedSeconds(), m_lastMetrics});
      const fs::path file = saveCheckpoint(true);
      m_lastSavedIteration = m_pos.iteration;
      writeStatus(RunState::Running, "");
      EpochReport report;
      report.runName = m_run->name();
      report.epoch = m_pos.epoch;
      report.epochs = epochs;
      report.metrics = m_lastMetrics;
      // Each process's own recent rate (images_per_s_rank<r>): a slow one holds the others back.
      if (m_dist)
        for (const auto& [name, v] : m_dist->perRank("images_per_s", own)) report.metrics[name] = v;
      report.elapsedSeconds = elapsedSeconds();
      report.checkpoint = file;
      m_observer.onEpoch(report);
      lastValidationSeconds = std::chrono::duration<double>(Clock::now() - validationStart).count();
      last = Clock::now();
    } else if (m_config.checkpointEvery > 0 && m_pos.iteration % m_config.checkpointEvery == 0) {
      saveCheckpoint(false);
      m_lastSavedIteration = m_pos.iteration;
      last = Clock::now();
    }
  }
  loader.stop();
  if (m_stopped && m_lastSavedIteration != m_pos.iteration) {
    saveCheckpoint(false);
    m_lastSavedIteration = m_pos.iteration;
  }
  if (m_dist && m_pos.iteration > startIteration) {
    // What data parallelism costs per step here (bucketed all-reduce of every gradient, waiting included).
    const double perStep = m_dist->reduceSeconds() / double(m_pos.iteration - startIteration);
    log("gradient all-reduce: " + fixedText(perStep * 1000.0, 1) + " ms per step (" +
        std::to_string(m_dist->size()) + " ranks, " + m_dist->backend() + ", " +
        std::to_string(m_pos.iteration - startIteration) + " steps)");
  }
}

void ColorizationSession::writeReport(bool completed) const {
  if (!m_writer) return;
  const json report = {{"task", kTask},
                       {"pretext", m_config.pretext},
                       {"runDir", m_run->dir().string()},
                       {"state", completed ? "completed" : "stopped"},
                       {"epochsCompleted", m_pos.epoch},
                       {"epochs", m_config.epochs},
                       {"iterations", m_pos.iteration},
                       {"elapsedSeconds", elapsedSeconds()},
                       {"finalMetrics", metricsJson(m_lastMetrics)},
                       {"bestMetric",
                        {{"name", "val_psnr"},
                         {"value", m_bestPsnr ? json(*m_bestPsnr) : json(nullptr)},
                         {"epoch", m_bestEpoch}}},
                       {"dataset",
                        {{"path", m_config.dataPath.string()},
                         {"description", m_data.description},
                         {"trainImages", m_data.train.size()},
                         {"valImages", m_data.val.size()},
                         {"fingerprint", m_data.fingerprint}}},
                       {"validationProtocol", "eval"},
                       {"settings", configToJson(m_config)}};
  writeFileAtomically(m_run->reportJsonFile(), report.dump(2) + "\n");

  std::ostringstream md;
  md << "# Colorization pretraining: " << m_run->name() << "\n\n"
     << "| | |\n|---|---|\n"
     << "| state | " << (completed ? "completed" : "stopped") << " |\n"
     << "| pretext | " << m_config.pretext << " |\n"
     << "| epochs | " << m_pos.epoch << " of " << m_config.epochs << " (" << m_pos.iteration
     << " iterations) |\n"
     << "| image size | " << m_config.imageSize << " px, batch " << m_config.batchSize << " |\n"
     << "| generator | U-Net, " << m_config.numDowns << " downsamplings, ngf " << m_config.ngf << " |\n"
     << "| data | " << m_data.description << " |\n"
     << "| training time | " << fixedText(elapsedSeconds() / 60.0, 1) << " min |\n\n"
     << "## Validation (RGB, as Treneska et al. Table 3)\n\nInference protocol: eval (BatchNorm running "
        "statistics, dropout off). `colorproxy-cli evaluate --protocol dropout|pix2pix` scores the other "
        "protocols.\n\n| metric | last epoch | best |\n|---|---|---|\n"
     << "| PSNR (dB) | "
     << (m_lastMetrics.count("val_psnr") ? fixedText(m_lastMetrics.at("val_psnr"), 2) : "n/a") << " | "
     << (m_bestPsnr ? fixedText(*m_bestPsnr, 2) + " (epoch " + std::to_string(m_bestEpoch) + ")" : "n/a")
     << " |\n"
     << "| SSIM | " << (m_lastMetrics.count("val_ssim") ? fixedText(m_lastMetrics.at("val_ssim"), 3) : "n/a")
     << " | |\n";
  if (m_spec.hints && m_lastMetrics.count("val_psnr_hints"))
    md << "| PSNR with simulated hints (dB) | " << fixedText(m_lastMetrics.at("val_psnr_hints"), 2)
       << " | |\n"
       << "| SSIM with simulated hints | " << fixedText(m_lastMetrics.at("val_ssim_hints"), 3) << " | |\n\n"
       << "Hint-conditioned generator: it takes user colour points (Colorize page, `colorize --hints`); the "
          "rows above without hints are its automatic colorization.\n";
  writeFileAtomically(m_run->reportMarkdownFile(), md.str());
}

RunResult ColorizationSession::run() {
  RunResult r;
  const auto fill = [&] {
    if (m_run) r.runDir = m_run->dir();
    r.epoch = m_pos.epoch;
    r.iteration = m_pos.iteration;
    r.finalMetrics = m_lastMetrics;
  };
  try {
    prepare();
    if (!m_resume) {
      // A checkpoint at iteration 0 makes every later stop resumable, even one before the first epoch ends.
      saveCheckpoint(false);
      m_lastSavedIteration = 0;
    }
    writeStatus(RunState::Running, "");
    if (m_config.pretext == "classification") prepareClassification();
    trainLoop();
  } catch (const std::exception& e) {
    fill();
    std::string msg = e.what();
    if (m_run && fs::exists(m_run->latestCheckpoint()))
      msg += " (the last good checkpoint, " + m_run->latestCheckpoint().string() + ", is kept)";
    r.error = msg;
    log("failed: " + msg);
    try {
      writeStatus(RunState::Failed, msg);
    } catch (const std::exception&) {
      // The original error matters more than a status file that cannot be written either.
    }
    return r;
  }
  fill();
  r.stopped = m_stopped;
  r.completed = !m_stopped && m_pos.epoch >= m_config.epochs;
  try {
    writeReport(r.completed);
    writeStatus(r.completed ? RunState::Completed : RunState::Stopped,
                r.completed ? "" : "stopped by request after iteration " + std::to_string(m_pos.iteration));
  } catch (const std::exception& e) {
    r.error = std::string("training finished but the report could not be written: ") + e.what();
  }
  return r;
}

}  // namespace colorproxy
