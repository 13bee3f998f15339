#include "models/sync_batch_norm.h"

#include <stdexcept>

namespace colorproxy {
namespace {

thread_local const TensorSum* t_sum = nullptr;

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// y = (x - mean) * invstd * weight + bias with the job's batch statistics; the per-channel sums of the
// backward are added over the ranks too, so every rank's input gradient is that of the whole batch.
struct SyncBatchNormFunction : public torch::autograd::Function<SyncBatchNormFunction> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& weight,
                               const torch::Tensor& bias, torch::Tensor runningMean, torch::Tensor runningVar,
                               double eps, double momentum) {
    const TensorSum& sum = *t_sum;
    const int64_t channels = x.size(1);
    const std::vector<int64_t> dims = {0, 2, 3};
    const torch::Tensor xf = x.to(torch::kFloat);
    // Sums in double: E[x^2] - E[x]^2 over a large batch loses float digits otherwise.
    torch::Tensor stats =
        torch::cat({xf.sum(dims, false, torch::kDouble), xf.square().sum(dims, false, torch::kDouble),
                    torch::full({1}, double(x.numel() / channels), torch::kDouble)});
    sum(stats);
    const double count = stats[2 * channels].item<double>();
    const torch::Tensor mean = stats.narrow(0, 0, channels) / count;
    const torch::Tensor var = (stats.narrow(0, channels, channels) / count - mean.square()).clamp_min(0.0);
    const torch::Tensor invstd = (var + eps).rsqrt();
    if (runningMean.defined()) {
      torch::NoGradGuard noGrad;
      runningMean.mul_(1.0 - momentum).add_(mean.to(runningMean.scalar_type()), momentum);
      const double unbias = count > 1 ? count / (count - 1) : 1.0;
      runningVar.mul_(1.0 - momentum).add_((var * unbias).to(runningVar.scalar_type()), momentum);
    }
    const auto shape = std::vector<int64_t>{1, channels, 1, 1};
    const torch::Tensor meanF = mean.to(torch::kFloat).view(shape),
                        invstdF = invstd.to(torch::kFloat).view(shape);
    const torch::Tensor xhat = (xf - meanF) * invstdF;
    ctx->save_for_backward({xhat, weight, invstdF});
    ctx->saved_data["count"] = count;
    torch::Tensor y = xhat;
    if (weight.defined()) y = y * weight.view(shape) + bias.view(shape);
    return y.to(x.scalar_type());
  }

  static variable_list backward(AutogradContext* ctx, variable_list gradOutputs) {
    const auto saved = ctx->get_saved_variables();
    const torch::Tensor& xhat = saved[0];
    const torch::Tensor& weight = saved[1];
    const torch::Tensor& invstd = saved[2];
    const double count = ctx->saved_data["count"].toDouble();
    const torch::Tensor gy = gradOutputs[0].to(torch::kFloat);
    const int64_t channels = xhat.size(1);
    const std::vector<int64_t> dims = {0, 2, 3};
    const torch::Tensor sumDy = gy.sum(dims), sumDyXhat = (gy * xhat).sum(dims);
    // The parameter gradients stay this rank's share (the gradient averaging adds the ranks' shares).
    const torch::Tensor gradWeight = weight.defined() ? sumDyXhat.clone() : torch::Tensor();
    const torch::Tensor gradBias = weight.defined() ? sumDy.clone() : torch::Tensor();
    torch::Tensor sums = torch::cat({sumDy, sumDyXhat}).to(torch::kDouble);
    (*t_sum)(sums);
    const auto shape = std::vector<int64_t>{1, channels, 1, 1};
    const torch::Tensor meanDy = (sums.narrow(0, 0, channels) / count).to(torch::kFloat).view(shape);
    const torch::Tensor meanDyXhat =
        (sums.narrow(0, channels, channels) / count).to(torch::kFloat).view(shape);
    torch::Tensor scale = invstd;
    if (weight.defined()) scale = scale * weight.view(shape);
    const torch::Tensor gx = (gy - meanDy - xhat * meanDyXhat) * scale;
    return {gx.to(gradOutputs[0].scalar_type()),
            gradWeight,
            gradBias,
            torch::Tensor(),
            torch::Tensor(),
            torch::Tensor(),
            torch::Tensor()};
  }
};

}  // namespace

SyncBatchNormScope::SyncBatchNormScope(TensorSum sum) {
  if (t_sum) throw std::logic_error("SyncBatchNormScope: one is already active on this thread");
  t_sum = new TensorSum(std::move(sum));
}

SyncBatchNormScope::~SyncBatchNormScope() {
  delete t_sum;
  t_sum = nullptr;
}

torch::Tensor applyBatchNorm(torch::nn::BatchNorm2d& norm, const torch::Tensor& x) {
  if (!t_sum || !norm->is_training()) return norm->forward(x);
  const auto& o = norm->options;
  const double momentum = o.momentum() ? *o.momentum() : 0.1;
  torch::Tensor runningMean, runningVar;
  if (o.track_running_stats()) {
    runningMean = norm->running_mean;
    runningVar = norm->running_var;
    torch::NoGradGuard noGrad;
    norm->num_batches_tracked.add_(1);
  }
  return SyncBatchNormFunction::apply(x, o.affine() ? norm->weight : torch::Tensor(),
                                      o.affine() ? norm->bias : torch::Tensor(), runningMean, runningVar,
                                      o.eps(), momentum);
}

}  // namespace colorproxy
