#include "train/skipped_files.h"

namespace colorproxy {

std::vector<DataProblem> skippedFiles(const Dataset& dataset, const std::vector<const DatasetSplit*>& used) {
  std::vector<DataProblem> out;
  const auto take = [&out](const std::vector<DataProblem>& list) {
    for (const auto& p : list)
      if (p.severity == ProblemSeverity::Error) out.push_back(p);
  };
  take(dataset.problems);
  for (const DatasetSplit* s : used)
    if (s) take(s->problems);
  return out;
}

std::vector<std::string> skippedFilesLog(const std::vector<DataProblem>& skipped, const std::string& dataPath,
                                         std::size_t maxShown) {
  std::vector<std::string> lines;
  if (skipped.empty()) return lines;
  lines.push_back(std::to_string(skipped.size()) + " file(s) of " + dataPath +
                  " skipped (unusable; `colorproxy-cli datasets " + dataPath + "` lists them all):");
  for (std::size_t i = 0; i < skipped.size() && i < maxShown; ++i)
    lines.push_back("skipped: " + skipped[i].message);
  if (skipped.size() > maxShown)
    lines.push_back("... and " + std::to_string(skipped.size() - maxShown) + " more skipped file(s)");
  return lines;
}

std::string skippedFilesSuffix(const std::vector<DataProblem>& skipped, std::size_t maxShown) {
  if (skipped.empty()) return {};
  std::string out = "; problems found: ";
  for (std::size_t i = 0; i < skipped.size() && i < maxShown; ++i)
    out += (i ? "; " : "") + skipped[i].message;
  if (skipped.size() > maxShown) out += " (and " + std::to_string(skipped.size() - maxShown) + " more)";
  return out;
}

}  // namespace colorproxy
