#include "colorproxy/pretrain/colorization_trainer.h"

#include <stdexcept>

#include "pretrain/colorization_session.h"

namespace colorproxy {

/// The torch side of ColorizationTrainer: a session waiting for run().
struct ColorizationTrainer::Impl {
  ColorizationConfig config;
  bool resume = false;
  std::filesystem::path runDir;
  ResumeOptions options;
  bool ran = false;
};

ColorizationTrainer::ColorizationTrainer(ColorizationConfig config) : m_impl(std::make_unique<Impl>()) {
  m_impl->config = std::move(config);
}

ColorizationTrainer ColorizationTrainer::resume(const std::filesystem::path& runDir,
                                                const ResumeOptions& options) {
  ColorizationTrainer t;
  t.m_impl = std::make_unique<Impl>();
  t.m_impl->resume = true;
  t.m_impl->runDir = runDir;
  t.m_impl->options = options;
  // Best effort so config() shows the run's settings before run(); run() reports any problem.
  try {
    t.m_impl->config = ColorizationConfig::fromJsonString(RunFolder(runDir).readConfigText(),
                                                          (runDir / "config.json").string());
  } catch (const std::exception&) {
  }
  return t;
}

ColorizationTrainer::~ColorizationTrainer() = default;
ColorizationTrainer::ColorizationTrainer(ColorizationTrainer&&) noexcept = default;
ColorizationTrainer& ColorizationTrainer::operator=(ColorizationTrainer&&) noexcept = default;

const ColorizationConfig& ColorizationTrainer::config() const { return m_impl->config; }

RunResult ColorizationTrainer::run(TrainingObserver& observer, StopToken& stop) {
  if (m_impl->ran) {
    RunResult r;
    r.error = "ColorizationTrainer::run was already called; make a new trainer (or resume the run folder)";
    return r;
  }
  m_impl->ran = true;
  try {
    if (m_impl->resume) {
      ColorizationSession session(m_impl->runDir, m_impl->options, observer, stop);
      RunResult r = session.run();
      m_impl->config = session.config();
      return r;
    }
    ColorizationSession session(m_impl->config, observer, stop);
    return session.run();
  } catch (const std::exception& e) {
    // session.run() reports its own failures; this catches allocation failures and the like around it.
    RunResult r;
    r.error = e.what();
    return r;
  }
}

RunResult runColorization(const ColorizationConfig& config, TrainingObserver& observer, StopToken& stop) {
  return ColorizationTrainer(config).run(observer, stop);
}

RunResult resumeColorization(const std::filesystem::path& runDir, TrainingObserver& observer, StopToken& stop,
                             const ResumeOptions& options) {
  return ColorizationTrainer::resume(runDir, options).run(observer, stop);
}

}  // namespace colorproxy
