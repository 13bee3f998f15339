#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

#include "colorproxy/base/npy_file.h"
#include "support/test_support.h"

using namespace colorproxy;
using colorproxy::test::TempDir;
using colorproxy::test::writeBytes;

namespace {

// Builds a version-1.0 .npy file by hand: magic, header padded to 64 bytes, raw data.
std::string npyBytes(const std::string& dict, const std::string& data, char major = 1) {
  std::string header = dict;
  const std::size_t prefix = major == 1 ? 10 : 12;
  while ((prefix + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out("\x93NUMPY", 6);
  out += major;
  out += char(0);
  out += char(header.size() & 0xff);
  out += char((header.size() >> 8) & 0xff);
  if (major != 1) out += std::string(2, '\0');
  return out + header + data;
}

template <typename T>
std::string raw(std::initializer_list<T> values, bool bigEndian = false) {
  std::string out;
  for (T v : values) {
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    if (bigEndian) std::reverse(b, b + sizeof(T));
    out.append(b, sizeof(T));
  }
  return out;
}

std::string errorOf(const std::filesystem::path& file) {
  try {
    readNpy(file);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(NpyFile, ReadsHandMadeArraysOfSeveralTypes) {
  TempDir dir;
  writeBytes(dir / "i8.npy", npyBytes("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }",
                                      raw<std::int64_t>({-90, 50, 7, 0, 100, -110})));
  NpyArray a = readNpy(dir / "i8.npy");
  EXPECT_EQ(a.dtype, "<i8");
  ASSERT_EQ(a.shape, (std::vector<std::size_t>{2, 3}));
  EXPECT_EQ(a.values, (std::vector<double>{-90, 50, 7, 0, 100, -110}));

  writeBytes(dir / "f4be.npy", npyBytes("{'descr': '>f4', 'fortran_order': False, 'shape': (3,), }",
                                        raw<float>({0.5f, -2.25f, 1e6f}, true)));
  a = readNpy(dir / "f4be.npy");
  ASSERT_EQ(a.shape, (std::vector<std::size_t>{3}));
  EXPECT_EQ(a.values, (std::vector<double>{0.5, -2.25, 1e6}));

  writeBytes(dir / "u1.npy", npyBytes("{\"descr\": \"|u1\", \"fortran_order\": False, \"shape\": (2,), }",
                                      raw<std::uint8_t>({255, 3}), 2));
  a = readNpy(dir / "u1.npy");
  EXPECT_EQ(a.values, (std::vector<double>{255, 3}));

  writeBytes(dir / "scalar.npy",
             npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", raw<double>({3.5})));
  a = readNpy(dir / "scalar.npy");
  EXPECT_TRUE(a.shape.empty());
  EXPECT_EQ(a.values, (std::vector<double>{3.5}));
}

TEST(NpyFile, WriteThenReadRoundTrips) {
  TempDir dir;
  const std::vector<double> values = {0.1, -3.0, 1e-300, 2.5, 7.0, 1.0 / 3.0};
  writeNpy(dir / "m.npy", {3, 2}, values);
  NpyArray a = readNpy(dir / "m.npy");
  EXPECT_EQ(a.dtype, "<f8");
  EXPECT_EQ(a.shape, (std::vector<std::size_t>{3, 2}));
  EXPECT_EQ(a.values, values);
  writeNpy(dir / "v.npy", {6}, values);
  EXPECT_EQ(readNpy(dir / "v.npy").shape, (std::vector<std::size_t>{6}));
  EXPECT_EQ(std::filesystem::file_size(dir / "v.npy") % 16, 0u) << "data should be aligned";
  EXPECT_THROW(writeNpy(dir / "bad.npy", {4}, values), std::invalid_argument);
  EXPECT_FALSE(std::filesystem::exists(dir / "bad.npy"));

  // float32: 4 bytes a value after a 64-byte-aligned header, each value the nearest float.
  const std::vector<float> floats = {0.1f, -3.0f, 1e-30f, 2.5f, 7.0f, 1.0f / 3.0f};
  writeNpyFloat32(dir / "f.npy", {2, 3}, floats);
  a = readNpy(dir / "f.npy");
  EXPECT_EQ(a.dtype, "<f4");
  EXPECT_EQ(a.shape, (std::vector<std::size_t>{2, 3}));
  ASSERT_EQ(a.values.size(), floats.size());
  for (std::size_t i = 0; i < floats.size(); ++i) EXPECT_EQ(a.values[i], double(floats[i])) << i;
  EXPECT_EQ(std::filesystem::file_size(dir / "f.npy"), 128u + 6u * 4u);
}

TEST(NpyFile, MalformedFilesGiveClearErrorsNamingTheFile) {
  TempDir dir;
  const std::string good = "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }";
  struct Case {
    const char* name;
    std::string bytes;
    const char* expected;
  };
  const Case cases[] = {
      {"text.npy", "[[-90, 50]]\n", "magic"},
      {"short.npy", npyBytes(good, raw<std::int64_t>({1})), "truncated"},
      {"long.npy", npyBytes(good, raw<std::int64_t>({1, 2, 3})), "unexpected bytes"},
      {"fortran.npy",
       npyBytes("{'descr': '<i8', 'fortran_order': True, 'shape': (2, 2), }",
                raw<std::int64_t>({1, 2, 3, 4})),
       "Fortran"},
      {"complex.npy",
       npyBytes("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", std::string(16, 0)),
       "unsupported .npy dtype"},
      {"struct.npy",
       npyBytes("{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (1,), }", std::string(4, 0)),
       "descr"},
      {"noshape.npy", npyBytes("{'descr': '<i8', 'fortran_order': False, }", ""), "shape"},
      {"version9.npy", std::string("\x93NUMPY\x09\x00\x10\x00", 10) + std::string(16, ' '), "version"},
  };
  for (const Case& c : cases) {
    writeBytes(dir / c.name, c.bytes);
    const std::string message = errorOf(dir / c.name);
    EXPECT_NE(message.find(c.name), std::string::npos) << c.name << ": " << message;
    EXPECT_NE(message.find(c.expected), std::string::npos) << c.name << ": " << message;
  }
  const std::string missing = errorOf(dir / "absent.npy");
  EXPECT_NE(missing.find("absent.npy"), std::string::npos) << missing;
}

TEST(NpyFile, ReadsZhangBinCentres) {
  CP_REQUIRE_SHARED_DATA(dir, "zhang2016/pts_in_hull.npy");
  const NpyArray a = readNpy(dir);
  EXPECT_EQ(a.dtype, "<i8");
  ASSERT_EQ(a.shape, (std::vector<std::size_t>{313, 2}));
  EXPECT_EQ(a.values[0], -90.0);  // first row [-90, 50] (data/zhang2016/SOURCE.md)
  EXPECT_EQ(a.values[1], 50.0);
  EXPECT_EQ(a.values[624], 100.0);  // last row [100, 0]
  EXPECT_EQ(a.values[625], 0.0);
}
