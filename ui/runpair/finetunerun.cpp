#include "runpair/finetunerun.h"

#include <algorithm>
#include <limits>
#include <map>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace colorproxy {

FinetuneRunInfo FinetuneRunInfo::read(const QString& dir) {
  FinetuneRunInfo info;
  info.dir = QDir::cleanPath(dir);
  const QString file = QDir(dir).filePath(QStringLiteral("report.json"));
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly)) {
    info.error = tr("%1 has no report.json: pick a fine-tuning run that has finished.")
                     .arg(QDir::toNativeSeparators(dir));
    return info;
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
  if (!doc.isObject()) {
    info.error = tr("%1 cannot be read (%2): the run may still be writing it, or the file is damaged.")
                     .arg(QDir::toNativeSeparators(file), parseError.errorString());
    return info;
  }
  const QJsonObject r = doc.object();
  if (r.value(QStringLiteral("kind")).toString() != QLatin1String("finetune")) {
    info.error = tr("%1 is not a fine-tuning run (its report is of kind \"%2\"): pick a baseline or "
                    "pretrained fine-tuning run, or an experiment folder.")
                     .arg(QDir::toNativeSeparators(dir), r.value(QStringLiteral("kind")).toString());
    return info;
  }
  info.name = r.value(QStringLiteral("runName")).toString(QFileInfo(dir).fileName());
  info.task = r.value(QStringLiteral("task")).toString();
  info.init = r.value(QStringLiteral("init")).toString();
  info.seed = r.value(QStringLiteral("seed")).toInteger();
  for (const QJsonValue& c : r.value(QStringLiteral("classes")).toArray()) info.classNames << c.toString();
  info.voidName = r.value(QStringLiteral("data")).toObject().value(QStringLiteral("voidName")).toString();
  for (const QJsonValue& v :
       r.value(QStringLiteral("test")).toObject().value(QStringLiteral("perClass")).toArray())
    info.testPerClass << (v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN());
  const QString predictions = r.value(QStringLiteral("predictions")).toString();
  if (!predictions.isEmpty() && QFileInfo(QDir(dir).filePath(predictions)).isDir())
    info.predictionsDir = QDir(dir).filePath(predictions);
  if (info.classNames.isEmpty())
    info.error = tr("%1 lists no classes: the report is incomplete.").arg(QDir::toNativeSeparators(file));
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
  std::map<qint64, RunPair> bySeed;
  std::map<qint64, int> have;              // bit 1 baseline, bit 2 pretrained
  for (const FinetuneRunInfo& r : runs) {  // sorted by folder name = start time: later runs win
    RunPair& p = bySeed[r.seed];
    if (r.isPretrained()) {
      p.pretrained = r;
      have[r.seed] |= 2;
    } else {
      p.baseline = r;
      have[r.seed] |= 1;
    }
  }
  QVector<RunPair> out;
  for (auto& [seed, pair] : bySeed) {
    if (have[seed] != 3) continue;
    pair.label = FinetuneRunInfo::tr("seed %1").arg(seed);
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
    return r.dir != self.dir && r.seed == self.seed && r.isPretrained() != self.isPretrained();
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
  out.pair.label = FinetuneRunInfo::tr("seed %1").arg(self.seed);
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
