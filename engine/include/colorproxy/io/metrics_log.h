#pragma once
// metrics.csv: one row per logged iteration ("iter") or finished epoch ("epoch"). Fixed leading columns
// kind,epoch,iteration,wall_time then the run's named value columns (losses, lr, images_per_s, metrics);
// a value a row does not have is left empty. Rows are flushed as they are written so a monitor can
// read the file while the run is going.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace colorproxy {

/// One metrics.csv row.
struct MetricsRow {
  std::string kind;                      ///< "iter" or "epoch"
  int64_t epoch = 0;                     ///< 1-based
  int64_t iteration = 0;                 ///< 1-based global iteration (at the end of the epoch for "epoch")
  double wallTime = 0.0;                 ///< seconds of training so far (summed over resumes)
  std::map<std::string, double> values;  ///< only the columns this row has
};

/// A parsed metrics.csv.
struct MetricsTable {
  std::vector<std::string> columns;  ///< the value columns, in file order (without the four fixed ones)
  std::vector<MetricsRow> rows;

  /// (iteration, value) of every row of `kind` that has `column`.
  std::vector<std::pair<int64_t, double>> series(const std::string& kind, const std::string& column) const;
};

/// Reads metrics.csv; a missing file gives an empty table, a malformed one throws naming file and line.
MetricsTable readMetricsCsv(const std::filesystem::path& file);

/// Appends rows to metrics.csv.
class MetricsLog {
 public:
  /// Opens (creating with a header, or appending to) `file`. An existing file must have the same columns.
  MetricsLog(const std::filesystem::path& file, std::vector<std::string> columns);
  /// Writes and flushes one row; values not among the columns throw std::invalid_argument.
  void append(const MetricsRow& row);
  const std::vector<std::string>& columns() const { return m_columns; }

  /// Drops every row with iteration > `iteration` (and epoch rows beyond `epoch`), atomically: used on
  /// resume so the rows logged after the checkpoint are not duplicated.
  static void truncateAfter(const std::filesystem::path& file, int64_t epoch, int64_t iteration);

 private:
  std::filesystem::path m_file;
  std::vector<std::string> m_columns;
  std::ofstream m_out;
};

}  // namespace colorproxy
