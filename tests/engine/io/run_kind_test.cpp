#include "colorproxy/io/run_kind.h"

#include <gtest/gtest.h>

namespace colorproxy {

// The strings below are the ones run folders written by earlier versions hold; they must keep parsing.
TEST(RunKind, ConfigTaskTagsMatchTheFilesOnDisk) {
  EXPECT_EQ(configTaskTag(RunKind::Pretraining), "colorization");
  EXPECT_EQ(configTaskTag(RunKind::Experiment), "experiment");
  EXPECT_EQ(configTaskTag(RunKind::Finetune, DownstreamTask::Segmentation), "finetune-segmentation");
  EXPECT_EQ(configTaskTag(RunKind::Finetune, DownstreamTask::Classification), "finetune-classification");
}

TEST(RunKind, ParsesEveryTagBackAndRejectsOthers) {
  for (auto task : {DownstreamTask::Classification, DownstreamTask::Segmentation}) {
    const auto tag = parseConfigTaskTag(configTaskTag(RunKind::Finetune, task));
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->kind, RunKind::Finetune);
    EXPECT_EQ(tag->task, task);
  }
  EXPECT_EQ(parseConfigTaskTag("colorization")->kind, RunKind::Pretraining);
  EXPECT_FALSE(parseConfigTaskTag("colorization")->task);
  EXPECT_EQ(parseConfigTaskTag("experiment")->kind, RunKind::Experiment);
  EXPECT_FALSE(parseConfigTaskTag("finetune-detection"));
  EXPECT_FALSE(parseConfigTaskTag("finetune-"));
  EXPECT_FALSE(parseConfigTaskTag(""));
  EXPECT_FALSE(parseDownstreamTask("Segmentation"));
  EXPECT_EQ(parseDownstreamTask("segmentation"), DownstreamTask::Segmentation);
}

}  // namespace colorproxy
