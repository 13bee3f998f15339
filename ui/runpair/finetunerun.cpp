#include "runpair/finetunerun.h"

#include <algorithm>
#include <exception>
#include <map>
#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "colorproxy/io/experiment_results.h"
#include "colorproxy/io/run_folder.h"
#include "results/verdicttext.h"

namespace colorproxy {
namespace {

// "seed 1", or "10 % of the labels · seed 1" when the runs differ in label fraction.
QString pairLabel(double fraction, qint64 seed, bool withFraction) {
  const QString seedText = FinetuneRunInfo::tr("seed %1").arg(seed);
  if (!withFraction) return seedText;
  return FinetuneRunInfo::tr("%1 of the labels · %2").arg(VerdictText::fractionText(fraction), seedText);
}

}  // namespace

FinetuneRunInfo FinetuneRunInfo::read(const QString& dir) {
  FinetuneRunInfo info;
  info.dir = QDir::cleanPath(dir);
  const RunFolder folder(dir.toStdString());
  std::optional<FinetuneReport> report;
  try {
    report = folder.readFinetuneReport();
  } catch (const std::exception& e) {
    info.error = tr("%1 (the run may still be writing it, or the file is damaged): pick a finished "
                    "baseline or pretrained fine-tuning run, or an experiment folder.")
                     .arg(QString::fromStdString(e.what()));
    return info;
  }
  if (!report) {
    info.error = tr("%1 has no report.json: pick a fine-tuning run that has finished.")
                     .arg(QDir::toNativeSeparators(dir));
    return info;
  }
  info.name = QString::fromStdString(report->runName);
  info.task = QString::fromStdString(toString(report->task));
  info.init = report->pretrained ? QStringLiteral("pretrained") : QStringLiteral("random");
  info.seed = report->seed;
  info.fraction = readTrainFraction(folder);
  for (const std::string& c : report->classNames) info.classNames << QString::fromStdString(c);
  info.voidName = QString::fromStdString(report->voidName);
  for (double v : report->testPerClass) info.testPerClass << v;
  if (!report->predictionsDir.empty())
    info.predictionsDir = QDir::cleanPath(QString::fromStdString(report->predictionsDir.string()));
  return info;
}

QVector<FinetuneRunInfo> findFinetuneRuns(const QString& folder, const QString& task) {
  QStringList candidates{folder};
  for (const QString& base : {folder, QDir(folder).filePath(QStringLiteral("runs"))}) {
    const QDir d(base);
    if (!d.exists()) continue;
    for (const QString& sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
      candidates << d.filePath(sub);
  }
  QVector<FinetuneRunInfo> runs;
  QStringList seen;
  for (const QString& c : candidates) {
    const QString clean = QDir::cleanPath(c);
    if (seen.contains(clean) || !QFileInfo::exists(QDir(clean).filePath(QStringLiteral("report.json"))))
      continue;
    seen << clean;
    FinetuneRunInfo info = FinetuneRunInfo::read(clean);
    if (info.ok() && info.task == task && !info.predictionsDir.isEmpty()) runs << info;
  }
  std::sort(runs.begin(), runs.end(), [](const FinetuneRunInfo& a, const FinetuneRunInfo& b) {
    return QFileInfo(a.dir).fileName() < QFileInfo(b.dir).fileName();
  });
  return runs;
}

QVector<RunPair> pairRuns(const QVector<FinetuneRunInfo>& runs) {
  using Key = std::pair<double, qint64>;  // label fraction, seed
  std::map<Key, RunPair> byKey;
  std::map<Key, int> have;                 // bit 1 baseline, bit 2 pretrained
  for (const FinetuneRunInfo& r : runs) {  // sorted by folder name = start time: later runs win
    const Key key{r.fraction, r.seed};
    RunPair& p = byKey[key];
    if (r.isPretrained()) {
      p.pretrained = r;
      have[key] |= 2;
    } else {
      p.baseline = r;
      have[key] |= 1;
    }
  }
  const bool fractions = !byKey.empty() && (byKey.begin()->first.first != byKey.rbegin()->first.first ||
                                            byKey.begin()->first.first < 1.0);
  QVector<RunPair> out;
  for (auto& [key, pair] : byKey) {
    if (have[key] != 3) continue;
    pair.label = pairLabel(key.first, key.second, fractions);
    out << pair;
  }
  return out;
}

RunPairLookup pairForRun(const QString& runDir) {
  RunPairLookup out;
  const FinetuneRunInfo self = FinetuneRunInfo::read(runDir);
  if (!self.ok()) {
    out.message = self.error;
    return out;
  }
  if (self.predictionsDir.isEmpty()) {
    out.message = FinetuneRunInfo::tr(
                      "%1 saved no test predictions, so there is nothing to inspect: fine-tune "
                      "again (the wizard and colorproxy-cli finetune save them by default).")
                      .arg(QDir::toNativeSeparators(self.dir));
    return out;
  }
  const QString parent = QFileInfo(self.dir).absolutePath();
  const QVector<FinetuneRunInfo> runs = findFinetuneRuns(parent, self.task);
  int selfIndex = -1;
  for (int i = 0; i < runs.size(); ++i)
    if (runs[i].dir == self.dir) selfIndex = i;
  auto isPartner = [&](const FinetuneRunInfo& r) {
    return r.dir != self.dir && r.seed == self.seed && r.fraction == self.fraction &&
           r.isPretrained() != self.isPretrained();
  };
  const FinetuneRunInfo* partner = nullptr;
  if (selfIndex >= 0) {
    // Baseline: look forward first; pretrained: look back first.
    const int first = self.isPretrained() ? -1 : 1;
    for (int dir : {first, -first}) {
      for (int i = selfIndex + dir; i >= 0 && i < runs.size() && !partner; i += dir)
        if (isPartner(runs[i])) partner = &runs[i];
      if (partner) break;
    }
  }
  (self.isPretrained() ? out.pair.pretrained : out.pair.baseline) = self;
  if (partner) (partner->isPretrained() ? out.pair.pretrained : out.pair.baseline) = *partner;
  out.pair.label = pairLabel(self.fraction, self.seed, self.fraction < 1.0);
  out.ok = true;
  if (!partner)
    out.message = FinetuneRunInfo::tr("%1 has no %2 run of seed %3 beside it in %4.")
                      .arg(self.name, self.isPretrained() ? FinetuneRunInfo::tr("baseline")
                                                          : FinetuneRunInfo::tr("pretrained"))
                      .arg(self.seed)
                      .arg(QDir::toNativeSeparators(parent));
  return out;
}

}  // namespace colorproxy
