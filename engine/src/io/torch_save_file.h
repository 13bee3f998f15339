#pragma once
// Engine-internal: state-dict files in the format of Python's torch.save (a zip archive holding data.pkl
// and one record per storage), read and written through LibTorch's own zip reader/writer and pickler.
#include <filesystem>
#include <string>

#include <torch/torch.h>

namespace colorproxy {

/// Tensors by name, in the file's order (a PyTorch module's state_dict()).
using StateDict = torch::OrderedDict<std::string, torch::Tensor>;

/// Reads a state dict saved by Python's `torch.save(net.state_dict(), file)` (PyTorch 1.6 or later: the
/// zip format). Throws std::runtime_error naming the file when it is missing, in the legacy pre-1.6
/// format, or holds something else than a dict of tensors.
StateDict readTorchSaveStateDict(const std::filesystem::path& file);

/// Writes `state` so that Python's `torch.load(file)` returns a dict of the same tensors (contiguous,
/// on the CPU) that `load_state_dict(..., strict=True)` accepts. Atomic (temporary file and rename);
/// throws std::runtime_error naming the file on failure.
void writeTorchSaveStateDict(const StateDict& state, const std::filesystem::path& file);

/// True when `file` starts like a zip archive with a data.pkl record and no ColorProxy metadata, i.e. a
/// file written by torch.save rather than a ColorProxy checkpoint. False for anything unreadable.
bool isTorchSaveFile(const std::filesystem::path& file);

}  // namespace colorproxy
