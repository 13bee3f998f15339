#pragma once
// Engine-internal: one colorization training session, new or resumed, holding every torch object of the
// run. ColorizationTrainer (public, torch-free) wraps it.
#include <chrono>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "colorproxy/color/ab_quantizer.h"
#include "colorproxy/data/data_problem.h"
#include "colorproxy/io/metrics_log.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "dist/dist_group.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/patch_discriminator.h"
#include "models/sync_batch_norm.h"
#include "models/unet_generator.h"
#include "pretrain/colorization_data.h"
#include "pretrain/gan_step.h"
#include "probe/epoch_knn_probe.h"
#include "tensor/ab_encoding.h"

namespace colorproxy {

/// A point in training: the next batch to run is (epoch, batch), 0-based; `iteration` steps are done.
struct TrainPosition {
  int64_t epoch = 0;
  int64_t batch = 0;
  int64_t iteration = 0;
};

/// One training session of a colorization run.
class ColorizationSession {
 public:
  /// A new run with `config` (run folder created in run()).
  ColorizationSession(ColorizationConfig config, TrainingObserver& observer, StopToken& stop);
  /// Continues the run in `runDir` from checkpoints/latest.pt with the run's own settings.
  ColorizationSession(const std::filesystem::path& runDir, const ResumeOptions& options,
                      TrainingObserver& observer, StopToken& stop);

  /// The data-parallel job to join instead of the one the environment describes (ColorizationTrainer).
  void setDistEnv(const DistEnv& env) { m_distEnv = env; }

  /// Trains until done, stopped or failed; never throws.
  RunResult run();

  const ColorizationConfig& config() const { return m_config; }

 private:
  using Clock = std::chrono::steady_clock;

  /// Reads settings (and for a resume the checkpoint), the data, builds the networks and the run folder.
  void prepare();
  void buildNetworks();
  void loadCheckpoint(const std::filesystem::path& file);
  void writeConfigJson() const;
  void prepareClassification();
  void resolveIterationBudget();
  void trainLoop();
  /// One optimiser step; `l` is the generator's input (scaled L, and the hint channels for a hint model).
  std::map<std::string, double> trainStep(const torch::Tensor& l, const torch::Tensor& ab);
  void setLearningRate(int64_t epoch);
  double learningRate() const;
  /// Validation metrics over the val images; writes the preview grid for `epoch` (1-based).
  std::map<std::string, double> validateAndPreview(int64_t epoch);
  /// Writes latest.pt (and epoch-NNN.pt when `epochEnd`), returns the file written.
  std::filesystem::path saveCheckpoint(bool epochEnd);
  void writeStatus(RunState state, const std::string& message) const;
  void writeReport(bool completed) const;
  void log(const std::string& line);
  void flushProblems();
  double elapsedSeconds() const;
  std::vector<std::string> lossNames() const;
  /// Every rank's random state for the checkpoint; rank r > 0 draws its own dropout masks.
  void seedRanks(CheckpointReader* from);
  /// True on every rank when any rank's stop token asks to stop (or the local one, single process).
  bool stopRequested();
  /// The mean of each loss over the ranks (rank 0 logs it).
  std::map<std::string, double> averageOverRanks(std::map<std::string, double> values);

  ColorizationConfig m_config;
  TrainingObserver& m_observer;
  StopToken& m_stop;
  bool m_resume = false;
  std::filesystem::path m_resumeDir;
  ResumeOptions m_resumeOptions;

  std::optional<RunFolder> m_run;
  ColorizationData m_data;
  ColorizationModelSpec m_spec;
  torch::Device m_device = torch::kCPU;
  int m_threads = 1;
  AbQuantizer m_quantizer;
  std::vector<float> m_binWeights;  // classification rebalancing weights (empty: no rebalancing)

  UNetGenerator m_g{nullptr};
  PatchDiscriminator m_d{nullptr};
  std::unique_ptr<torch::optim::Adam> m_optG;
  std::unique_ptr<torch::optim::Adam> m_optD;
  std::unique_ptr<GanStep> m_ganStep;
  std::unique_ptr<EpochKnnProbe> m_probe;  // config.probeData set: k-NN probe after epochs

  TrainPosition m_pos;
  int64_t m_batchesPerEpoch = 0;
  double m_elapsedBefore = 0.0;  // training seconds of earlier sessions
  Clock::time_point m_sessionStart;
  std::map<std::string, double> m_lastMetrics;
  std::optional<double> m_bestPsnr;
  int64_t m_bestEpoch = 0;
  std::unique_ptr<MetricsLog> m_metrics;
  bool m_stopped = false;
  int64_t m_lastSavedIteration = -1;
  std::string m_createdAt;

  std::optional<DistEnv> m_distEnv;                     // set by the trainer; else read from the environment
  std::unique_ptr<DistGroup> m_dist;                    // data-parallel job; empty in a single process
  bool m_writer = true;                                 // writes the run folder (rank 0 only)
  std::unique_ptr<SyncBatchNormScope> m_syncBatchNorm;  // config.syncBatchNorm in a data-parallel run

  std::mutex m_problemMutex;
  std::vector<DataProblem> m_problems;  // from loader threads, reported on the training thread
  size_t m_problemsReported = 0;
};

}  // namespace colorproxy
