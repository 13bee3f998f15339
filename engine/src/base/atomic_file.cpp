#include "colorproxy/base/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

// A name unique across threads and processes, in the target's folder so rename() stays on one device.
fs::path temporaryBeside(const fs::path& target) {
  static std::atomic<unsigned> counter{0};
  return target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                                 "-" + std::to_string(counter++));
}

void fsyncPath(const fs::path& path, bool directory) {
  const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) {
    if (directory) return;  // some filesystems refuse to open directories; the rename is still atomic
    throw std::runtime_error("cannot reopen '" + path.string() + "' to flush it: " + std::strerror(errno));
  }
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0 && !directory)
    throw std::runtime_error("cannot flush '" + path.string() + "' to disk: " + std::strerror(err));
}

void writeAtomically(const fs::path& target, const std::function<void(const fs::path&)>& writer,
                     bool allowEmpty) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path tmp = temporaryBeside(dir / target.filename());
  try {
    writer(tmp);
    if (!fs::exists(tmp) || (!allowEmpty && fs::file_size(tmp) == 0))
      throw std::runtime_error("nothing was written (is the disk full?)");
    fsyncPath(tmp, false);
    fs::rename(tmp, target);
  } catch (const std::exception& e) {
    fs::remove(tmp, ec);
    throw std::runtime_error("could not write '" + target.string() + "': " + e.what() +
                             " (the previous version, if any, is unchanged)");
  }
  fsyncPath(dir, true);
}

}  // namespace

void writeFileAtomically(const fs::path& target, const std::function<void(const fs::path&)>& writer) {
  writeAtomically(target, writer, false);
}

void writeFileAtomically(const fs::path& target, std::string_view bytes) {
  writeAtomically(
      target,
      [&](const fs::path& tmp) {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot create '" + tmp.string() + "': " + std::strerror(errno));
        errno = 0;
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
          throw std::runtime_error(std::string("write failed (") +
                                   (errno ? std::strerror(errno) : "I/O error") + "; is the disk full?)");
      },
      true);
}

std::string readTextFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + file.string() + "': " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw std::runtime_error("error while reading '" + file.string() + "'");
  return ss.str();
}

}  // namespace colorproxy
