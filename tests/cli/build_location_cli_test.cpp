// The bundled samples are found wherever the build folder is: the CLI is copied out of the build tree and
// run from a folder outside the source tree, as a build folder outside the source tree would run it. Only
// the locations recorded at configure time (the source tree's resources/) can then lead to the samples.
// This stands in for a full out-of-tree build (which rebuilds everything) in the CI: it proves the same
// thing, that nothing depends on the build folder lying inside the source tree.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include <sys/wait.h>

#include "cli_runner.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using colorproxy::test::quoted;
using colorproxy::test::TempDir;

// Runs `exe args` from `workDir`; returns the exit code and stdout.
std::pair<int, std::string> runFrom(const fs::path& workDir, const fs::path& exe, const std::string& args,
                                    const fs::path& errFile) {
  const std::string command = "cd " + quoted(workDir.string()) + " && " + quoted(exe.string()) + " " + args +
                              " 2>" + quoted(errFile.string());
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return {-1, out};
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

}  // namespace

TEST(BuildLocation, CliOutsideTheSourceTreeFindsTheBundledSamples) {
  TempDir tmp;
  const fs::path source = fs::weakly_canonical(colorproxy::test::sourceDir());
  const fs::path outside = fs::weakly_canonical(tmp.path());
  ASSERT_NE(outside.string().rfind(source.string(), 0), 0u)
      << "the temporary folder lies inside the source tree";
  fs::create_directories(tmp / "bin");
  fs::create_directories(tmp / "work");
  const fs::path exe = tmp / "bin" / "colorproxy-cli";
  fs::copy_file(CP_CLI_EXE, exe);

  const auto [code, out] =
      runFrom(tmp / "work", exe, "experiment --preset quick --print-config", tmp / "err.txt");
  ASSERT_EQ(code, 0) << colorproxy::test::readAll(tmp / "err.txt");
  const auto config = nlohmann::json::parse(out);
  const fs::path camvid = config["segmentation"]["dataPath"].get<std::string>();
  EXPECT_EQ(fs::weakly_canonical(camvid), fs::weakly_canonical(source / "resources" / "samples" / "camvid"));
}
