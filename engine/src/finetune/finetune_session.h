#pragma once
// Engine-internal: one fine-tuning run from start (or resume) to finish, in named steps, behind the
// torch-free FinetuneTrainer: read the resume point, open the run folder, resolve the data, build the
// model (random or pretrained), then train step by step after a FinetuneStepPlan (a fresh optimiser per
// phase, the schedule's rate every step), validate at the plan's points, checkpoint, and score the test
// split at the end.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "colorproxy/data/batch_loader.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/metrics_log.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_status.h"
#include "dist/dist_group.h"
#include "finetune/finetune_data.h"
#include "finetune/finetune_evaluation.h"
#include "finetune/finetune_model.h"
#include "finetune/finetune_report.h"
#include "finetune/finetune_step_plan.h"
#include "io/checkpoint.h"
#include "models/sync_batch_norm.h"

namespace colorproxy {

/// One fine-tuning run: a new one from a config, or the continuation of an interrupted run folder.
class FinetuneSession {
 public:
  /// A new run with `config`.
  FinetuneSession(FinetuneConfig config, TrainingObserver& observer, StopToken& stop);
  /// The continuation of the run in `runDir`, whose settings come from its checkpoints/latest.pt.
  FinetuneSession(const std::filesystem::path& runDir, const FinetuneResumeOptions& options,
                  TrainingObserver& observer, StopToken& stop);

  /// The data-parallel job to join instead of the one the environment describes (FinetuneTrainer).
  void setDistEnv(const DistEnv& env) { m_distEnv = env; }

  /// Runs to the end, a stop request or a failure; expected failures come back in FinetuneResult::error.
  FinetuneResult run();

  /// The run's settings (after a resume: those read from the checkpoint).
  const FinetuneConfig& config() const { return m_config; }

 private:
  using Clock = std::chrono::steady_clock;

  // Where an interrupted run continues, read back from its checkpoint's metadata.
  struct ResumePoint {
    std::filesystem::path dir;
    std::filesystem::path
        file;              // the checkpoint resumed from: latest.pt, or the newest epoch-NNN.pt that loads
    std::string fallback;  // why it is not latest.pt (logged), else empty
    nlohmann::json meta;
    int64_t epoch = 0;      // validations done
    int64_t iteration = 0;  // optimiser steps done
    int phase = 0;          // 1-based phase whose optimiser the checkpoint holds
  };

  // The steps of run(), in order.
  void readResumePoint();
  void joinJob();
  void openRunFolder();
  void loadData();
  void buildModel();
  void writeConfigJson() const;
  void openMetrics();
  void prepareLoaders();
  void restoreHistory();
  bool trainPhases();  // false when stopped on request
  void trainStep(int64_t step, torch::optim::Optimizer& optimizer);
  void finishEpoch(std::size_t phaseIndex, int64_t frozenElements, torch::optim::Optimizer& optimizer);
  void stopAt(int phase, torch::optim::Optimizer& optimizer);
  void testAndReport();
  /// Rank 0's batch-norm running statistics on every rank (before evaluations and checkpoints).
  void shareRankZeroBuffers();
  /// True on every rank when any rank's stop token asks to stop (a single process: its own).
  bool stopRequested();
  /// Rank r > 0 draws its own dropout masks: from the checkpoint's state of that rank, else from the seed.
  void seedRank(bool fromCheckpoint);

  // At the current iteration, `m_epoch` validations done; `phase` (1-based) owns `optimizer`.
  void saveCheckpoint(int phase, torch::optim::Optimizer& optimizer);
  void writeStatus(RunState state, const std::string& message, int64_t epoch) const;
  void writePreview(const FinetuneEvaluation& val);
  void log(const std::string& line);
  double elapsed() const;
  nlohmann::json transferJson() const;

  FinetuneConfig m_config;
  TrainingObserver& m_observer;
  StopToken& m_stop;
  std::optional<std::filesystem::path> m_resumeDir;
  FinetuneResumeOptions m_resumeOptions;
  std::optional<ResumePoint> m_resume;
  FinetuneResult m_result;

  // Wall time already spent before a resume counts towards the run's totals.
  double m_elapsedBefore = 0.0;
  Clock::time_point m_start = Clock::now();
  Clock::time_point m_trainStart = Clock::now();

  std::optional<RunFolder> m_run;
  FinetuneStepPlan m_plan;  // steps, phase ends, learning rates and validation points
  int64_t m_epochs = 0;     // validations over the whole run ("epochs" in records and reports)
  int64_t m_totalIterations = 0;
  bool m_seg = false;
  std::string m_lossName;

  FinetuneData m_data;
  nlohmann::json m_dataCounts;
  torch::Device m_device{torch::kCPU};
  std::unique_ptr<FinetuneModel> m_model;
  std::string m_pretrainedFile;
  std::optional<CheckpointReader> m_checkpoint;
  std::unique_ptr<MetricsLog> m_metrics;
  std::unique_ptr<BatchLoader> m_loader;
  FinetuneEvaluationOptions m_evalOptions;

  std::vector<FinetuneEpochRecord> m_records;
  double m_lossSum = 0.0;  // of the epoch in progress
  int64_t m_lossCount = 0;
  double m_throughput = 0.0;
  int64_t m_epoch = 0;  // validations done
  int64_t m_startIteration = 0;
  std::set<std::string> m_reportedProblems;

  std::optional<DistEnv> m_distEnv;                     // set by the trainer; else read from the environment
  std::unique_ptr<DistGroup> m_dist;                    // data-parallel job; empty in a single process
  bool m_writer = true;                                 // writes the run folder (rank 0 only)
  std::unique_ptr<SyncBatchNormScope> m_syncBatchNorm;  // config.syncBatchNorm in a data-parallel run
};

}  // namespace colorproxy
