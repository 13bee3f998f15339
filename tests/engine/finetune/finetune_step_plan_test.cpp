// FinetuneStepPlan: phase ends, learning rates and validation points, worked out by hand.
#include "finetune/finetune_step_plan.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace colorproxy {
namespace {

FinetuneConfig scheduleConfig(const std::string& phases) {
  FinetuneConfig c;
  c.task = DownstreamTask::Segmentation;
  c.phases = parsePhases(phases);
  return c;
}

TEST(FinetuneStepPlan, EpochModeRunsEachPhasesEpochsOfBatches) {
  const FinetuneConfig c = scheduleConfig("1@0.001/transferred,5@0.0003");
  const FinetuneStepPlan p = planFinetuneSteps(c, 7);
  EXPECT_EQ(p.totalSteps, 42);
  EXPECT_EQ(p.phaseEnds, (std::vector<int64_t>{7, 42}));
  EXPECT_EQ(p.evalEvery, 7);
  EXPECT_EQ(p.validations(), 6);
  EXPECT_EQ(p.phaseAt(6), 0u);
  EXPECT_EQ(p.phaseAt(7), 1u);
  EXPECT_DOUBLE_EQ(p.lrAt(6), 0.001);
  EXPECT_DOUBLE_EQ(p.lrAt(7), 0.0003);
  EXPECT_TRUE(p.validatesAfter(7));
  EXPECT_FALSE(p.validatesAfter(8));
  // lrScale multiplies every phase's rate, the paper's default phases too.
  FinetuneConfig scaled = c;
  scaled.lrScale = 2.5;
  EXPECT_DOUBLE_EQ(planFinetuneSteps(scaled, 7).lrAt(6), 0.0025);
  EXPECT_DOUBLE_EQ(planFinetuneSteps(scaled, 7).lrAt(7), 0.00075);
  scaled.phases.clear();  // paper, segmentation, random: 6 @ 3e-4
  EXPECT_DOUBLE_EQ(planFinetuneSteps(scaled, 7).lrAt(0), 0.00075);
}

TEST(FinetuneStepPlan, AnIterationBudgetIsTheSameOnSmallAndLargeDatasets) {
  FinetuneConfig c = scheduleConfig("1@0.001/transferred,5@0.0003");
  c.iterations = 100;
  for (const int64_t perEpoch : {3, 7, 250}) {
    const FinetuneStepPlan p = planFinetuneSteps(c, perEpoch);
    EXPECT_EQ(p.totalSteps, 100) << perEpoch;
    // Phase 1 keeps its 1/6 share: round(100 / 6) = 17 steps.
    EXPECT_EQ(p.phaseEnds, (std::vector<int64_t>{17, 100})) << perEpoch;
  }
  // Validation once per pass (7 batches): after 7, 14, ..., 98 and the last step = 15 validations.
  const FinetuneStepPlan p = planFinetuneSteps(c, 7);
  EXPECT_EQ(p.validations(), 15);
  EXPECT_TRUE(p.validatesAfter(98));
  EXPECT_FALSE(p.validatesAfter(99));
  EXPECT_TRUE(p.validatesAfter(100));
  EXPECT_EQ(p.validationsAfter(50), 7);
  c.evalEvery = 25;
  EXPECT_EQ(planFinetuneSteps(c, 7).validations(), 4);
}

TEST(FinetuneStepPlan, WarmupAndCosineMultiplyThePhaseRates) {
  FinetuneConfig c = scheduleConfig("1@0.001/transferred,5@0.0003");
  c.iterations = 100;
  c.warmupIterations = 10;
  c.lrSchedule = "cosine";
  const FinetuneStepPlan p = planFinetuneSteps(c, 7);
  EXPECT_DOUBLE_EQ(p.lrAt(0), 0.001 * 0.1);                                          // warm-up 1/10
  EXPECT_DOUBLE_EQ(p.lrAt(9), 0.001);                                                // warm-up 10/10
  EXPECT_DOUBLE_EQ(p.lrAt(10), 0.001);                                               // cosine starts at 1
  EXPECT_NEAR(p.lrAt(17), 0.0003 * 0.5 * (1 + std::cos(M_PI * 7.0 / 90.0)), 1e-15);  // phase 2
  EXPECT_NEAR(p.lrAt(55), 0.0003 * 0.5, 1e-15);  // p = 45 of 90: cos(π/2) = 0
}

TEST(FinetuneStepPlan, EveryPhaseGetsAStepAndBadBudgetsAreNamed) {
  FinetuneConfig c = scheduleConfig("5@0.001,1@0.0001");
  c.iterations = 3;  // round(3 * 5/6) = 3 would leave the second phase nothing: 2, then 3
  EXPECT_EQ(planFinetuneSteps(c, 4).phaseEnds, (std::vector<int64_t>{2, 3}));
  c = scheduleConfig("1@0.001,1@0.001,1@0.001");
  c.iterations = 2;
  try {
    planFinetuneSteps(c, 4);
    FAIL() << "two steps for three phases were accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("iterations 2"), std::string::npos) << e.what();
  }
  c.iterations = 0;
  c.warmupIterations = 12;  // epoch mode on 4 batches: 12 steps in all
  try {
    planFinetuneSteps(c, 4);
    FAIL() << "a warm-up as long as the run was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("warmupIterations 12"), std::string::npos) << e.what();
  }
}

TEST(FinetuneConfigBudget, ValidateNamesTheOptionAndItsFix) {
  FinetuneConfig c = scheduleConfig("1@0.001");
  c.dataPath = ".";
  c.iterations = -5;
  c.trainFraction = 1.5;
  c.evalEvery = -1;
  c.lrSchedule = "linear";
  const auto problems = c.validate();
  const auto has = [&](const std::string& text) {
    for (const auto& p : problems)
      if (p.find(text) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("iterations -5")) << problems.size();
  EXPECT_TRUE(has("trainFraction 1.5"));
  EXPECT_TRUE(has("evalEvery"));
  EXPECT_TRUE(has("lrSchedule"));
  c = scheduleConfig("1@0.001");
  c.dataPath = ".";
  c.iterations = 10;
  c.warmupIterations = 10;
  EXPECT_EQ(c.validate().size(), 1u);
  EXPECT_NE(c.validate().front().find("warmupIterations 10"), std::string::npos);
}

}  // namespace
}  // namespace colorproxy
