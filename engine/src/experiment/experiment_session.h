#pragma once
// Engine-internal: one experiment from its folder to its report, as named steps (the way
// ColorizationSession splits pretraining): open the folder, load every task's data, pretrain (or reuse)
// the generator, check it fits, fine-tune baseline and pretrained per task and seed, compare them
// (statistics, learning gate, leakage check), draw the figures, write the report. runExperiment and
// resumeExperiment are thin front doors over it.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/run_folder.h"
#include "dist/job_board.h"
#include "experiment/pretrain_images.h"
#include "finetune/finetune_data.h"

namespace colorproxy {

/// Runs (or, given the experiment folder, resumes) one experiment; use once.
class ExperimentSession {
 public:
  ExperimentSession(const ExperimentConfig& config, std::optional<std::filesystem::path> resumeDir,
                    ExperimentObserver& observer, StopToken& stop);
  ~ExperimentSession();

  /// Every step in order; failures come back in ExperimentResult::error (and status.json).
  ExperimentResult run();

 private:
  using Clock = std::chrono::steady_clock;

  void openFolder();
  void loadTaskData();
  bool pretrain();  ///< false when stopped
  void checkGenerator();
  bool finetuneTask(const std::string& task, double fraction);  ///< false when stopped
  /// The job queue of N ranks: this rank's fine-tuning runs (k mod N = rank of the runs in the
  /// single-process order); rank 0 then collects every run and compares. False when stopped.
  bool finetuneQueued();
  /// The comparison of one task at one fraction from its paired runs, into m_result.
  void compare(const std::string& task, double fraction, const std::vector<std::uint64_t>& seeds,
               const std::vector<int>& pretrainIndex, std::vector<FinetuneResult>& baseline,
               std::vector<FinetuneResult>& pretrained);
  /// What rank `from` posted under `key`; throws when that rank failed, stopped (after stopDuring).
  std::optional<std::string> collect(const std::string& key, int from, const std::string& stage);
  /// Runs, continues or keeps one child fine-tuning run (pretrained from pretraining run `pretrainIndex`);
  /// false when stopped.
  bool finetuneChild(const std::string& task, double fraction, std::uint64_t seed, int pretrainIndex,
                     bool usePretrained, FinetuneResult& out);
  /// The task's data at label fraction `fraction` (percent), resolved once.
  const FinetuneData& data(const std::string& task, double fraction) const;
  void describeData(TaskComparison& t) const;
  /// The test images of `t` checked against the images the generator was trained on.
  void recordLeakage(TaskComparison& t) const;
  void writeFigures();
  /// The representation probes of the first colorization network (config `probes`); false when stopped.
  bool runProbeStudies();
  /// Marks the experiment stopped after `stage` ("stopped during <stage>").
  void stopDuring(const std::string& stage);
  std::optional<RunFolder> existingChild(const std::string& runName) const;
  void log(const std::string& line);

  const ExperimentConfig& m_config;
  const std::optional<std::filesystem::path> m_resumeDir;
  ExperimentObserver& m_observer;
  StopToken& m_stop;
  std::unique_ptr<TrainingObserver> m_forward;  ///< the child runs' observer: forwards to m_observer
  const Clock::time_point m_start = Clock::now();
  const bool m_pretrainHere;
  const int m_runCount;
  int m_stageIndex = 0;
  ExperimentResult m_result;
  std::optional<RunFolder> m_folder;
  std::filesystem::path m_childRuns;
  std::map<std::string, FinetuneData> m_data;
  PretrainImages m_pretrainImages;
  std::filesystem::path m_generatorFile;  ///< of the first pretraining run
  std::unique_ptr<JobBoard> m_board;      ///< the job queue over the ranks; empty in one process
  bool m_writer = true;                   ///< writes the experiment folder (rank 0 only)
};

}  // namespace colorproxy
