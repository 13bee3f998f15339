#pragma once
// Moving colorization-generator weights into the downstream networks, and freezing what was moved.
#include <string>
#include <vector>

#include <torch/torch.h>

#include "colorproxy/models/transfer_report.h"

namespace colorproxy {

/// Every parameter and buffer of `module` by its dotted name (what a checkpoint stores).
torch::OrderedDict<std::string, torch::Tensor> namedState(const torch::nn::Module& module);

/// Copies tensors from a generator's state into `target`. Every target tensor whose name starts with one
/// of `transferPrefixes` (and none of `newPrefixes`) must exist in `source` with the same shape, and every
/// such source tensor must exist in the target; otherwise std::invalid_argument explains the mismatch
/// (the checkpoint's ngf/numDowns against the model's). Target tensors under `newPrefixes` keep their
/// values. Returns what was transferred, created and skipped.
TransferReport transferWeights(const torch::OrderedDict<std::string, torch::Tensor>& source,
                               torch::nn::Module& target, const std::vector<std::string>& transferPrefixes,
                               const std::vector<std::string>& newPrefixes);

/// Sets requires_grad on the parameters whose names match `names` (exact names or dotted prefixes such
/// as "encoder" or "encoder."); returns how many parameters matched.
int64_t setTrainable(torch::nn::Module& module, const std::vector<std::string>& names, bool trainable);

/// Puts the batch-norm layers under `names` in eval mode so frozen parts also keep their running
/// statistics (as Keras does for non-trainable layers). module.train() undoes it: call it after train().
int64_t holdBatchNormStatistics(torch::nn::Module& module, const std::vector<std::string>& names);

}  // namespace colorproxy
