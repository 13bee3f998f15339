#include "pretrain/gan_step.h"

#include "tensor/huge_page_allocator.h"
#include "train/cpu_autocast.h"
#include "train/fused_adam_step.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

#include <ATen/autocast_mode.h>
#include <ATen/record_function.h>

namespace colorproxy {
namespace {

// CPU autocast for one forward region. The region must end before an optimiser updates the weights:
// autocast caches the low-precision copies of leaf weights until the outermost region exits.
class CpuAutocastRegion {
 public:
  explicit CpuAutocastRegion(bool on) : m_on(on) {
    if (!m_on) return;
    m_wasEnabled = at::autocast::is_cpu_enabled();
    m_previousDtype = at::autocast::get_autocast_cpu_dtype();
    at::autocast::set_cpu_enabled(true);
    at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
    at::autocast::increment_nesting();
  }
  ~CpuAutocastRegion() {
    if (!m_on) return;
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    at::autocast::set_cpu_enabled(m_wasEnabled);
    at::autocast::set_autocast_cpu_dtype(m_previousDtype);
  }
  CpuAutocastRegion(const CpuAutocastRegion&) = delete;
  CpuAutocastRegion& operator=(const CpuAutocastRegion&) = delete;

 private:
  bool m_on;
  bool m_wasEnabled = false;
  at::ScalarType m_previousDtype = at::kBFloat16;
};

// Drops gradients instead of zero-filling them: backward then writes the first gradient straight
// into a fresh buffer, saving a fill and an add per parameter.
void clearGradients(torch::optim::Optimizer& opt) {
  for (auto& group : opt.param_groups())
    for (auto& p : group.params()) p.mutable_grad() = torch::Tensor();
}

void adamStep(torch::optim::Adam& opt, bool fused) {
  RECORD_USER_SCOPE("colorproxy::adam_step");  // a row of `bench train --profile`
  if (fused) {
    fusedAdamStep(opt);
  } else {
    opt.step();
  }
}

void setRequiresGrad(torch::nn::Module& m, bool on) {
  for (auto& p : m.parameters()) p.set_requires_grad(on);
}

// Re-enables the discriminator's gradients however the generator update ends (pix2pix freezes D only
// while G's loss flows through it).
class DiscriminatorFrozen {
 public:
  explicit DiscriminatorFrozen(torch::nn::Module& d) : m_d(d) { setRequiresGrad(m_d, false); }
  ~DiscriminatorFrozen() { setRequiresGrad(m_d, true); }
  DiscriminatorFrozen(const DiscriminatorFrozen&) = delete;
  DiscriminatorFrozen& operator=(const DiscriminatorFrozen&) = delete;

 private:
  torch::nn::Module& m_d;
};

void requireFinite(const torch::Tensor& loss, const char* name, bool check) {
  if (!check) return;
  const double v = loss.item<double>();
  if (!std::isfinite(v))
    throw std::runtime_error(
        std::string("pix2pix step: loss ") + name + " is " + (std::isnan(v) ? "NaN" : "infinite") +
        "; the step stopped before the update it would have made. Lower the learning rate, "
        "check the input data (L and ab must be finite, in [-1, 1]) or turn off bf16.");
}

}  // namespace

GanMode parseGanMode(const std::string& name) {
  if (name == "vanilla") return GanMode::Vanilla;
  if (name == "lsgan") return GanMode::LSGAN;
  throw std::invalid_argument("unknown GAN mode '" + name + "': use vanilla or lsgan");
}

std::string toString(GanMode mode) { return mode == GanMode::LSGAN ? "lsgan" : "vanilla"; }

GanStep::GanStep(UNetGenerator g, PatchDiscriminator d, torch::optim::Adam& optG, torch::optim::Adam& optD,
                 GanStepOptions opts)
    : m_g(std::move(g)), m_d(std::move(d)), m_optG(optG), m_optD(optD), m_opts(opts) {
  TORCH_CHECK(m_g && m_d, "GanStep: generator and discriminator must be constructed modules");
  if (!(m_opts.lambdaL1 >= 0.0 && std::isfinite(m_opts.lambdaL1)))
    throw std::invalid_argument("GanStep: lambdaL1 must be a finite number >= 0, got " +
                                std::to_string(m_opts.lambdaL1));
  TORCH_CHECK(m_d->options.inChannels() == m_g->options.inChannels() + m_g->options.outChannels(),
              "GanStep: the discriminator reads ", m_d->options.inChannels(),
              " channels but the generator's input + output have ",
              m_g->options.inChannels() + m_g->options.outChannels());
  if (m_opts.hugePages && !m_g->parameters().empty() && m_g->parameters().front().device().is_cpu())
    useHugePageCpuAllocator();
  if (m_opts.channelsLast) {
    toChannelsLast(*m_g);
    toChannelsLast(*m_d);
  }
}

torch::Tensor GanStep::ganLoss(const torch::Tensor& logits, bool real) const {
  // Losses in fp32 whatever precision the network ran in.
  const auto x = logits.to(torch::kFloat);
  const auto target = torch::full_like(x, real ? 1.0 : 0.0);
  if (m_opts.ganMode == GanMode::LSGAN) return torch::mse_loss(x, target);
  return torch::binary_cross_entropy_with_logits(x, target);
}

GanLosses GanStep::step(const torch::Tensor& Lin, const torch::Tensor& abIn) {
  if (!Lin.defined() || !abIn.defined() || Lin.dim() != 4 || abIn.dim() != 4 ||
      Lin.size(1) != m_g->options.inChannels() || abIn.size(1) != m_g->options.outChannels() ||
      Lin.size(0) != abIn.size(0) || Lin.size(2) != abIn.size(2) || Lin.size(3) != abIn.size(3)) {
    std::ostringstream msg;
    msg << "GanStep: expected L [N, " << m_g->options.inChannels() << ", H, W] and ab [N, "
        << m_g->options.outChannels() << ", H, W] of equal N, H, W; got L "
        << (Lin.defined() ? Lin.sizes() : c10::IntArrayRef{}) << " and ab "
        << (abIn.defined() ? abIn.sizes() : c10::IntArrayRef{});
    throw std::invalid_argument(msg.str());
  }
  const auto format =
      m_opts.channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
  const auto L = Lin.to(torch::kFloat).contiguous(format);
  const auto ab = abIn.to(torch::kFloat).contiguous(format);
  m_g->train();
  m_d->train();

  // Generator forward, then the discriminator on real and (detached) fake pairs.
  torch::Tensor fake, lossDFake, lossDReal;
  setRequiresGrad(*m_d, true);  // a trainer may have frozen it; pix2pix sets it before every D update
  {
    CpuAutocastRegion autocast(m_opts.bf16);
    fake = m_g->forward(L);
    lossDFake = ganLoss(m_d->forward(torch::cat({L, fake.detach().to(L.scalar_type())}, 1)), false);
    lossDReal = ganLoss(m_d->forward(torch::cat({L, ab}, 1)), true);
  }
  const auto lossD = (lossDFake + lossDReal) * 0.5;
  requireFinite(lossDFake, "D_fake", m_opts.checkFinite);
  requireFinite(lossDReal, "D_real", m_opts.checkFinite);
  clearGradients(m_optD);
  lossD.backward();
  if (m_gradientSync) m_gradientSync(*m_d);
  adamStep(m_optD, m_opts.fusedAdam);
  clearGradients(m_optD);  // nothing reads them again; the memory serves the generator's phase

  // Generator: fool the updated discriminator, stay close to the truth in L1.
  torch::Tensor lossGGan, lossGL1;
  {
    DiscriminatorFrozen frozen(*m_d);
    {
      CpuAutocastRegion autocast(m_opts.bf16);
      lossGGan = ganLoss(m_d->forward(torch::cat({L, fake.to(L.scalar_type())}, 1)), true);
    }
    lossGL1 = torch::l1_loss(fake.to(torch::kFloat), ab) * m_opts.lambdaL1;
    requireFinite(lossGGan, "G_GAN", m_opts.checkFinite);
    requireFinite(lossGL1, "G_L1", m_opts.checkFinite);
    clearGradients(m_optG);
    (lossGGan + lossGL1).backward();
  }
  if (m_gradientSync) m_gradientSync(*m_g);
  adamStep(m_optG, m_opts.fusedAdam);
  // The generator's gradients (as large as its weights) would otherwise stay alive through the next
  // step's forward and discriminator update, where the step's memory peaks.
  clearGradients(m_optG);

  m_lastFake = fake.detach().to(torch::kFloat).contiguous();
  GanLosses losses;
  losses.gGan = lossGGan.item<double>();
  losses.gL1 = lossGL1.item<double>();
  losses.dReal = lossDReal.item<double>();
  losses.dFake = lossDFake.item<double>();
  return losses;
}

}  // namespace colorproxy
