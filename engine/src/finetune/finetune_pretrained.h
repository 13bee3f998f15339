#pragma once
// Reading a colorization generator's weights for fine-tuning, from a run folder or a checkpoint file,
// without knowing how the pretraining trainer named things: the checkpoint's archive is flattened and
// the entry holding a U-Net (encoder.down0.conv.weight, ...) is taken.
#include <cstdint>
#include <filesystem>
#include <string>

#include <torch/torch.h>

namespace colorproxy {

/// A colorization generator's tensors by dotted name, and the U-Net shape read back from them.
struct PretrainedGenerator {
  std::filesystem::path file;  ///< the checkpoint read
  std::string entry;           ///< archive entry the generator came from ("" = the file's top level)
  torch::OrderedDict<std::string, torch::Tensor> state;
  int64_t ngf = 0;         ///< channels of encoder.down0
  int64_t numDowns = 0;    ///< number of encoder.downK levels
  int64_t inChannels = 0;  ///< input channels of encoder.down0 (1 = L)
  std::string pretext;     ///< from the run's config.json when known ("gan", "classification", "l2")
  int imageSize = 0;       ///< the pretraining image size when known
};

/// The checkpoint a model path names: a file as is; a run folder's checkpoints/latest.pt, or its newest
/// checkpoints/epoch-NNN.pt. Throws std::invalid_argument naming the path and what was looked for.
std::filesystem::path resolveCheckpointFile(const std::filesystem::path& runOrCheckpoint);

/// Loads the generator of a colorization run folder or checkpoint (prefers entries named generator,
/// netG, G, then any entry holding a U-Net encoder). Throws std::invalid_argument naming the file when it
/// is unreadable or holds no U-Net generator.
PretrainedGenerator loadPretrainedGenerator(const std::filesystem::path& runOrCheckpoint);

/// Throws std::invalid_argument with the fix when `generator` cannot initialise a network of `ngf` /
/// `numDowns` with single-channel (L) input, e.g. "... was pretrained with ngf 16 and numDowns 6, but this
/// run asks for ngf 64 and numDowns 8: set ngf 16 and numDowns 6 ...".
void requireCompatible(const PretrainedGenerator& generator, int64_t ngf, int64_t numDowns);

}  // namespace colorproxy
