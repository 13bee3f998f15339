#include "finetune/finetune_session.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/number_text.h"
#include "colorproxy/base/text.h"
#include "colorproxy/base/thread_count.h"
#include "colorproxy/base/time_text.h"
#include "colorproxy/io/resume_check.h"
#include "colorproxy/tensor/compute_threads.h"
#include "finetune/finetune_batch.h"
#include "finetune/finetune_class_weights.h"
#include "finetune/finetune_pretrained.h"
#include "io/resume_checkpoint.h"
#include "train/config_json.h"
#include "train/cpu_autocast.h"
#include "train/skipped_files.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

torch::Device chooseDevice(const std::string& name) {
  if (name == "cuda" && !torch::cuda::is_available())
    throw std::invalid_argument(
        "device 'cuda' was asked for but no CUDA device is available; use device cpu or auto");
  if (name == "cuda" || (name == "auto" && torch::cuda::is_available())) return torch::kCUDA;
  return torch::kCPU;
}

std::string hexText(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

json recordToJson(const FinetuneEpochRecord& r) {
  return json{{"epoch", r.epoch},
              {"phase", r.phase},
              {"lr", r.lr},
              {"frozen", r.frozen},
              {"frozenElements", r.frozenElements},
              {"trainLoss", r.trainLoss},
              {"val", r.val},
              {"seconds", r.seconds}};
}

FinetuneEpochRecord recordFromJson(const json& j) {
  FinetuneEpochRecord r;
  r.epoch = j.at("epoch").get<int64_t>();
  r.phase = j.at("phase").get<int>();
  r.lr = j.at("lr").get<double>();
  r.frozen = j.at("frozen").get<std::vector<std::string>>();
  r.frozenElements = j.at("frozenElements").get<int64_t>();
  r.trainLoss = j.at("trainLoss").is_number() ? j.at("trainLoss").get<double>() : std::nan("");
  for (const auto& [k, v] : j.at("val").items()) r.val[k] = v.is_number() ? v.get<double>() : std::nan("");
  r.seconds = j.at("seconds").get<double>();
  return r;
}

}  // namespace

FinetuneSession::FinetuneSession(FinetuneConfig config, TrainingObserver& observer, StopToken& stop)
    : m_config(std::move(config)), m_observer(observer), m_stop(stop) {}

FinetuneSession::FinetuneSession(const fs::path& runDir, const FinetuneResumeOptions& options,
                                 TrainingObserver& observer, StopToken& stop)
    : m_observer(observer), m_stop(stop), m_resumeDir(runDir), m_resumeOptions(options) {}

FinetuneResult FinetuneSession::run() {
  if (m_resumeDir) {
    m_result.runDir = *m_resumeDir;
    try {
      readResumePoint();
    } catch (const std::exception& e) {
      m_result.error = std::string("cannot resume: ") + e.what();
      m_observer.onLog(m_result.error);
      return m_result;
    }
  }
  const FinetuneConfig& c = m_config;
  m_elapsedBefore = m_resume ? m_resume->meta.value("elapsedSeconds", 0.0) : 0.0;
  m_start = Clock::now();
  m_result.task = c.task;
  m_result.perClassMetric = c.task == DownstreamTask::Segmentation ? "IoU" : "AP";

  const auto problems = c.validate();
  if (!problems.empty()) {
    m_result.error = "the fine-tuning settings cannot run: " + join(problems, "; ");
    return m_result;
  }
  setComputeThreads(c.threads);

  m_seg = c.task == DownstreamTask::Segmentation;
  try {
    joinJob();
    // The data first: a dataset that cannot be used must not leave an empty run folder behind.
    loadData();
    const int64_t batch = c.effectiveBatchSize();
    // Each rank's share of a pass (data/epoch_shard.h: the last n mod N images are left out).
    const int64_t share = int64_t(m_data.train.size()) / (m_dist ? m_dist->size() : 1);
    m_plan = planFinetuneSteps(c, (share + batch - 1) / batch);
    m_epochs = m_plan.validations();
    m_totalIterations = m_plan.totalSteps;
    openRunFolder();
    buildModel();
    if (!m_resume) writeConfigJson();
    openMetrics();
    prepareLoaders();
    if (m_resume) restoreHistory();
    if (!trainPhases()) return m_result;
    testAndReport();
  } catch (const std::exception& e) {
    m_result.error = e.what();
    m_result.completed = false;
    m_result.seconds = elapsed();
    m_observer.onLog("[" + c.runName + "] failed: " + m_result.error);
    if (m_run) writeStatus(RunState::Failed, m_result.error, m_result.epoch);
  }
  return m_result;
}

// A data-parallel job: meet the other ranks; "0 threads = all cores" shares this machine's cores.
void FinetuneSession::joinJob() {
  const DistEnv env = m_distEnv ? *m_distEnv : distEnvFromEnvironment();
  if (!env.distributed()) return;
  if (m_config.threads <= 0) setComputeThreads(std::max(1, resolveThreadCount(0) / env.localWorldSize));
  m_dist = std::make_unique<DistGroup>(env, chooseDevice(m_config.device).is_cuda());
  m_writer = env.rank == 0;
  if (m_resume) {
    // Each rank's share of a pass, and so the plan's steps, depend on the number of ranks.
    const int saved = m_resume->meta.value("worldSize", 1);
    if (saved != env.worldSize)
      throw std::runtime_error("'" + m_resume->file.string() + "' was written by " + std::to_string(saved) +
                               " process(es); resume it with " + std::to_string(saved) + " (this is " +
                               std::to_string(env.worldSize) +
                               "): each process's share of the data and the run's steps depend on the count");
  }
  const std::string syncReason = syncBatchNormReason(m_config.syncBatchNorm);
  if (!syncReason.empty()) {
    // config.json then says what the run did (also when the environment asked), and a resume does it again.
    m_config.syncBatchNorm = true;
    m_syncBatchNorm =
        std::make_unique<SyncBatchNormScope>([this](torch::Tensor& t) { m_dist->allReduceSum(t); });
  }
  log("data-parallel: " + env.describe() + ", " + m_dist->backend() + "; batch " +
      std::to_string(m_config.effectiveBatchSize()) + " per process (" +
      std::to_string(m_config.effectiveBatchSize() * env.worldSize) + " per step), batch-norm statistics " +
      (m_syncBatchNorm ? "over all processes (" + syncReason + ")" : std::string("per process")));
}

// Batch norm's running statistics follow each rank's own batches; rank 0's are the run's (as DDP
// broadcasts them): every rank evaluates and checkpoints with them.
void FinetuneSession::shareRankZeroBuffers() {
  if (m_dist) m_dist->broadcast(m_model->module().buffers());
}

bool FinetuneSession::stopRequested() {
  const bool local = !m_stop.checkpoint();
  if (!m_dist) return local;
  return m_dist->sum({local ? 1.0 : 0.0})[0] > 0.0;  // all ranks stop after the same step
}

void FinetuneSession::seedRank(bool fromCheckpoint) {
  if (!m_dist || m_dist->rank() == 0) return;  // rank 0 keeps the stream a single process would have
  if (fromCheckpoint && m_checkpoint->has("rngRanks")) {
    const torch::Tensor states = m_checkpoint->tensor("rngRanks");
    if (states.size(0) == m_dist->size()) {
      restoreCpuRngState(states[m_dist->rank()].clone());
      return;
    }
  }
  torch::manual_seed(m_config.seed + 0x9E3779B97F4A7C15ULL * uint64_t(m_dist->rank()));
}

// The settings, position and history of the interrupted run, from its latest checkpoint.
void FinetuneSession::readResumePoint() {
  const fs::path dir = *m_resumeDir;
  const RunFolder folder(dir);
  checkResumable(folder, RunKind::Finetune);
  ResumePoint point;
  point.dir = dir;
  const ResumeCheckpoint from = openResumeCheckpoint(folder);
  point.file = from.file;
  point.fallback = from.fallback;
  point.meta = json::parse(from.meta);
  if (point.meta.value("kind", "") != toString(RunKind::Finetune))
    throw std::runtime_error("'" + from.file.string() + "' is not a fine-tuning checkpoint");
  if (!point.meta.contains("position"))
    throw std::runtime_error("'" + from.file.string() +
                             "' was written by an older ColorProxy without what a resume needs; start a new "
                             "run instead");
  point.epoch = point.meta.at("epoch").get<int64_t>();
  point.iteration = point.meta.at("iteration").get<int64_t>();
  point.phase = point.meta.at("phase").get<int>();
  m_config = configFromJson<FinetuneConfig>(point.meta.at("settings"));
  if (m_resumeOptions.threads) m_config.threads = *m_resumeOptions.threads;
  if (m_resumeOptions.device) m_config.device = *m_resumeOptions.device;
  m_resume = std::move(point);
}

void FinetuneSession::openRunFolder() {
  if (m_resume) {
    m_run = RunFolder(m_resume->dir);
  } else {
    if (m_writer) m_run = RunFolder::create(m_config.runsDir, m_config.runName);
    // The other ranks learn rank 0's run folder (for messages and the result; they write nothing).
    if (m_dist) {
      const std::string dir = m_dist->broadcastText(m_writer ? m_run->dir().string() : "");
      if (!m_writer) m_run = RunFolder(dir);
    }
  }
  m_result.runDir = m_run->dir();
  writeStatus(RunState::Running, "", m_resume ? m_resume->epoch : 0);
}

// The splits; after a resume they must be the ones the run started with.
void FinetuneSession::loadData() {
  m_data = loadFinetuneData(m_config);
  m_result.classNames = m_data.classNames;
  for (const auto& n : m_data.notes) log(n);
  for (const auto& line : skippedFilesLog(m_data.skipped, m_config.dataPath.string())) log(line);
  log(std::to_string(m_data.train.size()) + " training, " + std::to_string(m_data.val.size()) +
      " validation, " + std::to_string(m_data.test.size()) + " test images; " +
      std::to_string(m_data.classCount()) + " classes");
  m_dataCounts = {{"train", m_data.train.size()}, {"val", m_data.val.size()}, {"test", m_data.test.size()}};
  if (m_resume && (m_resume->meta.value("data", json()) != m_dataCounts ||
                   m_resume->meta.value("classes", json()) != json(m_data.classNames)))
    throw std::runtime_error(
        "the data under '" + m_config.dataPath.string() + "' changed since the run started (" +
        m_resume->meta.value("data", json()).dump() + " images and " +
        std::to_string(m_resume->meta.value("classes", json::array()).size()) + " classes then, " +
        m_dataCounts.dump() + " and " + std::to_string(m_data.classCount()) +
        " now); an exact resume needs the same files. Restore them or start a new run.");
}

// The network (random, pretrained or from the checkpoint being resumed), its class weights and device.
void FinetuneSession::buildModel() {
  const FinetuneConfig& c = m_config;
  m_device = chooseDevice(c.device);
  // One seed draws the whole network; a pretrained run then overwrites the transferred part, so its new
  // layers start exactly where the baseline's do.
  torch::manual_seed(c.seed);
  m_model = std::make_unique<FinetuneModel>(c, m_data.classCount());
  if (m_resume) {
    // The weights come from the checkpoint; what the pretrained initialisation did is history.
    m_pretrainedFile = m_resume->meta.value("pretrainedFile", "");
    const json t = m_resume->meta.value("transfer", json::object());
    m_result.transfer.transferred = t.value("transferred", std::vector<std::string>{});
    m_result.transfer.created = t.value("created", std::vector<std::string>{});
    m_result.transfer.skipped = t.value("skipped", std::vector<std::string>{});
  } else if (c.pretrained()) {
    const PretrainedGenerator generator = loadPretrainedGenerator(c.pretrainedPath());
    requireCompatible(generator, c.ngf, c.numDowns);
    m_result.transfer = m_model->transferFrom(generator);
    m_pretrainedFile = generator.file.string();
    log("pretrained from " + m_pretrainedFile +
        (generator.entry.empty() ? "" : " (" + generator.entry + ")") + ": " +
        std::to_string(m_result.transfer.transferred.size()) + " tensors transferred, " +
        std::to_string(m_result.transfer.created.size()) + " new, " +
        std::to_string(m_result.transfer.skipped.size()) + " unused");
  }
  if (m_seg && c.classWeights == "median-frequency") {
    const auto weights = medianFrequencyWeights(
        countClassPixels(m_data.train, m_data.maskSpec, m_data.maskLut, m_data.classCount()));
    m_model->setClassWeights(torch::tensor(std::vector<double>(weights), torch::kDouble).to(torch::kFloat));
    std::string text;
    for (std::size_t i = 0; i < weights.size(); ++i)
      text += (i ? ", " : "") + m_data.classNames[i] + " " + fixedText(weights[i], 2);
    log("median-frequency class weights: " + text);
  }
  if (m_resume) {
    if (!m_resume->fallback.empty()) log(m_resume->fallback);
    m_checkpoint.emplace(m_resume->file);
    m_checkpoint->loadModule("model", m_model->module());
  }
  m_model->module().to(m_device);
  // Every rank starts from rank 0's weights (the same seed and files make them equal; this makes sure).
  if (m_dist) m_dist->broadcastModule(m_model->module());
  if (!m_resume) seedRank(false);
}

json FinetuneSession::transferJson() const {
  return {{"transferred", m_result.transfer.transferred},
          {"created", m_result.transfer.created},
          {"skipped", m_result.transfer.skipped}};
}

void FinetuneSession::writeConfigJson() const {
  if (!m_writer) return;
  json config = {{"task", configTaskTag(RunKind::Finetune, m_config.task)},
                 {"createdAt", localTimeIso(std::time(nullptr))},
                 {"engineVersion", COLORPROXY_VERSION},
                 {"primaryMetric", m_seg ? "val_mIoU" : "val_mAP"},
                 {"primaryMetricHigherIsBetter", true},
                 {"settings", configToJson(m_config)},
                 {"classes", m_data.classNames},
                 {"data",
                  {{"train", m_data.train.size()},
                   {"val", m_data.val.size()},
                   {"test", m_data.test.size()},
                   {"trainSource", m_data.trainSource},
                   {"valSource", m_data.valSource},
                   {"testSource", m_data.testSource}}},
                 {"pretrainedFile", m_pretrainedFile},
                 {"transfer", transferJson()}};
  if (m_dist)
    config["distributed"] = {{"worldSize", m_dist->size()},
                             {"backend", m_dist->backend()},
                             {"launcher", m_dist->env().launcher},
                             {"batchPerRank", m_config.effectiveBatchSize()},
                             {"globalBatch", m_config.effectiveBatchSize() * m_dist->size()},
                             {"syncBatchNorm", bool(m_syncBatchNorm)}};
  writeFileAtomically(m_run->configFile(), config.dump(2));
}

// metrics.csv; after a resume, without the rows written after the checkpoint.
void FinetuneSession::openMetrics() {
  m_lossName = m_seg ? "CE" : "BCE";
  if (!m_writer) return;
  std::vector<std::string> columns = {m_lossName, "lr", "images_per_s", "train_loss"};
  for (const auto& m : finetuneMetricNames(m_seg)) columns.push_back("val_" + m);
  if (m_resume)
    MetricsLog::truncateAfter(m_run->metricsFile(), m_resume->epoch,
                              m_resume->meta.at("iteration").get<int64_t>());
  m_metrics = std::make_unique<MetricsLog>(m_run->metricsFile(), columns);
}

// Training batches: the same order, crops and flips for every run with this seed and data.
void FinetuneSession::prepareLoaders() {
  const FinetuneConfig& c = m_config;
  LoaderOptions lo;
  lo.batchSize = int(c.effectiveBatchSize());
  lo.threads = c.loaderWorkers;
  lo.shuffle = true;
  lo.seed = c.seed;
  // Endless: the plan decides where the run ends, on any pass over the data. A resume continues at the
  // pass and batch of the step it stopped before.
  lo.epochs = 0;
  if (m_resume) {
    lo.startEpoch = int(m_resume->iteration / m_plan.perEpoch);
    lo.startBatch = int(m_resume->iteration % m_plan.perEpoch);
  }
  lo.keepGrayscale = true;
  lo.policy = c.badFilePolicy;
  lo.loadMasks = m_seg;
  if (m_seg) lo.maskLut = m_data.maskLut;
  const int loadSize = c.loadSize > 0 ? c.loadSize : c.imageSize;
  lo.transform = loadSize > c.imageSize ? TransformOptions::pix2pix(loadSize, c.imageSize)
                                        : TransformOptions::resizeOnly(c.imageSize);
  lo.transform.flip = c.flip;
  LoaderOptions evalLoader = lo;
  evalLoader.transform = TransformOptions::resizeOnly(c.imageSize);
  m_evalOptions.loader = evalLoader;
  m_evalOptions.group = m_dist.get();
  if (m_dist) {
    lo.shardRank = m_dist->rank();
    lo.shardCount = m_dist->size();
  }
  m_evalOptions.maskSpec = m_data.maskSpec;
  m_evalOptions.device = m_device;
  m_evalOptions.bf16 = c.bf16;

  m_loader = std::make_unique<BatchLoader>(m_data.train, lo, m_data.maskSpec);
  if (int64_t(m_loader->batchesPerEpoch()) != m_plan.perEpoch)
    throw std::logic_error("the loader's " + std::to_string(m_loader->batchesPerEpoch()) +
                           " batches per pass differ from the plan's " + std::to_string(m_plan.perEpoch));
  log(std::to_string(m_plan.totalSteps) + " iterations (" + std::to_string(m_plan.perEpoch) +
      " per pass over the training images), " + c.lrSchedule + " learning-rate schedule" +
      (m_plan.warmupSteps > 0 ? " after " + std::to_string(m_plan.warmupSteps) + " warm-up steps" : "") +
      ", validation every " + std::to_string(m_plan.evalEvery) + " iterations");
}

// The history of the interrupted run: epoch records, losses and position, from the checkpoint.
void FinetuneSession::restoreHistory() {
  const json& meta = m_resume->meta;
  for (const auto& r : meta.at("records")) m_records.push_back(recordFromJson(r));
  for (const auto& r : m_records) m_result.epochTrainLoss.push_back(r.trainLoss);
  m_result.iterationLoss = meta.at("iterationLoss").get<std::vector<std::pair<int64_t, double>>>();
  m_result.iteration = meta.at("iteration").get<int64_t>();
  m_lossSum = meta.at("epochLoss").at("sum").get<double>();
  m_lossCount = meta.at("epochLoss").at("count").get<int64_t>();
  m_throughput = meta.value("throughput", 0.0);
  if (!m_records.empty()) {
    m_result.epoch = m_records.back().epoch;
    for (const auto& [k, v] : m_records.back().val) m_result.valMetrics["val_" + k] = v;
  }
  log("resuming at epoch " + std::to_string(m_resume->iteration / m_plan.perEpoch + 1) + ", batch " +
      std::to_string(m_resume->iteration % m_plan.perEpoch + 1) + " (iteration " +
      std::to_string(m_result.iteration) + ")");
}

bool FinetuneSession::trainPhases() {
  m_epoch = m_resume ? m_resume->epoch : 0;
  m_startIteration = m_result.iteration;
  m_trainStart = Clock::now();
  std::optional<torch::optim::Adam> optimizer;
  std::size_t phaseIndex = 0;
  int64_t frozenElements = 0;
  for (int64_t step = m_result.iteration; step < m_plan.totalSteps; ++step) {
    if (!optimizer || m_plan.phaseAt(step) != phaseIndex) {
      phaseIndex = m_plan.phaseAt(step);
      const FinetunePhase& phase = m_plan.phases[phaseIndex];
      frozenElements = m_model->freeze(phase.frozen);
      m_model->trainMode();  // frozen batch norms keep their statistics
      // A fresh optimiser per phase, over the trainable parameters only, as the paper's Keras code
      // recompiles the model when it unfreezes: frozen tensors are never touched by Adam.
      optimizer.emplace(m_model->trainableParameters(),
                        torch::optim::AdamOptions(phase.lr).betas({m_config.beta1, m_config.beta2}));
      if (m_resume && step == m_resume->iteration) {
        // The checkpoint's optimiser belongs to this phase unless it was written at the end of the last.
        if (m_resume->phase == int(phaseIndex + 1)) m_checkpoint->loadOptimizer("optimizer", *optimizer);
        restoreCpuRngState(m_checkpoint->tensor("rng"));
        seedRank(true);
      }
      log("phase " + std::to_string(phaseIndex + 1) + ": " + formatPhases({phase}) + ", iterations " +
          std::to_string(step + 1) + "-" + std::to_string(m_plan.phaseEnds[phaseIndex]) + ", " +
          std::to_string(frozenElements) + " parameter values frozen");
    }
    if (stopRequested()) {
      stopAt(int(phaseIndex + 1), *optimizer);
      return false;
    }
    trainStep(step, *optimizer);
    if (m_plan.validatesAfter(m_result.iteration)) {
      finishEpoch(phaseIndex, frozenElements, *optimizer);
      m_model->trainMode();
    }
  }
  return true;
}

void FinetuneSession::stopAt(int phase, torch::optim::Optimizer& optimizer) {
  saveCheckpoint(phase, optimizer);
  m_result.stopped = true;
  m_result.seconds = elapsed();
  log("stopped at epoch " + std::to_string(m_epoch + 1) + ", iteration " +
      std::to_string(m_result.iteration));
  writeStatus(RunState::Stopped, "stopped on request", m_epoch);
}

// Optimiser step `step` (0-based) at the plan's learning rate.
void FinetuneSession::trainStep(int64_t step, torch::optim::Optimizer& optimizer) {
  const FinetuneConfig& c = m_config;
  const double lr = m_plan.lrAt(step);
  for (auto& group : optimizer.param_groups())
    static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
  const auto stepStart = Clock::now();
  auto batch = m_loader->next();
  if (!batch)
    throw std::runtime_error("the data loader ended early at iteration " + std::to_string(step + 1));
  const FinetuneBatch fb = toFinetuneBatch(*batch, m_seg, m_data.classCount());
  torch::Tensor logits;
  {
    CpuAutocast autocast(c.bf16);
    logits = m_model->forward(fb.l.to(m_device));
  }
  const torch::Tensor loss = m_model->loss(logits, (m_seg ? fb.masks : fb.labels).to(m_device));
  double value = loss.item<double>();
  // Data-parallel: the mean over the ranks (logged, and a NaN on any rank stops all of them together).
  if (m_dist) value = m_dist->sum({value})[0] / double(m_dist->size());
  ++m_result.iteration;
  if (!std::isfinite(value))
    throw std::runtime_error("the training loss became " +
                             std::string(std::isnan(value) ? "NaN" : "infinite") + " at epoch " +
                             std::to_string(m_epoch + 1) + ", iteration " +
                             std::to_string(m_result.iteration) + " (learning rate " + fixedText(lr, 6) +
                             "); the run stopped before that update. Lower the learning rate, check the "
                             "data, or turn bf16 off.");
  for (auto& p : m_model->trainableParameters()) p.mutable_grad() = torch::Tensor();
  loss.backward();
  if (m_dist) m_dist->averageGradients(m_model->trainableParameters());
  optimizer.step();

  m_lossSum += value;
  ++m_lossCount;
  m_result.iterationLoss.emplace_back(m_result.iteration, value);
  const double stepSeconds = std::chrono::duration<double>(Clock::now() - stepStart).count();
  // Every rank trains a batch of the same size in step: the job's rate is the ranks' count times this one's.
  const double rate = double(batch->size()) * (m_dist ? m_dist->size() : 1) / std::max(1e-9, stepSeconds);
  m_throughput = m_throughput == 0.0 ? rate : 0.9 * m_throughput + 0.1 * rate;
  IterationStats stats;
  stats.runName = c.runName;
  stats.epoch = m_epoch + 1;
  stats.epochs = m_epochs;
  stats.iteration = m_result.iteration;
  stats.iterationsPerEpoch = m_plan.evalEvery;
  stats.totalIterations = m_totalIterations;
  stats.losses[m_lossName] = value;
  stats.learningRate = lr;
  stats.imagesPerSecond = m_throughput;
  stats.elapsedSeconds = elapsed();
  const double trainSeconds = std::chrono::duration<double>(Clock::now() - m_trainStart).count();
  stats.etaSeconds = trainSeconds / double(m_result.iteration - m_startIteration) *
                     double(m_totalIterations - m_result.iteration);
  m_observer.onIteration(stats);
  if (m_metrics && m_result.iteration % c.logEvery == 0)
    m_metrics->append({"iter",
                       m_epoch + 1,
                       m_result.iteration,
                       stats.elapsedSeconds,
                       {{m_lossName, value}, {"lr", lr}, {"images_per_s", m_throughput}}});
}

// Validation, the epoch's record and metrics row, the checkpoint, the preview and the epoch report.
void FinetuneSession::finishEpoch(std::size_t phaseIndex, int64_t frozenElements,
                                  torch::optim::Optimizer& optimizer) {
  const FinetuneConfig& c = m_config;
  const FinetunePhase& phase = m_plan.phases[phaseIndex];
  ++m_epoch;
  // Problems are read here, on the training thread: observers need not be thread-safe.
  for (const auto& p : m_loader->problems())
    if (m_reportedProblems.insert(p.file.string() + p.message).second) log(p.message);
  FinetuneEvaluationOptions vo = m_evalOptions;
  vo.previewCount = c.previewCount;
  shareRankZeroBuffers();
  const FinetuneEvaluation val = evaluateFinetune(*m_model, m_data, m_data.val, vo);
  FinetuneEpochRecord record;
  record.epoch = m_epoch;
  record.phase = int(phaseIndex + 1);
  record.lr = m_plan.lrAt(m_result.iteration - 1);
  record.frozen = phase.frozen;
  record.frozenElements = frozenElements;
  record.trainLoss = m_lossCount ? m_lossSum / double(m_lossCount) : std::nan("");
  record.val = val.metrics;
  record.seconds = elapsed();
  m_records.push_back(record);
  m_result.epochTrainLoss.push_back(record.trainLoss);
  m_result.valMetrics.clear();
  for (const auto& [k, v] : val.metrics) m_result.valMetrics["val_" + k] = v;
  m_result.epoch = m_epoch;

  MetricsRow row{"epoch", m_epoch, m_result.iteration, elapsed(), {{"train_loss", record.trainLoss}}};
  // metrics.csv keeps its columns (runs written before a metric was added still resume); the report has
  // every metric (e.g. the VOC AP variants).
  if (m_metrics) {
    const auto& columns = m_metrics->columns();
    for (const auto& [k, v] : m_result.valMetrics)
      if (std::find(columns.begin(), columns.end(), k) != columns.end()) row.values[k] = v;
    m_metrics->append(row);
  }
  const bool last = m_result.iteration == m_plan.totalSteps;
  const bool checkpointed = last || (c.checkpointEvery > 0 && m_epoch % c.checkpointEvery == 0);
  m_lossSum = 0.0;
  m_lossCount = 0;
  if (checkpointed) saveCheckpoint(int(phaseIndex + 1), optimizer);
  writePreview(val);
  EpochReport report;
  report.runName = c.runName;
  report.epoch = m_epoch;
  report.epochs = m_epochs;
  report.metrics = m_result.valMetrics;
  report.metrics["train_loss"] = record.trainLoss;
  // Each process's own recent rate (images_per_s_rank<r>): a slow one holds the others back.
  if (m_dist)
    for (const auto& [name, v] : m_dist->perRank("images_per_s", m_throughput / double(m_dist->size())))
      report.metrics[name] = v;
  report.elapsedSeconds = elapsed();
  if (checkpointed) report.checkpoint = m_run->latestCheckpoint();
  m_observer.onEpoch(report);
  log("epoch " + std::to_string(m_epoch) + "/" + std::to_string(m_epochs) + ": train loss " +
      fixedText(record.trainLoss, 4) + ", val " +
      (m_seg ? "mIoU " + fixedText(val.metrics.at("mIoU"), 4)
             : "mAP " + fixedText(val.metrics.at("mAP"), 4)));
  writeStatus(RunState::Running, "", m_epoch);
}

void FinetuneSession::writePreview(const FinetuneEvaluation& val) {
  if (val.previewGrey.empty() || !m_writer) return;
  PreviewImages preview;
  preview.runName = m_config.runName;
  preview.epoch = m_epoch;
  preview.grey = val.previewGrey;
  preview.prediction = val.previewPrediction;
  preview.truth = val.previewTruth;
  preview.grid =
      previewGrid(preview.grey, preview.prediction, preview.truth, std::max(96, m_config.imageSize));
  preview.file = m_run->previewFile(m_epoch);
  std::vector<uchar> png;
  if (cv::imencode(".png", preview.grid, png))
    writeFileAtomically(preview.file,
                        std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
  m_observer.onPreview(preview);
}

// The test split, the saved predictions, report.json / report.md and the final status.
void FinetuneSession::testAndReport() {
  const FinetuneConfig& c = m_config;
  m_loader->stop();
  FinetuneEvaluationOptions to = m_evalOptions;
  if (c.savePredictions) {
    // The prediction files come from one process: rank 0 scores the whole test split alone.
    to.predictionsDir = m_run->dir() / "predictions";
    to.group = nullptr;
    if (!m_writer) {
      log("rank 0 scores the test split and saves its predictions; this rank is done");
      m_result.completed = true;
      m_result.seconds = elapsed();
      return;
    }
  }
  if (to.group) shareRankZeroBuffers();  // (saved predictions: rank 0 scores alone with its own)
  const FinetuneEvaluation test = evaluateFinetune(*m_model, m_data, m_data.test, to);
  for (const auto& [k, v] : test.metrics) m_result.testMetrics["test_" + k] = v;
  m_result.testPerClass = test.perClass;
  if (c.savePredictions) m_result.predictionsDir = to.predictionsDir;
  m_result.completed = true;
  m_result.seconds = elapsed();
  if (!m_writer) return;
  const json report = finetuneReportJson(c, m_data, m_result, m_records, test, m_pretrainedFile);
  writeFileAtomically(m_run->reportJsonFile(), report.dump(2));
  writeFileAtomically(m_run->reportMarkdownFile(), finetuneReportMarkdown(report));
  log("test " +
      (m_seg ? "mIoU " + fixedText(test.metrics.at("mIoU"), 4)
             : "mAP " + fixedText(test.metrics.at("mAP"), 4)) +
      " on " + std::to_string(test.sampleCount) + " images; " + fixedText(m_result.seconds, 1) + " s");
  writeStatus(RunState::Completed, "", m_epoch);
}

void FinetuneSession::saveCheckpoint(int phase, torch::optim::Optimizer& optimizer) {
  const FinetuneConfig& c = m_config;
  // Every rank's random state goes into rank 0's checkpoint, so a data-parallel resume is exact.
  torch::Tensor rankRng;
  json hashes = json::array();
  if (m_dist) {
    shareRankZeroBuffers();
    rankRng = m_dist->allGather(captureCpuRngState());
    // The ranks must hold bit-identical weights; a difference would make rank 0's checkpoint a lie.
    const auto h = m_dist->weightHashes(m_model->module());
    for (const auto v : h) hashes.push_back(hexText(v));
    if (std::adjacent_find(h.begin(), h.end(), std::not_equal_to<>()) != h.end())
      throw std::runtime_error("the data-parallel ranks' weights differ at iteration " +
                               std::to_string(m_result.iteration) + " (weight hashes " + hashes.dump() +
                               "); this is a bug in the gradient averaging, please report it");
  }
  if (!m_writer) return;
  CheckpointWriter writer;
  writer.addModule("model", m_model->module());
  writer.addOptimizer("optimizer", optimizer);
  writer.addTensor("rng", captureCpuRngState());
  if (rankRng.defined()) writer.addTensor("rngRanks", rankRng);
  json history = json::array();
  for (const auto& r : m_records) history.push_back(recordToJson(r));
  writer.setMeta(json{
      {"kind", toString(RunKind::Finetune)},
      {"task", toString(c.task)},
      {"epoch", m_epoch},
      {"phase", phase},
      {"iteration", m_result.iteration},
      {"position",
       {{"epoch", m_result.iteration / m_plan.perEpoch}, {"batch", m_result.iteration % m_plan.perEpoch}}},
      {"epochLoss", {{"sum", m_lossSum}, {"count", m_lossCount}}},
      {"throughput", m_throughput},
      {"elapsedSeconds", elapsed()},
      {"records", history},
      {"iterationLoss", m_result.iterationLoss},
      {"classes", m_data.classNames},
      {"data", m_dataCounts},
      {"pretrainedFile", m_pretrainedFile},
      {"transfer", transferJson()},
      {"worldSize", m_dist ? m_dist->size() : 1},
      {"rankWeightHashes", hashes},
      {"settings", configToJson(c)}}
                     .dump());
  writer.save(m_run->latestCheckpoint());
  if (c.keepEpochCheckpoints && m_epoch > 0 && m_plan.validatesAfter(m_result.iteration))
    fs::copy_file(m_run->latestCheckpoint(), m_run->epochCheckpoint(m_epoch),
                  fs::copy_options::overwrite_existing);
}

// Writes status.json, never letting a status write hide the run's own outcome.
void FinetuneSession::writeStatus(RunState state, const std::string& message, int64_t epoch) const {
  if (!m_writer) return;
  RunStatus s;
  s.state = state;
  s.message = message;
  s.epoch = epoch;
  s.epochs = m_epochs;
  s.iteration = m_result.iteration;
  s.totalIterations = m_totalIterations;
  try {
    writeRunStatus(m_run->statusFile(), s);
  } catch (const std::exception&) {
    // The result returned to the caller carries the outcome; status.json is a convenience for readers.
  }
}

void FinetuneSession::log(const std::string& line) { m_observer.onLog("[" + m_config.runName + "] " + line); }

double FinetuneSession::elapsed() const {
  return m_elapsedBefore + std::chrono::duration<double>(Clock::now() - m_start).count();
}

}  // namespace colorproxy
