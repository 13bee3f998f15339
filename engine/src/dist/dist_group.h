#pragma once
// Engine-internal: the process group of a data-parallel job on PyTorch's c10d (Gloo over TCP on CPU; NCCL
// for CUDA tensors in LibTorch builds that have it). The c10d and Gloo headers stay in dist_group.cpp.
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "colorproxy/dist/dist_env.h"

namespace colorproxy {

/// COLORPROXY_SYNC_BATCHNORM=1 (or true/yes/on): data-parallel runs normalise with the batch-norm
/// statistics of the whole job's batch (models/sync_batch_norm.h) instead of each process's own.
bool syncBatchNormRequested();

/// Whether a data-parallel run synchronises its batch norms: its `syncBatchNorm` setting or the
/// environment variable. Returns what turned it on, for the run's log ("the syncBatchNorm setting",
/// "COLORPROXY_SYNC_BATCHNORM"), or an empty text when it stays off.
std::string syncBatchNormReason(bool configured);

/// One rank's membership in a data-parallel job: rendezvous, weight broadcast, gradient averaging and
/// reductions of metric sums. Every rank must make the same calls in the same order (as every c10d
/// collective). A collective that fails or waits longer than the timeout (a rank died, was killed or
/// the network broke) throws std::runtime_error saying so, instead of hanging. Not thread-safe.
class DistGroup {
 public:
  /// Joins the job described by `env` (rank 0 hosts the TCPStore at masterAddr:masterPort); waits up to
  /// env.timeoutSeconds for every rank. `cuda`: the tensors live on CUDA (NCCL when built with it).
  explicit DistGroup(const DistEnv& env, bool cuda = false);
  ~DistGroup();
  DistGroup(const DistGroup&) = delete;
  DistGroup& operator=(const DistGroup&) = delete;

  int rank() const { return m_env.rank; }
  int size() const { return m_env.worldSize; }
  const DistEnv& env() const { return m_env; }
  /// "gloo" or "nccl".
  std::string backend() const;

  /// Copies rank 0's parameters and buffers into every rank's `module` (same architecture everywhere).
  void broadcastModule(torch::nn::Module& module);
  /// Copies rank 0's `tensors` (same shapes everywhere) in place.
  void broadcast(std::vector<torch::Tensor> tensors);
  /// Replaces the gradient of every parameter that requires one by its mean over the ranks: gradients
  /// flattened into buckets of about `kBucketBytes` (as DDP's Reducer), one all-reduce per bucket. A
  /// missing gradient counts as zeros. All ranks end with bit-identical gradients.
  void averageGradients(const std::vector<torch::Tensor>& parameters);
  /// Replaces `tensor` (any dtype, any shape) by its element-wise sum over the ranks.
  void allReduceSum(torch::Tensor& tensor);
  /// Element-wise sums over the ranks (double precision), e.g. metric sums and counts.
  std::vector<double> sum(const std::vector<double>& values);
  /// Every rank's `value` by name: {name + "_rank0": value of rank 0, name + "_rank1": ...}.
  std::map<std::string, double> perRank(const std::string& name, double value);
  /// Every rank's `tensor` (same shape everywhere), stacked in rank order: [size(), ...].
  torch::Tensor allGather(const torch::Tensor& tensor);
  /// rank 0's `text` on every rank.
  std::string broadcastText(const std::string& text);
  /// Waits until every rank got here.
  void barrier();
  /// Every rank's hash of the bytes of `module`'s parameters and buffers, in rank order: equal hashes
  /// mean bit-identical weights, as the ranks of a data-parallel run must keep.
  std::vector<std::uint64_t> weightHashes(torch::nn::Module& module);

  /// Seconds spent in averageGradients since construction (for benchmarks).
  double reduceSeconds() const { return m_reduceSeconds; }

  static constexpr int64_t kBucketBytes = 25 * 1024 * 1024;

 private:
  struct Impl;
  /// Runs a collective, turning any failure into one clear message naming `what`.
  template <typename F>
  void guarded(const char* what, F&& f);

  DistEnv m_env;
  std::unique_ptr<Impl> m_impl;
  double m_reduceSeconds = 0.0;
};

}  // namespace colorproxy
