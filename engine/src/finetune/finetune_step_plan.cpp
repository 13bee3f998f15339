#include "finetune/finetune_step_plan.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace colorproxy {

std::size_t FinetuneStepPlan::phaseAt(int64_t step) const {
  for (std::size_t i = 0; i < phaseEnds.size(); ++i)
    if (step < phaseEnds[i]) return i;
  return phaseEnds.empty() ? 0 : phaseEnds.size() - 1;
}

double FinetuneStepPlan::lrAt(int64_t step) const {
  return phases.at(phaseAt(step)).lr * scheduleFactor(schedule, step, totalSteps, warmupSteps);
}

bool FinetuneStepPlan::validatesAfter(int64_t stepsDone) const {
  return stepsDone > 0 && (stepsDone % evalEvery == 0 || stepsDone == totalSteps);
}

int64_t FinetuneStepPlan::validations() const { return validationsAfter(totalSteps); }

int64_t FinetuneStepPlan::validationsAfter(int64_t stepsDone) const {
  stepsDone = std::min(stepsDone, totalSteps);
  return stepsDone / evalEvery + (stepsDone == totalSteps && totalSteps % evalEvery != 0 ? 1 : 0);
}

FinetuneStepPlan planFinetuneSteps(const FinetuneConfig& config, int64_t batchesPerEpoch) {
  FinetuneStepPlan plan;
  plan.perEpoch = std::max<int64_t>(1, batchesPerEpoch);
  plan.phases = config.effectivePhases();
  plan.schedule = parseLrSchedule(config.lrSchedule);
  const int64_t epochs = std::max<int64_t>(1, config.totalEpochs());
  const int64_t n = int64_t(plan.phases.size());
  if (config.iterations > 0) {
    if (config.iterations < n)
      throw std::invalid_argument("iterations " + std::to_string(config.iterations) + " is fewer than the " +
                                  std::to_string(n) + " phases; give at least one step per phase");
    plan.totalSteps = config.iterations;
    int64_t cumulative = 0;
    for (int64_t i = 0; i < n; ++i) {
      cumulative += plan.phases[std::size_t(i)].epochs;
      int64_t end = std::llround(double(plan.totalSteps) * double(cumulative) / double(epochs));
      const int64_t previous = i == 0 ? 0 : plan.phaseEnds.back();
      end = std::clamp<int64_t>(end, previous + 1, plan.totalSteps - (n - 1 - i));
      plan.phaseEnds.push_back(end);
    }
  } else {
    int64_t cumulative = 0;
    for (const auto& p : plan.phases) {
      cumulative += p.epochs * plan.perEpoch;
      plan.phaseEnds.push_back(cumulative);
    }
    plan.totalSteps = cumulative;
  }
  plan.evalEvery = config.evalEvery > 0 ? config.evalEvery : plan.perEpoch;
  plan.warmupSteps = config.warmupIterations;
  if (plan.warmupSteps >= plan.totalSteps)
    throw std::invalid_argument("warmupIterations " + std::to_string(plan.warmupSteps) +
                                " must be fewer than the run's " + std::to_string(plan.totalSteps) +
                                " iterations; lower it or raise iterations");
  return plan;
}

}  // namespace colorproxy
