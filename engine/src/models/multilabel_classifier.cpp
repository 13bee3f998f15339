#include "models/multilabel_classifier.h"

namespace colorproxy {

MultilabelClassifierOptions::MultilabelClassifierOptions(int64_t numClasses) : numClasses_(numClasses) {}

MultilabelClassifierImpl::MultilabelClassifierImpl(MultilabelClassifierOptions options_) : options(options_) {
  reset();
}

void MultilabelClassifierImpl::reset() {
  TORCH_CHECK(options.numClasses() > 0, "MultilabelClassifier: numClasses must be positive, got ",
              options.numClasses());
  TORCH_CHECK(options.hidden() > 0, "MultilabelClassifier: hidden must be positive, got ", options.hidden());
  TORCH_CHECK(options.dropout() >= 0.0 && options.dropout() < 1.0,
              "MultilabelClassifier: dropout must be in [0, 1), got ", options.dropout());
  encoder = register_module(
      "encoder",
      UNetEncoder(UNetEncoderOptions(options.inChannels()).ngf(options.ngf()).numDowns(options.numDowns())));
  int64_t features = encoder->bottleneckChannels();
  if (!options.globalPool()) {
    const int64_t factor = int64_t{1} << options.numDowns();
    TORCH_CHECK(options.inputSize() >= factor && options.inputSize() % factor == 0,
                "MultilabelClassifier: inputSize must be a positive multiple of 2^numDowns = ", factor,
                ", got ", options.inputSize(), " (or use globalPool for small inputs)");
    const int64_t side = options.inputSize() / factor;
    features *= side * side;
  }
  fc1 = register_module("fc1", torch::nn::Linear(features, options.hidden()));
  fc2 = register_module("fc2", torch::nn::Linear(options.hidden(), options.hidden()));
  fc3 = register_module("fc3", torch::nn::Linear(options.hidden(), options.numClasses()));
}

torch::Tensor MultilabelClassifierImpl::forward(const torch::Tensor& x) {
  if (!options.globalPool())
    TORCH_CHECK(x.dim() == 4 && x.size(2) == options.inputSize() && x.size(3) == options.inputSize(),
                "MultilabelClassifier: built for ", options.inputSize(), "x", options.inputSize(),
                " inputs (flatten head), got ", x.sizes(), "; resize the images or use globalPool");
  // The generator's decoder applies ReLU to the bottleneck; the head sees the same activation.
  auto h = torch::relu(encoder->forward(x).back());
  h = options.globalPool() ? h.mean({2, 3}) : h.flatten(1);
  const bool train = is_training();
  h = torch::dropout(torch::relu(fc1->forward(h)), options.dropout(), train);
  h = torch::dropout(torch::relu(fc2->forward(h)), options.dropout(), train);
  return fc3->forward(h);
}

}  // namespace colorproxy
