#include "colorproxy/base/npy_file.h"

#include "colorproxy/base/atomic_file.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace colorproxy {
namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6;

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& problem) {
  throw std::runtime_error(file.string() + ": " + problem);
}

// The header is a Python dict literal such as {'descr': '<i8', 'fortran_order': False, 'shape': (313, 2), }.
// Returns the text after `'key':`, or npos when the key is absent.
std::size_t findValue(const std::string& header, const std::string& key) {
  for (const char quote : {'\'', '"'}) {
    const std::string quoted = std::string(1, quote) + key + quote;
    std::size_t pos = header.find(quoted);
    if (pos == std::string::npos) continue;
    pos = header.find(':', pos + quoted.size());
    if (pos == std::string::npos) return pos;
    pos = header.find_first_not_of(" \t", pos + 1);
    return pos;
  }
  return std::string::npos;
}

struct Header {
  std::string descr;
  bool fortranOrder = false;
  std::vector<std::size_t> shape;
};

Header parseHeader(const std::filesystem::path& file, const std::string& header) {
  Header h;
  std::size_t pos = findValue(header, "descr");
  if (pos == std::string::npos || (header[pos] != '\'' && header[pos] != '"'))
    fail(file,
         "the .npy header has no plain 'descr' string (structured arrays are not supported): " + header);
  const std::size_t end = header.find(header[pos], pos + 1);
  if (end == std::string::npos) fail(file, "unterminated 'descr' in the .npy header: " + header);
  h.descr = header.substr(pos + 1, end - pos - 1);

  pos = findValue(header, "fortran_order");
  if (pos == std::string::npos) fail(file, "the .npy header has no 'fortran_order': " + header);
  if (header.compare(pos, 4, "True") == 0)
    h.fortranOrder = true;
  else if (header.compare(pos, 5, "False") != 0)
    fail(file, "cannot read 'fortran_order' in the .npy header: " + header);

  pos = findValue(header, "shape");
  if (pos == std::string::npos || header[pos] != '(')
    fail(file, "the .npy header has no 'shape' tuple: " + header);
  const std::size_t close = header.find(')', pos);
  if (close == std::string::npos) fail(file, "unterminated 'shape' in the .npy header: " + header);
  std::string dims = header.substr(pos + 1, close - pos - 1);
  std::replace(dims.begin(), dims.end(), ',', ' ');
  std::istringstream in(dims);
  std::string token;
  while (in >> token) {
    if (token.empty() ||
        !std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }))
      fail(file, "bad dimension '" + token + "' in the .npy shape: " + header);
    h.shape.push_back(std::stoull(token));
  }
  return h;
}

template <typename T>
double readValue(const unsigned char* p, bool swap) {
  unsigned char bytes[sizeof(T)];
  std::memcpy(bytes, p, sizeof(T));
  if (swap) std::reverse(bytes, bytes + sizeof(T));
  T v;
  std::memcpy(&v, bytes, sizeof(T));
  return static_cast<double>(v);
}

}  // namespace

NpyArray readNpy(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(file, "cannot open the .npy file (does it exist and is it readable?)");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.size() < kMagicSize + 4 || bytes.compare(0, kMagicSize, kMagic, kMagicSize) != 0)
    fail(file, "not a NumPy .npy file (missing the \\x93NUMPY magic; was it saved with numpy.save?)");
  const auto* u = reinterpret_cast<const unsigned char*>(bytes.data());
  const int major = u[6];
  std::size_t headerLen = 0, headerStart = 0;
  if (major == 1) {
    headerLen = std::size_t(u[8]) | (std::size_t(u[9]) << 8);
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12) fail(file, "truncated .npy header");
    headerLen = std::size_t(u[8]) | (std::size_t(u[9]) << 8) | (std::size_t(u[10]) << 16) |
                (std::size_t(u[11]) << 24);
    headerStart = 12;
  } else {
    fail(file, "unsupported .npy format version " + std::to_string(major) + "." + std::to_string(u[7]));
  }
  if (bytes.size() < headerStart + headerLen) fail(file, "truncated .npy header");
  const Header h = parseHeader(file, bytes.substr(headerStart, headerLen));

  if (h.descr.size() < 3) fail(file, "unsupported .npy dtype '" + h.descr + "'");
  const char order = h.descr[0], kind = h.descr[1];
  const std::string sizeText = h.descr.substr(2);
  if (!std::all_of(sizeText.begin(), sizeText.end(), [](char c) { return c >= '0' && c <= '9'; }))
    fail(file, "unsupported .npy dtype '" + h.descr + "'");
  const std::size_t itemSize = std::stoul(sizeText);
  if (order != '<' && order != '>' && order != '|' && order != '=')
    fail(file, "unsupported byte order in .npy dtype '" + h.descr + "'");
  const bool swap = order == '>';
  const bool supported =
      ((kind == 'i' || kind == 'u') && (itemSize == 1 || itemSize == 2 || itemSize == 4 || itemSize == 8)) ||
      (kind == 'f' && (itemSize == 4 || itemSize == 8)) || (kind == 'b' && itemSize == 1);
  if (!supported)
    fail(file, "unsupported .npy dtype '" + h.descr +
                   "' (supported: bool, int8..int64, uint8..uint64, "
                   "float32, float64)");
  if (h.fortranOrder && h.shape.size() > 1)
    fail(file, "Fortran-ordered .npy arrays are not supported; save with numpy.ascontiguousarray(x)");

  std::size_t count = 1;
  for (const std::size_t d : h.shape) count *= d;
  const std::size_t dataStart = headerStart + headerLen;
  const std::size_t available = bytes.size() - dataStart;
  if (available < count * itemSize)
    fail(file, "truncated .npy data: the header promises " + std::to_string(count) + " values of " +
                   std::to_string(itemSize) + " bytes but only " + std::to_string(available) +
                   " bytes follow");
  if (available > count * itemSize)
    fail(file, "the .npy file has " + std::to_string(available - count * itemSize) +
                   " unexpected bytes after its data (damaged copy?)");

  NpyArray out;
  out.shape = h.shape;
  out.dtype = h.descr;
  out.values.resize(count);
  const unsigned char* p = u + dataStart;
  for (std::size_t i = 0; i < count; ++i, p += itemSize) {
    double v = 0.0;
    if (kind == 'f')
      v = itemSize == 4 ? readValue<float>(p, swap) : readValue<double>(p, swap);
    else if (kind == 'b')
      v = *p != 0 ? 1.0 : 0.0;
    else if (kind == 'i')
      v = itemSize == 1   ? readValue<std::int8_t>(p, swap)
          : itemSize == 2 ? readValue<std::int16_t>(p, swap)
          : itemSize == 4 ? readValue<std::int32_t>(p, swap)
                          : readValue<std::int64_t>(p, swap);
    else
      v = itemSize == 1   ? readValue<std::uint8_t>(p, swap)
          : itemSize == 2 ? readValue<std::uint16_t>(p, swap)
          : itemSize == 4 ? readValue<std::uint32_t>(p, swap)
                          : readValue<std::uint64_t>(p, swap);
    out.values[i] = v;
  }
  return out;
}

namespace {

// One writer for every element type: `descr` is NumPy's ("<f8", "<f4"), values are stored little-endian.
template <class T>
void writeNpyValues(const std::filesystem::path& file, const std::vector<std::size_t>& shape,
                    const std::vector<T>& values, const char* descr) {
  std::size_t count = 1;
  for (const std::size_t d : shape) count *= d;
  if (count != values.size())
    throw std::invalid_argument("writeNpy(" + file.string() + "): shape holds " + std::to_string(count) +
                                " values but " + std::to_string(values.size()) + " were given");
  std::string shapeText = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) shapeText += (i ? ", " : "") + std::to_string(shape[i]);
  shapeText += shape.size() == 1 ? ",)" : ")";  // Python spells a 1-tuple (313,)
  std::string dict =
      std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
  // Pad with spaces so that the data starts on a 64-byte boundary; the header ends with '\n'.
  const std::size_t total = 10 + dict.size() + 1;
  const std::size_t padding = (64 - total % 64) % 64;
  dict.append(padding, ' ');
  dict += '\n';
  const std::size_t headerLen = dict.size();

  std::string bytes(kMagic, kMagicSize);
  bytes += char(1);
  bytes += char(0);
  bytes += char(headerLen & 0xff);
  bytes += char((headerLen >> 8) & 0xff);
  bytes += dict;
  const std::size_t dataStart = bytes.size();
  bytes.resize(dataStart + values.size() * sizeof(T));
  const std::uint16_t probe = 1;
  const bool bigEndianHost = *reinterpret_cast<const unsigned char*>(&probe) == 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    unsigned char b[sizeof(T)];
    std::memcpy(b, &values[i], sizeof(T));
    // The file is little-endian whatever the host is.
    if (bigEndianHost) std::reverse(b, b + sizeof(T));
    std::memcpy(&bytes[dataStart + sizeof(T) * i], b, sizeof(T));
  }

  writeFileAtomically(file, bytes);
}

}  // namespace

void writeNpy(const std::filesystem::path& file, const std::vector<std::size_t>& shape,
              const std::vector<double>& values) {
  static_assert(sizeof(double) == 8, "float64 expected");
  writeNpyValues(file, shape, values, "<f8");
}

void writeNpyFloat32(const std::filesystem::path& file, const std::vector<std::size_t>& shape,
                     const std::vector<float>& values) {
  static_assert(sizeof(float) == 4, "float32 expected");
  writeNpyValues(file, shape, values, "<f4");
}

}  // namespace colorproxy
