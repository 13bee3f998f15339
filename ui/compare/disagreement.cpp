#include "compare/disagreement.h"

#include <limits>
#include <stdexcept>
#include <string>

#include <opencv2/imgproc.hpp>

namespace colorproxy {
namespace {

std::string sizeText(const cv::Mat& m) { return std::to_string(m.cols) + "x" + std::to_string(m.rows); }

void checkIds(const cv::Mat& m, const char* what) {
  const int d = m.depth();
  if (m.channels() != 1 || (d != CV_8U && d != CV_16U && d != CV_32S))
    throw std::invalid_argument(std::string("disagreement: the ") + what +
                                " must be a single-channel 8-bit, 16-bit or 32-bit class-id image (type " +
                                std::to_string(m.type()) + ")");
}

cv::Mat asInt(const cv::Mat& m) {
  if (m.depth() == CV_32S) return m;
  cv::Mat out;
  m.convertTo(out, CV_32S);
  return out;
}

double ratio(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? std::numeric_limits<double>::quiet_NaN() : double(part) / double(whole);
}

}  // namespace

double DisagreementStats::baselineAccuracy() const { return ratio(bothRight + onlyBaselineRight, counted()); }

double DisagreementStats::pretrainedAccuracy() const {
  return ratio(bothRight + onlyPretrainedRight, counted());
}

double DisagreementStats::accuracyGain() const { return pretrainedAccuracy() - baselineAccuracy(); }

DisagreementStats& DisagreementStats::operator+=(const DisagreementStats& o) {
  ignored += o.ignored;
  bothRight += o.bothRight;
  bothWrong += o.bothWrong;
  onlyBaselineRight += o.onlyBaselineRight;
  onlyPretrainedRight += o.onlyPretrainedRight;
  return *this;
}

Disagreement computeDisagreement(const cv::Mat& truth, const cv::Mat& baseline, const cv::Mat& pretrained,
                                 int ignoreId) {
  checkIds(truth, "truth");
  checkIds(baseline, "baseline prediction");
  checkIds(pretrained, "pretrained prediction");
  if (baseline.size() != truth.size() || pretrained.size() != truth.size())
    throw std::invalid_argument("disagreement: the masks differ in size (truth " + sizeText(truth) +
                                ", baseline " + sizeText(baseline) + ", pretrained " + sizeText(pretrained) +
                                ")");
  const cv::Mat t = asInt(truth), b = asInt(baseline), p = asInt(pretrained);
  Disagreement out;
  out.outcome.create(truth.size(), CV_8UC1);
  DisagreementStats& s = out.stats;
  for (int y = 0; y < t.rows; ++y) {
    const int* tr = t.ptr<int>(y);
    const int* br = b.ptr<int>(y);
    const int* pr = p.ptr<int>(y);
    auto* o = out.outcome.ptr<std::uint8_t>(y);
    for (int x = 0; x < t.cols; ++x) {
      PixelOutcome r;
      if (tr[x] == ignoreId) {
        r = PixelOutcome::Ignored;
        ++s.ignored;
      } else {
        const bool bOk = br[x] == tr[x], pOk = pr[x] == tr[x];
        if (bOk && pOk) {
          r = PixelOutcome::BothRight;
          ++s.bothRight;
        } else if (bOk) {
          r = PixelOutcome::OnlyBaselineRight;
          ++s.onlyBaselineRight;
        } else if (pOk) {
          r = PixelOutcome::OnlyPretrainedRight;
          ++s.onlyPretrainedRight;
        } else {
          r = PixelOutcome::BothWrong;
          ++s.bothWrong;
        }
      }
      o[x] = static_cast<std::uint8_t>(r);
    }
  }
  return out;
}

cv::Mat renderDisagreement(const cv::Mat& outcome, const cv::Mat& background,
                           const DisagreementColours& colours) {
  if (outcome.type() != CV_8UC1)
    throw std::invalid_argument("renderDisagreement: the outcome map must be CV_8UC1");
  cv::Mat grey;
  if (background.empty()) {
    grey = cv::Mat(outcome.size(), CV_8UC1, cv::Scalar(128));
  } else {
    if (background.channels() == 3) {
      cv::cvtColor(background, grey, cv::COLOR_BGR2GRAY);
    } else if (background.channels() == 4) {
      cv::cvtColor(background, grey, cv::COLOR_BGRA2GRAY);
    } else {
      grey = background;
    }
    if (grey.depth() != CV_8U) grey.convertTo(grey, CV_8U);
    if (grey.size() != outcome.size()) cv::resize(grey, grey, outcome.size(), 0, 0, cv::INTER_AREA);
  }
  cv::Mat out(outcome.size(), CV_8UC3);
  for (int y = 0; y < outcome.rows; ++y) {
    const auto* o = outcome.ptr<std::uint8_t>(y);
    const auto* g = grey.ptr<std::uint8_t>(y);
    auto* d = out.ptr<cv::Vec3b>(y);
    for (int x = 0; x < outcome.cols; ++x) {
      const auto r = static_cast<PixelOutcome>(o[x]);
      if (r == PixelOutcome::OnlyPretrainedRight) {
        d[x] = colours.onlyPretrainedRight;
      } else if (r == PixelOutcome::OnlyBaselineRight) {
        d[x] = colours.onlyBaselineRight;
      } else {
        const auto v = cv::saturate_cast<std::uint8_t>(g[x] * colours.backgroundLevel);
        d[x] = cv::Vec3b(v, v, v);
      }
    }
  }
  return out;
}

}  // namespace colorproxy
