#include "io/torch_save_file.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string_view>

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/unpickler.h>

#include "colorproxy/io/atomic_file.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

// The first line of a LibTorch error (the rest is a C++ backtrace).
std::string firstLine(const std::exception& e) {
  const std::string what = e.what();
  return what.substr(0, std::min(what.find('\n'), size_t{300}));
}

// Zip archives (torch.save since PyTorch 1.6, ColorProxy checkpoints) start with a local file header.
bool startsLikeZip(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[4] = {};
  in.read(magic, 4);
  return in.gcount() == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0;
}

uint32_t littleEndian32(const std::string& s, size_t pos) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[pos + size_t(i)]);
  return v;
}

// LibTorch 1.13's Unpickler turns every collections.OrderedDict into None (it expects one only as a
// tensor's unused backward hooks) and runs BUILD like REDUCE, so it cannot read a state_dict as Python
// pickles it: an OrderedDict filled by SETITEMS whose `_metadata` attribute is set by BUILD. This pass
// rewrites only those opcodes and leaves every value to LibTorch's Unpickler: each `OrderedDict()` becomes
// an empty dict, BUILD is dropped (its state, the _metadata, stays on the stack), and the stream is
// wrapped in MARK ... LIST so the result is [state_dict, (metadata)]. Opcode argument sizes are those of
// pickle protocol 2 (what torch.save writes).
std::string adaptStateDictPickle(const std::string& in, const std::string& where) {
  const auto fail = [&](const std::string& what, size_t pos) {
    return std::runtime_error(where + ": " + what + " at byte " + std::to_string(pos) + " of data.pkl");
  };
  if (in.size() < 2 || static_cast<unsigned char>(in[0]) != 0x80)
    throw fail("not a pickle (no PROTO opcode)", 0);
  std::string out = in.substr(0, 2);
  out += '(';                             // MARK, closed by LIST before STOP
  std::vector<uint32_t> orderedDictMemo;  // memo slots that would hold the OrderedDict class
  bool orderedDictPending = false;        // the class was just pushed; `() REDUCE` must follow
  size_t pos = 2;
  const auto need = [&](size_t n) {
    if (pos + n > in.size()) throw fail("truncated pickle", pos);
  };
  const auto isOrderedDictSlot = [&](uint32_t id) {
    return std::find(orderedDictMemo.begin(), orderedDictMemo.end(), id) != orderedDictMemo.end();
  };
  while (true) {
    need(1);
    const auto op = static_cast<unsigned char>(in[pos]);
    size_t args = 0;
    switch (op) {
      case 'c': {  // GLOBAL module\nname\n
        const size_t end1 = in.find('\n', pos + 1);
        const size_t end2 = end1 == std::string::npos ? end1 : in.find('\n', end1 + 1);
        if (end2 == std::string::npos) throw fail("truncated GLOBAL", pos);
        if (in.compare(pos + 1, end2 - pos, "collections\nOrderedDict\n") == 0) {
          orderedDictPending = true;
          pos = end2 + 1;
          continue;
        }
        args = end2 - pos;
        break;
      }
      case 'q':    // BINPUT
      case 'r':    // LONG_BINPUT
      case 'h':    // BINGET
      case 'j': {  // LONG_BINGET
        args = op == 'q' || op == 'h' ? 1 : 4;
        need(1 + args);
        const uint32_t id = args == 1 ? static_cast<unsigned char>(in[pos + 1]) : littleEndian32(in, pos + 1);
        const bool put = op == 'q' || op == 'r';
        if (put && orderedDictPending) {
          orderedDictMemo.push_back(id);
          pos += 1 + args;
          continue;
        }
        if (!put && isOrderedDictSlot(id)) {
          orderedDictPending = true;
          pos += 1 + args;
          continue;
        }
        break;
      }
      case ')':  // EMPTY_TUPLE
        if (orderedDictPending) {
          need(2);
          if (in[pos + 1] != 'R') throw fail("collections.OrderedDict used other than as OrderedDict()", pos);
          out += '}';  // EMPTY_DICT
          orderedDictPending = false;
          pos += 2;
          continue;
        }
        break;
      case 'b':  // BUILD: sets the state dict's _metadata attribute, which ColorProxy does not need
        ++pos;
        continue;
      case '.':  // STOP
        out += "l.";
        return out;
      case 'J':
        args = 4;
        break;
      case 'K':
        args = 1;
        break;
      case 'M':
        args = 2;
        break;
      case 'G':
        args = 8;
        break;
      case 0x8a:  // LONG1
        need(2);
        args = 1 + static_cast<unsigned char>(in[pos + 1]);
        break;
      case 'X':  // BINUNICODE
      case 'T':  // BINSTRING
      case 'B':  // BINBYTES
        need(5);
        args = 4 + littleEndian32(in, pos + 1);
        break;
      case 'U':  // SHORT_BINSTRING
      case 'C':  // SHORT_BINBYTES
        need(2);
        args = 1 + static_cast<unsigned char>(in[pos + 1]);
        break;
      case '(':
      case ']':
      case '}':
      case 'R':
      case 't':
      case 0x85:
      case 0x86:
      case 0x87:
      case 's':
      case 'u':
      case 'a':
      case 'e':
      case 'l':
      case 'd':
      case 'N':
      case 0x88:
      case 0x89:
      case 'Q':
      case 0x81:
        break;
      default:
        throw fail("unsupported pickle opcode " + std::to_string(op), pos);
    }
    if (orderedDictPending) throw fail("collections.OrderedDict used other than as OrderedDict()", pos);
    need(1 + args);
    out.append(in, pos, 1 + args);
    pos += 1 + args;
  }
}

}  // namespace

StateDict readTorchSaveStateDict(const fs::path& file) {
  const std::string where = "'" + file.string() + "'";
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) throw std::runtime_error(where + " does not exist");
  if (!startsLikeZip(file))
    throw std::runtime_error(
        where +
        " is not a zip-format torch.save file (PyTorch 1.6 or later); if an older PyTorch wrote it, "
        "re-save it with a current one: torch.save(torch.load(f), f)");
  c10::IValue result;
  try {
    caffe2::serialize::PyTorchStreamReader zip(file.string());
    if (!zip.hasRecord("data.pkl")) throw std::runtime_error("the archive has no data.pkl");
    const auto [pickleData, pickleSize] = zip.getRecord("data.pkl");
    const std::string pickle =
        adaptStateDictPickle(std::string(static_cast<const char*>(pickleData.get()), pickleSize), where);
    size_t offset = 0;
    torch::jit::Unpickler unpickler(
        [&](char* buffer, size_t length) {
          length = std::min(length, pickle.size() - offset);
          std::memcpy(buffer, pickle.data() + offset, length);
          offset += length;
          return length;
        },
        nullptr, nullptr, [&](const std::string& key) { return std::get<0>(zip.getRecord("data/" + key)); },
        c10::Device(torch::kCPU));
    unpickler.set_version(zip.version());
    result = unpickler.parse_ivalue();
  } catch (const std::exception& e) {
    throw std::runtime_error(where + " cannot be read as a torch.save state dict (" + firstLine(e) + ")");
  }
  const auto parts = result.toListRef();
  if (parts.empty() || !parts[0].isGenericDict())
    throw std::runtime_error(where + " holds a " + (parts.empty() ? "nothing" : parts[0].tagKind()) +
                             ", not a state dict (save net.state_dict(), not the whole network)");
  StateDict state;
  for (const auto& item : parts[0].toGenericDict()) {
    if (!item.key().isString() || !item.value().isTensor())
      throw std::runtime_error(where + " is not a state dict: entry '" +
                               (item.key().isString() ? item.key().toStringRef() : item.key().tagKind()) +
                               "' is a " + item.value().tagKind() + ", not a tensor");
    state.insert(item.key().toStringRef(), item.value().toTensor());
  }
  return state;
}

void writeTorchSaveStateDict(const StateDict& state, const fs::path& file) {
  c10::Dict<std::string, torch::Tensor> dict;
  for (const auto& item : state) dict.insert(item.key(), item.value().detach().to(torch::kCPU).contiguous());
  const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
  writeFileAtomically(file, std::string_view(bytes.data(), bytes.size()));
}

bool isTorchSaveFile(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec) || !startsLikeZip(file)) return false;
  try {
    caffe2::serialize::PyTorchStreamReader zip(file.string());
    // ColorProxy checkpoints are TorchScript-module archives, which also hold constants.pkl.
    return zip.hasRecord("data.pkl") && !zip.hasRecord("constants.pkl");
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace colorproxy
