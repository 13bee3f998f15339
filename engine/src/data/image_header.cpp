// Header parsers for JPEG, PNG, BMP, TIFF and WebP. They read only the few bytes that describe the
// image (following segment/chunk lengths) plus the file's tail, so scanning a folder of 10,000+
// images costs a few reads per file instead of a full decode.
#include "colorproxy/data/image_header.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <limits>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_file.h"

namespace colorproxy {
namespace {

/// Random-access bytes: a file on disk or a buffer in memory.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual std::uint64_t size() const = 0;
  /// Copies n bytes at offset into dst; false when they are not all there.
  virtual bool read(std::uint64_t offset, void* dst, std::size_t n) = 0;
};

class MemorySource : public ByteSource {
 public:
  MemorySource(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}
  std::uint64_t size() const override { return m_size; }
  bool read(std::uint64_t offset, void* dst, std::size_t n) override {
    if (offset > m_size || n > m_size - offset) return false;
    if (n > 0) std::memcpy(dst, m_data + offset, n);  // an empty read may pass a null dst (found by fuzzing)
    return true;
  }

 private:
  const std::uint8_t* m_data;
  std::size_t m_size;
};

class FileSource : public ByteSource {
 public:
  explicit FileSource(const std::filesystem::path& path) : m_in(path, std::ios::binary) {
    if (m_in) {
      m_in.seekg(0, std::ios::end);
      m_size = std::uint64_t(m_in.tellg());
    }
  }
  bool ok() const { return bool(m_in); }
  std::uint64_t size() const override { return m_size; }
  bool read(std::uint64_t offset, void* dst, std::size_t n) override {
    if (offset > m_size || n > m_size - offset) return false;
    m_in.clear();
    m_in.seekg(std::streamoff(offset));
    m_in.read(static_cast<char*>(dst), std::streamsize(n));
    return std::size_t(m_in.gcount()) == n;
  }

 private:
  std::ifstream m_in;
  std::uint64_t m_size = 0;
};

std::uint32_t be16(const std::uint8_t* p) { return std::uint32_t(p[0]) << 8 | p[1]; }
std::uint32_t be32(const std::uint8_t* p) { return be16(p) << 16 | be16(p + 2); }
std::uint32_t le16(const std::uint8_t* p) { return std::uint32_t(p[1]) << 8 | p[0]; }
std::uint32_t le32(const std::uint8_t* p) { return le16(p + 2) << 16 | le16(p); }
std::uint32_t le24(const std::uint8_t* p) { return std::uint32_t(p[2]) << 16 | le16(p); }

[[noreturn]] void fail(const std::filesystem::path& name, const std::string& what,
                       ProblemKind kind = ProblemKind::Unreadable) {
  throw DataError(name.string() + ": " + what, name, kind);
}

/// True when `needle` occurs in the last `window` bytes of the source.
bool tailContains(ByteSource& src, const char* needle, std::size_t needleSize, std::size_t window = 1024) {
  const std::uint64_t n = std::min<std::uint64_t>(src.size(), window);
  std::vector<std::uint8_t> tail(n);
  if (!src.read(src.size() - n, tail.data(), n)) return false;
  const auto* pat = reinterpret_cast<const std::uint8_t*>(needle);  // compare bytes, not signed chars
  return std::search(tail.begin(), tail.end(), pat, pat + needleSize) != tail.end();
}

bool isSofMarker(std::uint8_t m) { return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC; }

ImageHeader parseJpeg(ByteSource& src, const std::filesystem::path& name) {
  ImageHeader h;
  h.type = ImageFileType::Jpeg;
  std::uint64_t pos = 2;
  int adobeTransform = -1;
  for (;;) {
    std::uint8_t m[2];
    if (!src.read(pos, m, 2))
      fail(name, "JPEG header ends before the frame header (file cut short?)", ProblemKind::Truncated);
    if (m[0] != 0xFF) fail(name, "JPEG marker expected at byte " + std::to_string(pos) + " (corrupt header)");
    if (m[1] == 0xFF) {  // fill byte
      ++pos;
      continue;
    }
    pos += 2;
    const std::uint8_t marker = m[1];
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
    if (marker == 0xD9 || marker == 0xDA)
      fail(name, "JPEG has no frame header before its image data (corrupt file)");
    std::uint8_t lenBytes[2];
    if (!src.read(pos, lenBytes, 2)) fail(name, "JPEG header cut short", ProblemKind::Truncated);
    const std::uint32_t len = be16(lenBytes);
    if (len < 2) fail(name, "JPEG segment with invalid length at byte " + std::to_string(pos));
    if (marker == 0xEE && len >= 14) {  // Adobe APP14: tells CMYK from YCCK
      std::uint8_t app[12];
      if (src.read(pos + 2, app, 12) && std::memcmp(app, "Adobe", 5) == 0) adobeTransform = app[11];
    }
    if (isSofMarker(marker)) {
      std::uint8_t sof[6];
      if (len < 8 || !src.read(pos + 2, sof, 6))
        fail(name, "JPEG frame header cut short", ProblemKind::Truncated);
      h.bitDepth = sof[0];
      h.height = int(be16(sof + 1));
      h.width = int(be16(sof + 3));
      h.channels = sof[5];
      if (h.width == 0 || h.height == 0)
        fail(name, "JPEG frame header gives a zero size (height defined later by DNL is not supported)");
      switch (h.channels) {
        case 1:
          h.color = ColorModel::Gray;
          break;
        case 3:
          h.color = ColorModel::Rgb;
          break;
        case 4:
          h.color = adobeTransform == 2 ? ColorModel::Ycck : ColorModel::Cmyk;
          break;
        default:
          h.color = ColorModel::Unknown;
      }
      break;
    }
    pos += len;
  }
  const char eoi[2] = {char(0xFF), char(0xD9)};
  h.truncated = !tailContains(src, eoi, 2);
  return h;
}

ImageHeader parsePng(ByteSource& src, const std::filesystem::path& name) {
  ImageHeader h;
  h.type = ImageFileType::Png;
  std::uint8_t ihdr[25];
  if (!src.read(8, ihdr, 25) || std::memcmp(ihdr + 4, "IHDR", 4) != 0)
    fail(name, "PNG has no IHDR header chunk (corrupt or cut short)");
  h.width = int(be32(ihdr + 8));
  h.height = int(be32(ihdr + 12));
  h.bitDepth = ihdr[16];
  const int colorType = ihdr[17];
  if (h.width <= 0 || h.height <= 0) fail(name, "PNG header gives an invalid size");
  switch (colorType) {
    case 0:
      h.channels = 1;
      h.color = ColorModel::Gray;
      break;
    case 2:
      h.channels = 3;
      h.color = ColorModel::Rgb;
      break;
    case 3:
      h.channels = 1;
      h.color = ColorModel::Palette;
      break;
    case 4:
      h.channels = 2;
      h.color = ColorModel::GrayAlpha;
      break;
    case 6:
      h.channels = 4;
      h.color = ColorModel::Rgba;
      break;
    default:
      fail(name, "PNG header has an invalid colour type " + std::to_string(colorType));
  }
  if (colorType == 3) {  // walk chunks to the palette, which precedes the image data
    std::uint64_t pos = 8 + 8 + 13 + 4;
    for (;;) {
      std::uint8_t head[8];
      if (!src.read(pos, head, 8)) break;
      const std::uint32_t len = be32(head);
      if (std::memcmp(head + 4, "PLTE", 4) == 0) {
        // At most 256 RGB entries: check the untrusted length before allocating (found by fuzz_voc_reader).
        if (len % 3 != 0 || len > 768) fail(name, "PNG palette chunk is corrupt");
        std::vector<std::uint8_t> pal(len);
        if (!src.read(pos + 8, pal.data(), len)) fail(name, "PNG palette chunk is corrupt");
        h.grayPalette = true;
        for (std::uint32_t i = 0; i + 2 < len; i += 3) {
          h.palette.emplace_back(pal[i], pal[i + 1], pal[i + 2]);
          if (pal[i] != pal[i + 1] || pal[i] != pal[i + 2]) h.grayPalette = false;
        }
        break;
      }
      if (std::memcmp(head + 4, "IDAT", 4) == 0 || std::memcmp(head + 4, "IEND", 4) == 0) break;
      pos += 12 + std::uint64_t(len);
    }
    if (h.palette.empty()) fail(name, "PNG palette image without a PLTE chunk");
  }
  h.truncated = !tailContains(src, "IEND", 4);
  return h;
}

ImageHeader parseBmp(ByteSource& src, const std::filesystem::path& name) {
  ImageHeader h;
  h.type = ImageFileType::Bmp;
  std::uint8_t fh[14 + 40] = {};
  if (!src.read(0, fh, 18)) fail(name, "BMP header cut short", ProblemKind::Truncated);
  const std::uint32_t offBits = le32(fh + 10);
  const std::uint32_t dibSize = le32(fh + 14);
  std::uint32_t compression = 0, clrUsed = 0;
  int bitCount = 0;
  std::int64_t width = 0, height = 0;
  if (dibSize == 12) {
    if (!src.read(0, fh, 26)) fail(name, "BMP header cut short", ProblemKind::Truncated);
    width = le16(fh + 18);
    height = std::int16_t(le16(fh + 20));
    bitCount = int(le16(fh + 24));
  } else if (dibSize >= 40) {
    if (!src.read(0, fh, 54)) fail(name, "BMP header cut short", ProblemKind::Truncated);
    width = std::int32_t(le32(fh + 18));
    height = std::int32_t(le32(fh + 22));
    bitCount = int(le16(fh + 28));
    compression = le32(fh + 30);
    clrUsed = le32(fh + 46);
  } else {
    fail(name, "BMP has an unknown header size " + std::to_string(dibSize));
  }
  if (width <= 0 || height == 0 || height == INT32_MIN) fail(name, "BMP header gives an invalid size");
  h.width = int(width);
  h.height = int(height < 0 ? -height : height);
  h.bitDepth = 8;
  if (bitCount <= 8) {
    h.channels = 1;
    h.color = ColorModel::Palette;
    const std::uint32_t entries = clrUsed ? clrUsed : (1u << bitCount);
    const std::uint32_t entrySize = dibSize == 12 ? 3 : 4;
    // Check the count before allocating: the header's clrUsed is untrusted (up to 2^32 entries).
    if (entries > 256)
      fail(name, "BMP colour table claims " + std::to_string(entries) + " entries (at most 256)");
    std::vector<std::uint8_t> table(std::size_t(entries) * entrySize);
    if (!src.read(14 + dibSize, table.data(), table.size()))
      fail(name, "BMP colour table is missing or cut short", ProblemKind::Truncated);
    h.grayPalette = true;
    for (std::uint32_t i = 0; i < entries; ++i) {
      const std::uint8_t* e = table.data() + i * entrySize;  // stored as B, G, R
      h.palette.emplace_back(e[2], e[1], e[0]);
      if (e[0] != e[1] || e[0] != e[2]) h.grayPalette = false;
    }
  } else if (bitCount == 16 || bitCount == 24) {
    h.channels = 3;
    h.color = ColorModel::Rgb;
  } else if (bitCount == 32) {
    h.channels = 4;
    h.color = ColorModel::Rgba;
  } else {
    fail(name, "BMP has an unsupported bit count " + std::to_string(bitCount));
  }
  if (compression == 0 || compression == 3) {  // uncompressed: the data size is known exactly
    const std::uint64_t stride = ((std::uint64_t(h.width) * std::uint64_t(bitCount) + 31) / 32) * 4;
    h.truncated = std::uint64_t(offBits) + stride * std::uint64_t(h.height) > src.size();
  }
  return h;
}

ImageHeader parseTiff(ByteSource& src, const std::filesystem::path& name) {
  ImageHeader h;
  h.type = ImageFileType::Tiff;
  std::uint8_t head[8];
  if (!src.read(0, head, 8)) fail(name, "TIFF header cut short", ProblemKind::Truncated);
  const bool little = head[0] == 'I';
  auto u16 = [&](const std::uint8_t* p) { return little ? le16(p) : be16(p); };
  auto u32 = [&](const std::uint8_t* p) { return little ? le32(p) : be32(p); };
  if (u16(head + 2) == 43) fail(name, "BigTIFF files are not supported; save it as a classic TIFF or PNG");
  const std::uint32_t ifd = u32(head + 4);
  std::uint8_t countBytes[2];
  if (!src.read(ifd, countBytes, 2))
    fail(name, "TIFF directory is outside the file (cut short?)", ProblemKind::Truncated);
  const std::uint32_t count = u16(countBytes);
  std::vector<std::uint8_t> entries(std::size_t(count) * 12);
  if (!src.read(ifd + 2, entries.data(), entries.size()))
    fail(name, "TIFF directory cut short", ProblemKind::Truncated);

  // Reads every value of a SHORT or LONG tag (inline when it fits in 4 bytes).
  auto values = [&](const std::uint8_t* e) {
    const std::uint32_t type = u16(e + 2), n = u32(e + 4);
    const std::uint32_t unit = type == 3 ? 2 : type == 4 ? 4 : 0;
    std::vector<std::uint64_t> out;
    if (unit == 0 || n == 0 || std::uint64_t(n) * unit > src.size()) return out;  // never more than the file
    std::vector<std::uint8_t> raw(std::size_t(n) * unit);
    if (raw.size() <= 4)
      std::memcpy(raw.data(), e + 8, raw.size());
    else if (!src.read(u32(e + 8), raw.data(), raw.size()))
      fail(name, "TIFF tag data cut short", ProblemKind::Truncated);
    for (std::uint32_t i = 0; i < n; ++i) out.push_back(unit == 2 ? u16(&raw[i * 2]) : u32(&raw[i * 4]));
    return out;
  };
  int photometric = -1, spp = 1;
  std::vector<std::uint64_t> offsets, counts;
  h.bitDepth = 1;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint8_t* e = &entries[i * 12];
    const std::uint32_t tag = u16(e);
    if (tag == 256 || tag == 257 || tag == 258 || tag == 262 || tag == 277 || tag == 273 || tag == 279 ||
        tag == 324 || tag == 325) {
      const auto v = values(e);
      if (v.empty()) continue;
      switch (tag) {
        case 256:
          h.width = int(v[0]);
          break;
        case 257:
          h.height = int(v[0]);
          break;
        case 258:
          h.bitDepth = int(v[0]);
          break;
        case 262:
          photometric = int(v[0]);
          break;
        case 277:
          spp = int(v[0]);
          break;
        case 273:
        case 324:
          offsets = v;
          break;
        case 279:
        case 325:
          counts = v;
          break;
      }
    }
  }
  if (h.width <= 0 || h.height <= 0) fail(name, "TIFF directory has no valid image size");
  h.channels = spp;
  switch (photometric) {
    case 0:
    case 1:
      h.color = spp >= 2 ? ColorModel::GrayAlpha : ColorModel::Gray;
      break;
    case 2:
    case 6:
      h.color = spp >= 4 ? ColorModel::Rgba : ColorModel::Rgb;
      break;
    case 3:
      h.color = ColorModel::Palette;
      break;
    case 5:
      h.color = spp >= 4 ? ColorModel::Cmyk : ColorModel::Unknown;
      break;
    default:
      h.color = ColorModel::Unknown;
  }
  for (std::size_t i = 0; i < std::min(offsets.size(), counts.size()); ++i)
    if (offsets[i] + counts[i] > src.size()) h.truncated = true;
  return h;
}

ImageHeader parseWebp(ByteSource& src, const std::filesystem::path& name) {
  ImageHeader h;
  h.type = ImageFileType::Webp;
  std::uint8_t b[30];
  if (!src.read(0, b, 30)) fail(name, "WebP header cut short", ProblemKind::Truncated);
  h.bitDepth = 8;
  h.channels = 3;
  h.color = ColorModel::Rgb;
  const std::uint8_t* d = b + 20;
  if (std::memcmp(b + 12, "VP8 ", 4) == 0) {
    if (d[3] != 0x9D || d[4] != 0x01 || d[5] != 0x2A) fail(name, "WebP VP8 frame has a bad start code");
    h.width = int(le16(d + 6) & 0x3FFF);
    h.height = int(le16(d + 8) & 0x3FFF);
  } else if (std::memcmp(b + 12, "VP8L", 4) == 0) {
    if (d[0] != 0x2F) fail(name, "WebP lossless frame has a bad signature");
    const std::uint32_t bits = le32(d + 1);
    h.width = int((bits & 0x3FFF) + 1);
    h.height = int(((bits >> 14) & 0x3FFF) + 1);
    if ((bits >> 28) & 1) h.channels = 4, h.color = ColorModel::Rgba;
  } else if (std::memcmp(b + 12, "VP8X", 4) == 0) {
    if (d[0] & 0x10) h.channels = 4, h.color = ColorModel::Rgba;
    h.width = int(le24(d + 4) + 1);
    h.height = int(le24(d + 7) + 1);
  } else {
    fail(name, "WebP has an unknown first chunk");
  }
  h.truncated = src.size() < std::uint64_t(le32(b + 4)) + 8;
  return h;
}

ImageHeader parse(ByteSource& src, const std::filesystem::path& name) {
  std::uint8_t magic[12] = {};
  if (src.size() < 12 || !src.read(0, magic, 12)) {
    if (src.size() == 0) fail(name, "file is empty");
    fail(name, "file is too short to be an image (" + std::to_string(src.size()) + " bytes)");
  }
  if (magic[0] == 0xFF && magic[1] == 0xD8 && magic[2] == 0xFF) return parseJpeg(src, name);
  if (std::memcmp(magic, "\x89PNG\r\n\x1a\n", 8) == 0) return parsePng(src, name);
  if (magic[0] == 'B' && magic[1] == 'M') return parseBmp(src, name);
  if ((std::memcmp(magic, "II*\0", 4) == 0) || (std::memcmp(magic, "MM\0*", 4) == 0) ||
      (std::memcmp(magic, "II+\0", 4) == 0) || (std::memcmp(magic, "MM\0+", 4) == 0))
    return parseTiff(src, name);
  if (std::memcmp(magic, "RIFF", 4) == 0 && std::memcmp(magic + 8, "WEBP", 4) == 0)
    return parseWebp(src, name);
  fail(name, "not a JPEG, PNG, BMP, TIFF or WebP file (unknown leading bytes)");
}

}  // namespace

bool ImageHeader::isGrayscale() const {
  return color == ColorModel::Gray || color == ColorModel::GrayAlpha ||
         (color == ColorModel::Palette && grayPalette);
}

ImageHeader parseImageHeader(const std::uint8_t* data, std::size_t size, const std::filesystem::path& name) {
  MemorySource src(data, size);
  return parse(src, name);
}

ImageHeader readImageHeader(const std::filesystem::path& path) {
  FileSource src(path);
  if (!src.ok()) throw DataError(path.string() + ": cannot open the file: " + openFailureReason(path), path);
  return parse(src, path);
}

const char* toString(ImageFileType type) {
  switch (type) {
    case ImageFileType::Jpeg:
      return "jpeg";
    case ImageFileType::Png:
      return "png";
    case ImageFileType::Bmp:
      return "bmp";
    case ImageFileType::Tiff:
      return "tiff";
    case ImageFileType::Webp:
      return "webp";
    case ImageFileType::Unknown:
      break;
  }
  return "unknown";
}

const char* toString(ColorModel color) {
  switch (color) {
    case ColorModel::Gray:
      return "gray";
    case ColorModel::GrayAlpha:
      return "gray+alpha";
    case ColorModel::Rgb:
      return "rgb";
    case ColorModel::Rgba:
      return "rgba";
    case ColorModel::Palette:
      return "palette";
    case ColorModel::Cmyk:
      return "cmyk";
    case ColorModel::Ycck:
      return "ycck";
    case ColorModel::Unknown:
      break;
  }
  return "unknown";
}

}  // namespace colorproxy
