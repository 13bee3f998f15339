#include "colorproxy/io/run_folder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <regex>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/time_text.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

std::string numbered(const char* prefix, int64_t n, const char* ext) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s-%03lld%s", prefix, static_cast<long long>(n), ext);
  return buf;
}

// Files named <prefix>-<digits><ext> in `dir`, sorted by number.
std::vector<std::pair<int64_t, fs::path>> numberedFiles(const fs::path& dir, const std::string& prefix,
                                                        const std::string& ext) {
  std::vector<std::pair<int64_t, fs::path>> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  const std::regex pattern(prefix + "-([0-9]+)" + std::regex_replace(ext, std::regex("\\."), "\\."));
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::smatch m;
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && std::regex_match(name, m, pattern))
      out.emplace_back(std::stoll(m[1].str()), entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

RunFolder::RunFolder(fs::path dir) : m_dir(std::move(dir)) {}

RunFolder RunFolder::create(const fs::path& runsDir, const std::string& name) {
  std::string clean;
  for (char c : name)
    clean += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-') ? c : '_';
  if (clean.empty()) clean = "run";
  const std::string stem = localTimeCompact(std::time(nullptr)) + "-" + clean;
  std::error_code ec;
  fs::create_directories(runsDir, ec);
  if (ec)
    throw std::runtime_error("cannot create the runs folder '" + runsDir.string() + "': " + ec.message());
  for (int n = 1; n < 1000; ++n) {
    const fs::path dir = runsDir / (n == 1 ? stem : stem + "-" + std::to_string(n));
    // create_directory is atomic: of two processes starting in the same second only one gets a name.
    if (fs::create_directory(dir, ec)) {
      RunFolder run(dir);
      fs::create_directories(run.checkpointsDir(), ec);
      if (!ec) fs::create_directories(run.previewsDir(), ec);
      if (ec) throw std::runtime_error("cannot create folders in '" + dir.string() + "': " + ec.message());
      return run;
    }
    if (ec) throw std::runtime_error("cannot create the run folder '" + dir.string() + "': " + ec.message());
  }
  throw std::runtime_error("too many runs named '" + stem + "' in '" + runsDir.string() + "'");
}

std::string RunFolder::name() const { return m_dir.filename().string(); }
fs::path RunFolder::configFile() const { return m_dir / "config.json"; }
fs::path RunFolder::metricsFile() const { return m_dir / "metrics.csv"; }
fs::path RunFolder::statusFile() const { return m_dir / "status.json"; }
fs::path RunFolder::reportJsonFile() const { return m_dir / "report.json"; }
fs::path RunFolder::reportMarkdownFile() const { return m_dir / "report.md"; }
fs::path RunFolder::checkpointsDir() const { return m_dir / "checkpoints"; }
fs::path RunFolder::latestCheckpoint() const { return checkpointsDir() / "latest.pt"; }
fs::path RunFolder::epochCheckpoint(int64_t epoch) const {
  return checkpointsDir() / numbered("epoch", epoch, ".pt");
}
fs::path RunFolder::previewsDir() const { return m_dir / "previews"; }
fs::path RunFolder::previewFile(int64_t epoch) const {
  return previewsDir() / numbered("epoch", epoch, ".png");
}

bool RunFolder::isRun() const { return fs::is_regular_file(configFile()); }

std::string RunFolder::readConfigText() const {
  if (!fs::exists(configFile()))
    throw std::runtime_error("'" + m_dir.string() + "' is not a run folder: it has no config.json");
  return readTextFile(configFile());
}

RunConfig RunFolder::readConfig() const { return readRunConfig(configFile()); }

std::optional<RunKind> RunFolder::kind() const {
  if (!isRun()) return std::nullopt;
  try {
    return readConfig().kind;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

RunStatus RunFolder::readStatus() const { return readRunStatus(statusFile()); }
MetricsTable RunFolder::readMetrics() const { return readMetricsCsv(metricsFile()); }

std::vector<PreviewFile> RunFolder::previews() const {
  std::vector<PreviewFile> out;
  for (auto& [epoch, file] : numberedFiles(previewsDir(), "epoch", ".png")) out.push_back({epoch, file});
  return out;
}

std::vector<std::pair<int64_t, fs::path>> RunFolder::epochCheckpoints() const {
  return numberedFiles(checkpointsDir(), "epoch", ".pt");
}

RunSummary RunFolder::summary() const {
  RunSummary s;
  s.dir = m_dir;
  s.name = name();
  try {
    const RunConfig config = readConfig();
    s.kind = config.kind;
    s.task = config.task;
    s.kindTag = config.kindTag;
    s.createdAt = config.createdAt;
    s.primaryMetric = config.primaryMetric;
    const bool higherIsBetter = config.primaryMetricHigherIsBetter;
    if (fs::exists(statusFile())) {
      s.status = readStatus();
    } else {
      s.status.state = RunState::Failed;
      s.status.message = "no status.json: the run never started properly";
    }
    if (!s.primaryMetric.empty()) {
      for (const auto& r : readMetrics().rows) {
        const auto it = r.values.find(s.primaryMetric);
        if (r.kind != "epoch" || it == r.values.end() || std::isnan(it->second)) continue;
        if (!s.bestMetric || (higherIsBetter ? it->second > *s.bestMetric : it->second < *s.bestMetric)) {
          s.bestMetric = it->second;
          s.bestEpoch = r.epoch;
        }
      }
    }
  } catch (const std::exception& e) {
    s.error = e.what();
  }
  return s;
}

std::vector<RunSummary> listRuns(const fs::path& runsDir) {
  std::vector<RunSummary> out;
  std::error_code ec;
  if (!fs::is_directory(runsDir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(runsDir, ec)) {
    if (!entry.is_directory()) continue;
    RunFolder run(entry.path());
    if (run.isRun()) out.push_back(run.summary());
  }
  std::sort(out.begin(), out.end(), [](const RunSummary& a, const RunSummary& b) { return a.name > b.name; });
  return out;
}

}  // namespace colorproxy
