#include "data/file_bytes.h"

#include <fstream>
#include <iterator>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_file.h"

namespace colorproxy {

std::vector<std::uint8_t> readFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw DataError(path.string() + ": cannot open the file: " + openFailureReason(path), path);
  const std::streamsize size = in.tellg();
  std::vector<std::uint8_t> bytes(size > 0 ? std::size_t(size) : 0);
  in.seekg(0);
  if (size > 0 && !in.read(reinterpret_cast<char*>(bytes.data()), size))
    throw DataError(path.string() + ": read error", path);
  return bytes;
}

std::string readFileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(path.string() + ": cannot open the file: " + openFailureReason(path), path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace colorproxy
