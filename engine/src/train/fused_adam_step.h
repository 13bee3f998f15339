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

}  // namespace colorproxy
