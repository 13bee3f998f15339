// The Compare and Labels pages recompute IoU and AP from the predictions a real fine-tuning run saved:
// the numbers must be the ones the engine reported for that run.
#include <gtest/gtest.h>

#include <cmath>

#include "colorproxy/finetune/finetune_trainer.h"
#include "compare/segmentationcomparison.h"
#include "labels/classificationcomparison.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;

namespace {

FinetuneResult tinyRun(const colorproxy::test::TempDir& tmp, const std::string& task,
                       const std::string& data) {
  FinetuneConfig c;
  c.task = *parseDownstreamTask(task);
  c.dataPath = colorproxy::test::sourceDir() / "resources" / "samples" / data;
  c.runsDir = tmp / "runs";
  c.runName = task;
  c.imageSize = 32;
  c.ngf = 8;
  c.numDowns = 5;
  c.batchSize = 8;
  c.maxImages = 16;
  c.phases = parsePhases("1@0.001");
  c.threads = 1;
  c.loaderWorkers = 1;
  c.previewCount = 0;
  c.checkpointEvery = 0;
  c.device = "cpu";
  TrainingObserver quiet;
  StopToken stop;
  return runFinetune(c, quiet, stop);
}

void expectSame(double a, double b, const std::string& what) {
  if (std::isnan(a) || std::isnan(b)) {
    EXPECT_TRUE(std::isnan(a) && std::isnan(b)) << what << ": " << a << " vs " << b;
  } else {
    EXPECT_NEAR(a, b, 1e-12) << what;
  }
}

}  // namespace

TEST(ResultPagesEngine, LabelsAPMatchesTheEngineOnARealRun) {
  colorproxy::test::TempDir tmp;
  const FinetuneResult r = tinyRun(tmp, "classification", "coco128");
  ASSERT_TRUE(r.completed) << r.error;
  const QString dir = QString::fromStdString(r.runDir.string());
  const ClassificationComparison c = ClassificationComparison::load(dir, dir);
  ASSERT_TRUE(c.ok()) << c.error.toStdString();
  ASSERT_EQ(c.classes.size(), int(r.testPerClass.size()));
  for (int k = 0; k < c.classes.size(); ++k)
    expectSame(c.classes[k].baselineAP, r.testPerClass[std::size_t(k)],
               "AP of " + r.classNames[std::size_t(k)]);
  expectSame(c.baselineReport.meanAveragePrecision, r.testMetrics.at("test_mAP"), "mAP");
  expectSame(c.baselineReport.exactMatchAccuracy, r.testMetrics.at("test_exactMatch"), "exact match");
  // The mean of the per-image losses is the engine's test loss (mean BCE over every label).
  double loss = 0.0;
  for (const LabelsImage& im : c.images) loss += im.baselineLoss;
  EXPECT_NEAR(loss / c.images.size(), r.testMetrics.at("test_loss"), 1e-5);
}

TEST(ResultPagesEngine, CompareIoUMatchesTheEngineOnARealRun) {
  colorproxy::test::TempDir tmp;
  const FinetuneResult r = tinyRun(tmp, "segmentation", "camvid");
  ASSERT_TRUE(r.completed) << r.error;
  const QString dir = QString::fromStdString(r.runDir.string());
  const SegmentationComparison c = SegmentationComparison::load(dir, dir);
  ASSERT_TRUE(c.ok()) << c.error.toStdString();
  ASSERT_EQ(c.baselineReport.iou.size(), r.testPerClass.size());
  for (std::size_t k = 0; k < r.testPerClass.size(); ++k)
    expectSame(c.baselineReport.iou[k], r.testPerClass[k], "IoU of " + r.classNames[k]);
  expectSame(c.baselineReport.meanIoU, r.testMetrics.at("test_mIoU"), "mIoU");
  expectSame(c.baselineReport.pixelAccuracy, r.testMetrics.at("test_pixelAccuracy"), "pixel accuracy");
  EXPECT_EQ(c.total.onlyBaselineRight + c.total.onlyPretrainedRight, 0u);  // a run against itself
}
