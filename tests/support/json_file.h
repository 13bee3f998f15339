#pragma once
// Test helper: a JSON file parsed (header-only, so test targets without nlohmann in their link line need
// nothing more than its headers).
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

namespace colorproxy::test {

inline nlohmann::json readJson(const std::filesystem::path& file) {
  std::ifstream in(file);
  return nlohmann::json::parse(in);
}

}  // namespace colorproxy::test
