#include <gtest/gtest.h>

#include "colorproxy/base/text.h"

using namespace colorproxy;

TEST(Text, ToLowerChangesOnlyAsciiLetters) {
  EXPECT_EQ(toLower("JPEG.Png 2017_VAL"), "jpeg.png 2017_val");
  EXPECT_EQ(toLower(""), "");
  EXPECT_EQ(toLower("caf\xC3\x89"), "caf\xC3\x89") << "bytes of UTF-8 characters stay as they are";
}

TEST(Text, TrimRemovesSurroundingWhiteSpaceOnly) {
  EXPECT_EQ(trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(trim("a"), "a");
  EXPECT_EQ(trim(" \t "), "");
  EXPECT_EQ(trim(""), "");
}

TEST(Text, StartsAndEndsWith) {
  EXPECT_TRUE(startsWith("segmentation_masks", "segmentation"));
  EXPECT_TRUE(startsWith("abc", ""));
  EXPECT_FALSE(startsWith("seg", "segmentation"));
  EXPECT_FALSE(startsWith("xsegmentation", "segmentation"));
  EXPECT_TRUE(endsWith("trainannot", "annot"));
  EXPECT_TRUE(endsWith("annot", "annot"));
  EXPECT_FALSE(endsWith("not", "annot"));
  EXPECT_FALSE(endsWith("annotx", "annot"));
}

TEST(Text, JoinPutsTheSeparatorBetweenParts) {
  EXPECT_EQ(join({"a", "b", "c"}, "; "), "a; b; c");
  EXPECT_EQ(join({"only"}, ", "), "only");
  EXPECT_EQ(join({}, ", "), "");
  EXPECT_EQ(join({"", "x"}, ","), ",x");
}
