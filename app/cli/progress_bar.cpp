#include "progress_bar.h"

#include <cmath>
#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace colorproxy::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kInteractivePeriod = std::chrono::milliseconds(100);
constexpr auto kLogPeriod = std::chrono::seconds(5);

}  // namespace

ProgressBar::ProgressBar(std::ostream& out, bool interactive, int width)
    : m_out(out), m_interactive(interactive), m_width(width < 5 ? 5 : width) {}

ProgressBar ProgressBar::forStderr() { return ProgressBar(std::cerr, ::isatty(STDERR_FILENO) == 1); }

ProgressBar::~ProgressBar() {
  if (m_drawn) m_out << "\n" << std::flush;
}

std::string ProgressBar::formatDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  const long long s = std::llround(seconds);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%02lld:%02lld", s / 60, s % 60);
  return buf;
}

std::string ProgressBar::render(int64_t done, int64_t total, const std::string& text, int width) {
  std::string line;
  if (total > 0) {
    const double f = std::min(1.0, std::max(0.0, double(done) / double(total)));
    const int filled = static_cast<int>(std::floor(f * width));
    line = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "] ";
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3d%%", static_cast<int>(std::floor(f * 100.0)));
    line += pct;
    line += "  " + std::to_string(done) + "/" + std::to_string(total);
  } else {
    line = std::to_string(done);
  }
  if (!text.empty()) line += "  " + text;
  return line;
}

void ProgressBar::update(int64_t done, int64_t total, const std::string& text) {
  const auto now = Clock::now();
  const bool last = total > 0 && done >= total;
  const auto period = m_interactive ? Clock::duration(kInteractivePeriod) : Clock::duration(kLogPeriod);
  m_last = render(done, total, text, m_width);
  if (!last && m_lastDraw != Clock::time_point{} && now - m_lastDraw < period) {
    m_pending = true;
    return;
  }
  m_lastDraw = now;
  draw(m_last);
}

void ProgressBar::draw(const std::string& line) {
  m_pending = false;
  if (m_interactive) {
    // Pad with spaces so a shorter line fully covers the previous one.
    std::string padded = line;
    if (padded.size() < m_lastLength) padded += std::string(m_lastLength - padded.size(), ' ');
    m_out << "\r" << padded << std::flush;
    m_lastLength = line.size();
    m_drawn = true;
  } else {
    m_out << line + "\n" << std::flush;  // one write: ranks share the log
  }
}

void ProgressBar::message(const std::string& line) {
  if (m_interactive && m_drawn) {
    m_out << "\r" << std::string(m_lastLength, ' ') << "\r";
    m_drawn = false;
    m_lastLength = 0;
  }
  m_out << line + "\n" << std::flush;
  if (m_interactive && !m_last.empty()) draw(m_last);
}

void ProgressBar::finish() {
  if (m_pending) draw(m_last);
  if (m_interactive && m_drawn) m_out << "\n" << std::flush;
  m_drawn = false;
}

}  // namespace colorproxy::cli
