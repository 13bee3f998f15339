#include "colorproxy/train/finetune_trainer.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/batch_loader.h"
#include "colorproxy/io/atomic_file.h"
#include "colorproxy/io/metrics_log.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_status.h"
#include "io/checkpoint.h"
#include "io/time_text.h"
#include "train/cpu_autocast.h"
#include "train/finetune_batch.h"
#include "train/finetune_class_weights.h"
#include "train/finetune_data.h"
#include "train/finetune_evaluation.h"
#include "train/finetune_model.h"
#include "train/finetune_pretrained.h"
#include "train/finetune_report.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

torch::Device chooseDevice(const std::string& name) {
  if (name == "cuda" && !torch::cuda::is_available())
    throw std::invalid_argument("device 'cuda' was asked for but no CUDA device is available; use device cpu or auto");
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

}  // namespace

struct FinetuneTrainer::Impl {
  FinetuneConfig config;
};

FinetuneTrainer::FinetuneTrainer(FinetuneConfig config) : m_impl(std::make_unique<Impl>()) {
  m_impl->config = std::move(config);
}
FinetuneTrainer::~FinetuneTrainer() = default;
FinetuneTrainer::FinetuneTrainer(FinetuneTrainer&&) noexcept = default;
FinetuneTrainer& FinetuneTrainer::operator=(FinetuneTrainer&&) noexcept = default;

const FinetuneConfig& FinetuneTrainer::config() const { return m_impl->config; }

FinetuneResult FinetuneTrainer::run(TrainingObserver& observer, StopToken& stop) {
  const FinetuneConfig& c = m_impl->config;
  const auto start = Clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  FinetuneResult result;
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
    run = RunFolder::create(c.runsDir, c.runName);
    result.runDir = run->dir();
    writeStatusQuietly(*run, RunState::Running, "", 0, epochs, 0, 0);
    const bool seg = c.task == "segmentation";
    const auto log = [&](const std::string& line) { observer.onLog("[" + c.runName + "] " + line); };

    const FinetuneData data = loadFinetuneData(c);
    result.classNames = data.classNames;
    for (const auto& n : data.notes) log(n);
    log(std::to_string(data.train.size()) + " training, " + std::to_string(data.val.size()) + " validation, " +
        std::to_string(data.test.size()) + " test images; " + std::to_string(data.classCount()) + " classes");

    const torch::Device device = chooseDevice(c.device);
    // One seed draws the whole network; a pretrained run then overwrites the transferred part, so its new
    // layers start exactly where the baseline's do.
    torch::manual_seed(c.seed);
    FinetuneModel model(c, data.classCount());
    std::string pretrainedFile;
    if (c.pretrained()) {
      const PretrainedGenerator generator = loadPretrainedGenerator(c.pretrainedPath());
      requireCompatible(generator, c.ngf, c.numDowns);
      result.transfer = model.transferFrom(generator);
      pretrainedFile = generator.file.string();
      log("pretrained from " + pretrainedFile + (generator.entry.empty() ? "" : " (" + generator.entry + ")") + ": " +
          std::to_string(result.transfer.transferred.size()) + " tensors transferred, " +
          std::to_string(result.transfer.created.size()) + " new, " + std::to_string(result.transfer.skipped.size()) +
          " unused");
    }
    if (seg && c.classWeights == "median-frequency") {
      const auto weights =
          medianFrequencyWeights(countClassPixels(data.train, data.maskSpec, data.maskLut, data.classCount()));
      model.setClassWeights(torch::tensor(std::vector<double>(weights), torch::kDouble).to(torch::kFloat));
      std::string text;
      for (std::size_t i = 0; i < weights.size(); ++i)
        text += (i ? ", " : "") + data.classNames[i] + " " + fixed(weights[i], 2);
      log("median-frequency class weights: " + text);
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
    writeFileAtomically(run->configFile(), config.dump(2));

    const std::string lossName = seg ? "CE" : "BCE";
    std::vector<std::string> columns = {lossName, "lr", "images_per_s", "train_loss"};
    for (const auto& m : finetuneMetricNames(seg)) columns.push_back("val_" + m);
    MetricsLog metrics(run->metricsFile(), columns);

    // Training batches: the same order, crops and flips for every run with this seed and data.
    LoaderOptions lo;
    lo.batchSize = int(c.effectiveBatchSize());
    lo.threads = c.loaderWorkers;
    lo.shuffle = true;
    lo.seed = c.seed;
    lo.epochs = int(epochs);
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

    const auto saveCheckpoint = [&](int64_t epoch, int phase, torch::optim::Optimizer& optimizer) {
      CheckpointWriter writer;
      writer.addModule("model", model.module());
      writer.addOptimizer("optimizer", optimizer);
      writer.setMeta(json{{"kind", "finetune"},
                          {"task", c.task},
                          {"epoch", epoch},
                          {"phase", phase},
                          {"iteration", result.iteration},
                          {"classes", data.classNames},
                          {"settings", c.toJson()}}
                         .dump());
      writer.save(run->latestCheckpoint());
      if (c.keepEpochCheckpoints && epoch > 0) fs::copy_file(run->latestCheckpoint(), run->epochCheckpoint(epoch),
                                                              fs::copy_options::overwrite_existing);
    };

    std::vector<FinetuneEpochRecord> records;
    std::set<std::string> reportedProblems;
    double throughput = 0.0;
    int64_t epoch = 0;
    const auto trainStart = Clock::now();
    for (std::size_t phaseIndex = 0; phaseIndex < phases.size(); ++phaseIndex) {
      const FinetunePhase& phase = phases[phaseIndex];
      const int64_t frozenElements = model.freeze(phase.frozen);
      // A fresh optimiser per phase, over the trainable parameters only, as the paper's Keras code
      // recompiles the model when it unfreezes: frozen tensors are never touched by Adam.
      torch::optim::Adam optimizer(model.trainableParameters(),
                                   torch::optim::AdamOptions(phase.lr).betas({c.beta1, c.beta2}));
      log("phase " + std::to_string(phaseIndex + 1) + ": " + formatPhases({phase}) + ", " +
          std::to_string(frozenElements) + " parameter values frozen");
      for (int64_t e = 0; e < phase.epochs; ++e) {
        ++epoch;
        model.trainMode();
        double lossSum = 0.0;
        int64_t lossCount = 0;
        for (int64_t b = 0; b < perEpoch; ++b) {
          if (!stop.checkpoint()) {
            saveCheckpoint(epoch - 1, int(phaseIndex + 1), optimizer);
            result.stopped = true;
            result.seconds = elapsed();
            log("stopped at epoch " + std::to_string(epoch) + ", iteration " + std::to_string(result.iteration));
            writeStatusQuietly(*run, RunState::Stopped, "stopped on request", epoch - 1, epochs, result.iteration,
                               totalIterations);
            return result;
          }
          const auto stepStart = Clock::now();
          auto batch = loader.next();
          if (!batch) throw std::runtime_error("the data loader ended early at epoch " + std::to_string(epoch));
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
            throw std::runtime_error("the training loss became " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                                     " at epoch " + std::to_string(epoch) + ", iteration " +
                                     std::to_string(result.iteration) + " (learning rate " + fixed(phase.lr, 6) +
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
          stats.etaSeconds = trainSeconds / double(result.iteration) * double(totalIterations - result.iteration);
          observer.onIteration(stats);
          if (result.iteration % c.logEvery == 0)
            metrics.append({"iter", epoch, result.iteration, stats.elapsedSeconds,
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
        if (checkpointed) saveCheckpoint(epoch, int(phaseIndex + 1), optimizer);

        if (!val.previewGrey.empty()) {
          PreviewImages preview;
          preview.runName = c.runName;
          preview.epoch = epoch;
          preview.grey = val.previewGrey;
          preview.prediction = val.previewPrediction;
          preview.truth = val.previewTruth;
          preview.grid = previewGrid(preview.grey, preview.prediction, preview.truth, std::max(96, c.imageSize));
          preview.file = run->previewFile(epoch);
          std::vector<uchar> png;
          if (cv::imencode(".png", preview.grid, png))
            writeFileAtomically(preview.file, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
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
            fixed(record.trainLoss, 4) + ", val " + (seg ? "mIoU " + fixed(val.metrics.at("mIoU"), 4)
                                                         : "mAP " + fixed(val.metrics.at("mAP"), 4)));
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
    log("test " + (seg ? "mIoU " + fixed(test.metrics.at("mIoU"), 4) : "mAP " + fixed(test.metrics.at("mAP"), 4)) +
        " on " + std::to_string(test.sampleCount) + " images; " + fixed(result.seconds, 1) + " s");
    writeStatusQuietly(*run, RunState::Completed, "", epoch, epochs, result.iteration, totalIterations);
  } catch (const std::exception& e) {
    result.error = e.what();
    result.completed = false;
    result.seconds = elapsed();
    observer.onLog("[" + c.runName + "] failed: " + result.error);
    if (run) writeStatusQuietly(*run, RunState::Failed, result.error, result.epoch, epochs, result.iteration,
                                totalIterations);
  }
  return result;
}

FinetuneResult runFinetune(const FinetuneConfig& config, TrainingObserver& observer, StopToken& stop) {
  return FinetuneTrainer(config).run(observer, stop);
}

}  // namespace colorproxy
