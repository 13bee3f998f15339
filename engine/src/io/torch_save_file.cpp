#include "io/torch_save_file.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string_view>

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/unpickler.h>

#include "colorproxy/base/atomic_file.h"
#include "io/zip_integrity.h"

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
// tensor's unused backward hooks), runs BUILD like REDUCE and knows no SETITEM, so it cannot read a
// state_dict as Python pickles it: an OrderedDict filled by SETITEMS whose `_metadata` attribute (a dict
// of one-entry dicts, filled by SETITEM) is set by BUILD. This pass rewrites only those opcodes and leaves
// every value to LibTorch's Unpickler: each `OrderedDict()` becomes an empty dict, SETITEM becomes MARK
// (before its key) ... SETITEMS, BUILD is dropped (its state, the _metadata, stays on the stack), and the
// stream is wrapped in MARK ... LIST so the result is [state_dict, (metadata)]. To place those MARKs it
// follows where each value on the pickle stack starts in the output. Opcode argument sizes and stack
// effects are those of pickle protocol 2 (what torch.save writes).
std::string adaptStateDictPickle(const std::string& in, const std::string& where) {
  const auto fail = [&](const std::string& what, size_t pos) {
    return std::runtime_error(where + ": " + what + " at byte " + std::to_string(pos) + " of data.pkl");
  };
  if (in.size() < 2 || static_cast<unsigned char>(in[0]) != 0x80)
    throw fail("not a pickle (no PROTO opcode)", 0);
  std::string out = in.substr(0, 2);
  out += '(';  // MARK, closed by LIST before STOP

  struct Slot {
    size_t start;  // output offset where the value's opcodes begin
    bool mark;
  };
  std::vector<Slot> stack = {{2, true}};
  size_t pos = 2;
  const auto pop = [&](size_t n) {
    if (stack.size() < n + 1) throw fail("malformed pickle (stack underflow)", pos);
    const size_t start = stack[stack.size() - n].start;
    stack.resize(stack.size() - n);
    return start;
  };
  const auto popToMark = [&]() {
    while (!stack.empty() && !stack.back().mark) stack.pop_back();
    if (stack.size() < 2) throw fail("malformed pickle (no MARK)", pos);
    const size_t start = stack.back().start;
    stack.pop_back();
    return start;
  };
  const auto need = [&](size_t n) {
    if (pos + n > in.size()) throw fail("truncated pickle", pos);
  };

  std::vector<uint32_t> orderedDictMemo;  // memo slots that would hold the OrderedDict class
  bool orderedDictPending = false;        // the class was just pushed; `() REDUCE` must follow
  const auto isOrderedDictSlot = [&](uint32_t id) {
    return std::find(orderedDictMemo.begin(), orderedDictMemo.end(), id) != orderedDictMemo.end();
  };
  while (true) {
    need(1);
    const auto op = static_cast<unsigned char>(in[pos]);
    const size_t at = out.size();
    size_t args = 0;
    int pops = 0, pushes = 0;  // stack effect of a plain opcode
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
        pushes = 1;
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
        pushes = put ? 0 : 1;
        break;
      }
      case ')':  // EMPTY_TUPLE
        if (orderedDictPending) {
          need(2);
          if (in[pos + 1] != 'R') throw fail("collections.OrderedDict used other than as OrderedDict()", pos);
          out += '}';  // EMPTY_DICT
          stack.push_back({at, false});
          orderedDictPending = false;
          pos += 2;
          continue;
        }
        pushes = 1;
        break;
      case 'b':  // BUILD: sets the state dict's _metadata attribute, which ColorProxy does not need
        ++pos;
        continue;
      case 's':  // SETITEM: handled below, after the checks
        break;
      case '.':  // STOP
        out += "l.";
        return out;
      case '(':
        stack.push_back({at, true});
        out += '(';
        ++pos;
        continue;
      case 't':    // TUPLE
      case 'l':    // LIST
      case 'd': {  // DICT
        const size_t start = popToMark();
        stack.push_back({start, false});
        out += static_cast<char>(op);
        ++pos;
        continue;
      }
      case 'u':  // SETITEMS
      case 'e':  // APPENDS
        popToMark();
        out += static_cast<char>(op);
        ++pos;
        continue;
      case 'J':
        args = 4;
        pushes = 1;
        break;
      case 'K':
        args = 1;
        pushes = 1;
        break;
      case 'M':
        args = 2;
        pushes = 1;
        break;
      case 'G':
        args = 8;
        pushes = 1;
        break;
      case 0x8a:  // LONG1
        need(2);
        args = 1 + static_cast<unsigned char>(in[pos + 1]);
        pushes = 1;
        break;
      case 'X':  // BINUNICODE
      case 'T':  // BINSTRING
      case 'B':  // BINBYTES
        need(5);
        args = 4 + littleEndian32(in, pos + 1);
        pushes = 1;
        break;
      case 'U':  // SHORT_BINSTRING
      case 'C':  // SHORT_BINBYTES
        need(2);
        args = 1 + static_cast<unsigned char>(in[pos + 1]);
        pushes = 1;
        break;
      case ']':
      case '}':
      case 'N':
      case 0x88:
      case 0x89:  // empty list/dict, None, True, False
        pushes = 1;
        break;
      case 'R':
      case 0x81:
      case 0x86:  // REDUCE, NEWOBJ, TUPLE2
        pops = 2;
        pushes = 1;
        break;
      case 0x85:
      case 'Q':  // TUPLE1, BINPERSID
        pops = 1;
        pushes = 1;
        break;
      case 0x87:  // TUPLE3
        pops = 3;
        pushes = 1;
        break;
      case 'a':  // APPEND
        pops = 1;
        break;
      default:
        throw fail("unsupported pickle opcode " + std::to_string(op), pos);
    }
    if (orderedDictPending) throw fail("collections.OrderedDict used other than as OrderedDict()", pos);
    need(1 + args);
    if (op == 's') {
      // SETITEM: the key is the second value from the top; a MARK before it turns this into SETITEMS.
      if (stack.size() < 4) throw fail("malformed pickle (stack underflow)", pos);
      const size_t keyStart = stack[stack.size() - 2].start;
      stack.resize(stack.size() - 2);
      out.insert(keyStart, 1, '(');
      out += 'u';
      ++pos;
      continue;
    }
    const size_t start = pops > 0 ? pop(size_t(pops)) : at;
    for (int i = 0; i < pushes; ++i) stack.push_back({start, false});
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
  try {
    verifyZipArchive(file);
  } catch (const std::exception& e) {
    throw std::runtime_error(where + " is damaged: " + e.what() + "; copy or download it again");
  }
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
