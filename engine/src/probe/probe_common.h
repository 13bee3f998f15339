#pragma once
// Engine-internal helpers shared by the probe studies (multilabel per level, segmentation): the interval
// over seeds, number formatting for reports, and the hash that ties cached features to an image list.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "colorproxy/data/sample.h"

namespace colorproxy {

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
