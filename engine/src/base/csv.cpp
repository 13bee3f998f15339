#include "colorproxy/base/csv.h"

#include "colorproxy/base/atomic_file.h"

namespace colorproxy {
namespace {

bool isLineBreak(char c) { return c == '\n' || c == '\r'; }

}  // namespace

std::string csvField(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csvLine(const CsvRecord& fields) {
  // A lone empty field would be a blank line, which readers skip.
  if (fields.size() == 1 && fields[0].empty()) return "\"\"";
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    line += csvField(fields[i]);
  }
  return line;
}

CsvReader::CsvReader(std::string_view text) : m_text(text) {}

bool CsvReader::atEnd() const {
  for (std::size_t i = m_pos; i < m_text.size(); ++i)
    if (!isLineBreak(m_text[i])) return false;
  return true;
}

bool CsvReader::next(CsvRecord& fields) {
  fields.clear();
  // Blank lines between records are not records.
  while (m_pos < m_text.size() && isLineBreak(m_text[m_pos])) {
    if (m_text[m_pos] == '\n' || m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != '\n') ++m_line;
    ++m_pos;
  }
  if (m_pos >= m_text.size()) return false;
  m_recordLine = m_line;
  fields.emplace_back();
  bool quoted = false;
  while (m_pos < m_text.size()) {
    const char c = m_text[m_pos++];
    if (quoted) {
      if (c == '"') {
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
          fields.back() += '"';
          ++m_pos;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++m_line;
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (isLineBreak(c)) {
      if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n') ++m_pos;
      ++m_line;
      m_unterminated = false;
      return true;
    } else {
      fields.back() += c;
    }
  }
  m_unterminated = true;
  return true;
}

std::vector<CsvRecord> parseCsv(std::string_view text) {
  std::vector<CsvRecord> records;
  CsvReader reader(text);
  CsvRecord fields;
  while (reader.next(fields)) records.push_back(fields);
  return records;
}

std::vector<CsvRecord> readCsvFile(const std::filesystem::path& file) { return parseCsv(readTextFile(file)); }

}  // namespace colorproxy
