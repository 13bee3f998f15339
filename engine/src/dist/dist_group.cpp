#include "dist/dist_group.h"

#include <signal.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <stdexcept>

// Debian's LibTorch is built with Gloo; its c10d header only declares ProcessGroupGloo when told so.
#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO 1
#endif
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

namespace colorproxy {
namespace {

using Clock = std::chrono::steady_clock;

// The library's message without its backtrace and final full stop (ours follows).
std::string reasonOf(const std::exception& e) {
  const auto* c = dynamic_cast<const c10::Error*>(&e);
  std::string text = c ? c->what_without_backtrace() : e.what();
  while (!text.empty() && (text.back() == '.' || text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// A socket write to a rank that has died raises SIGPIPE, whose default action ends this process at once:
// no message, no "failed" status, exit code 141. Ignored, the write fails with EPIPE instead and Gloo
// reports it as an error, which the trainers turn into a clean stop. Left alone if the program set its own.
void ignoreBrokenPipes() {
  struct sigaction current {};
  if (::sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, nullptr);
  }
}

bool isLoopback(const std::string& host) {
  return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

std::shared_ptr<::gloo::transport::Device> glooDevice(const DistEnv& env) {
  if (const char* ifname = std::getenv("GLOO_SOCKET_IFNAME"); ifname && *ifname)
    return c10d::ProcessGroupGloo::createDeviceForInterface(ifname);
  if (isLoopback(env.masterAddr)) return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
  return c10d::ProcessGroupGloo::createDefaultDevice();
}

}  // namespace

bool syncBatchNormRequested() {
  const char* v = std::getenv("COLORPROXY_SYNC_BATCHNORM");
  if (!v) return false;
  const std::string s = v;
  return s == "1" || s == "true" || s == "yes" || s == "on";
}

std::string syncBatchNormReason(bool configured) {
  if (configured) return "the syncBatchNorm setting";
  if (syncBatchNormRequested()) return "COLORPROXY_SYNC_BATCHNORM";
  return {};
}

struct DistGroup::Impl {
  c10::intrusive_ptr<c10d::Store> store;
  c10::intrusive_ptr<c10d::ProcessGroup> group;
  std::string backend;
  int64_t textCount = 0;
};

DistGroup::DistGroup(const DistEnv& env, bool cuda) : m_env(env), m_impl(std::make_unique<Impl>()) {
  const auto timeout = std::chrono::milliseconds(int64_t(env.timeoutSeconds) * 1000);
  const std::string where = "rank " + std::to_string(env.rank) + " of " + std::to_string(env.worldSize);
  ignoreBrokenPipes();
  try {
    c10d::TCPStoreOptions opts;
    opts.port = std::uint16_t(env.masterPort);
    opts.isServer = env.rank == 0;
    opts.numWorkers = size_t(env.worldSize);
    opts.waitWorkers = true;
    opts.timeout = timeout;
    m_impl->store = c10::make_intrusive<c10d::TCPStore>(env.masterAddr, opts);
    if (cuda) {
#ifdef USE_C10D_NCCL
      auto o = c10d::ProcessGroupNCCL::Options::create();
      o->timeout = timeout;
      m_impl->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(m_impl->store, env.rank, env.worldSize, o);
      m_impl->backend = "nccl";
#else
      throw std::runtime_error(
          "this LibTorch build has no NCCL, so CUDA tensors cannot be reduced across processes; train on "
          "--device cpu (Gloo) or use a CUDA build of LibTorch");
#endif
    } else {
      auto o = c10d::ProcessGroupGloo::Options::create(timeout);
      o->devices.push_back(glooDevice(env));
      o->threads = 2;
      m_impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(m_impl->store, env.rank, env.worldSize, o);
      m_impl->backend = "gloo";
    }
  } catch (const std::exception& e) {
    throw std::runtime_error("distributed training (" + where + "): could not meet the other ranks at " +
                             env.masterAddr + ":" + std::to_string(env.masterPort) + " within " +
                             std::to_string(env.timeoutSeconds) + " s: " + reasonOf(e) + ". Start all " +
                             std::to_string(env.worldSize) +
                             " processes with the same MASTER_ADDR and MASTER_PORT (a free port on rank 0's "
                             "host); COLORPROXY_DIST_TIMEOUT sets the wait in seconds");
  }
}

DistGroup::~DistGroup() = default;

std::string DistGroup::backend() const { return m_impl->backend; }

template <typename F>
void DistGroup::guarded(const char* what, F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    throw std::runtime_error(
        "distributed training stopped: rank " + std::to_string(rank()) + " of " + std::to_string(size()) +
        " could not complete " + what + " with the other ranks (" + reasonOf(e) +
        "). Another rank has stopped (it failed, was killed or interrupted, or ran out of memory), or did "
        "not answer within " +
        std::to_string(m_env.timeoutSeconds) +
        " s (COLORPROXY_DIST_TIMEOUT), or the network between them failed");
  }
}

void DistGroup::broadcast(std::vector<torch::Tensor> tensors) {
  if (tensors.empty()) return;
  guarded("a broadcast of rank 0's tensors", [&] {
    torch::NoGradGuard noGrad;
    // One flat buffer per dtype keeps it to a few messages.
    std::map<c10::ScalarType, std::vector<torch::Tensor>> byType;
    for (auto& t : tensors) byType[t.scalar_type()].push_back(t);
    for (auto& [type, list] : byType) {
      std::vector<torch::Tensor> flat;
      for (auto& t : list) flat.push_back(t.detach().reshape(-1));
      std::vector<torch::Tensor> buf = {torch::cat(flat)};
      m_impl->group->broadcast(buf)->wait();
      int64_t offset = 0;
      for (auto& t : list) {
        t.detach().copy_(buf[0].narrow(0, offset, t.numel()).view_as(t));
        offset += t.numel();
      }
    }
  });
}

void DistGroup::broadcastModule(torch::nn::Module& module) {
  std::vector<torch::Tensor> all = module.parameters();
  for (auto& b : module.buffers()) all.push_back(b);
  broadcast(std::move(all));
}

void DistGroup::averageGradients(const std::vector<torch::Tensor>& parameters) {
  const auto start = Clock::now();
  std::vector<torch::Tensor> params;
  for (const auto& p : parameters)
    if (p.requires_grad()) params.push_back(p);
  guarded("the gradient all-reduce", [&] {
    torch::NoGradGuard noGrad;
    size_t first = 0;
    while (first < params.size()) {
      // A bucket: parameters of one dtype up to kBucketBytes (at least one).
      size_t last = first;
      int64_t bytes = 0;
      while (last < params.size() && params[last].scalar_type() == params[first].scalar_type() &&
             (last == first || bytes + params[last].nbytes() <= size_t(kBucketBytes))) {
        bytes += int64_t(params[last].nbytes());
        ++last;
      }
      std::vector<torch::Tensor> flat;
      for (size_t i = first; i < last; ++i) {
        const auto& g = params[i].grad();
        flat.push_back(g.defined() ? g.reshape(-1) : torch::zeros({params[i].numel()}, params[i].options()));
      }
      std::vector<torch::Tensor> buf = {torch::cat(flat)};
      m_impl->group->allreduce(buf)->wait();
      buf[0].div_(double(size()));
      int64_t offset = 0;
      for (size_t i = first; i < last; ++i) {
        auto& p = params[i];
        const auto mean = buf[0].narrow(0, offset, p.numel()).view_as(p);
        if (p.grad().defined()) {
          p.mutable_grad().copy_(mean);
        } else {
          p.mutable_grad() = mean.clone();
        }
        offset += p.numel();
      }
      first = last;
    }
  });
  m_reduceSeconds += std::chrono::duration<double>(Clock::now() - start).count();
}

void DistGroup::allReduceSum(torch::Tensor& tensor) {
  std::vector<torch::Tensor> buf = {tensor.contiguous()};
  guarded("a sum of batch statistics", [&] { m_impl->group->allreduce(buf)->wait(); });
  if (!buf[0].is_same(tensor)) tensor.copy_(buf[0]);
}

std::vector<double> DistGroup::sum(const std::vector<double>& values) {
  if (values.empty()) return values;
  std::vector<torch::Tensor> buf = {torch::tensor(values, torch::kDouble)};
  guarded("a sum of metrics", [&] { m_impl->group->allreduce(buf)->wait(); });
  const auto t = buf[0].contiguous();
  return std::vector<double>(t.data_ptr<double>(), t.data_ptr<double>() + t.numel());
}

std::map<std::string, double> DistGroup::perRank(const std::string& name, double value) {
  std::vector<double> values(size_t(size()), 0.0);
  values[size_t(rank())] = value;
  values = sum(values);
  std::map<std::string, double> out;
  for (int r = 0; r < size(); ++r) out[name + "_rank" + std::to_string(r)] = values[size_t(r)];
  return out;
}

torch::Tensor DistGroup::allGather(const torch::Tensor& tensor) {
  std::vector<std::vector<torch::Tensor>> out(1);
  for (int r = 0; r < size(); ++r) out[0].push_back(torch::empty_like(tensor));
  std::vector<torch::Tensor> in = {tensor.contiguous()};
  guarded("an all-gather", [&] { m_impl->group->allgather(out, in)->wait(); });
  return torch::stack(out[0]);
}

std::string DistGroup::broadcastText(const std::string& text) {
  const std::string key = "colorproxy/text/" + std::to_string(m_impl->textCount++);
  std::string out = text;
  guarded("sharing rank 0's text", [&] {
    if (rank() == 0) {
      m_impl->store->set(key, std::vector<uint8_t>(text.begin(), text.end()));
    } else {
      const auto bytes = m_impl->store->get(key);  // waits up to the store's timeout
      out.assign(bytes.begin(), bytes.end());
    }
  });
  return out;
}

std::vector<std::uint64_t> DistGroup::weightHashes(torch::nn::Module& module) {
  // FNV-1a over 64-bit words (the tail bytewise), tensor by tensor in the module's order.
  std::uint64_t h = 1469598103934665603ULL;
  const auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ULL; };
  std::vector<torch::Tensor> all = module.parameters();
  for (auto& b : module.buffers()) all.push_back(b);
  for (const auto& t : all) {
    const torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
    const auto* bytes = static_cast<const unsigned char*>(c.data_ptr());
    const size_t n = c.nbytes();
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, bytes + i, 8);
      mix(w);
    }
    for (; i < n; ++i) mix(bytes[i]);
  }
  int64_t signedHash;
  std::memcpy(&signedHash, &h, 8);
  const torch::Tensor all64 = allGather(torch::tensor({signedHash}, torch::kLong)).reshape(-1).contiguous();
  std::vector<std::uint64_t> out(static_cast<size_t>(size()));
  std::memcpy(out.data(), all64.data_ptr<int64_t>(), out.size() * 8);
  return out;
}

void DistGroup::barrier() {
  guarded("a barrier", [&] { m_impl->group->barrier()->wait(); });
}

}  // namespace colorproxy
