// The typed run-folder readers (config, reports) and the one resume check, on hand-written files and on
// tests/fixtures/runs-v1: folders written by ColorProxy before io owned the format, which must still open.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cmath>

#include <unistd.h>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/io/experiment_results.h"
#include "colorproxy/io/resume_check.h"
#include "colorproxy/io/run_folder.h"
#include "io/resume_checkpoint.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

fs::path fixture() { return colorproxy::test::sourceDir() / "tests" / "fixtures" / "runs-v1"; }

// The fixture's experiment folder (its name starts with the date it was written).
fs::path fixtureExperiment() {
  for (const auto& e : fs::directory_iterator(fixture()))
    if (e.is_directory()) return e.path();
  return {};
}

// The run under the fixture experiment's runs/ whose folder name ends with `suffix`.
fs::path fixtureRun(const std::string& suffix) {
  for (const auto& e : fs::directory_iterator(fixtureExperiment() / "runs")) {
    const std::string name = e.path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      return e.path();
  }
  return {};
}

std::string errorOf(const RunFolder& run, RunKind kind) {
  try {
    checkResumable(run, kind);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST(RunConfig, ReadsKindTaskAndSettings) {
  TempDir tmp;
  RunFolder r(tmp / "run");
  fs::create_directories(r.dir());
  writeFileAtomically(r.configFile(), R"({"task":"finetune-segmentation","createdAt":"2024-05-01T10:00:00",
      "primaryMetric":"val_mIoU","primaryMetricHigherIsBetter":false,"settings":{"runName":"seg-a","seed":3}})");
  const RunConfig c = r.readConfig();
  EXPECT_EQ(c.kind, RunKind::Finetune);
  EXPECT_EQ(c.task, DownstreamTask::Segmentation);
  EXPECT_EQ(c.kindTag, "finetune-segmentation");
  EXPECT_EQ(c.name, "seg-a");
  EXPECT_EQ(c.createdAt, "2024-05-01T10:00:00");
  EXPECT_EQ(c.primaryMetric, "val_mIoU");
  EXPECT_FALSE(c.primaryMetricHigherIsBetter);
  EXPECT_EQ(c.settingsJson, R"({"runName":"seg-a","seed":3})");
  EXPECT_EQ(r.kind(), RunKind::Finetune);

  // An unknown kind is kept as written but has no enum; a broken file names itself.
  writeFileAtomically(r.configFile(), R"({"task":"probe-linear"})");
  EXPECT_FALSE(r.readConfig().kind.has_value());
  EXPECT_EQ(r.readConfig().kindTag, "probe-linear");
  EXPECT_FALSE(r.kind().has_value());
  writeFileAtomically(r.configFile(), "[1, 2");
  try {
    r.readConfig();
    FAIL() << "a broken config.json must throw";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(r.configFile().string()), std::string::npos) << e.what();
  }
  EXPECT_FALSE(r.kind().has_value());
  EXPECT_FALSE(RunFolder(tmp / "none").kind().has_value());
}

TEST(RunReports, FinetuneReportWithNullsAndWrongKinds) {
  TempDir tmp;
  RunFolder r(tmp / "run");
  fs::create_directories(r.dir() / "predictions");
  EXPECT_FALSE(r.readFinetuneReport().has_value()) << "no report.json yet";
  writeFileAtomically(r.reportJsonFile(), R"({"kind":"finetune","task":"classification","init":"pretrained",
      "pretrained":"/g.pt","seed":2,"completed":true,"seconds":1.5,"iterations":6,"classes":["cat","dog"],
      "perClassMetric":"AP","test":{"metrics":{"mAP":0.75,"f1":null},"perClass":[0.5,null],
      "perClassDetail":[{"positives":3,"ap":0.5,"precision":1.0,"recall":0.25,"f1":0.4},
                        {"positives":0,"ap":null,"precision":null,"recall":null,"f1":null}]},
      "val":{"mAP":0.6},"epochs":[{"trainLoss":0.7},{"trainLoss":null}],"iterationLoss":[[1,0.9],[2,0.8]],
      "transfer":{"transferred":["a"],"created":["b","c"],"skipped":[]},"predictions":"predictions",
      "budget":{"trainFraction":0.25}})");
  const FinetuneReport f = *r.readFinetuneReport();
  EXPECT_EQ(f.task, DownstreamTask::Classification);
  EXPECT_EQ(f.runName, "run") << "the folder name stands in for a missing runName";
  EXPECT_TRUE(f.pretrained);
  EXPECT_EQ(f.pretrainedFile, "/g.pt");
  EXPECT_EQ(f.seed, 2);
  EXPECT_DOUBLE_EQ(readTrainFraction(r), 0.25);
  EXPECT_EQ(f.iterations, 6);
  EXPECT_EQ(f.classNames, (std::vector<std::string>{"cat", "dog"}));
  EXPECT_DOUBLE_EQ(f.testMetrics.at("mAP"), 0.75);
  EXPECT_TRUE(std::isnan(f.testMetrics.at("f1")));
  ASSERT_EQ(f.testPerClass.size(), 2u);
  EXPECT_TRUE(std::isnan(f.testPerClass[1]));
  ASSERT_EQ(f.testClassScores.size(), 2u);
  EXPECT_EQ(f.testClassScores[0].positives, 3);
  EXPECT_DOUBLE_EQ(f.testClassScores[0].recall, 0.25);
  EXPECT_TRUE(std::isnan(f.testClassScores[1].averagePrecision));
  ASSERT_EQ(f.epochTrainLoss.size(), 2u);
  EXPECT_TRUE(std::isnan(f.epochTrainLoss[1]));
  EXPECT_EQ(f.iterationLoss.back(), (std::pair<int64_t, double>{2, 0.8}));
  EXPECT_EQ(f.created.size(), 2u);
  EXPECT_EQ(f.predictionsDir, r.dir() / "predictions");

  // Another kind of report is refused by name; so is a pretraining reader on this one.
  EXPECT_THROW(r.readPretrainingReport(), std::runtime_error);
  EXPECT_THROW(r.readExperimentReport(), std::runtime_error);
  writeFileAtomically(r.reportJsonFile(), R"({"kind":"experiment","tasks":[]})");
  try {
    r.readFinetuneReport();
    FAIL() << "an experiment report is not a fine-tuning report";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("report.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("not a fine-tuning report"), std::string::npos) << e.what();
  }
}

TEST(ExperimentResults, ReadsEachFractionsVerdictIntervalsAndLearningGate) {
  TempDir tmp;
  RunFolder r(tmp / "study");
  fs::create_directories(r.dir());
  // Two fractions of one task (as `--preset study` writes them) and an unjudged classification task.
  writeFileAtomically(r.reportJsonFile(), R"({"kind":"experiment","name":"s","completed":true,"tasks":[
    {"task":"segmentation","primaryMetric":"test_mIoU","fraction":0.1,"trainImages":37,"seeds":[1,2],
     "outcome":"loss","verdict":"v1","learningGate":{"baselineLearned":true,"pretrainedLearned":true,
     "margin":0.05,"trivialPredictor":"every pixel = Road"},
     "metrics":[{"name":"test_loss","baselineMean":2.0},
                {"name":"test_mIoU","higherIsBetter":true,"baselineMean":0.5,"baselineCi95":[0.4,0.6],
                 "pretrainedMean":0.3,"pretrainedCi95":[0.25,0.35],"meanDifference":-0.2,
                 "ci95Seeds":[-0.3,-0.1],"permutationP":0.03125,"tTestP":0.004,"trivial":0.02,
                 "pairs":2,"units":2,"unit":"seed"}]},
    {"task":"segmentation","primaryMetric":"test_mIoU","fraction":1.0,"trainImages":367,"outcome":"gain",
     "metrics":[{"name":"test_mIoU","baselineCi95":[null,null],"permutationP":null}]},
    {"task":"classification","primaryMetric":"test_mAP","outcome":"not judged",
     "learningGate":{"baselineLearned":false,"pretrainedLearned":true,"margin":0.05},"metrics":[]}]})");
  EXPECT_FALSE(readExperimentResults(RunFolder(tmp / "none")).has_value()) << "no report.json yet";
  const std::vector<ExperimentTaskResult> er = *readExperimentResults(r);
  ASSERT_EQ(er.size(), 3u);
  const ExperimentTaskResult& a = er[0];
  EXPECT_DOUBLE_EQ(a.fraction, 0.1);
  EXPECT_EQ(a.trainImages, 37u);
  EXPECT_EQ(a.seeds, (std::vector<std::uint64_t>{1, 2}));
  EXPECT_EQ(a.outcome, TransferOutcome::Loss);
  EXPECT_TRUE(a.judged());
  EXPECT_DOUBLE_EQ(a.learnMargin, 0.05);
  EXPECT_EQ(a.trivialDescription, "every pixel = Road");
  ASSERT_EQ(a.metrics.size(), 2u);
  const ReportedMetric* m = a.primary();  // by name, not position
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "test_mIoU");
  EXPECT_DOUBLE_EQ(m->baselineMean, 0.5);
  EXPECT_DOUBLE_EQ(m->baselineCiLow, 0.4);
  EXPECT_DOUBLE_EQ(m->baselineCiHigh, 0.6);
  EXPECT_DOUBLE_EQ(m->pretrainedCiLow, 0.25);
  EXPECT_DOUBLE_EQ(m->pretrainedCiHigh, 0.35);
  EXPECT_DOUBLE_EQ(m->meanDifference, -0.2);
  EXPECT_DOUBLE_EQ(m->ciLow, -0.3);
  EXPECT_DOUBLE_EQ(m->ciHigh, -0.1);
  EXPECT_DOUBLE_EQ(m->permutationP, 0.03125);
  EXPECT_DOUBLE_EQ(m->tTestP, 0.004);
  EXPECT_DOUBLE_EQ(m->trivial, 0.02);
  EXPECT_EQ(m->units, 2);
  EXPECT_EQ(m->unitName, "seed");
  // Missing and null numbers are NaN; a missing gate means both arms count as learned.
  const ExperimentTaskResult& b = er[1];
  EXPECT_EQ(b.outcome, TransferOutcome::Gain);
  EXPECT_TRUE(b.judged());
  ASSERT_NE(b.primary(), nullptr);
  EXPECT_TRUE(std::isnan(b.primary()->baselineCiLow));
  EXPECT_TRUE(std::isnan(b.primary()->permutationP));
  EXPECT_TRUE(std::isnan(b.primary()->trivial));
  const ExperimentTaskResult& c = er[2];
  EXPECT_EQ(c.outcome, TransferOutcome::NotJudged);
  EXPECT_FALSE(c.judged());
  EXPECT_DOUBLE_EQ(c.fraction, 1.0);
  EXPECT_EQ(c.primary(), nullptr);

  // An unknown outcome or an impossible fraction is refused with the file's name.
  for (const std::string bad : {R"("outcome":"maybe")", R"("fraction":1.5)", R"("fraction":null)"}) {
    writeFileAtomically(r.reportJsonFile(),
                        R"({"kind":"experiment","tasks":[{"task":"segmentation",)" + bad + "}]}");
    try {
      readExperimentResults(r);
      ADD_FAILURE() << bad << " was accepted";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("report.json"), std::string::npos) << e.what();
    }
  }
}

TEST(ResumeCheck, OneMessageSetForEveryKind) {
  TempDir tmp;
  const auto make = [&](const std::string& name, const std::string& tag, RunState state, int64_t pid,
                        bool checkpoint) {
    RunFolder r(tmp / name);
    fs::create_directories(r.checkpointsDir());
    writeFileAtomically(r.configFile(), "{\"task\":\"" + tag + "\"}");
    RunStatus s;
    s.state = state;
    s.pid = pid;
    writeRunStatus(r.statusFile(), s);
    if (checkpoint) writeFileAtomically(r.latestCheckpoint(), "weights");
    return r;
  };
  const RunFolder stopped = make("stopped", "finetune-classification", RunState::Stopped, 0, true);
  EXPECT_EQ(errorOf(stopped, RunKind::Finetune), "");
  EXPECT_NE(errorOf(stopped, RunKind::Experiment).find("is not an experiment folder"), std::string::npos);
  EXPECT_NE(errorOf(stopped, RunKind::Pretraining).find("is not a pretraining run folder"),
            std::string::npos);
  EXPECT_NE(errorOf(RunFolder(tmp / "nowhere"), RunKind::Finetune).find("nowhere' is not a run folder"),
            std::string::npos);

  // The folder itself is resumable; that it holds no checkpoint is the checkpoint chooser's message.
  const RunFolder noCheckpoint = make("bare", "colorization", RunState::Failed, 0, false);
  EXPECT_EQ(errorOf(noCheckpoint, RunKind::Pretraining), "");
  try {
    openResumeCheckpoint(noCheckpoint);
    FAIL() << "a run without checkpoints cannot be resumed";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("has no checkpoint to resume from"), std::string::npos) << e.what();
  }
  // A finished pretraining run may be extended; finished fine-tuning runs and experiments may not.
  EXPECT_EQ(errorOf(make("done-p", "colorization", RunState::Completed, 0, true), RunKind::Pretraining), "");
  EXPECT_NE(errorOf(make("done-f", "finetune-segmentation", RunState::Completed, 0, true), RunKind::Finetune)
                .find("has already finished"),
            std::string::npos);
  EXPECT_NE(errorOf(make("done-e", "experiment", RunState::Completed, 0, false), RunKind::Experiment)
                .find("has already finished"),
            std::string::npos);
  EXPECT_EQ(errorOf(make("open-e", "experiment", RunState::Stopped, 0, false), RunKind::Experiment), "");
  // Running in another live process (pid 1 always exists) is refused; in this process it is not.
  for (RunKind kind : {RunKind::Pretraining, RunKind::Finetune, RunKind::Experiment}) {
    const std::string tag = configTaskTag(kind, DownstreamTask::Segmentation);
    const std::string name = "busy-" + toString(kind);
    EXPECT_NE(errorOf(make(name, tag, RunState::Running, 1, true), kind)
                  .find("is being trained right now by process 1"),
              std::string::npos);
    EXPECT_EQ(errorOf(make(name, tag, RunState::Running, ::getpid(), true), kind), "");
  }
  // "running" left behind by a process that was killed (it no longer exists) does not block a resume.
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ASSERT_GT(child, 0);
  ::waitpid(child, nullptr, 0);
  EXPECT_EQ(errorOf(make("killed", "colorization", RunState::Running, child, true), RunKind::Pretraining),
            "");
}

TEST(RunFixtureV1, EveryFolderOpensWithItsKindAndReport) {
  ASSERT_TRUE(fs::is_directory(fixture())) << fixture();
  const fs::path exp = fixtureExperiment();
  const RunFolder experiment(exp);
  const RunSummary es = experiment.summary();
  EXPECT_TRUE(es.error.empty()) << es.error;
  EXPECT_EQ(es.kind, RunKind::Experiment);
  EXPECT_EQ(es.status.state, RunState::Completed);
  const ExperimentReport er = *experiment.readExperimentReport();
  EXPECT_TRUE(er.completed);
  ASSERT_EQ(er.tasks.size(), 2u);
  for (const ExperimentTaskReport& t : er.tasks) {
    EXPECT_FALSE(t.verdict.empty()) << t.task;
    ASSERT_EQ(t.baselineRuns.size(), 1u);
    ASSERT_EQ(t.pretrainedRuns.size(), 1u);
    EXPECT_TRUE(fs::is_directory(t.baselineRuns[0])) << t.baselineRuns[0];
  }
  const std::vector<ExperimentTaskResult> results = *readExperimentResults(experiment);
  ASSERT_EQ(results.size(), 2u);
  for (const ExperimentTaskResult& t : results) {
    EXPECT_FALSE(t.verdict.empty()) << t.task;
    // Written before label fractions, intervals and three-way verdicts: every image, no recorded outcome.
    EXPECT_DOUBLE_EQ(t.fraction, 1.0);
    EXPECT_EQ(t.outcome, TransferOutcome::Unrecorded);
    EXPECT_TRUE(t.judged());
    ASSERT_NE(t.primary(), nullptr);
    EXPECT_EQ(t.primary()->name, t.primaryMetric);
    EXPECT_TRUE(std::isfinite(t.primary()->baselineMean));
    EXPECT_TRUE(std::isnan(t.primary()->baselineCiLow));
  }
  EXPECT_TRUE(fs::is_directory(er.pretrainingRun)) << er.pretrainingRun;

  // The pretraining run: kind, best PSNR from metrics.csv (as its report says), report.
  const RunFolder pretrain(er.pretrainingRun);
  const RunSummary ps = pretrain.summary();
  EXPECT_TRUE(ps.error.empty()) << ps.error;
  EXPECT_EQ(ps.kind, RunKind::Pretraining);
  EXPECT_EQ(ps.primaryMetric, "val_psnr");
  const PretrainingReport pr = *pretrain.readPretrainingReport();
  EXPECT_TRUE(pr.completed);
  EXPECT_EQ(pr.epochsCompleted, pr.epochs);
  ASSERT_TRUE(ps.bestMetric && pr.bestMetricValue);
  EXPECT_NEAR(*ps.bestMetric, *pr.bestMetricValue, 1e-6);
  EXPECT_EQ(ps.bestEpoch, pr.bestEpoch);
  EXPECT_TRUE(pr.finalMetrics.count("val_psnr"));
  EXPECT_FALSE(pretrain.previews().empty());

  // The fine-tuning runs: kind and task from config.json agree with report.json; predictions are there.
  for (const auto& [suffix, task] :
       {std::pair{"segmentation-baseline-seed1", DownstreamTask::Segmentation},
        std::pair{"segmentation-pretrained-seed1", DownstreamTask::Segmentation},
        std::pair{"classification-baseline-seed1", DownstreamTask::Classification},
        std::pair{"classification-pretrained-seed1", DownstreamTask::Classification}}) {
    const RunFolder run(fixtureRun(suffix));
    const RunSummary s = run.summary();
    EXPECT_TRUE(s.error.empty()) << suffix << ": " << s.error;
    EXPECT_EQ(s.kind, RunKind::Finetune) << suffix;
    EXPECT_EQ(s.task, task) << suffix;
    const FinetuneReport f = *run.readFinetuneReport();
    EXPECT_EQ(f.task, task) << suffix;
    EXPECT_EQ(f.runName, suffix);
    EXPECT_EQ(f.pretrained, std::string(suffix).find("pretrained") != std::string::npos) << suffix;
    EXPECT_DOUBLE_EQ(readTrainFraction(run), 1.0) << suffix << ": written before label fractions";
    EXPECT_EQ(f.testPerClass.size(), f.classNames.size()) << suffix;
    EXPECT_EQ(f.epochTrainLoss.size(), 2u) << suffix;
    EXPECT_FALSE(f.predictionsDir.empty()) << suffix;
    EXPECT_EQ(f.testClassScores.size(), task == DownstreamTask::Classification ? f.classNames.size() : 0u);
    // Its primary metric per epoch in metrics.csv is the validation metric its report ends with.
    const std::string metric = task == DownstreamTask::Segmentation ? "mIoU" : "mAP";
    const auto series = run.readMetrics().series("epoch", "val_" + metric);
    ASSERT_EQ(series.size(), 2u) << suffix;
    if (std::isfinite(series.back().second)) {
      EXPECT_NEAR(series.back().second, f.valMetrics.at("val_" + metric), 1e-6) << suffix;
    }
    // Finished: a resume is refused with the shared message.
    EXPECT_NE(errorOf(run, RunKind::Finetune).find("has already finished"), std::string::npos) << suffix;
  }
  EXPECT_NE(errorOf(experiment, RunKind::Experiment).find("has already finished"), std::string::npos);
}
