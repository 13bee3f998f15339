#pragma once
#include <cstddef>
#include <vector>

namespace colorproxy {

/// Chooses which evaluation images go into an epoch's preview: `count` positions spread evenly over the
/// `total` images (k·total/count for k = 0..count-1), not the first `count`. Consecutive images of a split
/// are often near-identical (CamVid is video frames), so the first few would show one scene four times.
/// Images are offered in order; an image that could not be loaded shifts the choice to the next one, so the
/// preview still fills up when some files are skipped.
class PreviewPicker {
 public:
  PreviewPicker(std::size_t total, int count) {
    const std::size_t n = count > 0 ? std::size_t(count) : 0;
    const std::size_t k = n < total ? n : total;
    for (std::size_t i = 0; i < k; ++i) m_positions.push_back(i * total / k);
  }

  /// Whether the image at `index` (0-based, in evaluation order, counting only loaded images) is taken.
  bool take(std::size_t index) {
    if (m_next >= m_positions.size() || index < m_positions[m_next]) return false;
    ++m_next;
    return true;
  }

  /// The chosen positions, in order.
  const std::vector<std::size_t>& positions() const { return m_positions; }

 private:
  std::vector<std::size_t> m_positions;
  std::size_t m_next = 0;
};

}  // namespace colorproxy
