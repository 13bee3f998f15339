#pragma once
// Engine-internal helpers shared by the probe studies (multilabel per level, segmentation): the interval
// over seeds, number formatting for reports, and the hash that ties cached features to an image list.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "colorproxy/data/sample.h"
#include "colorproxy/probe/probe_config.h"
#include "finetune/finetune_pretrained.h"

namespace colorproxy {

/// The network a probe study reads: a colorization model's generator (none for "random") and the shape
/// the probes build (from the model, else from the data settings), at the image size they run.
struct ProbeSubject {
  std::optional<PretrainedGenerator> generator;
  int ngf = 0, numDowns = 0, imageSize = 0;
};

/// Loads config.model unless it is "random" (L-only generators only: throws std::invalid_argument naming
/// the file otherwise). The image size: config.data.imageSize when set, else the model's pretraining size
/// (its run's config.json or its metadata), else 256.
ProbeSubject loadProbeSubject(const ProbeConfig& config);

/// Mean and two-sided 95 % Student-t interval of the finite values of `v` (NaN bounds for fewer than two
/// values; everything NaN for none).
void meanInterval(const std::vector<double>& v, double& mean, double& low, double& high);
/// `v` as a JSON number, or null when not finite.
nlohmann::json probeNumber(double v);
/// Three decimals, or an en dash when not finite.
std::string fixed3(double v);
/// FNV-1a (hex) of every image path of `samples`, so a feature cache notices a changed image list.
std::string sampleListHash(const std::vector<Sample>& samples);

}  // namespace colorproxy
