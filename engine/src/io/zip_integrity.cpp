#include "io/zip_integrity.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kZip64EndLocator = 0x07064b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kCentralEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;

std::uint64_t readLe(const unsigned char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

class ZipFile {
 public:
  explicit ZipFile(const fs::path& file) : m_in(file, std::ios::binary) {
    if (!m_in) throw std::runtime_error("it cannot be opened");
    m_in.seekg(0, std::ios::end);
    m_size = std::uint64_t(m_in.tellg());
  }
  std::uint64_t size() const { return m_size; }
  // `n` bytes at `offset`; throws when they are not all inside the file.
  std::vector<unsigned char> read(std::uint64_t offset, std::uint64_t n, const char* what) {
    if (offset > m_size || n > m_size - offset)
      throw std::runtime_error(std::string(what) + " lies beyond the end of the file (truncated or damaged)");
    std::vector<unsigned char> buf(n);
    m_in.seekg(std::streamoff(offset));
    m_in.read(reinterpret_cast<char*>(buf.data()), std::streamsize(n));
    if (!m_in) throw std::runtime_error(std::string("reading ") + what + " failed");
    return buf;
  }

 private:
  std::ifstream m_in;
  std::uint64_t m_size = 0;
};

struct CentralDirectory {
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
  std::uint64_t entries = 0;
};

CentralDirectory findCentralDirectory(ZipFile& zip) {
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const std::uint64_t tail = std::min<std::uint64_t>(zip.size(), 22 + 65535);
  if (zip.size() < 22) throw std::runtime_error("it is too short to be a zip archive (truncated?)");
  const std::vector<unsigned char> buf = zip.read(zip.size() - tail, tail, "the end of the archive");
  for (std::int64_t i = std::int64_t(tail) - 22; i >= 0; --i) {
    const unsigned char* p = buf.data() + i;
    if (readLe(p, 4) != kEndOfCentralDirectory) continue;
    CentralDirectory cd;
    cd.entries = readLe(p + 10, 2);
    cd.size = readLe(p + 12, 4);
    cd.offset = readLe(p + 16, 4);
    const std::uint64_t endAt = zip.size() - tail + std::uint64_t(i);
    if (cd.entries == 0xFFFF || cd.size == 0xFFFFFFFF || cd.offset == 0xFFFFFFFF) {
      if (endAt < 20) throw std::runtime_error("its zip64 end record is missing");
      const auto locator = zip.read(endAt - 20, 20, "the zip64 locator");
      if (readLe(locator.data(), 4) != kZip64EndLocator)
        throw std::runtime_error("its zip64 locator is missing");
      const auto end64 = zip.read(readLe(locator.data() + 8, 8), 56, "the zip64 end record");
      if (readLe(end64.data(), 4) != kZip64End) throw std::runtime_error("its zip64 end record is damaged");
      cd.entries = readLe(end64.data() + 32, 8);
      cd.size = readLe(end64.data() + 40, 8);
      cd.offset = readLe(end64.data() + 48, 8);
    }
    return cd;
  }
  throw std::runtime_error("it is not a zip archive, or its end was cut off (truncated)");
}

// CRC-32 of a stored entry, read in 1 MiB pieces: a checkpoint's weights can be hundreds of megabytes.
uLong storedCrc(ZipFile& zip, std::uint64_t at, std::uint64_t size, const std::string& name) {
  uLong sum = crc32(0L, Z_NULL, 0);
  for (std::uint64_t done = 0; done < size;) {
    const std::uint64_t n = std::min<std::uint64_t>(size - done, 1 << 20);
    const auto piece = zip.read(at + done, n, ("entry '" + name + "'").c_str());
    sum = crc32(sum, piece.data(), uInt(n));
    done += n;
  }
  return sum;
}

// CRC-32 of a deflated entry (TorchScript code records), inflated in pieces; more or fewer bytes than
// the directory states is damage. Nothing larger than one piece is ever held.
uLong deflatedCrc(ZipFile& zip, std::uint64_t at, std::uint64_t compressed, std::uint64_t size,
                  const std::string& name) {
  const auto damaged = [&](const std::string& why) {
    return std::runtime_error("entry '" + name + "' cannot be inflated (" + why + "; damaged)");
  };
  if (compressed > (std::uint64_t(1) << 30)) throw damaged("larger than any ColorProxy code record");
  std::vector<unsigned char> input = zip.read(at, compressed, ("entry '" + name + "'").c_str());
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw damaged("zlib could not start");
  z.next_in = input.data();
  z.avail_in = uInt(input.size());
  std::vector<unsigned char> out(1 << 16);
  uLong sum = crc32(0L, Z_NULL, 0);
  std::uint64_t total = 0;
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = out.data();
    z.avail_out = uInt(out.size());
    rc = inflate(&z, Z_NO_FLUSH);
    const std::uint64_t n = out.size() - z.avail_out;
    total += n;
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&z);
      throw damaged(z.msg ? z.msg : "bad data");
    }
    if (total > size || (n == 0 && rc != Z_STREAM_END)) {
      inflateEnd(&z);
      throw damaged(total > size ? "more bytes than stated" : "it ends early");
    }
    sum = crc32(sum, out.data(), uInt(n));
  }
  inflateEnd(&z);
  if (total != size) throw damaged("fewer bytes than stated");
  return sum;
}

}  // namespace

void verifyZipArchive(const fs::path& file) {
  ZipFile zip(file);
  const CentralDirectory cd = findCentralDirectory(zip);
  // Each central entry is at least 46 bytes: a count the directory cannot hold is damage.
  if (cd.entries == 0 || cd.entries > cd.size / 46) throw std::runtime_error("its entry count is damaged");
  const std::vector<unsigned char> dir = zip.read(cd.offset, cd.size, "the central directory");
  std::uint64_t at = 0;
  for (std::uint64_t e = 0; e < cd.entries; ++e) {
    if (at + 46 > dir.size() || readLe(dir.data() + at, 4) != kCentralEntry)
      throw std::runtime_error("its central directory is damaged at entry " + std::to_string(e + 1));
    const unsigned char* p = dir.data() + at;
    const auto method = readLe(p + 10, 2);
    const auto crc = std::uint32_t(readLe(p + 16, 4));
    std::uint64_t compressed = readLe(p + 20, 4);
    std::uint64_t uncompressed = readLe(p + 24, 4);
    const auto nameLength = readLe(p + 28, 2);
    const auto extraLength = readLe(p + 30, 2);
    const auto commentLength = readLe(p + 32, 2);
    std::uint64_t localOffset = readLe(p + 42, 4);
    if (at + 46 + nameLength + extraLength + commentLength > dir.size())
      throw std::runtime_error("its central directory is damaged at entry " + std::to_string(e + 1));
    const std::string name(reinterpret_cast<const char*>(p + 46), nameLength);
    // Zip64 sizes and offset, in that order, for the fields saturated at 0xFFFFFFFF.
    for (std::uint64_t x = 0; x + 4 <= extraLength;) {
      const unsigned char* f = p + 46 + nameLength + x;
      const auto id = readLe(f, 2), len = readLe(f + 2, 2);
      if (x + 4 + len > extraLength) break;
      if (id == 0x0001) {
        std::uint64_t k = 4;
        const auto take = [&](std::uint64_t& v) {
          if (v != 0xFFFFFFFF) return;
          if (k + 8 > 4 + len) throw std::runtime_error("entry '" + name + "' has a damaged zip64 field");
          v = readLe(f + k, 8);
          k += 8;
        };
        take(uncompressed);
        take(compressed);
        take(localOffset);
      }
      x += 4 + len;
    }
    if (!(method == 0 && compressed == uncompressed) && method != 8)
      throw std::runtime_error("entry '" + name +
                               "' has an unknown compression or sizes that disagree (damaged)");
    const auto local = zip.read(localOffset, 30, ("the header of entry '" + name + "'").c_str());
    if (readLe(local.data(), 4) != kLocalHeader)
      throw std::runtime_error("entry '" + name + "' does not start where the directory says (damaged)");
    const std::uint64_t dataAt =
        localOffset + 30 + readLe(local.data() + 26, 2) + readLe(local.data() + 28, 2);
    if (dataAt > zip.size() || compressed > zip.size() - dataAt)
      throw std::runtime_error("entry '" + name + "' claims " + std::to_string(compressed) +
                               " bytes, more than the file holds (truncated or damaged)");
    const uLong sum = method == 0 ? storedCrc(zip, dataAt, uncompressed, name)
                                  : deflatedCrc(zip, dataAt, compressed, uncompressed, name);
    if (std::uint32_t(sum) != crc)
      throw std::runtime_error("entry '" + name + "' fails its CRC-32 check (the file is damaged)");
    at += 46 + nameLength + extraLength + commentLength;
  }
}

}  // namespace colorproxy
