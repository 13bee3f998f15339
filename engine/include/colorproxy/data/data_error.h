#pragma once
// The exception every data-area failure raises: it always names the file involved.
#include <filesystem>
#include <stdexcept>
#include <string>

#include "colorproxy/data/data_problem.h"

namespace colorproxy {

/// A dataset, image, mask or annotation file that cannot be used; `file()` is the culprit and
/// `kind()` says what is wrong with it.
class DataError : public std::runtime_error {
 public:
  DataError(const std::string& message, std::filesystem::path file = {},
            ProblemKind kind = ProblemKind::Unreadable)
      : std::runtime_error(message), m_file(std::move(file)), m_kind(kind) {}
  const std::filesystem::path& file() const { return m_file; }
  ProblemKind kind() const { return m_kind; }

 private:
  std::filesystem::path m_file;
  ProblemKind m_kind;
};

}  // namespace colorproxy
