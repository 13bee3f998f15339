#include "colorproxy/finetune/finetune_trainer.h"

#include "finetune/finetune_session.h"

namespace colorproxy {
namespace fs = std::filesystem;

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
  FinetuneSession session = m_impl->resumeDir
                                ? FinetuneSession(*m_impl->resumeDir, m_impl->resumeOptions, observer, stop)
                                : FinetuneSession(m_impl->config, observer, stop);
  FinetuneResult result = session.run();
  if (m_impl->resumeDir) m_impl->config = session.config();
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
