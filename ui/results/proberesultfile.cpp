#include "results/proberesultfile.h"

#include <algorithm>
#include <limits>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace colorproxy {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
const QString kProbeFileName = QStringLiteral("probe.json");
const QString kSegmentationFileName = QStringLiteral("probe-segmentation.json");

// A number, or NaN for null or a missing value (probe.json writes undefined intervals as null).
double jsonNumber(const QJsonValue& v) { return v.isDouble() ? v.toDouble() : kMissing; }

// {"mean": m, "ci95": [low, high]} into mean, low and high.
void readProbeScore(const QJsonObject& o, double& mean, double& low, double& high) {
  mean = jsonNumber(o.value(QStringLiteral("mean")));
  const QJsonArray ci = o.value(QStringLiteral("ci95")).toArray();
  low = ci.size() == 2 ? jsonNumber(ci.at(0)) : kMissing;
  high = ci.size() == 2 ? jsonNumber(ci.at(1)) : kMissing;
}

}  // namespace

QStringList ProbeResultFile::findOwn(const QString& dir) {
  QStringList files;
  const QDir root(dir);
  for (const QString& name : {kProbeFileName, kSegmentationFileName})
    if (QFileInfo(root.filePath(name)).isFile()) files << root.filePath(name);
  return files;
}

QStringList ProbeResultFile::find(const QString& dir) {
  QStringList files = findOwn(dir);
  const QDir probes(QDir(dir).filePath(QStringLiteral("probes")));
  const QStringList tasks = probes.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
  for (const QString& task : tasks) files << findOwn(probes.filePath(task));
  return files;
}

QString ProbeResultFile::armText(const QString& arm) {
  if (arm == QLatin1String("pretrained")) return tr("colorization-pretrained");
  if (arm == QLatin1String("random")) return tr("random init");
  return arm;
}

ProbeResultFile ProbeResultFile::read(const QString& file) {
  ProbeResultFile r;
  r.file = file;
  r.chance = kMissing;
  QFile in(file);
  if (!in.open(QIODevice::ReadOnly)) {
    r.error = tr("Cannot read %1.").arg(QDir::toNativeSeparators(file));
    return r;
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
  if (!doc.isObject()) {
    r.error = tr("%1 is not valid JSON (%2); run the probe again to rewrite it.")
                  .arg(QDir::toNativeSeparators(file), parseError.errorString());
    return r;
  }
  const QJsonObject j = doc.object();
  const QJsonArray summaries = j.value(QStringLiteral("summaries")).toArray();
  if (j.value(QStringLiteral("kind")).toString() != QLatin1String("probe") || summaries.isEmpty()) {
    r.error = tr("%1 holds no probe results by encoder level.").arg(QDir::toNativeSeparators(file));
    return r;
  }
  r.model = j.value(QStringLiteral("model")).toString();
  const QJsonObject data = j.value(QStringLiteral("data")).toObject();
  r.data = data.value(QStringLiteral("path")).toString();
  r.testImages = data.value(QStringLiteral("test_images")).toInt();
  r.classes = int(data.value(QStringLiteral("classes")).toArray().size());
  r.chance = jsonNumber(j.value(QStringLiteral("chance_mAP")));
  r.majority = jsonNumber(j.value(QStringLiteral("majority_mIoU")));
  if (j.value(QStringLiteral("task")).toString() == QLatin1String("segmentation")) {
    r.segmentation = true;
    for (const QJsonValue& v : summaries) {
      const QJsonObject s = v.toObject();
      if (!s.contains(QStringLiteral("test_mIoU"))) continue;
      SegmentationArm a;
      a.name = s.value(QStringLiteral("arm")).toString();
      a.seeds = s.value(QStringLiteral("seeds")).toInt();
      readProbeScore(s.value(QStringLiteral("test_mIoU")).toObject(), a.mean, a.low, a.high);
      r.segmentationArms.push_back(a);
    }
    if (r.segmentationArms.isEmpty())
      r.error = tr("%1 holds no segmentation probe results (test mIoU per initialisation).")
                    .arg(QDir::toNativeSeparators(file));
    std::stable_sort(r.segmentationArms.begin(), r.segmentationArms.end(),
                     [](const SegmentationArm& a, const SegmentationArm& b) {
                       return a.name == QLatin1String("pretrained") && b.name != QLatin1String("pretrained");
                     });
    return r;
  }
  for (const QJsonValue& v : summaries) {
    const QJsonObject s = v.toObject();
    if (!s.contains(QStringLiteral("level")) || !s.contains(QStringLiteral("linear_mAP"))) continue;
    const QString name = s.value(QStringLiteral("arm")).toString();
    auto arm = std::find_if(r.arms.begin(), r.arms.end(), [&](const Arm& a) { return a.name == name; });
    if (arm == r.arms.end()) {
      r.arms.push_back({name, {}});
      arm = r.arms.end() - 1;
    }
    Level l;
    l.level = s.value(QStringLiteral("level")).toInt();
    l.seeds = s.value(QStringLiteral("seeds")).toInt();
    readProbeScore(s.value(QStringLiteral("linear_mAP")).toObject(), l.linearMean, l.linearLow, l.linearHigh);
    readProbeScore(s.value(QStringLiteral("knn_mAP")).toObject(), l.knnMean, l.knnLow, l.knnHigh);
    arm->levels.push_back(l);
  }
  if (r.arms.isEmpty()) {
    r.error = tr("%1 holds no probe results by encoder level.").arg(QDir::toNativeSeparators(file));
    return r;
  }
  for (Arm& a : r.arms)
    std::sort(a.levels.begin(), a.levels.end(),
              [](const Level& x, const Level& y) { return x.level < y.level; });
  std::stable_sort(r.arms.begin(), r.arms.end(), [](const Arm& a, const Arm& b) {
    return a.name == QLatin1String("pretrained") && b.name != QLatin1String("pretrained");
  });
  return r;
}

}  // namespace colorproxy
