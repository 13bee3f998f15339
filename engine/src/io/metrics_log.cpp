#include "colorproxy/io/metrics_log.h"
#include "colorproxy/base/number_text.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/csv.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kFixedColumns = {"kind", "epoch", "iteration", "wall_time"};

CsvRecord headerRecord(const std::vector<std::string>& columns) {
  CsvRecord h = kFixedColumns;
  h.insert(h.end(), columns.begin(), columns.end());
  return h;
}

double parseNumber(const std::string& text, const fs::path& file, size_t lineNo) {
  try {
    size_t used = 0;
    const double v = std::stod(text, &used);
    if (used != text.size()) throw std::invalid_argument("trailing characters");
    return v;
  } catch (const std::exception&) {
    throw std::runtime_error("malformed metrics file '" + file.string() + "' line " + std::to_string(lineNo) +
                             ": '" + text + "' is not a number");
  }
}

}  // namespace

std::vector<std::pair<int64_t, double>> MetricsTable::series(const std::string& kind,
                                                             const std::string& column) const {
  std::vector<std::pair<int64_t, double>> out;
  for (const auto& r : rows) {
    if (r.kind != kind) continue;
    const auto it = r.values.find(column);
    if (it != r.values.end()) out.emplace_back(r.iteration, it->second);
  }
  return out;
}

MetricsTable readMetricsCsv(const fs::path& file) {
  MetricsTable table;
  if (!fs::exists(file)) return table;
  const std::string text = readTextFile(file);
  CsvReader reader(text);
  CsvRecord cells, header;
  while (reader.next(cells)) {
    const size_t lineNo = reader.line();
    if (header.empty()) {
      header = cells;
      if (header.size() < kFixedColumns.size() ||
          !std::equal(kFixedColumns.begin(), kFixedColumns.end(), header.begin()))
        throw std::runtime_error("malformed metrics file '" + file.string() +
                                 "': the header must start with kind,epoch,iteration,wall_time");
      table.columns.assign(header.begin() + kFixedColumns.size(), header.end());
      continue;
    }
    // A monitor may read while the trainer is writing: a partial last line is skipped, not an error.
    if (cells.size() != header.size()) {
      if (reader.atEnd()) break;
      throw std::runtime_error("malformed metrics file '" + file.string() + "' line " +
                               std::to_string(lineNo) + ": " + std::to_string(cells.size()) +
                               " cells, the header has " + std::to_string(header.size()));
    }
    MetricsRow row;
    row.kind = cells[0];
    row.epoch = static_cast<int64_t>(parseNumber(cells[1], file, lineNo));
    row.iteration = static_cast<int64_t>(parseNumber(cells[2], file, lineNo));
    row.wallTime = parseNumber(cells[3], file, lineNo);
    for (size_t i = kFixedColumns.size(); i < cells.size(); ++i)
      if (!cells[i].empty()) row.values[header[i]] = parseNumber(cells[i], file, lineNo);
    table.rows.push_back(std::move(row));
  }
  return table;
}

MetricsLog::MetricsLog(const fs::path& file, std::vector<std::string> columns)
    : m_file(file), m_columns(std::move(columns)) {
  for (const auto& c : m_columns)
    if (c.empty() || c.find_first_of(",\n\r") != std::string::npos ||
        std::find(kFixedColumns.begin(), kFixedColumns.end(), c) != kFixedColumns.end())
      throw std::invalid_argument("metrics column name '" + c + "' is empty, reserved or has a comma");
  const bool exists = fs::exists(file) && fs::file_size(file) > 0;
  if (exists) {
    const std::string text = readTextFile(file);
    CsvReader reader(text);
    CsvRecord first;
    reader.next(first);
    if (first != headerRecord(m_columns))
      throw std::runtime_error("metrics file '" + file.string() + "' has columns '" + csvLine(first) +
                               "', this run writes '" + csvLine(headerRecord(m_columns)) + "'");
  }
  m_out.open(file, std::ios::app);
  if (!m_out)
    throw std::runtime_error("cannot open '" + file.string() + "' for writing: " + std::strerror(errno));
  if (!exists) m_out << csvLine(headerRecord(m_columns)) << "\n" << std::flush;
}

void MetricsLog::append(const MetricsRow& row) {
  for (const auto& [k, v] : row.values)
    if (std::find(m_columns.begin(), m_columns.end(), k) == m_columns.end())
      throw std::invalid_argument("metrics value '" + k + "' is not a column of '" + m_file.string() + "'");
  CsvRecord cells = {row.kind, std::to_string(row.epoch), std::to_string(row.iteration),
                     preciseText(row.wallTime)};
  for (const auto& c : m_columns) {
    const auto it = row.values.find(c);
    cells.push_back(it != row.values.end() ? preciseText(it->second) : std::string());
  }
  m_out << csvLine(cells) << "\n" << std::flush;
  if (!m_out) throw std::runtime_error("cannot append to '" + m_file.string() + "' (is the disk full?)");
}

void MetricsLog::truncateAfter(const fs::path& file, int64_t epoch, int64_t iteration) {
  if (!fs::exists(file)) return;
  std::string text = readTextFile(file);
  // A line without its newline was torn by a crash mid-write: drop it.
  const size_t lastNewline = text.rfind('\n');
  text.resize(lastNewline == std::string::npos ? 0 : lastNewline + 1);
  CsvReader reader(text);
  CsvRecord cells;
  std::string kept;
  bool first = true;
  while (reader.next(cells)) {
    if (first) {
      kept += csvLine(cells) + "\n";
      first = false;
      continue;
    }
    if (cells.size() < kFixedColumns.size()) continue;  // a torn last line from a crash
    int64_t e = 0, it = 0;
    try {
      e = std::stoll(cells[1]);
      it = std::stoll(cells[2]);
    } catch (const std::exception&) {
      continue;
    }
    if (it > iteration || (cells[0] == "epoch" && e > epoch)) continue;
    kept += csvLine(cells) + "\n";
  }
  writeFileAtomically(file, kept);
}

}  // namespace colorproxy
