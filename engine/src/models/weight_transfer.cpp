#include "models/weight_transfer.h"

#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace colorproxy {
namespace {

bool startsWithAny(const std::string& name, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (name.compare(0, p.size(), p) == 0) return true;
  return false;
}

bool matches(const std::string& name, const std::vector<std::string>& patterns) {
  for (const auto& p : patterns) {
    if (p.empty()) continue;
    if (name == p) return true;
    const std::string prefix = p.back() == '.' ? p : p + ".";
    if (name.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

std::string shapeOf(const torch::Tensor& t) {
  std::ostringstream s;
  s << t.sizes();
  return s.str();
}

// "ngf N, numDowns D" read back from a U-Net's tensors, for error messages.
std::string describeUNet(const torch::OrderedDict<std::string, torch::Tensor>& state) {
  static const std::regex kDown(R"(^encoder\.down(\d+)\.conv\.weight$)");
  int64_t downs = 0, ngf = -1;
  for (const auto& item : state) {
    std::smatch m;
    if (!std::regex_match(item.key(), m, kDown)) continue;
    downs = std::max<int64_t>(downs, std::stoll(m[1].str()) + 1);
    if (m[1].str() == "0") ngf = item.value().size(0);
  }
  if (downs == 0) return "no U-Net encoder";
  return "ngf " + std::to_string(ngf) + ", numDowns " + std::to_string(downs);
}

}  // namespace

torch::OrderedDict<std::string, torch::Tensor> namedState(const torch::nn::Module& module) {
  torch::OrderedDict<std::string, torch::Tensor> state;
  for (const auto& p : module.named_parameters(true))
    if (p.value().defined()) state.insert(p.key(), p.value());
  for (const auto& b : module.named_buffers(true))
    if (b.value().defined()) state.insert(b.key(), b.value());
  return state;
}

TransferReport transferWeights(const torch::OrderedDict<std::string, torch::Tensor>& source,
                               torch::nn::Module& target, const std::vector<std::string>& transferPrefixes,
                               const std::vector<std::string>& newPrefixes) {
  auto targetState = namedState(target);
  const auto inScope = [&](const std::string& name) {
    return startsWithAny(name, transferPrefixes) && !startsWithAny(name, newPrefixes);
  };
  const auto incompatible = [&](const std::string& detail) {
    const std::string theirs = describeUNet(source), ours = describeUNet(targetState);
    if (theirs == ours)  // the sizes agree: advising "the same ngf" would send the user in a circle
      return std::invalid_argument(
          "incompatible colorization weights: " + detail + ". Both networks have " + ours +
          ", so the checkpoint's generator differs in another way (another pretext's "
          "output layer, or a file from another ColorProxy version); pretrain again or "
          "use a checkpoint of a colorization run made by this version.");
    return std::invalid_argument("incompatible colorization weights: " + detail +
                                 ". The checkpoint's generator has " + theirs + "; this model has " + ours +
                                 ". Fine-tune with the same ngf and numDowns as the pretraining run.");
  };

  TransferReport report;
  for (const auto& item : targetState) {
    const std::string& name = item.key();
    if (!inScope(name)) {
      report.created.push_back(name);
      continue;
    }
    const torch::Tensor* src = source.find(name);
    if (!src) throw incompatible("'" + name + "' is missing from the checkpoint");
    if (!src->sizes().equals(item.value().sizes()))
      throw incompatible("'" + name + "' has shape " + shapeOf(*src) + " in the checkpoint but " +
                         shapeOf(item.value()) + " in this model");
  }
  for (const auto& item : source) {
    if (inScope(item.key()) && !targetState.contains(item.key()))
      throw incompatible("the checkpoint's '" + item.key() + "' has no place in this model");
    if (!inScope(item.key())) report.skipped.push_back(item.key());
  }
  // Only copy once everything is known to fit, so a refused transfer leaves the model untouched.
  torch::NoGradGuard noGrad;
  for (auto& item : targetState) {
    if (!inScope(item.key())) continue;
    item.value().copy_(source[item.key()]);
    report.transferred.push_back(item.key());
  }
  return report;
}

int64_t setTrainable(torch::nn::Module& module, const std::vector<std::string>& names, bool trainable) {
  int64_t count = 0;
  for (auto& p : module.named_parameters(true)) {
    if (!matches(p.key(), names)) continue;
    p.value().set_requires_grad(trainable);
    ++count;
  }
  return count;
}

int64_t holdBatchNormStatistics(torch::nn::Module& module, const std::vector<std::string>& names) {
  int64_t count = 0;
  for (auto& m : module.named_modules("", /*include_self=*/false)) {
    if (!m.value()->as<torch::nn::BatchNorm2d>() || !matches(m.key(), names)) continue;
    m.value()->eval();
    ++count;
  }
  return count;
}

}  // namespace colorproxy
