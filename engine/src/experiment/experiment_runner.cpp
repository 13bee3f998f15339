#include "colorproxy/experiment/experiment_runner.h"

#include "colorproxy/io/resume_check.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_kind.h"
#include "experiment/experiment_session.h"

namespace colorproxy {
namespace fs = std::filesystem;

ExperimentResult runExperiment(const ExperimentConfig& config, ExperimentObserver& observer,
                               StopToken& stop) {
  return ExperimentSession(config, std::nullopt, observer, stop).run();
}

ExperimentResult resumeExperiment(const fs::path& experimentDir, ExperimentObserver& observer,
                                  StopToken& stop) {
  ExperimentResult result;
  result.dir = experimentDir;
  ExperimentConfig config;
  try {
    const RunFolder folder(experimentDir);
    checkResumable(folder, RunKind::Experiment);
    config = ExperimentConfig::fromJsonString(folder.readConfig().text, folder.configFile().string());
  } catch (const std::exception& e) {
    result.error = std::string("cannot resume: ") + e.what();
    observer.onLog("[experiment] " + result.error);
    return result;
  }
  return ExperimentSession(config, experimentDir, observer, stop).run();
}

}  // namespace colorproxy
