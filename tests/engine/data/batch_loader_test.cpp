#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/batch_loader.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "data_fixtures.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::vector<Sample> makeImages(const TempDir& dir, int count) {
  std::vector<Sample> samples;
  for (int i = 0; i < count; ++i) {
    Sample s;
    s.image = dir / ("img" + std::to_string(i) + ".jpg");
    test::writeImage(s.image, test::makeColourImage(40 + 3 * i, 30 + 2 * i, unsigned(i + 1)));
    s.labels = {float(i % 2), float(i % 3 == 0)};
    samples.push_back(s);
  }
  return samples;
}

LoaderOptions jitter(int threads, int batch = 5) {
  LoaderOptions o;
  o.batchSize = batch;
  o.threads = threads;
  o.seed = 1234;
  o.epochs = 2;
  o.transform = TransformOptions::pix2pix(36, 32);
  return o;
}

std::vector<Batch> drain(BatchLoader& loader) {
  std::vector<Batch> out;
  while (auto b = loader.next()) out.push_back(std::move(*b));
  return out;
}

void expectSameBatches(const std::vector<Batch>& a, const std::vector<Batch>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].epoch, b[i].epoch);
    EXPECT_EQ(a[i].index, b[i].index);
    ASSERT_EQ(a[i].sampleIndices, b[i].sampleIndices) << "batch " << i;
    for (std::size_t k = 0; k < a[i].size(); ++k) {
      EXPECT_EQ(cv::norm(a[i].images[k], b[i].images[k], cv::NORM_INF), 0.0)
          << "batch " << i << " item " << k;
      EXPECT_EQ(a[i].labels[k], b[i].labels[k]);
    }
  }
}

TEST(BatchLoader, SameBatchesWhateverTheThreadCount) {
  TempDir dir;
  const auto samples = makeImages(dir, 12);
  BatchLoader sync(samples, jitter(0));
  const auto reference = drain(sync);
  ASSERT_EQ(reference.size(), 6u);  // 2 epochs x ceil(12 / 5)
  EXPECT_EQ(reference[2].size(), 2u);
  for (int threads : {1, 2, 4}) {
    SCOPED_TRACE(threads);
    BatchLoader loader(samples, jitter(threads));
    expectSameBatches(reference, drain(loader));
  }
  for (const auto& b : reference)
    for (const auto& img : b.images) {
      EXPECT_EQ(img.type(), CV_32FC3);
      EXPECT_EQ(img.size(), cv::Size(32, 32));
    }
}

TEST(BatchLoader, EachEpochIsAPermutationAndEpochsDiffer) {
  TempDir dir;
  const auto samples = makeImages(dir, 12);
  BatchLoader loader(samples, jitter(2));
  const auto batches = drain(loader);
  std::vector<std::size_t> epoch0, epoch1;
  for (const auto& b : batches)
    (b.epoch == 0 ? epoch0 : epoch1)
        .insert((b.epoch == 0 ? epoch0 : epoch1).end(), b.sampleIndices.begin(), b.sampleIndices.end());
  EXPECT_EQ(std::set<std::size_t>(epoch0.begin(), epoch0.end()).size(), 12u);
  EXPECT_EQ(std::set<std::size_t>(epoch1.begin(), epoch1.end()).size(), 12u);
  EXPECT_NE(epoch0, epoch1);
  EXPECT_EQ(epoch0, loader.epochOrder(0));
  // Paths and labels follow the indices.
  EXPECT_EQ(batches[0].paths[0], samples[batches[0].sampleIndices[0]].image);
  EXPECT_EQ(batches[0].labels[0], samples[batches[0].sampleIndices[0]].labels);

  LoaderOptions other = jitter(0);
  other.seed = 99;
  BatchLoader reseeded(samples, other);
  EXPECT_NE(reseeded.epochOrder(0), loader.epochOrder(0));
  LoaderOptions ordered = jitter(0);
  ordered.shuffle = false;
  BatchLoader plain(samples, ordered);
  EXPECT_EQ(plain.next()->sampleIndices, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(BatchLoader, ResumesExactlyAtAnEpochAndBatch) {
  TempDir dir;
  const auto samples = makeImages(dir, 12);
  LoaderOptions full = jitter(2);
  full.epochs = 3;
  BatchLoader all(samples, full);
  const auto reference = drain(all);
  ASSERT_EQ(reference.size(), 9u);
  LoaderOptions resume = jitter(2);
  resume.startEpoch = 1;
  resume.startBatch = 2;
  resume.epochs = 2;  // rest of epoch 1, then epoch 2
  BatchLoader resumed(samples, resume);
  const auto tail = drain(resumed);
  expectSameBatches(std::vector<Batch>(reference.begin() + 5, reference.end()), tail);
}

TEST(BatchLoader, DropLastAndOptionChecks) {
  TempDir dir;
  const auto samples = makeImages(dir, 12);
  LoaderOptions o = jitter(1);
  o.dropLast = true;
  o.epochs = 1;
  BatchLoader loader(samples, o);
  EXPECT_EQ(loader.batchesPerEpoch(), 2u);
  const auto batches = drain(loader);
  ASSERT_EQ(batches.size(), 2u);
  for (const auto& b : batches) EXPECT_EQ(b.size(), 5u);

  LoaderOptions bad = jitter(1);
  bad.batchSize = 0;
  EXPECT_THROW(BatchLoader(samples, bad), std::invalid_argument);
  bad = jitter(1);
  bad.startBatch = 3;
  EXPECT_THROW(BatchLoader(samples, bad), std::invalid_argument);
  bad = jitter(1);
  bad.transform.resizeMode = ResizeMode::ShortSide;
  bad.transform.cropSize = 0;  // sizes would differ inside a batch
  EXPECT_THROW(BatchLoader(samples, bad), std::invalid_argument);
  EXPECT_THROW(BatchLoader({}, jitter(1)), DataError);
}

TEST(BatchLoader, ImagesAreTheColourAreasLabOfTheFile) {
  TempDir dir;
  const auto samples = makeImages(dir, 3);
  LoaderOptions o;
  o.batchSize = 1;
  o.threads = 1;
  o.shuffle = false;
  o.transform.resizeMode = ResizeMode::None;
  o.transform.cropSize = 0;
  o.transform.flip = false;
  BatchLoader loader(samples, o);
  for (int i = 0; i < 3; ++i) {
    const auto b = loader.next();
    ASSERT_TRUE(b);
    const cv::Mat expected = bgrToLab(cv::imread(samples[std::size_t(i)].image.string(), cv::IMREAD_COLOR));
    EXPECT_EQ(cv::norm(b->images[0], expected, cv::NORM_INF), 0.0);
  }
}

TEST(BatchLoader, ReducedJpegDecodeIsUsedAndCloseToTheFullDecode) {
  TempDir dir;
  Sample s;
  s.image = dir / "big.jpg";
  cv::Mat big;
  cv::resize(test::makeColourImage(100, 75, 3), big, {400, 300}, 0, 0, cv::INTER_CUBIC);
  test::writeImage(s.image, big);
  LoaderOptions o;
  o.batchSize = 1;
  o.threads = 0;
  o.transform = TransformOptions::resizeOnly(64);
  BatchLoader fast({s}, o);
  const auto a = fast.next();
  EXPECT_EQ(fast.stats().reducedDecodes, 1u);  // 400x300 / 4 = 100x75 still covers 64x64
  o.fastDecode = false;
  BatchLoader slow({s}, o);
  const auto b = slow.next();
  EXPECT_EQ(slow.stats().reducedDecodes, 0u);
  ASSERT_TRUE(a && b);
  EXPECT_LT(cv::norm(a->images[0], b->images[0], cv::NORM_L1) / (64 * 64 * 3),
            1.0);  // mean |diff| < 1 Lab unit
}

TEST(BatchLoader, MasksFollowTheImageAndTheLut) {
  TempDir dir;
  test::makeCamVid(dir.path(), 6, 1, 1, true);
  const Dataset ds = openDataset(dir.path());
  LoaderOptions o = jitter(2, 3);
  o.epochs = 1;
  o.maskLut = ds.contiguousMaskLut();
  BatchLoader loader(ds, "train", o);
  std::size_t seen = 0;
  while (auto b = loader.next()) {
    for (std::size_t k = 0; k < b->size(); ++k) {
      const cv::Mat& m = b->masks[k];
      ASSERT_EQ(m.type(), CV_8UC1);
      EXPECT_EQ(m.size(), b->images[k].size());
      double lo, hi;
      cv::minMaxLoc(m, &lo, &hi);
      // Left half class (i % 11), right half void 11 -> 255 through the LUT.
      EXPECT_EQ(hi, 255.0);
      EXPECT_LE(lo, 10.0);
      ++seen;
    }
  }
  EXPECT_EQ(seen, 6u);
  EXPECT_THROW(BatchLoader(ds, "holdout", o), DataError);
}

TEST(BatchLoader, SkipPolicySubstitutesAndReportsEachFileOnce) {
  TempDir dir;
  auto samples = makeImages(dir, 6);
  test::truncateFile(samples[1].image, 200);
  cv::Mat gray(30, 30, CV_8UC1, cv::Scalar(50));
  test::writeImage(dir / "gray.png", gray);
  samples[4].image = dir / "gray.png";
  samples[5].image = dir / "missing.jpg";
  std::mutex mu;
  std::vector<DataProblem> seen;
  LoaderOptions o = jitter(2, 3);
  o.epochs = 3;
  o.onProblem = [&](const DataProblem& p) {
    std::lock_guard<std::mutex> lock(mu);
    seen.push_back(p);
  };
  BatchLoader loader(samples, o);
  const auto batches = drain(loader);
  ASSERT_EQ(batches.size(), 6u);
  for (const auto& b : batches) {
    EXPECT_EQ(b.size(), 3u);  // substitutes keep batches full
    for (std::size_t idx : b.sampleIndices) EXPECT_TRUE(idx == 0 || idx == 2 || idx == 3) << idx;
  }
  ASSERT_EQ(seen.size(), 3u);
  std::set<std::string> files;
  for (const auto& p : seen) files.insert(p.file.filename().string());
  EXPECT_EQ(files, (std::set<std::string>{"img1.jpg", "gray.png", "missing.jpg"}));
  EXPECT_EQ(loader.problems().size(), 3u);
  EXPECT_GE(loader.stats().substituted, 3u);

  // Substitution is as reproducible as everything else.
  o.threads = 0;
  o.onProblem = nullptr;
  BatchLoader again(samples, o);
  expectSameBatches(batches, drain(again));
}

TEST(BatchLoader, FailPolicyThrowsTheFileInPlace) {
  TempDir dir;
  auto samples = makeImages(dir, 6);
  test::writeBytes(samples[3].image, "not a jpeg");
  LoaderOptions o = jitter(2, 2);
  o.shuffle = false;
  o.policy = BadInputPolicy::Fail;
  BatchLoader loader(samples, o);
  EXPECT_TRUE(loader.next());  // samples 0, 1
  try {
    loader.next();  // samples 2, 3
    FAIL() << "no error for the bad file";
  } catch (const DataError& e) {
    EXPECT_EQ(e.file(), samples[3].image);
    EXPECT_NE(std::string(e.what()).find("img3.jpg"), std::string::npos) << e.what();
  }
  EXPECT_THROW(loader.next(), DataError);  // stays failed
}

TEST(BatchLoader, BadMaskAtLoadTimeIsAProblem) {
  TempDir dir;
  test::makeCamVid(dir.path(), 3, 1, 1, false);
  const Dataset ds = openDataset(dir.path());
  test::writeImage(dir / "trainannot/train_0.png", test::twoClassMask(40, 30, 1, 99));  // 99: not a class
  LoaderOptions o = jitter(1, 1);
  o.epochs = 1;
  BatchLoader loader(ds, "train", o);
  const auto batches = drain(loader);
  EXPECT_EQ(batches.size(), 3u);
  const auto problems = loader.problems();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].kind, ProblemKind::MaskBadValues);
  EXPECT_NE(problems[0].message.find("value 99"), std::string::npos) << problems[0].message;
}

TEST(BatchLoader, StopsCleanlyWhileTheConsumerIsNotReading) {
  TempDir dir;
  const auto samples = makeImages(dir, 8);
  LoaderOptions o = jitter(2, 2);
  o.epochs = 0;  // endless: only stop() ends it
  o.prefetchBatches = 2;
  {
    BatchLoader loader(samples, o);
    EXPECT_TRUE(loader.next());
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let the queue fill and block
    const auto t0 = std::chrono::steady_clock::now();
    loader.stop();
    EXPECT_FALSE(loader.next());
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10));
  }
  { BatchLoader dropped(samples, o); }  // destroyed without a single next()
}

TEST(BatchLoader, KeepGrayscaleLoadsGrayAsNeutralColour) {
  TempDir dir;
  Sample s;
  s.image = dir / "g.png";
  test::writeImage(s.image, test::twoClassMask(20, 20, 40, 200));
  LoaderOptions o;
  o.batchSize = 1;
  o.threads = 0;
  o.keepGrayscale = true;
  o.transform = TransformOptions::resizeOnly(16);
  BatchLoader loader({s}, o);
  const auto b = loader.next();
  ASSERT_TRUE(b);
  std::vector<cv::Mat> ch;
  cv::split(b->images[0], ch);
  EXPECT_LT(cv::norm(ch[1], cv::NORM_INF), 0.01);
  EXPECT_LT(cv::norm(ch[2], cv::NORM_INF), 0.01);
}

}  // namespace
}  // namespace colorproxy
