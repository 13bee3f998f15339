#pragma once
// A one-line terminal progress bar for long CLI work (training, colorizing, evaluating):
//   [#########...........]  45%  123/400  G_L1 12.3 | 3.2 img/s | ETA 01:23
// On a terminal the line is redrawn in place (at most 10 times a second); when the output is a file or
// pipe, a plain line is printed every few seconds instead so logs stay readable.
#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace colorproxy::cli {

/// Redraws a progress line on a terminal, or prints periodic lines to a log.
class ProgressBar {
 public:
  /// `interactive`: redraw in place (a terminal) rather than print lines.
  ProgressBar(std::ostream& out, bool interactive, int width = 24);
  /// A bar on stderr, interactive when stderr is a terminal.
  static ProgressBar forStderr();
  ~ProgressBar();

  /// Shows `done` of `total` (total <= 0: no bar, just the count) followed by `text`. Throttled:
  /// call as often as you like.
  void update(int64_t done, int64_t total, const std::string& text = {});
  /// Prints a whole line (e.g. an epoch summary) without breaking the bar.
  void message(const std::string& line);
  /// Leaves the last state on screen and ends the line.
  void finish();

  /// The bar text for these numbers (no throttling, no terminal codes): for tests and logs.
  static std::string render(int64_t done, int64_t total, const std::string& text, int width);
  /// "mm:ss" below an hour, "h:mm:ss" above, "--:--" for negative or non-finite values.
  static std::string formatDuration(double seconds);

 private:
  void draw(const std::string& line);

  std::ostream& m_out;
  bool m_interactive;
  int m_width;
  bool m_drawn = false;    // a bar line is on screen without its newline
  bool m_pending = false;  // the latest state was throttled and not shown yet
  size_t m_lastLength = 0;
  std::string m_last;
  std::chrono::steady_clock::time_point m_lastDraw{};
};

}  // namespace colorproxy::cli
