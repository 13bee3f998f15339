#pragma once
// How a training run names the dataset files it leaves out, in its log and in its errors.
#include <string>
#include <vector>

#include "colorproxy/data/dataset.h"

namespace colorproxy {

/// The files left out of `used` (and dataset-wide errors such as a JSON file that does not parse): every
/// Error-severity problem, in order. What a training run names as "skipped".
std::vector<DataProblem> skippedFiles(const Dataset& dataset, const std::vector<const DatasetSplit*>& used);

/// Log lines naming every skipped file (at most `maxShown`, then a count and where the full list is):
/// "3 file(s) skipped ...", "skipped: <message>", ... Nothing when `skipped` is empty.
std::vector<std::string> skippedFilesLog(const std::vector<DataProblem>& skipped, const std::string& dataPath,
                                         std::size_t maxShown = 20);

/// "; problems found: <first messages> (and N more)" for an error saying too few images are usable,
/// so the cause (e.g. a JSON parse error with its line and column) reaches the user; empty when none.
std::string skippedFilesSuffix(const std::vector<DataProblem>& skipped, std::size_t maxShown = 3);

}  // namespace colorproxy
