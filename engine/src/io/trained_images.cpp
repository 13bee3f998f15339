#include "colorproxy/io/trained_images.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/csv.h"

namespace colorproxy {
namespace fs = std::filesystem;

const char* trainedImagesFileName() { return "trained_images.csv"; }

std::string fileContentHash(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + file.string() + "' to hash it");
  std::uint64_t h = 0xcbf29ce484222325ull;
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      h ^= static_cast<unsigned char>(buf[i]);
      h *= 0x100000001b3ull;
    }
  }
  if (in.bad()) throw std::runtime_error("cannot read '" + file.string() + "' to hash it");
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

void writeTrainedImages(const fs::path& file, const std::vector<fs::path>& images) {
  std::string out = csvLine({"fnv1a64", "bytes", "path"}) + "\n";
  for (const auto& image : images) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(image, ec);
    const auto bytes = fs::file_size(image, ec);
    if (ec) throw std::runtime_error("cannot read the size of '" + image.string() + "': " + ec.message());
    const std::string path = (absolute.empty() ? image : absolute).string();
    out += csvLine({fileContentHash(image), std::to_string(bytes), path}) + "\n";
  }
  writeFileAtomically(file, out);
}

std::optional<std::vector<TrainedImage>> readTrainedImages(const fs::path& runDir) {
  const fs::path file = runDir / trainedImagesFileName();
  std::error_code ec;
  if (!fs::exists(file, ec)) return std::nullopt;
  const std::string text = readTextFile(file);
  CsvReader reader(text);
  CsvRecord cells;
  std::vector<TrainedImage> images;
  bool header = true;
  while (reader.next(cells)) {
    if (header) {
      header = false;
      continue;
    }
    const auto bad = [&](const std::string& why) {
      return std::runtime_error("'" + file.string() + "' line " + std::to_string(reader.line()) + ": " + why +
                                " (expected fnv1a64,bytes,path; delete the file to skip the leakage check)");
    };
    if (cells.size() < 3) throw bad("fewer than 3 cells");
    TrainedImage t;
    t.hash = cells[0];
    if (t.hash.size() != 16 || t.hash.find_first_not_of("0123456789abcdef") != std::string::npos)
      throw bad("'" + t.hash + "' is not 16 hex digits");
    const std::string& bytes = cells[1];
    if (bytes.empty() || bytes.size() > 19 || bytes.find_first_not_of("0123456789") != std::string::npos)
      throw bad("'" + bytes + "' is not a byte count");
    t.bytes = std::stoull(bytes);
    // Lists written before the CSV quoting rule left a comma in a path unquoted: the rest is the path.
    t.path = cells[2];
    for (std::size_t i = 3; i < cells.size(); ++i) t.path += "," + cells[i];
    images.push_back(std::move(t));
  }
  return images;
}

}  // namespace colorproxy
