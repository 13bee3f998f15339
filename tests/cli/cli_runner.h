#pragma once
// Runs colorproxy-cli (CP_CLI_EXE, set by tests/CMakeLists.txt) the way a user's shell would, capturing
// its exit code, stdout and stderr, for the end-to-end CLI tests.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>

namespace colorproxy::test {

struct CliResult {
  int exitCode = -1;  ///< -1 when the process could not start or did not exit normally
  std::string out;
  std::string err;
};

/// `s` single-quoted for /bin/sh.
inline std::string quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// A path single-quoted for /bin/sh.
inline std::string quotedPath(const std::filesystem::path& p) { return quoted(p.string()); }

inline std::string readAll(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Runs `colorproxy-cli <args>` (args already shell-quoted as needed); stderr goes through `errFile`.
inline CliResult runCli(const std::string& args, const std::filesystem::path& errFile) {
  const std::string command = quoted(CP_CLI_EXE) + " " + args + " 2>" + quoted(errFile.string());
  CliResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int status = ::pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = readAll(errFile);
  return r;
}

}  // namespace colorproxy::test
