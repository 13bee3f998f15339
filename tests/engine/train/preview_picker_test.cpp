#include "train/preview_picker.h"

#include <gtest/gtest.h>

namespace colorproxy {
namespace {

std::vector<std::size_t> taken(PreviewPicker picker, std::size_t offered) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < offered; ++i)
    if (picker.take(i)) out.push_back(i);
  return out;
}

TEST(PreviewPicker, SpreadsEvenlyOverTheSplit) {
  // 101 CamVid validation frames, 4 previews: 0, 25 (101/4 = 25.25), 50 (50.5), 75 (75.75).
  EXPECT_EQ(taken(PreviewPicker(101, 4), 101), (std::vector<std::size_t>{0, 25, 50, 75}));
  EXPECT_EQ(taken(PreviewPicker(8, 4), 8), (std::vector<std::size_t>{0, 2, 4, 6}));
}

TEST(PreviewPicker, TakesEverythingWhenTheSplitIsSmall) {
  EXPECT_EQ(taken(PreviewPicker(3, 4), 3), (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_TRUE(taken(PreviewPicker(10, 0), 10).empty());
  EXPECT_TRUE(taken(PreviewPicker(0, 4), 0).empty());
}

TEST(PreviewPicker, SkippedFilesShiftTheChoiceInsteadOfLosingPreviews) {
  // 12 images planned (positions 0, 3, 6, 9) but only 10 load: the loaded indices run 0..9 and the
  // picker still fills all four places.
  PreviewPicker picker(12, 4);
  std::size_t n = 0;
  for (std::size_t i = 0; i < 10; ++i) n += picker.take(i) ? 1 : 0;
  EXPECT_EQ(n, 4u);
  // If the image at a chosen position is missing from the sequence, the next one offered is taken.
  PreviewPicker gaps(12, 4);
  const std::vector<std::size_t> offered{0, 1, 2, 4, 5, 7, 8, 10, 11};
  std::vector<std::size_t> got;
  for (std::size_t i : offered)
    if (gaps.take(i)) got.push_back(i);
  EXPECT_EQ(got, (std::vector<std::size_t>{0, 4, 7, 10}));
}

}  // namespace
}  // namespace colorproxy
