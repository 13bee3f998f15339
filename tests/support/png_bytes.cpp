#include "support/png_bytes.h"

#include "support/test_support.h"

namespace fs = std::filesystem;

namespace colorproxy::test {
namespace {

std::uint32_t crc32(const std::string& bytes) {
  static std::uint32_t table[256] = {};
  if (!table[1])
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void putBe32(std::string& s, std::uint32_t v) {
  for (int i = 3; i >= 0; --i) s.push_back(char((v >> (8 * i)) & 0xFF));
}

void chunk(std::string& png, const char* type, const std::string& data) {
  putBe32(png, std::uint32_t(data.size()));
  const std::string body = std::string(type, 4) + data;
  png += body;
  putBe32(png, crc32(body));
}

}  // namespace

void writePalettePng(const fs::path& path, const cv::Mat& ids, const std::vector<cv::Vec3b>& palette) {
  std::string png = "\x89PNG\r\n\x1a\n";
  std::string ihdr;
  putBe32(ihdr, std::uint32_t(ids.cols));
  putBe32(ihdr, std::uint32_t(ids.rows));
  ihdr += std::string("\x08\x03\x00\x00\x00", 5);  // 8-bit, palette, deflate, no filter, no interlace
  chunk(png, "IHDR", ihdr);
  std::string plte;
  for (const auto& c : palette) plte += std::string{char(c[0]), char(c[1]), char(c[2])};
  chunk(png, "PLTE", plte);
  std::string raw;  // filter byte 0 + indices, per row
  for (int y = 0; y < ids.rows; ++y) {
    raw.push_back('\0');
    raw.append(reinterpret_cast<const char*>(ids.ptr<std::uint8_t>(y)), std::size_t(ids.cols));
  }
  std::string z = "\x78\x01";  // zlib header, then stored deflate blocks of at most 65535 bytes
  for (std::size_t pos = 0; pos < raw.size() || pos == 0;) {
    const std::size_t n = std::min<std::size_t>(65535, raw.size() - pos);
    const bool last = pos + n >= raw.size();
    z.push_back(last ? '\x01' : '\x00');
    z.push_back(char(n & 0xFF));
    z.push_back(char(n >> 8));
    z.push_back(char(~n & 0xFF));
    z.push_back(char((~n >> 8) & 0xFF));
    z += raw.substr(pos, n);
    pos += n;
    if (last) break;
  }
  std::uint32_t a = 1, b = 0;  // Adler-32 of the uncompressed data
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  putBe32(z, b << 16 | a);
  chunk(png, "IDAT", z);
  chunk(png, "IEND", "");
  writeBytes(path, png);
}

void writeBombPng(const fs::path& path, std::uint32_t width, std::uint32_t height) {
  std::string png = "\x89PNG\r\n\x1a\n";
  std::string ihdr;
  putBe32(ihdr, width);
  putBe32(ihdr, height);
  ihdr += std::string("\x08\x03\x00\x00\x00", 5);
  chunk(png, "IHDR", ihdr);
  chunk(png, "PLTE", std::string("\xff\x00\x00\x00\xff\x00\x00\x00\xff", 9));
  // A zlib stream of one stored block with a single zero byte: far less than the header promises.
  chunk(png, "IDAT", std::string("\x78\x01\x01\x01\x00\xfe\xff\x00\x00\x01\x00\x01", 12));
  chunk(png, "IEND", "");
  writeBytes(path, png);
}

}  // namespace colorproxy::test
