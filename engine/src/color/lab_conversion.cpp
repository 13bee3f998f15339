#include "colorproxy/color/lab_conversion.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace colorproxy {
namespace {

// sRGB primaries to CIE XYZ (as OpenCV and scikit-image). The white point is the row sums, so greys are
// exactly neutral.
constexpr double kRgbToXyz[3][3] = {
    {0.412453, 0.357580, 0.180423}, {0.212671, 0.715160, 0.072169}, {0.019334, 0.119193, 0.950227}};
constexpr double kXn = 0.412453 + 0.357580 + 0.180423;
constexpr double kZn = 0.019334 + 0.119193 + 0.950227;

// CIE f(t) with its exact rational constants, so that both branches meet continuously.
constexpr double kDelta = 6.0 / 29.0;
constexpr double kEpsilon = kDelta * kDelta * kDelta;     // 216/24389
constexpr double kSlope = 1.0 / (3.0 * kDelta * kDelta);  // 841/108
constexpr double kOffset = 4.0 / 29.0;

double srgbDecode(double c) {  // sRGB component -> linear light; extended linearly below 0
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double srgbEncode(double c) {  // linear light -> sRGB component
  return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}
double labF(double t) { return t > kEpsilon ? std::cbrt(t) : kSlope * t + kOffset; }
double labFInv(double t) { return t > kDelta ? t * t * t : 3.0 * kDelta * kDelta * (t - kOffset); }

// Cube root of x >= kEpsilon to float precision without calling cbrt: an exponent-thirding bit trick
// (within a few percent) refined by two Halley steps (cubic convergence).
inline float fastCbrt(float x) {
  std::int32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  bits = std::int32_t(float(bits) * (1.0f / 3.0f)) + 709921077;
  float y;
  std::memcpy(&y, &bits, sizeof y);
  for (int i = 0; i < 2; ++i) {
    const float y3 = y * y * y;
    y = y * (y3 + 2.0f * x) / (2.0f * y3 + x);
  }
  return y;
}

// CIE f(t) over a whole buffer. The same computation as fastCbrt, four lanes at a time with OpenCV's
// portable SIMD types: this is the data loader's hottest loop.
void labFInPlace(float* t, int n) {
  const float eps = float(kEpsilon), slope = float(kSlope), offset = float(kOffset);
  int i = 0;
#if CV_SIMD128
  const cv::v_float32x4 vEps = cv::v_setall_f32(eps), vSlope = cv::v_setall_f32(slope),
                        vOffset = cv::v_setall_f32(offset), vThird = cv::v_setall_f32(1.0f / 3.0f),
                        vTwo = cv::v_setall_f32(2.0f);
  const cv::v_int32x4 vMagic = cv::v_setall_s32(709921077);
  for (; i + 4 <= n; i += 4) {
    const cv::v_float32x4 v = cv::v_load(t + i);
    const cv::v_float32x4 x = cv::v_max(v, vEps);
    const cv::v_int32x4 bits = cv::v_trunc(cv::v_cvt_f32(cv::v_reinterpret_as_s32(x)) * vThird) + vMagic;
    cv::v_float32x4 y = cv::v_reinterpret_as_f32(bits);
    for (int k = 0; k < 2; ++k) {
      const cv::v_float32x4 y3 = y * y * y;
      y = y * (y3 + vTwo * x) / (vTwo * y3 + x);
    }
    const cv::v_float32x4 linear = v * vSlope + vOffset;
    cv::v_store(t + i, cv::v_select(v > vEps, y, linear));
  }
#endif
  for (; i < n; ++i) t[i] = t[i] > eps ? fastCbrt(t[i]) : slope * t[i] + offset;
}

// Lookup tables built once (thread-safe static initialisation).
struct Tables {
  static constexpr int kDecodeSize = 4096;    // float input -> linear, linear interpolation
  static constexpr int kEncodeSize = 16384;   // linear -> sRGB, linear interpolation
  static constexpr int kEncode8Size = 32768;  // linear in [0, 1] -> 8-bit sRGB, nearest entry
  std::array<float, 256> decode8{};
  std::vector<std::uint8_t> encode8 = std::vector<std::uint8_t>(kEncode8Size + 1);
  std::vector<float> decode = std::vector<float>(kDecodeSize + 2);
  std::vector<float> encode = std::vector<float>(kEncodeSize + 2);
  float toXyzN[3][3]{};  // rows divided by the white point: gives X/Xn, Y/Yn, Z/Zn directly
  float toRgb[3][3]{};   // inverse of kRgbToXyz

  Tables() {
    for (int i = 0; i < 256; ++i) decode8[i] = float(srgbDecode(i / 255.0));
    for (int i = 0; i <= kDecodeSize + 1; ++i) decode[i] = float(srgbDecode(double(i) / kDecodeSize));
    for (int i = 0; i <= kEncodeSize + 1; ++i) encode[i] = float(srgbEncode(double(i) / kEncodeSize));
    for (int i = 0; i <= kEncode8Size; ++i)
      encode8[i] = std::uint8_t(std::lround(255.0 * srgbEncode(double(i) / kEncode8Size)));
    const double white[3] = {kXn, 1.0, kZn};
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) toXyzN[r][c] = float(kRgbToXyz[r][c] / white[r]);
    const cv::Matx33d inv = cv::Matx33d(&kRgbToXyz[0][0]).inv(cv::DECOMP_LU);
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) toRgb[r][c] = float(inv(r, c));
  }

  float decodeFloat(float c) const {  // sRGB float component -> linear
    if (!(c >= 0.0f && c <= 1.0f)) return float(srgbDecode(c));
    const float pos = c * kDecodeSize;
    const int i = int(pos);
    const float t = pos - float(i);
    return decode[i] + t * (decode[i + 1] - decode[i]);
  }
  float encodeFloat(float c) const {  // linear -> sRGB float component
    if (!(c >= 0.0f && c <= 1.0f)) return float(srgbEncode(c));
    const float pos = c * kEncodeSize;
    const int i = int(pos);
    const float t = pos - float(i);
    return encode[i] + t * (encode[i + 1] - encode[i]);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// Converts one row held as linear RGB triples (R, G, B) in `buf` to Lab in `out`, in place in `buf`
// first: linear RGB -> (X/Xn, Y, Z/Zn) -> f(.) -> L, a, b.
void linearRowToLab(const Tables& tb, float* buf, int pixels, float* out) {
  const auto& m = tb.toXyzN;
  for (int x = 0; x < pixels; ++x) {
    float* p = buf + 3 * x;
    const float r = p[0], g = p[1], b = p[2];
    p[0] = m[0][0] * r + m[0][1] * g + m[0][2] * b;
    p[1] = m[1][0] * r + m[1][1] * g + m[1][2] * b;
    p[2] = m[2][0] * r + m[2][1] * g + m[2][2] * b;
  }
  labFInPlace(buf, 3 * pixels);
  for (int x = 0; x < pixels; ++x) {
    const float* f = buf + 3 * x;
    float* d = out + 3 * x;
    d[0] = 116.0f * f[1] - 16.0f;
    d[1] = 500.0f * (f[0] - f[1]);
    d[2] = 200.0f * (f[1] - f[2]);
  }
}

[[noreturn]] void badType(const char* function, const cv::Mat& m, const char* expected) {
  throw std::invalid_argument(std::string(function) + ": unsupported image type " +
                              cv::typeToString(m.type()) + " (" + std::to_string(m.cols) + "x" +
                              std::to_string(m.rows) + "); expected " + expected);
}

// One row of Lab -> BGR floats (clipped to [0, 1] when `clip`).
void labRowToBgr(const Tables& tb, const float* s, int pixels, bool clip, float* d) {
  const auto& m = tb.toRgb;
  const float xn = float(kXn), zn = float(kZn);
  const float delta = float(kDelta), k = float(3.0 * kDelta * kDelta), off = float(kOffset);
  auto fInv = [&](float t) { return t > delta ? t * t * t : k * (t - off); };
  for (int x = 0; x < pixels; ++x, s += 3, d += 3) {
    const float fy = (s[0] + 16.0f) / 116.0f;
    const float X = xn * fInv(fy + s[1] / 500.0f);
    const float Y = fInv(fy);
    const float Z = zn * fInv(fy - s[2] / 200.0f);
    for (int c = 0; c < 3; ++c) {
      float v = m[c][0] * X + m[c][1] * Y + m[c][2] * Z;
      if (clip) v = std::clamp(v, 0.0f, 1.0f);
      d[2 - c] = tb.encodeFloat(v);  // c is R, G, B; OpenCV order is B, G, R
    }
  }
}

// Bilinear sampling positions of cv::resize(INTER_LINEAR) along one axis: destination index d reads
// source indices i0[d], i1[d] with weight w[d] on i1.
struct LinearTaps {
  std::vector<int> i0, i1;
  std::vector<float> w;
  LinearTaps(int src, int dst) : i0(dst), i1(dst), w(dst) {
    const double scale = double(src) / dst;
    for (int d = 0; d < dst; ++d) {
      float f = float((d + 0.5) * scale - 0.5);
      int s = int(std::floor(f));
      f -= float(s);
      if (s < 0) s = 0, f = 0.0f;
      if (s >= src - 1) s = src - 1, f = 0.0f;
      i0[d] = s;
      i1[d] = std::min(s + 1, src - 1);
      w[d] = f;
    }
  }
};

// recolor()'s row kernel: plain loops over planar float rows, which the compiler vectorises. They are
// compiled for AVX-512, AVX2 and baseline x86-64 and the widest the CPU runs is picked at load time
// (GCC function multi-versioning); other compilers get the baseline loops.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define CP_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define CP_VECTOR_CLONES
#endif

// Weighted linear-light tables: Y/Yn of an 8-bit pixel is lumaB[B] + lumaG[G] + lumaR[R].
struct LumaTables {
  float b[256], g[256], r[256];
  explicit LumaTables(const Tables& tb) {
    for (int i = 0; i < 256; ++i) {
      r[i] = tb.toXyzN[1][0] * tb.decode8[i];
      g[i] = tb.toXyzN[1][1] * tb.decode8[i];
      b[i] = tb.toXyzN[1][2] * tb.decode8[i];
    }
  }
};

const LumaTables& lumaTables() {
  static const LumaTables t(tables());
  return t;
}

// f(Y) = (L + 16) / 116 of each pixel of an 8-bit BGR (channels 3) or grey (channels 1) row.
CP_VECTOR_CLONES void lumaRow(const LumaTables& lt, const std::uint8_t* s, int channels, int pixels,
                              float* fy) {
  if (channels == 3) {
    for (int x = 0; x < pixels; ++x) fy[x] = lt.b[s[3 * x]] + lt.g[s[3 * x + 1]] + lt.r[s[3 * x + 2]];
  } else {
    for (int x = 0; x < pixels; ++x) fy[x] = lt.b[s[x]] + lt.g[s[x]] + lt.r[s[x]];
  }
  // CIE f(t): cube root above epsilon (the bit trick of fastCbrt and two Halley steps), linear below.
  const float eps = float(kEpsilon), slope = float(kSlope), offset = float(kOffset);
  for (int x = 0; x < pixels; ++x) {
    // Both branches computed, then selected: the loop has no control flow, so it vectorises.
    const float v = fy[x];
    const float t = std::max(v, eps);
    const float linear = slope * v + offset;
    std::int32_t bits;
    std::memcpy(&bits, &t, sizeof bits);
    bits = std::int32_t(float(bits) * (1.0f / 3.0f)) + 709921077;
    float c;
    std::memcpy(&c, &bits, sizeof c);
    float c3 = c * c * c;
    c = c * (c3 + 2.0f * t) / (2.0f * c3 + t);
    c3 = c * c * c;
    c = c * (c3 + 2.0f * t) / (2.0f * c3 + t);
    fy[x] = v > eps ? c : linear;
  }
}

// One source row of the ab image interpolated horizontally to the output width, as planar a and b.
CP_VECTOR_CLONES void abRowToWidth(const float* src, const int* i0, const int* i1, const float* w, int pixels,
                                   float* a, float* b) {
  for (int x = 0; x < pixels; ++x) {
    const float* p0 = src + 2 * i0[x];
    const float* p1 = src + 2 * i1[x];
    a[x] = p0[0] + w[x] * (p1[0] - p0[0]);
    b[x] = p0[1] + w[x] * (p1[1] - p0[1]);
  }
}

// f(Y) and the a, b of two source rows blended with weight wy -> 8-bit sRGB table indices per channel
// (linear light in [0, 1] scaled to the encode8 table).
CP_VECTOR_CLONES void labRowToIndex(const float* fy, const float* a0, const float* a1, const float* b0,
                                    const float* b1, float wy, const float (&m)[3][3], int pixels, int* r,
                                    int* g, int* b) {
  const float xn = float(kXn), zn = float(kZn);
  const float delta = float(kDelta), k = float(3.0 * kDelta * kDelta), off = float(kOffset);
  const float scale = float(Tables::kEncode8Size);
  for (int x = 0; x < pixels; ++x) {
    const float av = a0[x] + wy * (a1[x] - a0[x]);
    const float bv = b0[x] + wy * (b1[x] - b0[x]);
    const float f = fy[x];
    const float fx = f + av * (1.0f / 500.0f), fz = f - bv * (1.0f / 200.0f);
    const float X = xn * (fx > delta ? fx * fx * fx : k * (fx - off));
    const float Y = f > delta ? f * f * f : k * (f - off);
    const float Z = zn * (fz > delta ? fz * fz * fz : k * (fz - off));
    float v[3];
    for (int c = 0; c < 3; ++c) {
      const float lin = m[c][0] * X + m[c][1] * Y + m[c][2] * Z;
      v[c] = (lin < 0.0f ? 0.0f : lin > 1.0f ? 1.0f : lin) * scale + 0.5f;
    }
    r[x] = int(v[0]);
    g[x] = int(v[1]);
    b[x] = int(v[2]);
  }
}

// Horizontally interpolated ab rows of one thread, the two most recent source rows kept: an output row
// blends two source rows, and successive output rows mostly reuse them.
class AbRowCache {
 public:
  AbRowCache(const cv::Mat& src, const LinearTaps& cols, int width)
      : m_src(src), m_cols(cols), m_width(width), m_planes(4 * std::size_t(width)) {}

  // Planar a and b of source row `row` at the output width.
  std::pair<const float*, const float*> row(int row) {
    int slot = m_rows[0] == row ? 0 : m_rows[1] == row ? 1 : -1;
    if (slot < 0) {
      slot = 1 - m_lastSlot;  // replace the row not asked for last
      m_rows[slot] = row;
      abRowToWidth(m_src.ptr<float>(row), m_cols.i0.data(), m_cols.i1.data(), m_cols.w.data(), m_width,
                   a(slot), b(slot));
    }
    m_lastSlot = slot;
    return {a(slot), b(slot)};
  }

 private:
  float* a(int slot) { return m_planes.data() + 2 * std::size_t(slot) * std::size_t(m_width); }
  float* b(int slot) { return a(slot) + m_width; }

  const cv::Mat& m_src;
  const LinearTaps& m_cols;
  int m_width;
  std::vector<float> m_planes;  // slot 0: a, b; slot 1: a, b
  int m_rows[2] = {-1, -1};
  int m_lastSlot = 1;
};

// A new image whose pages are backed by transparent huge pages where the kernel allows it: a 12 MP
// result touches ~9000 fresh 4 KiB pages, one page fault each, which costs more than the conversion
// itself on some (virtual) machines; 2 MiB pages make that ~500 times fewer. Only a hint, on Linux.
cv::Mat newLargeImage(cv::Size size, int type) {
  cv::Mat m(size, type);
#ifdef __linux__
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const auto start = reinterpret_cast<std::uintptr_t>(m.data);
  const std::uintptr_t begin = (start + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t end = (start + m.total() * m.elemSize()) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
  return m;
}

}  // namespace

cv::Mat recolor(const cv::Mat& photo, const cv::Mat& ab) {
  if (photo.type() != CV_8UC3 && photo.type() != CV_8UC1)
    badType("recolor", photo, "CV_8UC3 BGR or CV_8UC1 grey");
  if (ab.type() != CV_32FC2 || ab.empty()) badType("recolor", ab, "a non-empty CV_32FC2 ab image");
  const Tables& tb = tables();
  const LumaTables& lt = lumaTables();
  const int w = photo.cols, h = photo.rows;
  // As Colorizer always did: area resampling when the ab is larger in both directions, else bilinear.
  cv::Mat src = ab;
  if (w < ab.cols && h < ab.rows) cv::resize(ab, src, photo.size(), 0, 0, cv::INTER_AREA);
  const LinearTaps cols(src.cols, w), rows(src.rows, h);
  cv::Mat out = newLargeImage(photo.size(), CV_8UC3);
  constexpr int kRows = 32;
  const int blocks = (h + kRows - 1) / kRows;
  cv::parallel_for_(cv::Range(0, blocks), [&](const cv::Range& range) {
    AbRowCache abRows(src, cols, w);
    std::vector<float> fy(w);
    std::vector<int> index(3 * std::size_t(w));
    int* r = index.data();
    int* g = r + w;
    int* b = g + w;
    const std::uint8_t* lut = tb.encode8.data();
    for (int y = range.start * kRows; y < std::min(h, range.end * kRows); ++y) {
      // The photo's lightness (the only part of its colour that survives) and the ab bilinearly
      // resampled to the photo's size: one source row pair blended per output row.
      lumaRow(lt, photo.ptr<std::uint8_t>(y), photo.channels(), w, fy.data());
      const auto [a0, b0] = abRows.row(rows.i0[y]);
      const auto [a1, b1] = abRows.row(rows.i1[y]);
      labRowToIndex(fy.data(), a0, a1, b0, b1, rows.w[y], tb.toRgb, w, r, g, b);
      std::uint8_t* d = out.ptr<std::uint8_t>(y);
      for (int x = 0; x < w; ++x, d += 3) {
        d[0] = lut[b[x]];
        d[1] = lut[g[x]];
        d[2] = lut[r[x]];
      }
    }
  });
  return out;
}

cv::Mat bgrToLab(const cv::Mat& bgr) {
  const int type = bgr.type();
  if (type != CV_8UC3 && type != CV_8UC1 && type != CV_32FC3 && type != CV_32FC1)
    badType("bgrToLab", bgr, "CV_8UC3, CV_32FC3 in [0,1], or 1-channel CV_8UC1/CV_32FC1 grey");
  const Tables& tb = tables();
  cv::Mat lab(bgr.size(), CV_32FC3);
  const int w = bgr.cols;
  std::vector<float> buf(3 * std::size_t(w));
  for (int y = 0; y < bgr.rows; ++y) {
    float* lin = buf.data();
    // Decode to linear RGB (R, G, B order) with table lookups.
    if (type == CV_8UC3) {
      const std::uint8_t* s = bgr.ptr<std::uint8_t>(y);
      for (int x = 0; x < w; ++x, s += 3, lin += 3) {
        lin[0] = tb.decode8[s[2]];
        lin[1] = tb.decode8[s[1]];
        lin[2] = tb.decode8[s[0]];
      }
    } else if (type == CV_8UC1) {
      const std::uint8_t* s = bgr.ptr<std::uint8_t>(y);
      for (int x = 0; x < w; ++x, lin += 3) lin[0] = lin[1] = lin[2] = tb.decode8[s[x]];
    } else if (type == CV_32FC3) {
      const float* s = bgr.ptr<float>(y);
      for (int x = 0; x < w; ++x, s += 3, lin += 3) {
        lin[0] = tb.decodeFloat(s[2]);
        lin[1] = tb.decodeFloat(s[1]);
        lin[2] = tb.decodeFloat(s[0]);
      }
    } else {
      const float* s = bgr.ptr<float>(y);
      for (int x = 0; x < w; ++x, lin += 3) lin[0] = lin[1] = lin[2] = tb.decodeFloat(s[x]);
    }
    linearRowToLab(tb, buf.data(), w, lab.ptr<float>(y));
  }
  return lab;
}

cv::Mat labToBgrFloat(const cv::Mat& lab, bool clip) {
  if (lab.type() != CV_32FC3) badType("labToBgrFloat", lab, "CV_32FC3 Lab (L 0..100)");
  const Tables& tb = tables();
  cv::Mat bgr(lab.size(), CV_32FC3);
  for (int y = 0; y < lab.rows; ++y) labRowToBgr(tb, lab.ptr<float>(y), lab.cols, clip, bgr.ptr<float>(y));
  return bgr;
}

cv::Mat labToBgr8(const cv::Mat& lab) {
  if (lab.type() != CV_32FC3) badType("labToBgr8", lab, "CV_32FC3 Lab (L 0..100)");
  const Tables& tb = tables();
  cv::Mat bgr8(lab.size(), CV_8UC3);
  std::vector<float> row(3 * std::size_t(lab.cols));
  for (int y = 0; y < lab.rows; ++y) {
    labRowToBgr(tb, lab.ptr<float>(y), lab.cols, true, row.data());
    std::uint8_t* d = bgr8.ptr<std::uint8_t>(y);
    for (std::size_t i = 0; i < row.size(); ++i) d[i] = std::uint8_t(row[i] * 255.0f + 0.5f);  // in [0, 1]
  }
  return bgr8;
}

cv::Vec3d rgbToLab(const cv::Vec3d& rgb) {
  double lin[3], xyz[3];
  for (int c = 0; c < 3; ++c) lin[c] = srgbDecode(rgb[c]);
  for (int r = 0; r < 3; ++r)
    xyz[r] = kRgbToXyz[r][0] * lin[0] + kRgbToXyz[r][1] * lin[1] + kRgbToXyz[r][2] * lin[2];
  const double fx = labF(xyz[0] / kXn), fy = labF(xyz[1]), fz = labF(xyz[2] / kZn);
  return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

cv::Vec3d labToRgb(const cv::Vec3d& lab) {
  const double fy = (lab[0] + 16.0) / 116.0;
  const cv::Vec3d xyz(kXn * labFInv(fy + lab[1] / 500.0), labFInv(fy), kZn * labFInv(fy - lab[2] / 200.0));
  const cv::Vec3d lin = cv::Matx33d(&kRgbToXyz[0][0]).inv(cv::DECOMP_LU) * xyz;
  return {srgbEncode(lin[0]), srgbEncode(lin[1]), srgbEncode(lin[2])};
}

}  // namespace colorproxy
