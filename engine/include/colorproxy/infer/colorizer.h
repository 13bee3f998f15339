#pragma once
// Colorizes photos of any size with a trained colorization generator. The network sees the L channel
// resized to its working size; the predicted ab is upsampled back to the photo's size and recombined with
// the photo's own full-resolution L, so edges stay as sharp as the input. Torch-free (pimpl).
// Thread-safety: one Colorizer may be used by one thread at a time; it sets no global thread count
// (call setThreads or at::set_num_threads in the calling thread).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <opencv2/core.hpp>

#include "colorproxy/hints/color_hint.h"

namespace colorproxy {

class StopToken;

/// A colour the model finds likely at a place (Lab ab), with its probability.
struct SuggestedColor {
  double a = 0.0;
  double b = 0.0;
  double probability = 0.0;  ///< share of the predicted distribution; suggestions sum to at most 1
};

/// How the generator runs at inference. The papers differ: Treneska et al. keep dropout on at test time;
/// pix2pix's test.py also normalises with each image's own batch statistics unless --eval is given.
enum class InferenceProtocol {
  Eval,     ///< "eval": BatchNorm running statistics, dropout off; deterministic, the default
  Dropout,  ///< "dropout": running statistics, dropout on (Treneska et al.'s test-time setting)
  /// "pix2pix": each image normalised with its own statistics (a train-mode BatchNorm on a batch of one)
  /// and dropout on, as pix2pix's test.py without --eval
  Pix2pixTest,
};

/// The protocol's name as the CLI and reports spell it ("eval", "dropout", "pix2pix").
std::string inferenceProtocolName(InferenceProtocol protocol);
/// A one-line description for reports ("BatchNorm running statistics, dropout off").
std::string inferenceProtocolDescription(InferenceProtocol protocol, int samples);
/// Parses a protocol name; throws std::invalid_argument listing the valid names.
InferenceProtocol parseInferenceProtocol(const std::string& name);

/// How a Colorizer runs.
struct ColorizerOptions {
  std::string device = "auto";  ///< "auto", "cpu" or "cuda"
  int size = 0;                 ///< network working side in pixels; 0 = the model's training size
  double temperature = -1.0;    ///< annealed-mean T for classification models; < 0 = the run's setting
  InferenceProtocol protocol = InferenceProtocol::Eval;
  /// Stochastic protocols (dropout, pix2pix): the mean ab of this many samples (1 = one sample, as the
  /// papers test). Sample k draws its dropout masks from a generator seeded with seed + k, so a call is
  /// reproducible.
  int samples = 1;
  std::uint64_t seed = 1;
  int threads = 0;  ///< ATen threads set in colorizeFiles' thread, 0 = leave unchanged
  /// Network precision: "auto" (bf16 on a CPU with AVX-512 BF16, else fp32), "bf16" or "fp32". Either
  /// way the network runs from a copy with batch norm folded into the convolutions.
  std::string precision = "auto";
};

/// Result of colorizing one file in a batch.
struct ColorizeFileResult {
  std::filesystem::path input;
  std::filesystem::path output;  ///< empty when it failed
  std::string error;             ///< why this file failed (the batch goes on)
  int width = 0;
  int height = 0;
};

/// What a batch export will do: each photo with the PNG it becomes, and the inputs that yield nothing.
struct ColorizeFilePlan {
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> jobs;  ///< (input, output)
  std::vector<ColorizeFileResult> failures;  ///< missing inputs, folders without images
};

/// The plan Colorizer::colorizeFiles follows for `inputs` into `outDir`: folders walked recursively
/// (folder-relative names), every output a .png, clashing names numbered (-2, -3, ...). Lets a front end
/// ask before overwriting files that already exist. Touches only the file system.
ColorizeFilePlan planColorizeFiles(const std::vector<std::filesystem::path>& inputs,
                                   const std::filesystem::path& outDir);

/// A loaded colorization model.
class Colorizer {
 public:
  /// Loads from a run folder (its checkpoints/latest.pt), a checkpoint or model file, or a reference pix2pix
  /// latest_net_G.pth (imported on the fly). Throws
  /// std::runtime_error naming the path and what is wrong (missing, not a colorization checkpoint, ...).
  explicit Colorizer(const std::filesystem::path& model, const ColorizerOptions& options = {});
  ~Colorizer();
  Colorizer(Colorizer&&) noexcept;
  Colorizer& operator=(Colorizer&&) noexcept;

  /// Colorizes an 8-bit BGR, BGRA or grey image; returns 8-bit BGR of the same size. Colour in the
  /// input is ignored (only its lightness is used). Throws std::invalid_argument for empty/other types.
  cv::Mat colorize(const cv::Mat& image) const;
  /// Several images at once (batched when they share a size).
  std::vector<cv::Mat> colorize(const std::vector<cv::Mat>& images) const;

  /// Colorizes guided by user colour hints (positions in `image`'s pixels). Each hint fills its patch of
  /// the network's grid (hints/hint_maps.h: the photo is squeezed to size() x size() whatever its aspect
  /// ratio, so a hint lands where its photo position lands); the full-resolution recombination is the same
  /// as without hints. No hints = colorize(image). Throws std::invalid_argument when hints are given to a
  /// model that takes none (takesHints()), or a hint lies outside the image.
  cv::Mat colorize(const cv::Mat& image, const std::vector<ColorHint>& hints) const;
  /// The same colorization at the network's working size (size() x size(), 8-bit BGR): what a front end
  /// shows while the user places hints, without the full-resolution pass.
  cv::Mat colorizePreview(const cv::Mat& image, const std::vector<ColorHint>& hints = {}) const;

  /// Up to `count` colours likely at (x, y) of `image` given `hints`, most probable first.
  /// Classification (313-bin) models: the top bins of the predicted distribution at that place, sharpened
  /// with the annealed-mean temperature (p_i ~ exp(log q_i / T), the distribution whose mean the colorizer
  /// shows). Other models predict one colour per pixel, so the distribution is estimated: the predicted ab
  /// of the 5 x 5 network cells around the place, over 8 dropout samples when the generator has dropout
  /// (pix2pix's test-time noise; one pass otherwise), each soft-encoded onto the same 313 bins (5 nearest,
  /// Gaussian sigma 5, as Zhang et al. encode targets) and averaged. Probabilities are bin shares (> 0),
  /// non-increasing, summing to at most 1. Deterministic. Throws std::invalid_argument for a place outside
  /// the image or count < 1.
  std::vector<SuggestedColor> suggestColors(const cv::Mat& image, const std::vector<ColorHint>& hints,
                                            double x, double y, int count = 8) const;

  /// Colorizes every image file in `inputs` (folders are walked recursively) into `outDir` as PNG,
  /// keeping folder-relative names. `progress(done, total, result)` is called after each file. Stops
  /// early (returning what was done) when `stop` requests it.
  std::vector<ColorizeFileResult> colorizeFiles(
      const std::vector<std::filesystem::path>& inputs, const std::filesystem::path& outDir,
      const std::function<void(size_t done, size_t total, const ColorizeFileResult&)>& progress = {},
      StopToken* stop = nullptr) const;

  /// Colorizes one image file into `output` (PNG, written atomically, folders created), guided by `hints`
  /// when given (a hints.json's points; scaled to the photo when saved for another size of it). Never
  /// throws: a failure comes back in the result's error.
  ColorizeFileResult colorizeFile(const std::filesystem::path& input, const std::filesystem::path& output,
                                  const HintSet* hints = nullptr) const;

  void setTemperature(double temperature);  ///< classification models only; T > 0
  double temperature() const;
  void setSize(int size);  ///< working side; must suit the network's downsamplings
  int size() const;
  std::string pretext() const;               ///< "gan", "classification" or "l2"
  bool takesHints() const;                   ///< hint-conditioned (pretrained with --hints)
  int trainedSize() const;                   ///< imageSize the model was trained at
  std::filesystem::path checkpoint() const;  ///< the file loaded
  std::string precision() const;             ///< "bf16" or "fp32", as resolved from the options
  InferenceProtocol protocol() const;
  int samples() const;  ///< stochastic samples averaged (1 for the eval protocol)
  /// Whether the generator has dropout (else the dropout protocol equals eval).
  bool hasDropout() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

/// What exportColorizationModel wrote.
struct ExportedModel {
  std::filesystem::path source;  ///< the checkpoint read
  std::filesystem::path file;    ///< the model file written
  std::uintmax_t bytes = 0;
  int64_t parameters = 0;  ///< generator parameters
};

/// Writes a compact model file from a colorization run folder or checkpoint: only the generator's weights
/// and the settings the Colorizer needs (no discriminator, optimisers or RNG state), atomically. The result
/// loads with Colorizer like any checkpoint. Throws std::runtime_error naming the path on failure.
ExportedModel exportColorizationModel(const std::filesystem::path& model,
                                      const std::filesystem::path& outFile);

/// Image file extensions colorizeFiles picks up in folders (lower case, with dot).
const std::vector<std::string>& colorizableExtensions();

}  // namespace colorproxy
