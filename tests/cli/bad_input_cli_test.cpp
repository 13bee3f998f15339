// Every colorproxy-cli subcommand against the bad-input corpus (tests/support/bad_input_corpus.h): the
// exit code is the one of the documented table, the message names the bad file, nothing is left
// half-written, and saved work (a run's checkpoints) is never replaced.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "cli_runner.h"
#include "support/bad_input_corpus.h"
#include "support/test_support.h"

namespace {

using colorproxy::test::quotedPath;

namespace fs = std::filesystem;
using colorproxy::test::BadInputCorpus;
using colorproxy::test::CliResult;
using colorproxy::test::quoted;
using colorproxy::test::readAll;
using colorproxy::test::TempDir;
using nlohmann::json;

// The exit-code table of app/cli/exit_codes.h, restated: the test checks the promise, not the constant.
constexpr int kOk = 0, kFailure = 1, kUsage = 2, kIncomplete = 3;

/// Files under `dir` whose names say they are unfinished (atomic writes leave none behind).
std::vector<fs::path> leftovers(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    if (e.path().filename().string().find(".tmp") != std::string::npos ||
        e.path().filename().string().find(".part") != std::string::npos)
      out.push_back(e.path());
  return out;
}

std::string bytesOf(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The corpus and one tiny pretraining run on its photos folder (bad files included), made once.
class BadInputCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_tmp = new TempDir;
    s_corpus = colorproxy::test::makeBadInputCorpus(s_tmp->path() / "corpus");
    s_pretrain =
        runCli("pretrain --preset tiny --pretext l2 --data " + quotedPath(s_corpus.photos) + " --runs-dir " +
                   quotedPath(s_tmp->path() / "runs") +
                   " --epochs 1 --epochs-decay 0 --batch-size 2 --threads 1 --loader-workers 1 --json",
               "pretrain");
    if (s_pretrain.exitCode == 0) s_run = json::parse(s_pretrain.out)["run_dir"].get<std::string>();
  }
  static void TearDownTestSuite() {
    delete s_tmp;
    s_tmp = nullptr;
  }
  void SetUp() override {
    ASSERT_FALSE(s_run.empty()) << "pretraining on the corpus failed: " << s_pretrain.out << s_pretrain.err;
  }

  static CliResult runCli(const std::string& args, const std::string& tag) {
    return colorproxy::test::runCli(args, s_tmp->path() / ("err-" + tag + ".txt"));
  }
  static fs::path tmp(const std::string& name) { return s_tmp->path() / name; }

  static TempDir* s_tmp;
  static BadInputCorpus s_corpus;
  static CliResult s_pretrain;
  static fs::path s_run;
};

TempDir* BadInputCli::s_tmp = nullptr;
BadInputCorpus BadInputCli::s_corpus;
CliResult BadInputCli::s_pretrain;
fs::path BadInputCli::s_run;

}  // namespace

// pretrain left the bad files out and said which ones (not only a smaller count).
TEST_F(BadInputCli, PretrainNamesEverySkippedFile) {
  for (const auto& bad : s_corpus.badImages)
    EXPECT_NE(s_pretrain.err.find(bad.path.filename().string()), std::string::npos)
        << bad.what << " (" << bad.path.filename() << ") not named in:\n"
        << s_pretrain.err;
  EXPECT_NE(s_pretrain.err.find("skipped"), std::string::npos);
  EXPECT_TRUE(leftovers(tmp("runs")).empty());
}

TEST_F(BadInputCli, DatasetsListsEveryBadFileAndFailPolicyExits1) {
  CliResult r = runCli("datasets " + quotedPath(s_corpus.photos), "datasets");
  EXPECT_EQ(r.exitCode, kOk) << r.err;
  for (const auto& bad : s_corpus.badImages)
    EXPECT_NE(r.out.find(bad.path.filename().string()), std::string::npos) << bad.what << ":\n" << r.out;
  EXPECT_NE(r.out.find("30000x30000"), std::string::npos) << r.out;

  r = runCli("datasets --policy fail " + quotedPath(s_corpus.photos), "datasets-fail");
  EXPECT_EQ(r.exitCode, kFailure);
  EXPECT_NE(r.err.find(s_corpus.photos.string()), std::string::npos) << r.err;

  for (const auto& [root, file] :
       std::vector<std::pair<fs::path, std::string>>{{s_corpus.cocoTruncated, "instances_train.json"},
                                                     {s_corpus.cocoStringIds, "instances_train.json"},
                                                     {s_corpus.cocoDuplicateIds, "instances_train.json"},
                                                     {s_corpus.yoloFractionalClass, "good1.txt"},
                                                     {s_corpus.vocBadXml, "2007_b.xml"},
                                                     {s_corpus.camvidBadMask, "good1.png"}}) {
    r = runCli("datasets " + quotedPath(root), "datasets-layouts");
    EXPECT_EQ(r.exitCode, kOk) << root << "\n" << r.err;
    EXPECT_NE(r.out.find(file), std::string::npos) << root << " does not name " << file << ":\n" << r.out;
  }
}

TEST_F(BadInputCli, ColorizeSkipsAndListsBadFilesExits3AndWritesOnlyGoodOnes) {
  const fs::path out = tmp("colorized");
  const CliResult r = runCli("colorize " + quotedPath(s_corpus.photos) + " --model " + quotedPath(s_run) +
                                 " --out " + quotedPath(out),
                             "colorize");
  EXPECT_EQ(r.exitCode, kIncomplete) << r.err;
  std::size_t undecodable = 0;
  for (const auto& bad : s_corpus.badImages) undecodable += !bad.decodable;
  const std::size_t listAt = r.err.find("skipped " + std::to_string(undecodable) + " file(s):");
  ASSERT_NE(listAt, std::string::npos) << r.err;
  for (const auto& bad : s_corpus.badImages)
    if (!bad.decodable)
      EXPECT_NE(r.err.find(bad.path.filename().string(), listAt), std::string::npos)
          << bad.what << " missing from the final list:\n"
          << r.err;
  std::size_t written = 0;
  for (const auto& e : fs::directory_iterator(out)) written += e.path().extension() == ".png";
  EXPECT_EQ(written, 4u + s_corpus.badImages.size() - undecodable);  // the good ones and the 16-bit PNG
  EXPECT_TRUE(leftovers(out).empty());
}

TEST_F(BadInputCli, ColorizeWithACorruptModelExits2AndWritesNothing) {
  for (const fs::path& model : {s_corpus.emptyCheckpoint, s_corpus.garbageCheckpoint}) {
    const fs::path out = tmp("colorized-" + model.stem().string());
    const CliResult r = runCli("colorize " + quotedPath(s_corpus.clean) + " --model " + quotedPath(model) +
                                   " --out " + quotedPath(out),
                               "colorize-model");
    EXPECT_EQ(r.exitCode, kUsage) << r.err;
    EXPECT_NE(r.err.find(model.filename().string()), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
  }
}

TEST_F(BadInputCli, EvaluateSkipsBadFilesNamesThemAndExits3) {
  CliResult r =
      runCli("evaluate --pred " + quotedPath(s_corpus.photos) + " --truth " + quotedPath(s_corpus.clean),
             "evaluate");
  EXPECT_EQ(r.exitCode, kIncomplete) << r.err;
  EXPECT_NE(r.out.find("bomb.png"), std::string::npos) << r.out;

  r = runCli("evaluate --model " + quotedPath(s_run) + " --data " + quotedPath(s_corpus.photos),
             "evaluate-model");
  EXPECT_EQ(r.exitCode, kIncomplete) << r.out << r.err;
  EXPECT_NE(r.out.find("bomb.png"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("30000x30000"), std::string::npos) << r.out;
}

TEST_F(BadInputCli, PixelLimitIsConfigurableFromTheCommandLine) {
  // With a limit below the good 48x48 photos, every file is too large; the message says how to raise it.
  CliResult r = runCli("evaluate --max-pixels 1000 --pred " + quotedPath(s_corpus.clean) + " --truth " +
                           quotedPath(s_corpus.clean),
                       "limit");
  EXPECT_EQ(r.exitCode, kFailure) << r.out << r.err;
  EXPECT_NE(r.out.find("--max-pixels"), std::string::npos) << r.out;
  r = runCli("--max-pixels 2304 evaluate --pred " + quotedPath(s_corpus.clean) + " --truth " +
                 quotedPath(s_corpus.clean),
             "limit-ok");
  EXPECT_EQ(r.exitCode, kOk) << r.out << r.err;  // 48 x 48 = 2304: exactly at the limit
  r = runCli("evaluate --max-pixels lots --pred " + quotedPath(s_corpus.clean) + " --truth " +
                 quotedPath(s_corpus.clean),
             "limit-bad");
  EXPECT_EQ(r.exitCode, kUsage) << r.err;
  EXPECT_NE(r.err.find("lots"), std::string::npos) << r.err;
}

TEST_F(BadInputCli, ExportNeverReplacesACheckpoint) {
  const fs::path latest = s_run / "checkpoints/latest.pt";
  const std::string before = bytesOf(latest);
  CliResult r =
      runCli("export --model " + quotedPath(s_run) + " --out " + quotedPath(latest), "export-latest");
  EXPECT_EQ(r.exitCode, kUsage) << r.err;
  EXPECT_NE(r.err.find("checkpoints/"), std::string::npos) << r.err;
  EXPECT_EQ(bytesOf(latest), before) << "the run's checkpoint was replaced";

  r = runCli("export --model " + quotedPath(s_run) + " --out " + quotedPath(s_run / "checkpoints/model.pt"),
             "export-into");
  EXPECT_EQ(r.exitCode, kUsage) << r.err;
  EXPECT_FALSE(fs::exists(s_run / "checkpoints/model.pt"));

  fs::copy_file(latest, tmp("training-copy.pt"), fs::copy_options::overwrite_existing);
  r = runCli("export --model " + quotedPath(s_run) + " --out " + quotedPath(tmp("training-copy.pt")),
             "export-over");
  EXPECT_EQ(r.exitCode, kUsage) << r.err;
  EXPECT_NE(r.err.find("training checkpoint"), std::string::npos) << r.err;
  EXPECT_EQ(bytesOf(tmp("training-copy.pt")), before);

  // An earlier export may be replaced; a corrupt model is refused by name.
  r = runCli("export --model " + quotedPath(s_run) + " --out " + quotedPath(tmp("model.pt")), "export-ok");
  ASSERT_EQ(r.exitCode, kOk) << r.err;
  r = runCli("export --model " + quotedPath(s_run) + " --out " + quotedPath(tmp("model.pt")), "export-again");
  EXPECT_EQ(r.exitCode, kOk) << r.err;
  r = runCli("export --model " + quotedPath(s_corpus.garbageCheckpoint) + " --out " + quotedPath(tmp("g.pt")),
             "export-garbage");
  EXPECT_EQ(r.exitCode, kUsage) << r.err;
  EXPECT_NE(r.err.find("garbage.pt"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp("g.pt")));
}

TEST_F(BadInputCli, FinetuneNamesTheAnnotationProblemAndLeavesNoRunFolder) {
  for (const auto& [root, needle] : std::vector<std::pair<fs::path, std::string>>{
           {s_corpus.cocoTruncated, "column"}, {s_corpus.cocoStringIds, "images[0].id"}}) {
    const fs::path runs = tmp("ft-runs-" + root.filename().string());
    const CliResult r = runCli("finetune --task classification --data " + quotedPath(root) +
                                   " --image-size 32 --ngf 8 --num-downs 5 --batch-size 2 --phases 1@0.001 "
                                   "--loader-workers 0 --threads 1 --runs-dir " +
                                   quotedPath(runs),
                               "finetune");
    EXPECT_EQ(r.exitCode, kFailure) << r.err;
    EXPECT_NE(r.err.find("instances_train.json"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(needle), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(runs) && !fs::is_empty(runs)) << "a failed start left a run folder in " << runs;
  }
}

TEST_F(BadInputCli, BadConfigFilesAreUsageErrorsNamingTheFile) {
  for (const char* cmd : {"pretrain", "finetune", "experiment"}) {
    const CliResult r = runCli(std::string(cmd) + " --config " + quotedPath(s_corpus.malformedConfig),
                               std::string("cfg-") + cmd);
    EXPECT_EQ(r.exitCode, kUsage) << cmd << ": " << r.err;
    EXPECT_NE(r.err.find("malformed.json"), std::string::npos) << cmd << ": " << r.err;
  }
  const CliResult r = runCli("pretrain --config " + quotedPath(s_corpus.wrongTypeConfig), "cfg-type");
  EXPECT_EQ(r.exitCode, kUsage) << r.err;
  EXPECT_NE(r.err.find("epochs"), std::string::npos) << r.err;
}

TEST_F(BadInputCli, ResumeFallsBackToTheNewestIntactCheckpoint) {
  const fs::path copy = tmp("resumable");
  fs::copy(s_run, copy, fs::copy_options::recursive);
  ASSERT_TRUE(fs::exists(copy / "checkpoints/epoch-001.pt")) << "the run kept no per-epoch checkpoint";
  fs::remove(copy / "checkpoints/latest.pt");  // may be a hard link to epoch-001.pt: cut a private copy
  colorproxy::test::writeBytes(copy / "checkpoints/latest.pt",
                               bytesOf(copy / "checkpoints/epoch-001.pt").substr(0, 500));
  const CliResult r = runCli("pretrain --resume " + quotedPath(copy) + " --epochs 2", "resume");
  EXPECT_EQ(r.exitCode, kOk) << r.err;
  EXPECT_NE(r.err.find("resuming from epoch-001.pt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("latest.pt"), std::string::npos) << r.err;
}

// The one exit-code table: usage errors exit 2 on every subcommand, and every --help prints the table.
TEST(ExitCodes, UsageErrorsExit2EverywhereAndHelpShowsTheTable) {
  TempDir dir;
  for (const char* cmd : {"datasets", "pretrain", "finetune", "experiment", "colorize", "export", "evaluate",
                          "bench loader", "bench train", "bench infer", "bench hints"}) {
    CliResult r = colorproxy::test::runCli(std::string(cmd) + " --no-such-flag", dir / "err.txt");
    EXPECT_EQ(r.exitCode, kUsage) << cmd << ": " << r.err;
    // CLI11 names the first problem it meets: the unknown flag, or a required option missing before it.
    EXPECT_TRUE(r.err.find("--no-such-flag") != std::string::npos ||
                r.err.find("is required") != std::string::npos)
        << cmd << ": " << r.err;
    r = colorproxy::test::runCli(std::string(cmd) + " --help", dir / "err.txt");
    EXPECT_EQ(r.exitCode, kOk) << cmd;
    EXPECT_NE(r.out.find("Exit codes (every subcommand): 0 done; 1 "), std::string::npos) << cmd << ":\n"
                                                                                          << r.out;
    EXPECT_NE(r.out.find("2 usage error"), std::string::npos) << cmd;
    EXPECT_NE(r.out.find("3 done, but some input files were skipped"), std::string::npos) << cmd;
  }
  // A missing required option and a value outside its set: 2 as well (CLI11 would say 106 and 105).
  EXPECT_EQ(colorproxy::test::runCli("colorize x.png", dir / "err.txt").exitCode, kUsage);
  EXPECT_EQ(colorproxy::test::runCli("datasets --policy maybe .", dir / "err.txt").exitCode, kUsage);
  EXPECT_EQ(colorproxy::test::runCli("", dir / "err.txt").exitCode, kUsage);  // no subcommand
  EXPECT_EQ(colorproxy::test::runCli("--version", dir / "err.txt").exitCode, kOk);
}
