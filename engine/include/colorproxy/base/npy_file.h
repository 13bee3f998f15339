#pragma once
// A small reader and writer for NumPy .npy files (format versions 1-3), enough for the ab bin centres
// (pts_in_hull.npy, int64 313x2), ab priors (prior_probs.npy, float64 313) and cached probe features
// (float32). No pickled objects.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace colorproxy {

/// A numeric array from a .npy file: values widened to double, in C (row-major) order.
struct NpyArray {
  std::vector<std::size_t> shape;  ///< empty for a 0-d array
  std::vector<double> values;      ///< product(shape) values
  std::string dtype;               ///< the file's descr, e.g. "<i8" or "<f4"

  /// Number of values (the product of shape; 1 for a 0-d array).
  std::size_t size() const { return values.size(); }
};

/// Reads a little- or big-endian bool/int/uint/float .npy array in C order. Throws std::runtime_error
/// naming the file and the problem (missing, bad magic, unsupported dtype or Fortran order, truncated).
NpyArray readNpy(const std::filesystem::path& file);

/// Writes `values` as a float64 C-order .npy file of the given shape, atomically (temporary file and
/// rename). Throws std::invalid_argument when the shape does not match the number of values and
/// std::runtime_error when the file cannot be written.
void writeNpy(const std::filesystem::path& file, const std::vector<std::size_t>& shape,
              const std::vector<double>& values);

/// The same as a float32 ("<f4") array (half the size; cached features).
void writeNpyFloat32(const std::filesystem::path& file, const std::vector<std::size_t>& shape,
                     const std::vector<float>& values);

}  // namespace colorproxy
