#pragma once
// Engine-internal: synchronised batch normalisation for data-parallel training with small per-process
// batches. While a SyncBatchNormScope is alive on a thread, the U-Net blocks' training-mode batch norms
// on that thread normalise with the mean and variance of the whole job's batch (every rank's per-channel
// sums and squared sums added by the scope's all-reduce) and their backward adds the gradient sums the
// same way, as PyTorch's SyncBatchNorm does. The parameters, buffers and state dicts are those of
// torch::nn::BatchNorm2d, so checkpoints do not change. Without a scope (the default) each process
// normalises with its own batch's statistics.
#include <functional>

#include <torch/torch.h>

namespace colorproxy {

/// Sums a tensor in place over the ranks of the job (e.g. DistGroup::allReduceSum).
using TensorSum = std::function<void(torch::Tensor&)>;

/// Turns synchronised batch norm on for the blocks run on this thread until destroyed (not nestable).
class SyncBatchNormScope {
 public:
  explicit SyncBatchNormScope(TensorSum sum);
  ~SyncBatchNormScope();
  SyncBatchNormScope(const SyncBatchNormScope&) = delete;
  SyncBatchNormScope& operator=(const SyncBatchNormScope&) = delete;
};

/// `norm` applied to `x`: synchronised over the ranks inside a SyncBatchNormScope in training mode,
/// otherwise norm->forward(x).
torch::Tensor applyBatchNorm(torch::nn::BatchNorm2d& norm, const torch::Tensor& x);

}  // namespace colorproxy
