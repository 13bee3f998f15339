#pragma once
// The one CSV dialect of ColorProxy (RFC 4180): fields are separated by commas, records end with LF or
// CRLF; a field holding a comma, a double quote or a line break is written inside double quotes with
// its quotes doubled ("a ""b"", c"). Every CSV file the engine writes (metrics.csv, predictions,
// experiment tables) and every reader (engine, CLI, GUI) goes through these functions.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace colorproxy {

/// One CSV record: its fields, unquoted.
using CsvRecord = std::vector<std::string>;

/// `text` as one CSV field: unchanged, or quoted when it holds a comma, a quote or a line break.
std::string csvField(std::string_view text);

/// `fields` as one CSV record (each quoted as needed, joined with commas), without the line end.
std::string csvLine(const CsvRecord& fields);

/// Reads CSV records one at a time from text in memory. Blank lines are skipped; a quoted field may
/// span lines; an unterminated quote at the end of the text ends the field there (a file being written).
class CsvReader {
 public:
  explicit CsvReader(std::string_view text);

  /// The next record into `fields`; false at the end of the text.
  bool next(CsvRecord& fields);
  /// 1-based line on which the record last returned by next() starts (for error messages).
  std::size_t line() const { return m_recordLine; }
  /// True when no record follows the one last returned.
  bool atEnd() const;
  /// True when the record last returned ended at the end of the text without a line break (a row
  /// that may still be being written).
  bool lastRecordUnterminated() const { return m_unterminated; }

 private:
  std::string_view m_text;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
  std::size_t m_recordLine = 0;
  bool m_unterminated = false;
};

/// Every record of CSV text (header included).
std::vector<CsvRecord> parseCsv(std::string_view text);

/// Every record of a CSV file (header included); throws std::runtime_error naming the file when it
/// cannot be read.
std::vector<CsvRecord> readCsvFile(const std::filesystem::path& file);

}  // namespace colorproxy
