#include "colorproxy/infer/colorizer.h"
#include "colorproxy/base/text.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <set>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/stop_token.h"
#include "colorproxy/color/ab_quantizer.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/image_file.h"
#include "colorproxy/hints/hint_maps.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_kind.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "io/export_destination.h"
#include "io/pix2pix_state.h"
#include "io/torch_save_file.h"
#include "models/frozen_unet.h"
#include "tensor/lab_batch.h"
#include "tensor/mat_tensor.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxBatch = 8;  // images per forward pass in colorize(vector)

torch::Device pickDevice(const std::string& device) {
  if (device == "cpu") return torch::kCPU;
  if (device == "cuda") {
    if (!torch::cuda::is_available())
      throw std::runtime_error("device 'cuda' was requested but CUDA is not available; use cpu or auto");
    return torch::kCUDA;
  }
  if (device == "auto")
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
  throw std::invalid_argument("unknown device '" + device + "' (expected auto, cpu or cuda)");
}

// 8-bit BGR of any supported input: grey and BGRA are converted, 16-bit scaled down.
cv::Mat toBgr8(const cv::Mat& image) {
  if (image.empty()) throw std::invalid_argument("colorize: the image is empty");
  cv::Mat src = image;
  if (src.depth() == CV_16U) src.convertTo(src, CV_8U, 1.0 / 257.0);
  if (src.depth() != CV_8U)
    throw std::invalid_argument("colorize: expected an 8- or 16-bit image, got OpenCV type " +
                                std::to_string(image.type()));
  cv::Mat bgr;
  switch (src.channels()) {
    case 1:
      cv::cvtColor(src, bgr, cv::COLOR_GRAY2BGR);
      break;
    case 3:
      bgr = src;
      break;
    case 4:
      cv::cvtColor(src, bgr, cv::COLOR_BGRA2BGR);
      break;
    default:
      throw std::invalid_argument("colorize: expected 1, 3 or 4 channels, got " +
                                  std::to_string(src.channels()));
  }
  return bgr;
}

torch::ScalarType pickPrecision(const std::string& precision, const torch::Device& device) {
  if (precision == "fp32") return torch::kFloat;
  if (precision == "bf16") return torch::kBFloat16;
  if (precision == "auto")
    return device.is_cpu() && __builtin_cpu_supports("avx512bf16") ? torch::kBFloat16 : torch::kFloat;
  throw std::invalid_argument("unknown precision '" + precision + "' (expected auto, bf16 or fp32)");
}

}  // namespace

std::string inferenceProtocolName(InferenceProtocol protocol) {
  switch (protocol) {
    case InferenceProtocol::Eval:
      return "eval";
    case InferenceProtocol::Dropout:
      return "dropout";
    case InferenceProtocol::Pix2pixTest:
      return "pix2pix";
  }
  return "eval";
}

std::string inferenceProtocolDescription(InferenceProtocol protocol, int samples) {
  const std::string mean = samples > 1 ? ", mean of " + std::to_string(samples) + " samples" : ", one sample";
  switch (protocol) {
    case InferenceProtocol::Eval:
      return "eval mode: BatchNorm running statistics, dropout off";
    case InferenceProtocol::Dropout:
      return "BatchNorm running statistics, dropout on" + mean;
    case InferenceProtocol::Pix2pixTest:
      return "pix2pix test: each image's own BatchNorm statistics, dropout on" + mean;
  }
  return {};
}

InferenceProtocol parseInferenceProtocol(const std::string& name) {
  for (const auto p : {InferenceProtocol::Eval, InferenceProtocol::Dropout, InferenceProtocol::Pix2pixTest})
    if (inferenceProtocolName(p) == name) return p;
  throw std::invalid_argument("unknown inference protocol '" + name +
                              "': use eval (running statistics, no dropout), dropout (running statistics, "
                              "dropout on) or pix2pix (per-image statistics, dropout on)");
}

const std::vector<std::string>& colorizableExtensions() {
  static const std::vector<std::string> ext = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"};
  return ext;
}

/// The loaded generator and how to run it.
struct Colorizer::Impl {
  fs::path checkpoint;
  ColorizationModelSpec spec;
  std::unique_ptr<FrozenUNet> network;  ///< the generator, batch norm folded, in the chosen precision
  AbQuantizer quantizer;
  torch::Device device = torch::kCPU;
  double temperature = 0.38;
  int size = 256;
  int threads = 0;
  InferenceProtocol protocol = InferenceProtocol::Eval;
  int samples = 1;
  std::uint64_t seed = 1;

  /// The network's output for `input` under the protocol: eval mode, or the mean over `samples` passes
  /// with dropout (and, for pix2pix, per-image statistics built into the network), as ab.
  torch::Tensor predictAb(const torch::Tensor& input) const {
    // Deterministic when there is no dropout to sample (per-image statistics are built into the network).
    if (protocol == InferenceProtocol::Eval || !network->hasDropout())
      return abFromOutput(network->forward(input), spec, temperature, quantizer);
    torch::Tensor sum;
    for (int k = 0; k < samples; ++k) {
      const torch::Tensor ab = abFromOutput(network->forwardWithDropout(input, seed + std::uint64_t(k)), spec,
                                            temperature, quantizer);
      sum = sum.defined() ? sum + ab : ab;
    }
    return sum / double(samples);
  }

  /// An 8-bit BGR image at the working size. Resized before the Lab conversion, as the training loader
  /// does, so the network sees the L it was trained on.
  cv::Mat networkSized(const cv::Mat& bgr) const {
    cv::Mat resized;
    const bool shrinking = bgr.cols > size || bgr.rows > size;
    cv::resize(bgr, resized, cv::Size(size, size), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    return resized;
  }

  /// The network input for 8-bit BGR images and, when given, each image's hints (photo coordinates).
  torch::Tensor networkInput(const std::vector<cv::Mat>& bgrs,
                             const std::vector<std::vector<ColorHint>>* hints) const {
    std::vector<cv::Mat> smallLab;
    for (const auto& bgr : bgrs) smallLab.push_back(bgrToLab(networkSized(bgr)));
    torch::Tensor hintChannels;
    if (hints && spec.hints) {
      std::vector<HintMaps> maps;
      for (size_t i = 0; i < bgrs.size(); ++i)
        maps.push_back(rasterizeHints((*hints)[i], bgrs[i].size(), size, spec.abDivisor));
      hintChannels = packHintMaps(maps);
    }
    return generatorInput(packL(smallLab), hintChannels, spec).to(device);
  }

  /// ab (CV_32FC2, ab units, size x size) for each 8-bit BGR image (and its hints, when given).
  std::vector<cv::Mat> predict(const std::vector<cv::Mat>& bgrs,
                               const std::vector<std::vector<ColorHint>>* hints = nullptr) const {
    torch::InferenceMode inference;
    const torch::Tensor input = networkInput(bgrs, hints);
    const torch::Tensor ab = predictAb(input).to(torch::kCPU);
    std::vector<cv::Mat> out;
    for (int64_t i = 0; i < ab.size(0); ++i) out.push_back(tensorToMat(ab[i]));
    return out;
  }

  /// Refuses hints this model cannot use or that lie outside the photo.
  void checkHints(const std::vector<ColorHint>& hints, cv::Size photo) const {
    if (!hints.empty() && !spec.hints)
      throw std::invalid_argument("the model '" + checkpoint.string() +
                                  "' takes no colour hints (it was pretrained without --hints); use a "
                                  "hint-conditioned model or colorize without hints");
    for (size_t i = 0; i < hints.size(); ++i) {
      const ColorHint& h = hints[i];
      if (!(h.x >= 0 && h.x < photo.width && h.y >= 0 && h.y < photo.height))
        throw std::invalid_argument("hint " + std::to_string(i) + " at (" + std::to_string(h.x) + ", " +
                                    std::to_string(h.y) + ") lies outside the " +
                                    std::to_string(photo.width) + "x" + std::to_string(photo.height) +
                                    " photo");
    }
  }
};

namespace {

/// The checkpoint file a model path names (a run folder's latest.pt or the file itself) and its metadata,
/// checked to be a colorization checkpoint.
fs::path resolveModelFile(const fs::path& model) {
  if (fs::is_directory(model)) {
    const fs::path file = RunFolder(model).latestCheckpoint();
    if (!fs::exists(file))
      throw std::runtime_error("'" + model.string() +
                               "' has no checkpoints/latest.pt: pass a run folder of a colorization run or a "
                               "checkpoint file");
    return file;
  }
  if (!fs::exists(model))
    throw std::runtime_error("model '" + model.string() +
                             "' does not exist (pass a run folder or a .pt checkpoint)");
  return model;
}

nlohmann::json readColorizationMeta(CheckpointReader& reader) {
  nlohmann::json meta;
  try {
    meta = nlohmann::json::parse(reader.meta());
  } catch (const std::exception& e) {
    throw std::runtime_error("checkpoint '" + reader.file().string() +
                             "' has unreadable metadata: " + e.what());
  }
  const auto tag = parseConfigTaskTag(meta.value("task", ""));
  if (!tag || tag->kind != RunKind::Pretraining || !meta.contains("settings"))
    throw std::runtime_error("'" + reader.file().string() + "' is not a colorization checkpoint (task '" +
                             meta.value("task", "") + "'); use a run made by `pretrain`");
  return meta;
}

}  // namespace

Colorizer::Colorizer(const fs::path& model, const ColorizerOptions& options)
    : m_impl(std::make_unique<Impl>()) {
  const fs::path file = resolveModelFile(model);
  Impl& m = *m_impl;
  m.checkpoint = file;
  UNetGenerator generator{nullptr};
  if (isTorchSaveFile(file)) {
    // A reference pix2pix latest_net_G.pth, imported on the fly.
    generator = readPix2pixGenerator(file, m.spec);
  } else {
    CheckpointReader reader(file);
    const nlohmann::json meta = readColorizationMeta(reader);
    m.spec = ColorizationModelSpec::fromSettings(meta["settings"]);
    generator = makeColorizationGenerator(m.spec);
    reader.loadModule("generator", *generator);
  }
  m.device = pickDevice(options.device);
  generator->to(m.device);
  generator->eval();
  if (options.samples < 1 || options.samples > 1000)
    throw std::invalid_argument("samples must be between 1 and 1000, got " + std::to_string(options.samples));
  m.protocol = options.protocol;
  m.samples = options.protocol == InferenceProtocol::Eval ? 1 : options.samples;
  m.seed = options.seed;
  // Only the frozen copy is kept: the fp32 training-form generator is not needed for inference.
  m.network = std::make_unique<FrozenUNet>(generator, pickPrecision(options.precision, m.device), true,
                                           options.protocol == InferenceProtocol::Pix2pixTest
                                               ? FrozenNormalization::PerImageStatistics
                                               : FrozenNormalization::RunningStatistics);
  m.temperature = options.temperature < 0 ? m.spec.annealTemperature : options.temperature;
  m.threads = options.threads;
  setTemperature(m.temperature);
  setSize(options.size > 0 ? options.size : m.spec.imageSize);
}

Colorizer::~Colorizer() = default;
Colorizer::Colorizer(Colorizer&&) noexcept = default;
Colorizer& Colorizer::operator=(Colorizer&&) noexcept = default;

void Colorizer::setTemperature(double temperature) {
  if (!(temperature > 0.0) || !std::isfinite(temperature))
    throw std::invalid_argument("temperature must be a positive number (Zhang et al. use 0.38), got " +
                                std::to_string(temperature));
  m_impl->temperature = temperature;
}

double Colorizer::temperature() const { return m_impl->temperature; }

void Colorizer::setSize(int size) {
  const int step = 1 << m_impl->spec.numDowns;
  if (size < step || size % step != 0)
    throw std::invalid_argument("working size " + std::to_string(size) +
                                " does not suit this model: use a multiple of " + std::to_string(step) +
                                " (it was trained at " + std::to_string(m_impl->spec.imageSize) + ")");
  m_impl->size = size;
}

int Colorizer::size() const { return m_impl->size; }
std::string Colorizer::pretext() const { return m_impl->spec.pretext; }
bool Colorizer::takesHints() const { return m_impl->spec.hints; }
int Colorizer::trainedSize() const { return m_impl->spec.imageSize; }
fs::path Colorizer::checkpoint() const { return m_impl->checkpoint; }
InferenceProtocol Colorizer::protocol() const { return m_impl->protocol; }
int Colorizer::samples() const { return m_impl->samples; }
bool Colorizer::hasDropout() const { return m_impl->network->hasDropout(); }
std::string Colorizer::precision() const {
  return m_impl->network->dtype() == torch::kBFloat16 ? "bf16" : "fp32";
}

cv::Mat Colorizer::colorize(const cv::Mat& image) const {
  return colorize(std::vector<cv::Mat>{image}).front();
}

std::vector<cv::Mat> Colorizer::colorize(const std::vector<cv::Mat>& images) const {
  std::vector<cv::Mat> bgrs;
  for (const auto& img : images) bgrs.push_back(toBgr8(img));
  std::vector<cv::Mat> out;
  for (size_t start = 0; start < bgrs.size(); start += kMaxBatch) {
    const std::vector<cv::Mat> chunk(bgrs.begin() + long(start),
                                     bgrs.begin() + long(std::min(bgrs.size(), start + kMaxBatch)));
    const auto ab = m_impl->predict(chunk);
    // The photo's own full-resolution lightness with the predicted ab, in one fused pass.
    for (size_t i = 0; i < chunk.size(); ++i) out.push_back(recolor(chunk[i], ab[i]));
  }
  return out;
}

cv::Mat Colorizer::colorize(const cv::Mat& image, const std::vector<ColorHint>& hints) const {
  const cv::Mat bgr = toBgr8(image);
  m_impl->checkHints(hints, bgr.size());
  const std::vector<std::vector<ColorHint>> perImage{hints};
  return recolor(bgr, m_impl->predict({bgr}, &perImage).front());
}

cv::Mat Colorizer::colorizePreview(const cv::Mat& image, const std::vector<ColorHint>& hints) const {
  const cv::Mat bgr = toBgr8(image);
  m_impl->checkHints(hints, bgr.size());
  const std::vector<std::vector<ColorHint>> perImage{hints};
  return recolor(m_impl->networkSized(bgr), m_impl->predict({bgr}, &perImage).front());
}

std::vector<SuggestedColor> Colorizer::suggestColors(const cv::Mat& image,
                                                     const std::vector<ColorHint>& hints, double x, double y,
                                                     int count) const {
  const Impl& m = *m_impl;
  const cv::Mat bgr = toBgr8(image);
  m.checkHints(hints, bgr.size());
  if (count < 1) throw std::invalid_argument("suggestColors: count must be at least 1");
  if (!(x >= 0 && x < bgr.cols && y >= 0 && y < bgr.rows))
    throw std::invalid_argument("suggestColors: (" + std::to_string(x) + ", " + std::to_string(y) +
                                ") lies outside the " + std::to_string(bgr.cols) + "x" +
                                std::to_string(bgr.rows) + " photo");
  constexpr int kSamples = 8;  // dropout samples of a regression model
  constexpr int kRadius = 2;   // the 5 x 5 cells around the place
  torch::InferenceMode inference;
  const std::vector<std::vector<ColorHint>> perImage{hints};
  const torch::Tensor input = m.networkInput({bgr}, &perImage);
  const cv::Point cell = hintCell(x, y, bgr.size(), m.size);
  const int bins = m.quantizer.numBins();
  std::vector<double> share(size_t(bins), 0.0);
  if (m.spec.pretext == "classification") {
    // A quarter-resolution model's logits cell covers 4 x 4 network pixels.
    const auto stride = m.spec.outputStride;
    const torch::Tensor logits =
        m.network->forward(input)[0].select(2, cell.x / stride).select(1, cell.y / stride);
    const torch::Tensor p = torch::softmax(logits.to(torch::kDouble) / m.temperature, 0).contiguous().cpu();
    std::copy(p.data_ptr<double>(), p.data_ptr<double>() + bins, share.begin());
  } else {
    const bool sampled = m.network->hasDropout();
    const torch::Tensor out = sampled ? m.network->forwardWithDropout(input.repeat({kSamples, 1, 1, 1}), 1)
                                      : m.network->forward(input);
    const torch::Tensor ab =
        abFromOutput(out, m.spec, m.temperature, m.quantizer).to(torch::kCPU).contiguous();
    const auto acc = ab.accessor<float, 4>();
    std::vector<int> index(AbQuantizer::kNeighbours);
    std::vector<float> weight(AbQuantizer::kNeighbours);
    for (int64_t n = 0; n < ab.size(0); ++n)
      for (int cy = std::max(0, cell.y - kRadius); cy <= std::min(m.size - 1, cell.y + kRadius); ++cy)
        for (int cx = std::max(0, cell.x - kRadius); cx <= std::min(m.size - 1, cell.x + kRadius); ++cx) {
          m.quantizer.softEncode(acc[n][0][cy][cx], acc[n][1][cy][cx], index.data(), weight.data());
          for (size_t k = 0; k < index.size(); ++k) share[size_t(index[k])] += weight[k];
        }
    const double total = std::accumulate(share.begin(), share.end(), 0.0);
    for (double& v : share) v /= total;
  }
  std::vector<int> order(static_cast<size_t>(bins));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int i, int j) { return share[size_t(i)] > share[size_t(j)]; });
  std::vector<SuggestedColor> out;
  for (int i : order) {
    if (int(out.size()) == count || !(share[size_t(i)] > 0.0)) break;
    const cv::Vec2f c = m.quantizer.centres()[size_t(i)];
    out.push_back({double(c[0]), double(c[1]), share[size_t(i)]});
  }
  // Rounding must not push the sum of a whole distribution past 1.
  const double sum = std::accumulate(out.begin(), out.end(), 0.0,
                                     [](double acc, const SuggestedColor& c) { return acc + c.probability; });
  if (sum > 1.0)
    for (SuggestedColor& c : out) c.probability /= sum;
  return out;
}

ColorizeFileResult Colorizer::colorizeFile(const fs::path& input, const fs::path& output,
                                           const HintSet* hints) const {
  ColorizeFileResult r;
  r.input = input;
  try {
    std::error_code ec;
    if (fs::exists(output, ec) && fs::equivalent(input, output, ec))
      throw std::runtime_error("the output would overwrite the input; choose another --out folder");
    const cv::Mat img = readImageFile(input, cv::IMREAD_COLOR);
    std::vector<ColorHint> points;
    if (hints) {
      points = hints->points;
      if (img.cols != hints->width || img.rows != hints->height)
        for (ColorHint& h : points) {
          h.x *= double(img.cols) / hints->width;
          h.y *= double(img.rows) / hints->height;
        }
    }
    const cv::Mat colour = colorize(img, points);
    std::vector<uchar> png;
    if (!cv::imencode(".png", colour, png)) throw std::runtime_error("cannot encode the result as PNG");
    fs::create_directories(output.parent_path());
    writeFileAtomically(output, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
    r.output = output;
    r.width = colour.cols;
    r.height = colour.rows;
  } catch (const std::exception& e) {
    r.error = e.what();
  }
  return r;
}

ColorizeFilePlan planColorizeFiles(const std::vector<fs::path>& inputs, const fs::path& outDir) {
  ColorizeFilePlan plan;
  auto& jobs = plan.jobs;
  auto& results = plan.failures;
  std::set<fs::path> taken;
  const auto claim = [&](fs::path out) {
    const fs::path stem = out.parent_path() / out.stem();
    for (int n = 2; taken.count(out); ++n) out = stem.string() + "-" + std::to_string(n) + ".png";
    taken.insert(out);
    return out;
  };
  const auto isImage = [](const fs::path& p) {
    const auto& ext = colorizableExtensions();
    return std::find(ext.begin(), ext.end(), toLower(p.extension().string())) != ext.end();
  };
  for (const auto& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> files;
      const auto skip = [&results](const fs::path& file, const std::string& why) {
        ColorizeFileResult r;
        r.input = file;
        r.error = "'" + file.string() + "' " + why + "; skipped";
        results.push_back(r);
      };
      // One bad entry (a symlink loop, a folder without permission) is reported, never fatal.
      for (auto it =
               fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator();) {
        const fs::path p = it->path();
        std::error_code fileEc;
        if (isImage(p) && p.filename().string()[0] != '.') {
          std::error_code linkEc;
          if (it->is_regular_file(fileEc))
            files.push_back(p);
          else if (fileEc || it->is_symlink(linkEc))  // a loop or a link to nothing: say so, never drop it
            skip(p, openFailureReason(p));
        }
        it.increment(ec);
      }
      if (ec) skip(input, "cannot be listed entirely (" + ec.message() + ")");
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        fs::path rel = f.lexically_relative(input);
        rel.replace_extension(".png");
        jobs.emplace_back(f, claim(outDir / rel));
      }
      if (files.empty()) {
        ColorizeFileResult r;
        r.input = input;
        r.error = "folder '" + input.string() + "' has no image files (jpg, jpeg, png, bmp, webp, tif, tiff)";
        results.push_back(r);
      }
    } else if (fs::exists(input, ec)) {
      jobs.emplace_back(input, claim(outDir / (input.stem().string() + ".png")));
    } else {
      ColorizeFileResult r;
      r.input = input;
      const std::string why = openFailureReason(input);
      r.error = "'" + input.string() + "' " + (why == "no such file" ? "does not exist" : why);
      results.push_back(r);
    }
  }
  return plan;
}

std::vector<ColorizeFileResult> Colorizer::colorizeFiles(
    const std::vector<fs::path>& inputs, const fs::path& outDir,
    const std::function<void(size_t, size_t, const ColorizeFileResult&)>& progress, StopToken* stop) const {
  if (m_impl->threads > 0) at::set_num_threads(m_impl->threads);
  // Every (input file, output file) pair first, so progress knows the total.
  ColorizeFilePlan plan = planColorizeFiles(inputs, outDir);
  const auto& jobs = plan.jobs;
  std::vector<ColorizeFileResult> results = std::move(plan.failures);
  const size_t total = jobs.size() + results.size();
  size_t done = 0;
  for (const auto& r : results)
    if (progress) progress(++done, total, r);
  for (const auto& [in, out] : jobs) {
    // Only StopToken's inline members: the infer area does not link the train area.
    while (stop && stop->paused() && !stop->stopRequested())
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (stop && stop->stopRequested()) break;
    const ColorizeFileResult r = colorizeFile(in, out);
    results.push_back(r);
    if (progress) progress(++done, total, r);
  }
  return results;
}

ExportedModel exportColorizationModel(const fs::path& model, const fs::path& outFile) {
  const fs::path file = resolveModelFile(model);
  refuseExportDestination(outFile, file);
  CheckpointReader reader(file);
  nlohmann::json meta = readColorizationMeta(reader);
  const ColorizationModelSpec spec = ColorizationModelSpec::fromSettings(meta["settings"]);
  UNetGenerator generator = makeColorizationGenerator(spec);
  reader.loadModule("generator", *generator);
  {
    // Plain contiguous fp32 weights whatever layout the run trained with.
    torch::NoGradGuard noGrad;
    for (auto& p : generator->parameters()) p.set_data(p.contiguous());
  }
  // The run's metadata stays as it was (pretext, settings, metrics, dates); the file says what it holds.
  meta["exportedFrom"] = fs::absolute(file).string();
  meta["exportedParts"] = "generator";
  CheckpointWriter writer;
  writer.addModule("generator", *generator);
  writer.setMeta(meta.dump());
  writer.save(outFile);
  ExportedModel result;
  result.source = file;
  result.file = outFile;
  result.bytes = fs::file_size(outFile);
  for (const auto& p : generator->parameters()) result.parameters += p.numel();
  return result;
}

}  // namespace colorproxy
