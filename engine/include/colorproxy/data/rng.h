#pragma once
// A small, portable random generator for shuffling and augmentation.
#include <cstdint>
#include <initializer_list>
#include <limits>

namespace colorproxy {

/// Deterministic 64-bit generator (xoshiro256**, seeded by splitmix64) giving the same numbers on
/// every platform and standard library, so shuffles and crops are reproducible from a seed. Meets
/// UniformRandomBitGenerator. Not thread-safe: use one per thread or per sample.
class Rng {
 public:
  using result_type = std::uint64_t;

  explicit Rng(std::uint64_t seed = 0);
  /// A generator for one combination of keys, e.g. derive({seed, epoch, sampleIndex}): streams for
  /// different key lists are independent, and the same keys always give the same stream.
  static Rng derive(std::initializer_list<std::uint64_t> keys);

  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
  result_type operator()();

  /// Uniform integer in [lo, hi] (inclusive); lo when hi <= lo.
  std::int64_t uniformInt(std::int64_t lo, std::int64_t hi);
  /// Uniform double in [0, 1).
  double uniform();
  /// True with probability p.
  bool bernoulli(double p = 0.5);

 private:
  std::uint64_t m_s[4];
};

}  // namespace colorproxy
