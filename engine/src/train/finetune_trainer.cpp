#include "colorproxy/train/finetune_trainer.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <unistd.h>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/batch_loader.h"
#include "colorproxy/io/atomic_file.h"
#include "colorproxy/io/metrics_log.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_status.h"
#include "io/checkpoint.h"
#include "io/resume_checkpoint.h"
#include "io/time_text.h"
#include "train/cpu_autocast.h"
#include "train/finetune_batch.h"
#include "train/finetune_class_weights.h"
#include "train/finetune_data.h"
#include "train/finetune_evaluation.h"
#include "train/finetune_model.h"
#include "train/finetune_pretrained.h"
#include "train/finetune_report.h"
#include "train/skipped_files.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

torch::Device chooseDevice(const std::string& name) {
  if (name == "cuda" && !torch::cuda::is_available())
    throw std::invalid_argument(
        "device 'cuda' was asked for but no CUDA device is available; use device cpu or auto");
  if (name == "cuda" || (name == "auto" && torch::cuda::is_available())) return torch::kCUDA;
  return torch::kCPU;
}

std::string joinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "; ") + l;
  return out;
}

std::string fixed(double v, int decimals) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(decimals);
  s << v;
  return s.str();
}

// Writes status.json, never letting a status write hide the run's own outcome.
void writeStatusQuietly(const RunFolder& run, RunState state, const std::string& message, int64_t epoch,
                        int64_t epochs, int64_t iteration, int64_t total) {
  RunStatus s;
  s.state = state;
  s.message = message;
  s.epoch = epoch;
  s.epochs = epochs;
  s.iteration = iteration;
  s.totalIterations = total;
  try {
    writeRunStatus(run.statusFile(), s);
  } catch (const std::exception&) {
    // The result returned to the caller carries the outcome; status.json is a convenience for readers.
  }
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

// Where an interrupted run continues, read back from its checkpoint's metadata.
struct ResumePoint {
  fs::path dir;
  fs::path file;         // the checkpoint resumed from: latest.pt, or the newest epoch-NNN.pt that loads
  std::string fallback;  // why it is not latest.pt (logged), else empty
  json meta;
  int64_t epoch = 0;  // epochs finished
  int64_t batch = 0;  // batches finished in the next epoch
  int phase = 0;      // 1-based phase whose optimiser the checkpoint holds
};

}  // namespace

struct FinetuneTrainer::Impl {
  FinetuneConfig config;
  std::optional<fs::path> resumeDir;
  FinetuneResumeOptions resumeOptions;
};

FinetuneTrainer::FinetuneTrainer(FinetuneConfig config) : m_impl(std::make_unique<Impl>()) {
  m_impl->config = std::move(config);
}
FinetuneTrainer::~FinetuneTrainer() = default;
FinetuneTrainer::FinetuneTrainer(FinetuneTrainer&&) noexcept = default;
FinetuneTrainer& FinetuneTrainer::operator=(FinetuneTrainer&&) noexcept = default;

const FinetuneConfig& FinetuneTrainer::config() const { return m_impl->config; }

FinetuneTrainer FinetuneTrainer::resume(const fs::path& runDir, const FinetuneResumeOptions& options) {
  FinetuneTrainer t{FinetuneConfig{}};
  t.m_impl->resumeDir = runDir;
  t.m_impl->resumeOptions = options;
  return t;
}

FinetuneResult FinetuneTrainer::run(TrainingObserver& observer, StopToken& stop) {
  FinetuneResult result;
  std::optional<ResumePoint> resume;
  if (m_impl->resumeDir) {
    // The settings, position and history of the interrupted run, from its latest checkpoint.
    const fs::path dir = *m_impl->resumeDir;
    result.runDir = dir;
    try {
      const RunFolder folder(dir);
      if (!folder.isRun())
        throw std::runtime_error("'" + dir.string() + "' is not a run folder (it has no config.json)");
      if (fs::exists(folder.statusFile())) {
        const RunStatus status = folder.readStatus();
        if (status.state == RunState::Completed)
          throw std::runtime_error("'" + dir.string() + "' has already finished; there is nothing to resume");
        if (status.state == RunState::Running && status.pid != int64_t(::getpid()))
          throw std::runtime_error("'" + dir.string() + "' is being trained right now by process " +
                                   std::to_string(status.pid) + "; stop it first (or wait for it to finish)");
      }
      ResumePoint point;
      point.dir = dir;
      const ResumeCheckpoint from = openResumeCheckpoint(folder);
      point.file = from.file;
      point.fallback = from.fallback;
      point.meta = json::parse(from.meta);
      if (point.meta.value("kind", "") != "finetune")
        throw std::runtime_error("'" + from.file.string() + "' is not a fine-tuning checkpoint");
      if (!point.meta.contains("position"))
        throw std::runtime_error(
            "'" + from.file.string() +
            "' was written by an older ColorProxy without what a resume needs; start a new "
            "run instead");
      point.epoch = point.meta.at("position").at("epoch").get<int64_t>();
      point.batch = point.meta.at("position").at("batch").get<int64_t>();
      point.phase = point.meta.at("phase").get<int>();
      m_impl->config = FinetuneConfig::fromJson(point.meta.at("settings"));
      if (m_impl->resumeOptions.threads) m_impl->config.threads = *m_impl->resumeOptions.threads;
      if (m_impl->resumeOptions.device) m_impl->config.device = *m_impl->resumeOptions.device;
      resume = std::move(point);
    } catch (const std::exception& e) {
      result.error = std::string("cannot resume: ") + e.what();
      observer.onLog(result.error);
      return result;
    }
  }
  const FinetuneConfig& c = m_impl->config;
  // Wall time and training time already spent before a resume count towards the run's totals.
  const double elapsedBefore = resume ? resume->meta.value("elapsedSeconds", 0.0) : 0.0;
  const auto start = Clock::now();
  const auto elapsed = [&] {
    return elapsedBefore + std::chrono::duration<double>(Clock::now() - start).count();
  };
  result.task = c.task;
  result.perClassMetric = c.task == "segmentation" ? "IoU" : "AP";

  const auto problems = c.validate();
  if (!problems.empty()) {
    result.error = "the fine-tuning settings cannot run: " + joinLines(problems);
    return result;
  }
  at::set_num_threads(c.threads > 0 ? c.threads : int(std::max(1u, std::thread::hardware_concurrency())));

  std::optional<RunFolder> run;
  const auto phases = c.effectivePhases();
  const int64_t epochs = c.totalEpochs();
  int64_t totalIterations = 0;
  try {
    // The data first: a dataset that cannot be used must not leave an empty run folder behind.
    const FinetuneData data = loadFinetuneData(c);
    if (resume)
      run = RunFolder(resume->dir);
    else
      run = RunFolder::create(c.runsDir, c.runName);
    result.runDir = run->dir();
    writeStatusQuietly(*run, RunState::Running, "", resume ? resume->epoch : 0, epochs, 0, 0);
    const bool seg = c.task == "segmentation";
    const auto log = [&](const std::string& line) { observer.onLog("[" + c.runName + "] " + line); };

    result.classNames = data.classNames;
    for (const auto& n : data.notes) log(n);
    for (const auto& line : skippedFilesLog(data.skipped, c.dataPath.string())) log(line);
    log(std::to_string(data.train.size()) + " training, " + std::to_string(data.val.size()) +
        " validation, " + std::to_string(data.test.size()) + " test images; " +
        std::to_string(data.classCount()) + " classes");
    const json dataCounts = {
        {"train", data.train.size()}, {"val", data.val.size()}, {"test", data.test.size()}};
    if (resume && (resume->meta.value("data", json()) != dataCounts ||
                   resume->meta.value("classes", json()) != json(data.classNames)))
      throw std::runtime_error(
          "the data under '" + c.dataPath.string() + "' changed since the run started (" +
          resume->meta.value("data", json()).dump() + " images and " +
          std::to_string(resume->meta.value("classes", json::array()).size()) + " classes then, " +
          dataCounts.dump() + " and " + std::to_string(data.classCount()) +
          " now); an exact resume needs the same files. Restore them or start a new run.");

    const torch::Device device = chooseDevice(c.device);
    // One seed draws the whole network; a pretrained run then overwrites the transferred part, so its new
    // layers start exactly where the baseline's do.
    torch::manual_seed(c.seed);
    FinetuneModel model(c, data.classCount());
    std::string pretrainedFile;
    if (resume) {
      // The weights come from the checkpoint; what the pretrained initialisation did is history.
      pretrainedFile = resume->meta.value("pretrainedFile", "");
      const json t = resume->meta.value("transfer", json::object());
      result.transfer.transferred = t.value("transferred", std::vector<std::string>{});
      result.transfer.created = t.value("created", std::vector<std::string>{});
      result.transfer.skipped = t.value("skipped", std::vector<std::string>{});
    } else if (c.pretrained()) {
      const PretrainedGenerator generator = loadPretrainedGenerator(c.pretrainedPath());
      requireCompatible(generator, c.ngf, c.numDowns);
      result.transfer = model.transferFrom(generator);
      pretrainedFile = generator.file.string();
      log("pretrained from " + pretrainedFile +
          (generator.entry.empty() ? "" : " (" + generator.entry + ")") + ": " +
          std::to_string(result.transfer.transferred.size()) + " tensors transferred, " +
          std::to_string(result.transfer.created.size()) + " new, " +
          std::to_string(result.transfer.skipped.size()) + " unused");
    }
    if (seg && c.classWeights == "median-frequency") {
      const auto weights = medianFrequencyWeights(
          countClassPixels(data.train, data.maskSpec, data.maskLut, data.classCount()));
      model.setClassWeights(torch::tensor(std::vector<double>(weights), torch::kDouble).to(torch::kFloat));
      std::string text;
      for (std::size_t i = 0; i < weights.size(); ++i)
        text += (i ? ", " : "") + data.classNames[i] + " " + fixed(weights[i], 2);
      log("median-frequency class weights: " + text);
    }
    std::optional<CheckpointReader> checkpoint;
    if (resume) {
      if (!resume->fallback.empty()) log(resume->fallback);
      checkpoint.emplace(resume->file);
      checkpoint->loadModule("model", model.module());
    }
    model.module().to(device);

    json config = {{"task", "finetune-" + c.task},
                   {"createdAt", localTimeIso(std::time(nullptr))},
                   {"engineVersion", COLORPROXY_VERSION},
                   {"primaryMetric", seg ? "val_mIoU" : "val_mAP"},
                   {"primaryMetricHigherIsBetter", true},
                   {"settings", c.toJson()},
                   {"classes", data.classNames},
                   {"data",
                    {{"train", data.train.size()},
                     {"val", data.val.size()},
                     {"test", data.test.size()},
                     {"trainSource", data.trainSource},
                     {"valSource", data.valSource},
                     {"testSource", data.testSource}}},
                   {"pretrainedFile", pretrainedFile},
                   {"transfer",
                    {{"transferred", result.transfer.transferred},
                     {"created", result.transfer.created},
                     {"skipped", result.transfer.skipped}}}};
    if (!resume) writeFileAtomically(run->configFile(), config.dump(2));

    const std::string lossName = seg ? "CE" : "BCE";
    std::vector<std::string> columns = {lossName, "lr", "images_per_s", "train_loss"};
    for (const auto& m : finetuneMetricNames(seg)) columns.push_back("val_" + m);
    if (resume)
      MetricsLog::truncateAfter(run->metricsFile(), resume->epoch,
                                resume->meta.at("iteration").get<int64_t>());
    MetricsLog metrics(run->metricsFile(), columns);

    // Training batches: the same order, crops and flips for every run with this seed and data.
    LoaderOptions lo;
    lo.batchSize = int(c.effectiveBatchSize());
    lo.threads = c.loaderWorkers;
    lo.shuffle = true;
    lo.seed = c.seed;
    lo.epochs = int(epochs);
    if (resume) {
      lo.startEpoch = int(resume->epoch);
      lo.startBatch = int(resume->batch);
      lo.epochs = int(epochs - resume->epoch);
    }
    lo.keepGrayscale = true;
    lo.policy = parseBadInputPolicy(c.badFilePolicy);
    lo.loadMasks = seg;
    if (seg) lo.maskLut = data.maskLut;
    const int loadSize = c.loadSize > 0 ? c.loadSize : c.imageSize;
    lo.transform = loadSize > c.imageSize ? TransformOptions::pix2pix(loadSize, c.imageSize)
                                          : TransformOptions::resizeOnly(c.imageSize);
    lo.transform.flip = c.flip;
    LoaderOptions evalLoader = lo;
    evalLoader.transform = TransformOptions::resizeOnly(c.imageSize);
    FinetuneEvaluationOptions evalOptions;
    evalOptions.loader = evalLoader;
    evalOptions.maskSpec = data.maskSpec;
    evalOptions.device = device;
    evalOptions.bf16 = c.bf16;

    BatchLoader loader(data.train, lo, data.maskSpec);
    const int64_t perEpoch = int64_t(loader.batchesPerEpoch());
    totalIterations = perEpoch * epochs;

    std::vector<FinetuneEpochRecord> records;
    double lossSum = 0.0;  // of the epoch in progress
    int64_t lossCount = 0;
    double throughput = 0.0;
    // `epoch` epochs finished and `batch` batches of the next; `phase` (1-based) owns `optimizer`.
    const auto saveCheckpoint = [&](int64_t epoch, int64_t batch, int phase,
                                    torch::optim::Optimizer& optimizer) {
      CheckpointWriter writer;
      writer.addModule("model", model.module());
      writer.addOptimizer("optimizer", optimizer);
      writer.addTensor("rng", captureCpuRngState());
      json history = json::array();
      for (const auto& r : records) history.push_back(recordToJson(r));
      writer.setMeta(json{
          {"kind", "finetune"},
          {"task", c.task},
          {"epoch", epoch},
          {"phase", phase},
          {"iteration", result.iteration},
          {"position", {{"epoch", epoch}, {"batch", batch}}},
          {"epochLoss", {{"sum", lossSum}, {"count", lossCount}}},
          {"throughput", throughput},
          {"elapsedSeconds", elapsed()},
          {"records", history},
          {"iterationLoss", result.iterationLoss},
          {"classes", data.classNames},
          {"data", dataCounts},
          {"pretrainedFile", pretrainedFile},
          {"transfer",
           {{"transferred", result.transfer.transferred},
            {"created", result.transfer.created},
            {"skipped", result.transfer.skipped}}},
          {"settings",
           c.toJson()}}.dump());
      writer.save(run->latestCheckpoint());
      if (c.keepEpochCheckpoints && epoch > 0 && batch == 0)
        fs::copy_file(run->latestCheckpoint(), run->epochCheckpoint(epoch),
                      fs::copy_options::overwrite_existing);
    };

    if (resume) {
      for (const auto& r : resume->meta.at("records")) records.push_back(recordFromJson(r));
      for (const auto& r : records) result.epochTrainLoss.push_back(r.trainLoss);
      result.iterationLoss = resume->meta.at("iterationLoss").get<std::vector<std::pair<int64_t, double>>>();
      result.iteration = resume->meta.at("iteration").get<int64_t>();
      lossSum = resume->meta.at("epochLoss").at("sum").get<double>();
      lossCount = resume->meta.at("epochLoss").at("count").get<int64_t>();
      throughput = resume->meta.value("throughput", 0.0);
      if (!records.empty()) {
        result.epoch = records.back().epoch;
        for (const auto& [k, v] : records.back().val) result.valMetrics["val_" + k] = v;
      }
      log("resuming at epoch " + std::to_string(resume->epoch + 1) + ", batch " +
          std::to_string(resume->batch + 1) + " (iteration " + std::to_string(result.iteration) + ")");
    }
    std::set<std::string> reportedProblems;
    int64_t epoch = 0;
    const int64_t startIteration = result.iteration;
    const auto trainStart = Clock::now();
    for (std::size_t phaseIndex = 0; phaseIndex < phases.size(); ++phaseIndex) {
      const FinetunePhase& phase = phases[phaseIndex];
      const int64_t firstEpochOfPhase = epoch;  // epochs before this phase
      // After a resume: phases already finished are skipped, and so are the finished epochs of this one.
      const int64_t skip = resume ? std::max<int64_t>(0, resume->epoch - firstEpochOfPhase) : 0;
      if (skip >= phase.epochs) {
        epoch += phase.epochs;
        continue;
      }
      const int64_t frozenElements = model.freeze(phase.frozen);
      // A fresh optimiser per phase, over the trainable parameters only, as the paper's Keras code
      // recompiles the model when it unfreezes: frozen tensors are never touched by Adam.
      torch::optim::Adam optimizer(model.trainableParameters(),
                                   torch::optim::AdamOptions(phase.lr).betas({c.beta1, c.beta2}));
      const bool resumesHere =
          resume && resume->epoch >= firstEpochOfPhase && resume->epoch < firstEpochOfPhase + phase.epochs;
      if (resumesHere) {
        // The checkpoint's optimiser belongs to this phase unless it was written at the end of the last one.
        if (resume->phase == int(phaseIndex + 1)) checkpoint->loadOptimizer("optimizer", optimizer);
        restoreCpuRngState(checkpoint->tensor("rng"));
      }
      log("phase " + std::to_string(phaseIndex + 1) + ": " + formatPhases({phase}) + ", " +
          std::to_string(frozenElements) + " parameter values frozen");
      epoch += skip;
      for (int64_t e = skip; e < phase.epochs; ++e) {
        ++epoch;
        model.trainMode();
        const bool partial = resumesHere && e == skip && resume->batch > 0;
        if (!partial) {
          lossSum = 0.0;
          lossCount = 0;
        }
        for (int64_t b = partial ? resume->batch : 0; b < perEpoch; ++b) {
          if (!stop.checkpoint()) {
            saveCheckpoint(epoch - 1, b, int(phaseIndex + 1), optimizer);
            result.stopped = true;
            result.seconds = elapsed();
            log("stopped at epoch " + std::to_string(epoch) + ", iteration " +
                std::to_string(result.iteration));
            writeStatusQuietly(*run, RunState::Stopped, "stopped on request", epoch - 1, epochs,
                               result.iteration, totalIterations);
            return result;
          }
          const auto stepStart = Clock::now();
          auto batch = loader.next();
          if (!batch)
            throw std::runtime_error("the data loader ended early at epoch " + std::to_string(epoch));
          const FinetuneBatch fb = toFinetuneBatch(*batch, seg, data.classCount());
          torch::Tensor logits;
          {
            CpuAutocast autocast(c.bf16);
            logits = model.forward(fb.l.to(device));
          }
          const torch::Tensor loss = model.loss(logits, (seg ? fb.masks : fb.labels).to(device));
          const double value = loss.item<double>();
          ++result.iteration;
          if (!std::isfinite(value))
            throw std::runtime_error(
                "the training loss became " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                " at epoch " + std::to_string(epoch) + ", iteration " + std::to_string(result.iteration) +
                " (learning rate " + fixed(phase.lr, 6) +
                "); the run stopped before that update. Lower the learning rate, check the "
                "data, or turn bf16 off.");
          for (auto& p : model.trainableParameters()) p.mutable_grad() = torch::Tensor();
          loss.backward();
          optimizer.step();

          lossSum += value;
          ++lossCount;
          result.iterationLoss.emplace_back(result.iteration, value);
          const double stepSeconds = std::chrono::duration<double>(Clock::now() - stepStart).count();
          const double rate = double(batch->size()) / std::max(1e-9, stepSeconds);
          throughput = throughput == 0.0 ? rate : 0.9 * throughput + 0.1 * rate;
          IterationStats stats;
          stats.runName = c.runName;
          stats.epoch = epoch;
          stats.epochs = epochs;
          stats.iteration = result.iteration;
          stats.iterationsPerEpoch = perEpoch;
          stats.totalIterations = totalIterations;
          stats.losses[lossName] = value;
          stats.learningRate = phase.lr;
          stats.imagesPerSecond = throughput;
          stats.elapsedSeconds = elapsed();
          const double trainSeconds = std::chrono::duration<double>(Clock::now() - trainStart).count();
          stats.etaSeconds = trainSeconds / double(result.iteration - startIteration) *
                             double(totalIterations - result.iteration);
          observer.onIteration(stats);
          if (result.iteration % c.logEvery == 0)
            metrics.append({"iter",
                            epoch,
                            result.iteration,
                            stats.elapsedSeconds,
                            {{lossName, value}, {"lr", phase.lr}, {"images_per_s", throughput}}});
        }

        // Problems are read here, on the training thread: observers need not be thread-safe.
        for (const auto& p : loader.problems())
          if (reportedProblems.insert(p.file.string() + p.message).second) log(p.message);
        FinetuneEvaluationOptions vo = evalOptions;
        vo.previewCount = c.previewCount;
        const FinetuneEvaluation val = evaluateFinetune(model, data, data.val, vo);
        FinetuneEpochRecord record;
        record.epoch = epoch;
        record.phase = int(phaseIndex + 1);
        record.lr = phase.lr;
        record.frozen = phase.frozen;
        record.frozenElements = frozenElements;
        record.trainLoss = lossCount ? lossSum / double(lossCount) : std::nan("");
        record.val = val.metrics;
        record.seconds = elapsed();
        records.push_back(record);
        result.epochTrainLoss.push_back(record.trainLoss);
        result.valMetrics.clear();
        for (const auto& [k, v] : val.metrics) result.valMetrics["val_" + k] = v;
        result.epoch = epoch;

        MetricsRow row{"epoch", epoch, result.iteration, elapsed(), {{"train_loss", record.trainLoss}}};
        for (const auto& [k, v] : result.valMetrics) row.values[k] = v;
        metrics.append(row);
        const bool last = phaseIndex + 1 == phases.size() && e + 1 == phase.epochs;
        const bool checkpointed = last || (c.checkpointEvery > 0 && epoch % c.checkpointEvery == 0);
        if (checkpointed) {
          lossSum = 0.0;
          lossCount = 0;
          saveCheckpoint(epoch, 0, int(phaseIndex + 1), optimizer);
        }

        if (!val.previewGrey.empty()) {
          PreviewImages preview;
          preview.runName = c.runName;
          preview.epoch = epoch;
          preview.grey = val.previewGrey;
          preview.prediction = val.previewPrediction;
          preview.truth = val.previewTruth;
          preview.grid =
              previewGrid(preview.grey, preview.prediction, preview.truth, std::max(96, c.imageSize));
          preview.file = run->previewFile(epoch);
          std::vector<uchar> png;
          if (cv::imencode(".png", preview.grid, png))
            writeFileAtomically(preview.file,
                                std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
          observer.onPreview(preview);
        }
        EpochReport report;
        report.runName = c.runName;
        report.epoch = epoch;
        report.epochs = epochs;
        report.metrics = result.valMetrics;
        report.metrics["train_loss"] = record.trainLoss;
        report.elapsedSeconds = elapsed();
        if (checkpointed) report.checkpoint = run->latestCheckpoint();
        observer.onEpoch(report);
        log("epoch " + std::to_string(epoch) + "/" + std::to_string(epochs) + ": train loss " +
            fixed(record.trainLoss, 4) + ", val " +
            (seg ? "mIoU " + fixed(val.metrics.at("mIoU"), 4) : "mAP " + fixed(val.metrics.at("mAP"), 4)));
        writeStatusQuietly(*run, RunState::Running, "", epoch, epochs, result.iteration, totalIterations);
      }
    }
    loader.stop();

    FinetuneEvaluationOptions to = evalOptions;
    if (c.savePredictions) to.predictionsDir = run->dir() / "predictions";
    const FinetuneEvaluation test = evaluateFinetune(model, data, data.test, to);
    for (const auto& [k, v] : test.metrics) result.testMetrics["test_" + k] = v;
    result.testPerClass = test.perClass;
    if (c.savePredictions) result.predictionsDir = to.predictionsDir;
    result.completed = true;
    result.seconds = elapsed();
    const json report = finetuneReportJson(c, data, result, records, test, pretrainedFile);
    writeFileAtomically(run->reportJsonFile(), report.dump(2));
    writeFileAtomically(run->reportMarkdownFile(), finetuneReportMarkdown(report));
    log("test " +
        (seg ? "mIoU " + fixed(test.metrics.at("mIoU"), 4) : "mAP " + fixed(test.metrics.at("mAP"), 4)) +
        " on " + std::to_string(test.sampleCount) + " images; " + fixed(result.seconds, 1) + " s");
    writeStatusQuietly(*run, RunState::Completed, "", epoch, epochs, result.iteration, totalIterations);
  } catch (const std::exception& e) {
    result.error = e.what();
    result.completed = false;
    result.seconds = elapsed();
    observer.onLog("[" + c.runName + "] failed: " + result.error);
    if (run)
      writeStatusQuietly(*run, RunState::Failed, result.error, result.epoch, epochs, result.iteration,
                         totalIterations);
  }
  return result;
}

FinetuneResult runFinetune(const FinetuneConfig& config, TrainingObserver& observer, StopToken& stop) {
  return FinetuneTrainer(config).run(observer, stop);
}

FinetuneResult resumeFinetune(const fs::path& runDir, TrainingObserver& observer, StopToken& stop,
                              const FinetuneResumeOptions& options) {
  return FinetuneTrainer::resume(runDir, options).run(observer, stop);
}

}  // namespace colorproxy
