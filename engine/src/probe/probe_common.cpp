#include "probe/probe_common.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <stdexcept>

#include "colorproxy/eval/paired_statistics.h"
#include "colorproxy/finetune/pretrained_shape.h"

namespace colorproxy {

ProbeSubject loadProbeSubject(const ProbeConfig& config) {
  ProbeSubject s;
  s.ngf = config.data.ngf;
  s.numDowns = config.data.numDowns;
  s.imageSize = config.data.imageSize;
  if (config.model != "random") {
    s.generator = loadPretrainedGenerator(config.model);
    if (s.generator->inChannels != 1)
      throw std::invalid_argument("probe: '" + s.generator->file.string() + "' takes " +
                                  std::to_string(s.generator->inChannels) +
                                  " input channels; probes read L-only colorization networks");
    s.ngf = int(s.generator->ngf);
    s.numDowns = int(s.generator->numDowns);
    // A run folder records its size in config.json, an exported model in its metadata.
    if (s.imageSize <= 0)
      s.imageSize =
          s.generator->imageSize > 0 ? s.generator->imageSize : readPretrainedShape(config.model).imageSize;
  }
  if (s.imageSize <= 0) s.imageSize = 256;
  return s;
}

void meanInterval(const std::vector<double>& v, double& mean, double& low, double& high) {
  std::vector<double> f;
  for (const double x : v)
    if (std::isfinite(x)) f.push_back(x);
  mean = low = high = std::nan("");
  if (f.empty()) return;
  double sum = 0.0;
  for (const double x : f) sum += x;
  mean = sum / double(f.size());
  if (f.size() < 2) return;
  double ss = 0.0;
  for (const double x : f) ss += (x - mean) * (x - mean);
  const double se = std::sqrt(ss / double(f.size() - 1)) / std::sqrt(double(f.size()));
  const double t = studentTQuantile(0.975, double(f.size() - 1));
  low = mean - t * se;
  high = mean + t * se;
}

nlohmann::json probeNumber(double v) {
  return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

std::string fixed3(double v) {
  if (!std::isfinite(v)) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string sampleListHash(const std::vector<Sample>& samples) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const auto& s : samples) {
    for (const char c : s.image.string() + '\n') {
      h ^= std::uint8_t(c);
      h *= 1099511628211ULL;
    }
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace colorproxy
