#include "colorproxy/data/dataset.h"

#include "colorproxy/data/data_error.h"

namespace colorproxy {

const DatasetSplit* Dataset::findSplit(const std::string& name) const {
  for (const auto& s : splits)
    if (s.name == name) return &s;
  return nullptr;
}

const DatasetSplit& Dataset::split(const std::string& name) const {
  if (const DatasetSplit* s = findSplit(name)) return *s;
  std::string names;
  for (const auto& s : splits) names += (names.empty() ? "" : ", ") + s.name;
  throw DataError("dataset " + root.string() + " has no split '" + name +
                      "'; its splits are: " + (names.empty() ? "(none)" : names),
                  root);
}

std::vector<std::string> Dataset::splitNames() const {
  std::vector<std::string> names;
  for (const auto& s : splits) names.push_back(s.name);
  return names;
}

std::size_t Dataset::sampleCount() const {
  std::size_t n = 0;
  for (const auto& s : splits) n += s.samples.size();
  return n;
}

std::vector<DataProblem> Dataset::allProblems() const {
  std::vector<DataProblem> all = problems;
  for (const auto& s : splits) all.insert(all.end(), s.problems.begin(), s.problems.end());
  return all;
}

MaskSpec Dataset::maskSpec() const {
  MaskSpec spec;
  spec.encoding = maskEncoding;
  spec.voidId = voidId;
  if (!maskClasses.empty()) {
    for (const auto& c : maskClasses) spec.validIds.push_back(c.id);
    if (voidId >= 0) spec.validIds.push_back(voidId);
  }
  return spec;
}

std::vector<std::uint8_t> Dataset::contiguousMaskLut(std::uint8_t ignore) const {
  std::vector<std::uint8_t> lut(256, ignore);
  for (std::size_t i = 0; i < maskClasses.size(); ++i) {
    const int id = maskClasses[i].id;
    if (id >= 0 && id < 256 && id != voidId) lut[std::size_t(id)] = std::uint8_t(i);
  }
  return lut;
}

}  // namespace colorproxy
