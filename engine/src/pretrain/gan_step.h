#pragma once
// One full pix2pix training step, shared by ColorizationTrainer and `colorproxy-cli bench train` so the
// benchmark measures exactly the code that trains.
#include <functional>
#include <string>

#include <torch/torch.h>

#include "models/patch_discriminator.h"
#include "models/unet_generator.h"

namespace colorproxy {

/// The adversarial loss: pix2pix `vanilla` (BCE on logits) or `lsgan` (MSE to 1/0).
enum class GanMode { Vanilla, LSGAN };

/// Parses "vanilla" | "lsgan"; throws std::invalid_argument naming the bad value.
GanMode parseGanMode(const std::string& name);
/// The lower-case name parseGanMode accepts.
std::string toString(GanMode mode);

/// Settings of GanStep. The defaults are the fastest settings measured to train stably on this CPU.
struct GanStepOptions {
  double lambdaL1 = 100.0;  ///< weight of the L1 term (pix2pix: 100)
  GanMode ganMode = GanMode::Vanilla;
  bool bf16 = true;          ///< CPU autocast to bfloat16 (weights and optimiser stay fp32)
  bool channelsLast = true;  ///< NHWC activations and weights (no oneDNN layout reorders per layer)
  bool fusedAdam = true;     ///< one-pass Adam update (same maths and state as Adam::step)
  bool checkFinite = true;   ///< throw when a loss is NaN or Inf
  /// Large CPU tensors on reused transparent huge pages (useHugePageCpuAllocator; process-wide, installed
  /// by the first GanStep that asks for it and kept).
  bool hugePages = true;
};

/// The four pix2pix losses of one step (as pix2pix logs them: G_L1 already multiplied by lambdaL1).
struct GanLosses {
  double gGan = 0.0;   ///< G_GAN: generator's adversarial loss
  double gL1 = 0.0;    ///< G_L1: lambdaL1 * mean |fake - real|
  double dReal = 0.0;  ///< D_real: discriminator loss on real pairs
  double dFake = 0.0;  ///< D_fake: discriminator loss on generated pairs
};

/// Runs pix2pix's optimize_parameters: G forward; D on real and detached fake, D loss halved, D update;
/// G on GAN + lambda * L1, G update. Gradients are released after each update (read them in the
/// gradient-sync hook). Not thread-safe; call from the training thread.
class GanStep {
 public:
  GanStep(UNetGenerator g, PatchDiscriminator d, torch::optim::Adam& optG, torch::optim::Adam& optD,
          GanStepOptions opts = {});

  /// L [N, 1, H, W] and ab [N, 2, H, W] in [-1, 1], float. Throws std::runtime_error when a loss is not
  /// finite (naming the loss), or std::invalid_argument on bad shapes.
  GanLosses step(const torch::Tensor& L, const torch::Tensor& ab);

  /// Called with the discriminator, then the generator, between each one's backward and its update (data-
  /// parallel training averages the gradients over the ranks here); empty = nothing.
  void setGradientSync(std::function<void(torch::nn::Module&)> sync) { m_gradientSync = std::move(sync); }

  /// The generator output of the last step (detached, fp32, [N, 2, H, W]), for previews.
  torch::Tensor lastFake() const { return m_lastFake; }
  const GanStepOptions& options() const { return m_opts; }

 private:
  torch::Tensor ganLoss(const torch::Tensor& logits, bool real) const;

  UNetGenerator m_g;
  PatchDiscriminator m_d;
  torch::optim::Adam& m_optG;
  torch::optim::Adam& m_optD;
  GanStepOptions m_opts;
  torch::Tensor m_lastFake;
  std::function<void(torch::nn::Module&)> m_gradientSync;
};

}  // namespace colorproxy
