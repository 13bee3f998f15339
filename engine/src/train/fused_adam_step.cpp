#include "train/fused_adam_step.h"

#include <cmath>

#include <ATen/Parallel.h>
#include <c10/util/string_utils.h>

namespace colorproxy {
namespace {

// The stock LibTorch 1.13 update of one parameter, for the cases the fused loop does not handle.
void stockUpdate(torch::Tensor& p, torch::Tensor grad, torch::optim::AdamParamState& state,
                 const torch::optim::AdamOptions& options, double biasCorrection1, double biasCorrection2) {
  const double beta1 = std::get<0>(options.betas()), beta2 = std::get<1>(options.betas());
  if (options.weight_decay() != 0) grad = grad.add(p, options.weight_decay());
  state.exp_avg().mul_(beta1).add_(grad, 1 - beta1);
  state.exp_avg_sq().mul_(beta2).addcmul_(grad, grad, 1 - beta2);
  torch::Tensor denom;
  if (options.amsgrad()) {
    torch::max_out(state.max_exp_avg_sq(), state.exp_avg_sq(), state.max_exp_avg_sq());
    denom = (state.max_exp_avg_sq().sqrt() / std::sqrt(biasCorrection2)).add_(options.eps());
  } else {
    denom = (state.exp_avg_sq().sqrt() / std::sqrt(biasCorrection2)).add_(options.eps());
  }
  p.addcdiv_(state.exp_avg(), denom, -options.lr() / biasCorrection1);
}

bool fusable(const torch::Tensor& p, const torch::Tensor& g, const torch::optim::AdamParamState& s,
             const torch::optim::AdamOptions& options) {
  if (options.amsgrad() || g.is_sparse()) return false;
  for (const auto* t : {&p, &g, &s.exp_avg(), &s.exp_avg_sq()}) {
    if (t->scalar_type() != torch::kFloat || !t->device().is_cpu() || !t->is_non_overlapping_and_dense() ||
        t->strides() != p.strides() || t->sizes() != p.sizes())
      return false;
  }
  return true;
}

}  // namespace

void fusedAdamStep(torch::optim::Adam& opt) {
  torch::NoGradGuard noGrad;
  for (auto& group : opt.param_groups()) {
    auto& options = static_cast<torch::optim::AdamOptions&>(group.options());
    for (auto& p : group.params()) {
      if (!p.grad().defined()) continue;
      const torch::Tensor grad = p.grad();
      TORCH_CHECK(!grad.is_sparse(), "Adam does not support sparse gradients");
      const std::string key = c10::guts::to_string(p.unsafeGetTensorImpl());
      auto& stateMap = opt.state();
      if (stateMap.find(key) == stateMap.end()) {
        // Created exactly as Adam::step creates it, so serialisation sees no difference.
        auto fresh = std::make_unique<torch::optim::AdamParamState>();
        fresh->step(0);
        fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        if (options.amsgrad()) fresh->max_exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        stateMap[key] = std::move(fresh);
      }
      auto& state = static_cast<torch::optim::AdamParamState&>(*stateMap[key]);
      state.step(state.step() + 1);
      const double beta1 = std::get<0>(options.betas()), beta2 = std::get<1>(options.betas());
      const double biasCorrection1 = 1 - std::pow(beta1, state.step());
      const double biasCorrection2 = 1 - std::pow(beta2, state.step());
      if (!fusable(p, grad, state, options)) {
        stockUpdate(p, grad, state, options, biasCorrection1, biasCorrection2);
        continue;
      }
      // Scalars rounded to float as ATen rounds them for float tensors; the same operation order.
      const float b1 = static_cast<float>(beta1), b2 = static_cast<float>(beta2);
      const float oneMinusB1 = static_cast<float>(1 - beta1), oneMinusB2 = static_cast<float>(1 - beta2);
      const float weightDecay = static_cast<float>(options.weight_decay());
      const float sqrtBc2 = static_cast<float>(std::sqrt(biasCorrection2));
      const float eps = static_cast<float>(options.eps());
      const float stepSize = static_cast<float>(-options.lr() / biasCorrection1);
      float* P = p.data_ptr<float>();
      const float* G = grad.data_ptr<float>();
      float* M = state.exp_avg().data_ptr<float>();
      float* V = state.exp_avg_sq().data_ptr<float>();
      at::parallel_for(0, p.numel(), 1 << 15, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
          const float g = weightDecay != 0.0f ? G[i] + weightDecay * P[i] : G[i];
          const float m = M[i] * b1 + oneMinusB1 * g;
          const float v = V[i] * b2 + oneMinusB2 * g * g;
          M[i] = m;
          V[i] = v;
          const float denom = std::sqrt(v) / sqrtBc2 + eps;
          P[i] = P[i] + stepSize * m / denom;
        }
      });
    }
  }
}

}  // namespace colorproxy
