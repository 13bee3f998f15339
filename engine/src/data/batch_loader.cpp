#include "colorproxy/data/batch_loader.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <ctime>
#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/epoch_shard.h"
#include "colorproxy/data/image_header.h"
#include "colorproxy/data/mask_reader.h"
#include "colorproxy/data/pixel_limit.h"
#include "data/file_bytes.h"

namespace colorproxy {
namespace {

/// The calling thread's CPU time: stage timings stay meaningful on a machine shared with other jobs,
/// where wall-clock stage times would mostly measure waiting for a core.
struct Clock {
  using time_point = std::int64_t;
  static time_point now() {
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return std::int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
  }
};
constexpr std::uint64_t kShuffleSalt = 0x5348554646ull;  // keeps shuffle and augmentation streams apart
constexpr std::uint64_t kAugmentSalt = 0x4155474Dull;
constexpr std::uint64_t kEndless = std::numeric_limits<std::uint64_t>::max();

// Samples per epoch this loader delivers: its share of the n samples (epochShard's rule).
std::size_t shardSize(std::size_t n, const LoaderOptions& o) {
  if (o.shardCount < 1 || o.shardRank < 0 || o.shardRank >= o.shardCount)
    throw std::invalid_argument("loader shardRank " + std::to_string(o.shardRank) + " of shardCount " +
                                std::to_string(o.shardCount) + ": expected 0 <= shardRank < shardCount");
  const std::size_t w = std::size_t(o.shardCount), r = std::size_t(o.shardRank);
  if (o.shardDropRemainder) return n / w;
  return n > r ? (n - r + w - 1) / w : 0;
}

std::int64_t nanosSince(Clock::time_point& t) {
  const auto now = Clock::now();
  const auto ns = now - t;
  t = now;
  return ns;
}

/// The result of one batch build: the batch, or the error the consumer must see in its place.
struct Result {
  Batch batch;
  std::exception_ptr error;
};

/// One decoded, transformed sample.
struct Loaded {
  cv::Mat lab;
  cv::Mat mask;
};

}  // namespace

struct BatchLoader::State {
  std::vector<Sample> samples;
  LoaderOptions opt;
  MaskSpec maskSpec;
  JointTransform transform;
  std::size_t perEpoch = 0;
  std::uint64_t endSeq = 0;

  std::mutex mu;
  std::condition_variable workCv, readyCv;
  std::uint64_t nextSeq = 0;     // next batch a worker will claim
  std::uint64_t consumeSeq = 0;  // next batch next() returns
  std::size_t capacity = 2;
  std::map<std::uint64_t, Result> ready;
  bool stopping = false;
  std::exception_ptr failure;  // a Fail-policy error already handed to the consumer
  std::vector<std::thread> workers;

  // Whether a sample is known to be bad (0 unknown, 1 good, 2 bad). A file's outcome does not depend
  // on timing, so this cache only saves work; it never changes which sample ends up in a batch.
  std::unique_ptr<std::atomic<std::uint8_t>[]> status;

  mutable std::mutex problemMu;
  std::vector<DataProblem> problems;
  std::set<std::string> reported;

  mutable std::mutex permMu;
  std::map<int, std::shared_ptr<const std::vector<std::size_t>>> perms;

  std::atomic<std::uint64_t> nBatches{0}, nImages{0}, nSubstituted{0}, nReduced{0};
  std::atomic<std::int64_t> nsRead{0}, nsDecode{0}, nsTransform{0}, nsLab{0}, nsMask{0};

  State(std::vector<Sample> s, LoaderOptions o, MaskSpec m)
      : samples(std::move(s)), opt(std::move(o)), maskSpec(std::move(m)), transform(opt.transform) {}

  std::shared_ptr<const std::vector<std::size_t>> order(int epoch) {
    std::lock_guard<std::mutex> lock(permMu);
    auto it = perms.find(epoch);
    if (it != perms.end()) return it->second;
    auto perm = std::make_shared<std::vector<std::size_t>>(samples.size());
    for (std::size_t i = 0; i < perm->size(); ++i) (*perm)[i] = i;
    if (opt.shuffle) {  // Fisher-Yates with our own Rng: the same order on every platform
      Rng rng = Rng::derive({opt.seed, std::uint64_t(epoch), kShuffleSalt});
      for (std::size_t i = perm->size(); i > 1; --i)
        std::swap((*perm)[i - 1], (*perm)[std::size_t(rng.uniformInt(0, std::int64_t(i) - 1))]);
    }
    if (opt.shardCount > 1)
      perm = std::make_shared<std::vector<std::size_t>>(
          epochShard(*perm, opt.shardRank, opt.shardCount, opt.shardDropRemainder));
    while (perms.size() > 4) perms.erase(perms.begin());  // epochs run in order: keep a few
    perms[epoch] = perm;
    return perm;
  }

  void record(const DataProblem& p) {
    std::lock_guard<std::mutex> lock(problemMu);
    if (!reported.insert(p.file.string() + '\n' + toString(p.kind)).second) return;
    problems.push_back(p);
    if (opt.onProblem) opt.onProblem(p);
  }

  Loaded load(const Sample& s, Rng& rng) {
    Loaded out;
    auto t = Clock::now();
    const std::vector<std::uint8_t> bytes = readFileBytes(s.image);
    const ImageHeader h = parseImageHeader(bytes.data(), bytes.size(), s.image);
    const std::string name = s.image.string();
    checkPixelLimit(h, s.image);
    if (h.truncated)
      throw DataError(name + ": " + toString(h.type) + " file is cut short (truncated)", s.image,
                      ProblemKind::Truncated);
    if (h.bitDepth > 8)
      throw DataError(name + ": " + std::to_string(h.bitDepth) + " bits per channel; convert it to 8-bit",
                      s.image, ProblemKind::HighBitDepth);
    if (h.color == ColorModel::Cmyk || h.color == ColorModel::Ycck)
      throw DataError(name + ": " + toString(h.color) + " colour model; convert it to RGB", s.image,
                      ProblemKind::Cmyk);
    if (h.color == ColorModel::Unknown)
      throw DataError(name + ": unsupported colour model", s.image, ProblemKind::Unreadable);
    if (h.isGrayscale() && !opt.keepGrayscale)
      throw DataError(name + ": grayscale image (no colour); excluded from colorization", s.image,
                      ProblemKind::Grayscale);
    const TransformPlan plan = transform.plan({h.width, h.height}, rng);
    int flags = cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION;
    int factor = 1;
    if (opt.fastDecode && h.type == ImageFileType::Jpeg) {
      // libjpeg's DCT scaling decodes at 1/2, 1/4 or 1/8 size for a fraction of the work; take the
      // smallest that still covers the resize target, so no detail the target can hold is lost.
      for (int f : {8, 4, 2})
        if (h.width / f >= plan.resized.width && h.height / f >= plan.resized.height) {
          factor = f;
          break;
        }
      if (factor == 2) flags = cv::IMREAD_REDUCED_COLOR_2 | cv::IMREAD_IGNORE_ORIENTATION;
      if (factor == 4) flags = cv::IMREAD_REDUCED_COLOR_4 | cv::IMREAD_IGNORE_ORIENTATION;
      if (factor == 8) flags = cv::IMREAD_REDUCED_COLOR_8 | cv::IMREAD_IGNORE_ORIENTATION;
    }
    nsRead += nanosSince(t);

    cv::Mat decoded;
    try {
      decoded = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8UC1, const_cast<std::uint8_t*>(bytes.data())),
                             flags);
    } catch (const cv::Exception& e) {
      throw DataError(name + ": cannot be decoded (" + e.msg + ")", s.image, ProblemKind::Unreadable);
    }
    if (decoded.empty())
      throw DataError(name + ": the image data cannot be decoded (corrupt file)", s.image,
                      ProblemKind::Unreadable);
    const int expectW = (h.width + factor - 1) / factor, expectH = (h.height + factor - 1) / factor;
    if (std::abs(decoded.cols - expectW) > 1 || std::abs(decoded.rows - expectH) > 1)
      throw DataError(name + ": decodes to " + std::to_string(decoded.cols) + "x" +
                          std::to_string(decoded.rows) + " but its header says " + std::to_string(h.width) +
                          "x" + std::to_string(h.height),
                      s.image, ProblemKind::Unreadable);
    if (factor > 1) ++nReduced;
    nsDecode += nanosSince(t);

    const cv::Mat image = transform.applyToImage(decoded, plan);
    nsTransform += nanosSince(t);
    out.lab = bgrToLab(image);  // the colour area's conversion: CV_32FC3, L 0..100
    nsLab += nanosSince(t);

    if (opt.loadMasks && s.hasMask()) {
      std::vector<std::uint8_t> maskBytes;
      try {
        maskBytes = readFileBytes(s.mask);
      } catch (const DataError& e) {
        throw DataError(e.what(), s.mask, ProblemKind::MaskMissing);
      }
      cv::Mat ids = decodeMask(maskBytes.data(), maskBytes.size(), s.mask, maskSpec);
      if (ids.cols != h.width || ids.rows != h.height)
        throw DataError(s.mask.string() + ": mask is " + std::to_string(ids.cols) + "x" +
                            std::to_string(ids.rows) + " but its image " + s.image.filename().string() +
                            " is " + std::to_string(h.width) + "x" + std::to_string(h.height),
                        s.mask, ProblemKind::MaskSizeMismatch);
      if (opt.maskLut.size() == 256) cv::LUT(ids, cv::Mat(1, 256, CV_8UC1, opt.maskLut.data()), ids);
      out.mask = transform.applyToMask(ids, plan);
      if (!out.mask.isContinuous()) out.mask = out.mask.clone();
      nsMask += nanosSince(t);
    }
    return out;
  }

  Batch build(std::uint64_t seq) {
    const int epoch = int(seq / perEpoch);
    Batch batch;
    batch.epoch = epoch;
    batch.index = std::size_t(seq % perEpoch);
    const auto perm = order(epoch);
    const std::size_t n = perm->size(), b = std::size_t(opt.batchSize);
    const std::size_t begin = batch.index * b, end = std::min(n, begin + b);
    for (std::size_t pos = begin; pos < end; ++pos) {
      bool done = false;
      for (std::size_t attempt = 0; attempt < n && !done; ++attempt) {
        {
          std::lock_guard<std::mutex> lock(mu);
          if (stopping) return batch;
        }
        // Skip policy: a bad sample is replaced by the next one of this epoch's order.
        const std::size_t idx = (*perm)[(pos + attempt) % n];
        if (opt.policy == BadInputPolicy::Skip && status[idx].load() == 2) continue;
        Rng rng = Rng::derive(
            {opt.seed, std::uint64_t(epoch), std::uint64_t(idx), std::uint64_t(attempt), kAugmentSalt});
        try {
          Loaded l = load(samples[idx], rng);
          status[idx] = 1;
          batch.images.push_back(std::move(l.lab));
          batch.masks.push_back(std::move(l.mask));
          batch.labels.push_back(samples[idx].labels);
          batch.sampleIndices.push_back(idx);
          batch.paths.push_back(samples[idx].image);
          ++nImages;
          done = true;
        } catch (const DataError& e) {
          status[idx] = 2;
          const bool excluded = e.kind() == ProblemKind::Grayscale;
          record(
              {e.file(), e.kind(), excluded ? ProblemSeverity::Excluded : ProblemSeverity::Error, "",
               std::string(e.what()) +
                   (excluded || opt.policy == BadInputPolicy::Skip ? "; replaced by another sample" : "")});
          if (!excluded && opt.policy == BadInputPolicy::Fail) throw;
          ++nSubstituted;
        }
      }
      if (!done) {
        if (n == 0) break;
        throw DataError("none of the " + std::to_string(n) + " samples could be loaded (first: " +
                            samples.front().image.string() + "); see the problems reported",
                        samples.front().image, ProblemKind::Unreadable);
      }
    }
    ++nBatches;
    return batch;
  }

  void workerLoop() {
    for (;;) {
      std::uint64_t seq;
      {
        std::unique_lock<std::mutex> lock(mu);
        workCv.wait(lock, [&] { return stopping || nextSeq >= endSeq || nextSeq < consumeSeq + capacity; });
        if (stopping || nextSeq >= endSeq) return;
        seq = nextSeq++;
      }
      Result r;
      try {
        r.batch = build(seq);
      } catch (...) {
        r.error = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(seq, std::move(r));
      }
      readyCv.notify_all();
    }
  }
};

BatchLoader::BatchLoader(std::vector<Sample> samples, LoaderOptions options, MaskSpec maskSpec) {
  if (options.batchSize <= 0)
    throw std::invalid_argument("loader batchSize must be positive (got " +
                                std::to_string(options.batchSize) + ")");
  if (options.threads < 0) throw std::invalid_argument("loader threads must be 0 or more");
  if (options.epochs < 0) throw std::invalid_argument("loader epochs must be 0 (endless) or more");
  if (options.startEpoch < 0 || options.startBatch < 0)
    throw std::invalid_argument("loader startEpoch and startBatch must not be negative");
  if (!options.maskLut.empty() && options.maskLut.size() != 256)
    throw std::invalid_argument("loader maskLut must have 256 entries (got " +
                                std::to_string(options.maskLut.size()) + ")");
  options.transform.validate();
  if (options.batchSize > 1 && options.transform.fixedOutputSize().empty())
    throw std::invalid_argument(
        "the images of a batch must share one size: set transform.cropSize, or resizeMode Stretch, or "
        "batchSize 1");
  if (samples.empty()) throw DataError("the loader was given no samples (empty split?)");
  const std::size_t n = shardSize(samples.size(), options), b = std::size_t(options.batchSize);
  if (n == 0)
    throw DataError("the loader's share " + std::to_string(options.shardRank) + " of " +
                    std::to_string(options.shardCount) +
                    " ranks has no samples: " + std::to_string(samples.size()) +
                    " samples are fewer than the ranks; use fewer processes");
  const std::size_t perEpoch = options.dropLast ? n / b : (n + b - 1) / b;
  if (perEpoch == 0)
    throw std::invalid_argument("dropLast with batchSize " + std::to_string(b) + " leaves no batch of " +
                                std::to_string(n) + " samples");
  if (std::size_t(options.startBatch) >= perEpoch)
    throw std::invalid_argument("loader startBatch " + std::to_string(options.startBatch) + " is past the " +
                                std::to_string(perEpoch) + " batches of an epoch");

  m_state = std::make_unique<State>(std::move(samples), std::move(options), std::move(maskSpec));
  State& s = *m_state;
  s.perEpoch = perEpoch;
  // Indexed by sample, not by position in this loader's share of an epoch.
  s.status = std::make_unique<std::atomic<std::uint8_t>[]>(s.samples.size());
  for (std::size_t i = 0; i < s.samples.size(); ++i) s.status[i] = 0;
  s.consumeSeq = s.nextSeq = std::uint64_t(s.opt.startEpoch) * perEpoch + std::uint64_t(s.opt.startBatch);
  s.endSeq = s.opt.epochs == 0 ? kEndless : std::uint64_t(s.opt.startEpoch + s.opt.epochs) * perEpoch;
  s.capacity =
      std::size_t(s.opt.prefetchBatches > 0 ? s.opt.prefetchBatches : std::max(2, 2 * s.opt.threads));
  for (int i = 0; i < s.opt.threads; ++i) s.workers.emplace_back([&s] { s.workerLoop(); });
}

BatchLoader::BatchLoader(const Dataset& dataset, const std::string& split, LoaderOptions options)
    : BatchLoader(dataset.split(split).samples, std::move(options), dataset.maskSpec()) {}

BatchLoader::~BatchLoader() { stop(); }

void BatchLoader::stop() {
  State& s = *m_state;
  {
    std::lock_guard<std::mutex> lock(s.mu);
    s.stopping = true;
  }
  s.workCv.notify_all();
  s.readyCv.notify_all();
  for (auto& t : s.workers)
    if (t.joinable()) t.join();
}

std::optional<Batch> BatchLoader::next() {
  State& s = *m_state;
  std::unique_lock<std::mutex> lock(s.mu);
  if (s.failure) std::rethrow_exception(s.failure);
  if (s.stopping || s.consumeSeq >= s.endSeq) return std::nullopt;
  Result r;
  if (s.workers.empty()) {  // synchronous mode
    const std::uint64_t seq = s.consumeSeq++;
    lock.unlock();
    try {
      r.batch = s.build(seq);
    } catch (...) {
      r.error = std::current_exception();
    }
    lock.lock();
  } else {
    s.readyCv.wait(lock, [&] { return s.stopping || s.ready.count(s.consumeSeq) > 0; });
    if (s.stopping) return std::nullopt;
    auto it = s.ready.find(s.consumeSeq);
    r = std::move(it->second);
    s.ready.erase(it);
    ++s.consumeSeq;
    lock.unlock();
    s.workCv.notify_all();
    lock.lock();
  }
  if (r.error) {  // Fail policy: the run is over; let the workers wind down
    s.failure = r.error;
    s.stopping = true;
    lock.unlock();
    s.workCv.notify_all();
    std::rethrow_exception(r.error);
  }
  return std::move(r.batch);
}

std::size_t BatchLoader::sampleCount() const { return m_state->samples.size(); }
std::size_t BatchLoader::batchesPerEpoch() const { return m_state->perEpoch; }
const LoaderOptions& BatchLoader::options() const { return m_state->opt; }

LoaderStats BatchLoader::stats() const {
  const State& s = *m_state;
  LoaderStats st;
  st.batches = s.nBatches;
  st.images = s.nImages;
  st.substituted = s.nSubstituted;
  st.reducedDecodes = s.nReduced;
  st.readSeconds = double(s.nsRead) * 1e-9;
  st.decodeSeconds = double(s.nsDecode) * 1e-9;
  st.transformSeconds = double(s.nsTransform) * 1e-9;
  st.labSeconds = double(s.nsLab) * 1e-9;
  st.maskSeconds = double(s.nsMask) * 1e-9;
  return st;
}

std::vector<DataProblem> BatchLoader::problems() const {
  std::lock_guard<std::mutex> lock(m_state->problemMu);
  return m_state->problems;
}

std::vector<std::size_t> BatchLoader::epochOrder(int epoch) const { return *m_state->order(epoch); }

}  // namespace colorproxy
