#include "colorproxy/data/rng.h"

namespace colorproxy {
namespace {

std::uint64_t splitmix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

Rng::Rng(std::uint64_t seed) {
  std::uint64_t x = seed;
  for (auto& s : m_s) s = splitmix64(x);
}

Rng Rng::derive(std::initializer_list<std::uint64_t> keys) {
  // Hash the key list into one seed; each key passes through the mixer so (1,2) != (2,1).
  std::uint64_t h = 0x6A09E667F3BCC909ull ^ keys.size();
  for (std::uint64_t k : keys) {
    std::uint64_t x = h ^ k;
    h = splitmix64(x);
  }
  return Rng(h);
}

Rng::result_type Rng::operator()() {
  const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
  const std::uint64_t t = m_s[1] << 17;
  m_s[2] ^= m_s[0];
  m_s[3] ^= m_s[1];
  m_s[1] ^= m_s[2];
  m_s[0] ^= m_s[3];
  m_s[2] ^= t;
  m_s[3] = rotl(m_s[3], 45);
  return result;
}

std::int64_t Rng::uniformInt(std::int64_t lo, std::int64_t hi) {
  if (hi <= lo) return lo;
  const std::uint64_t range = std::uint64_t(hi - lo) + 1;  // 0 means the full 2^64 range
  if (range == 0) return std::int64_t((*this)());
  // Rejection sampling: uniform without modulo bias.
  const std::uint64_t limit = max() - max() % range;
  std::uint64_t r;
  do r = (*this)();
  while (r >= limit);
  return lo + std::int64_t(r % range);
}

double Rng::uniform() { return double((*this)() >> 11) * (1.0 / 9007199254740992.0); }

bool Rng::bernoulli(double p) { return uniform() < p; }

}  // namespace colorproxy
