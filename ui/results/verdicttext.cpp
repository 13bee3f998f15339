#include "results/verdicttext.h"

#include <cmath>

#include <QLocale>
#include <QStringList>

#include "core/numbertext.h"
#include "widgets/deltatext.h"

namespace colorproxy {
namespace {

// "6 seeds" or "3 pretraining runs": what the interval and the tests resampled (two or more).
QString unitsText(const ReportedMetric& m) {
  return (m.unitName == "pretraining run" ? VerdictText::tr("%1 pretraining runs")
                                          : VerdictText::tr("%1 seeds"))
      .arg(m.units);
}

QString notJudgedSentence(const ExperimentTaskResult& task, const ReportedMetric* m) {
  const double nan = ReportedMetric::kNaN;
  const QString baseline = decimalText(m ? m->baselineMean : nan);
  const QString pretrained = decimalText(m ? m->pretrainedMean : nan);
  const QString trivial = decimalText(m ? m->trivial : nan);
  const QString margin = decimalText(task.learnMargin);
  QString why;
  if (!task.baselineLearned && task.pretrainedLearned)
    why = VerdictText::tr(
              "the baseline (%1) did not beat the trivial predictor (%2) by %3; the pretrained "
              "network reached %4")
              .arg(baseline, trivial, margin, pretrained);
  else if (task.baselineLearned && !task.pretrainedLearned)
    why = VerdictText::tr(
              "the pretrained network (%1) did not beat the trivial predictor (%2) by %3; the "
              "baseline reached %4")
              .arg(pretrained, trivial, margin, baseline);
  else
    why = VerdictText::tr(
              "neither the baseline (%1) nor the pretrained network (%2) beat the trivial "
              "predictor (%3) by %4")
              .arg(baseline, pretrained, trivial, margin);
  return VerdictText::tr(
             "This network did not learn enough to judge transfer: %1. Train longer, on more "
             "data or at a larger size.")
      .arg(why);
}

}  // namespace

TransferOutcome VerdictText::effectiveOutcome(const ExperimentTaskResult& task) {
  return task.judged() ? task.outcome : TransferOutcome::NotJudged;
}

QString VerdictText::outcomeName(TransferOutcome outcome) {
  switch (outcome) {
    case TransferOutcome::Gain:
      return tr("gain");
    case TransferOutcome::Loss:
      return tr("loss");
    case TransferOutcome::Inconclusive:
      return tr("inconclusive");
    case TransferOutcome::NotJudged:
      return tr("not judged");
    case TransferOutcome::Unrecorded:
      break;
  }
  return {};
}

QColor VerdictText::outcomeColour(TransferOutcome outcome, const QPalette& palette) {
  if (outcome == TransferOutcome::Gain) return deltaColour(1.0, palette);
  if (outcome == TransferOutcome::Loss) return deltaColour(-1.0, palette);
  return palette.color(QPalette::Text);
}

QString VerdictText::taskName(const std::string& task) {
  if (task == "segmentation") return tr("segmentation");
  if (task == "classification") return tr("classification");
  return QString::fromStdString(task);
}

QString VerdictText::metricName(const std::string& metric) {
  // "test_mIoU" -> "test mIoU"; the split it was measured on in the user's language ("mIoU de teste").
  QString name = QString::fromStdString(metric);
  const auto split = [&name](const char* prefix) {
    const QLatin1String p(prefix);
    if (!name.startsWith(p)) return false;
    name = name.mid(p.size()).replace(QLatin1Char('_'), QLatin1Char(' '));
    return true;
  };
  //: a metric measured on the test split, e.g. "test mIoU"
  if (split("test_")) return tr("test %1").arg(name);
  //: a metric measured on the validation split, e.g. "validation mIoU"
  if (split("val_")) return tr("validation %1").arg(name);
  return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString VerdictText::fractionText(double fraction) {
  //: a label fraction in percent, e.g. "10 %"
  return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'g', 4));
}

QString VerdictText::fractionWithImages(const ExperimentTaskResult& task, const QString& separator) {
  const QString fraction = fractionText(task.fraction);
  if (task.trainImages == 0) return fraction;
  return fraction + separator +
         (task.trainImages == 1 ? tr("1 image") : tr("%1 images").arg(qulonglong(task.trainImages)));
}

QString VerdictText::pValueText(double p) {
  if (std::isfinite(p) && p < 0.001) return tr("p < %1").arg(decimalText(0.001));
  return tr("p = %1").arg(decimalText(p));
}

QString VerdictText::sentence(const ExperimentTaskResult& task) {
  const ReportedMetric* m = task.primary();
  const TransferOutcome outcome = effectiveOutcome(task);
  if (outcome == TransferOutcome::NotJudged) return notJudgedSentence(task, m);
  if (outcome == TransferOutcome::Unrecorded || !m) return QString::fromStdString(task.verdict);

  const QString metric = metricName(m->name);
  const QString from = decimalText(m->baselineMean);
  const QString to = decimalText(m->pretrainedMean);
  const QString diff = signedDecimalText(m->meanDifference);
  QString text;
  if (outcome == TransferOutcome::Gain)
    text = tr("Gain: colorization pretraining improved %1 from %2 to %3 (mean paired difference %4).")
               .arg(metric, from, to, diff);
  else if (outcome == TransferOutcome::Loss)
    text = tr("Loss: colorization pretraining worsened %1 from %2 to %3 (mean paired difference %4).")
               .arg(metric, from, to, diff);
  else
    text = tr("Inconclusive: the difference in %1 (from %2 to %3, mean paired difference %4) cannot be "
              "told apart from run-to-run noise.")
               .arg(metric, from, to, diff);
  if (m->units < 2)
    return text + QLatin1Char(' ') + tr("A single seed gives no interval and no test: use 6 or more.");
  text += QLatin1Char(' ') + tr("95 % CI [%1, %2] over %3; sign-flip %4, paired t-test %5.")
                                 .arg(signedDecimalText(m->ciLow), signedDecimalText(m->ciHigh),
                                      unitsText(*m), pValueText(m->permutationP), pValueText(m->tTestP));
  // The exact sign-flip test's smallest p is 2 / 2^n: below 6 units it cannot reach 0.05.
  const double smallestP = 2.0 / std::pow(2.0, m->units);
  if (outcome == TransferOutcome::Inconclusive && smallestP >= 0.05)
    text += QLatin1Char(' ') + tr("With %1 the sign-flip test cannot reach p < 0.05 (its smallest p is %2): "
                                  "use 6 or more.")
                                   .arg(unitsText(*m), decimalText(smallestP));
  return text;
}

QString VerdictText::curveSummary(const std::vector<const ExperimentTaskResult*>& rows) {
  if (rows.empty()) return {};
  QStringList outcomes;
  for (const ExperimentTaskResult* t : rows) {
    const QString outcome = outcomeName(effectiveOutcome(*t));
    if (outcome.isEmpty()) return QString::fromStdString(t->verdict);  // an older report: its own sentence
    // One run on every image needs no fraction.
    const bool plain = rows.size() == 1 && t->fraction >= 1.0;
    outcomes << (plain ? outcome : fractionText(t->fraction) + QLatin1Char(' ') + outcome);
  }
  return tr("%1: %2").arg(taskName(rows.front()->task), outcomes.join(QStringLiteral(", ")));
}

}  // namespace colorproxy
