#pragma once
// torch::optim::Adam's update done in one pass over memory per parameter.
#include <torch/torch.h>

namespace colorproxy {

/// Does what `opt.step()` does (LibTorch 1.13 Adam: L2 weight decay added to the gradient, bias
/// correction, optional AMSGrad), keeping the state in `opt` so that save/load and a later `opt.step()`
/// carry on seamlessly. The stock step makes eight passes over every parameter and allocates two
/// temporaries of its size; this reads parameter, gradient and both moments once and writes three.
/// Parameters that are not dense fp32 with matching layouts, and AMSGrad groups, take the stock path.
void fusedAdamStep(torch::optim::Adam& opt);

namespace adam_detail {
/// The scalars of one parameter's update, rounded to float as ATen rounds them.
struct AdamScalars {
  float b1, b2, oneMinusB1, oneMinusB2, weightDecay, sqrtBc2, eps, stepSize;
};
/// The update of `n` elements (parameter, gradient, first and second moment, none overlapping): the
/// portable loop, and the AVX-512 loop that fusedAdamStep uses where the CPU has it. Exposed for the test
/// that they agree bit for bit.
void updateScalar(int64_t n, float* P, const float* G, float* M, float* V, const AdamScalars& k);
/// False, and does nothing, where the CPU or the build has no AVX-512.
bool updateAvx512(int64_t n, float* P, const float* G, float* M, float* V, const AdamScalars& k);
}  // namespace adam_detail

}  // namespace colorproxy
