#include "datasets/datasetoverview.h"

#include <exception>

#include <QFileInfo>

#include "colorproxy/data/dataset_reader.h"

namespace colorproxy {
namespace {
constexpr int kProblemSamples = 20;
}

int DatasetOverview::usableCount() const {
  int n = 0;
  for (const auto& s : splits) n += s.usable;
  return n;
}

QStringList DatasetOverview::splitNames() const {
  QStringList names;
  for (const auto& s : splits) names << s.name;
  return names;
}

DatasetOverview DatasetOverview::scan(const QString& path, const QString& format, bool keepGrayscale) {
  DatasetOverview o;
  o.path = path;
  if (path.trimmed().isEmpty()) {
    o.error = tr("Choose a dataset folder.");
    return o;
  }
  if (!QFileInfo(path).isDir()) {
    o.error = tr("%1 is not a folder. Choose the folder that holds the images (or the dataset's "
                 "root for COCO, Pascal VOC and CamVid).")
                  .arg(path);
    return o;
  }
  try {
    ScanOptions options;
    options.format = parseDatasetFormat(format.toStdString());
    options.keepGrayscale = keepGrayscale;
    auto shared = std::make_shared<Dataset>(openDataset(path.toStdString(), options));
    const Dataset& dataset = *shared;
    o.format = QString::fromLatin1(toString(dataset.format));
    o.layout = QString::fromStdString(dataset.layout);
    for (const auto& split : dataset.splits) {
      Split s;
      s.name = QString::fromStdString(split.name);
      s.usable = int(split.samples.size());
      s.found = int(split.imagesFound);
      s.problems = int(split.problems.size());
      for (const auto& sample : split.samples) {
        if (sample.hasLabels()) ++s.withLabels;
        if (sample.hasMask()) ++s.withMasks;
      }
      o.splits.push_back(s);
    }
    for (const auto& c : dataset.labelClasses) o.labelClasses << QString::fromStdString(c);
    for (const auto& c : dataset.maskClasses) o.maskClasses << QString::fromStdString(c.name);
    const auto problems = dataset.allProblems();
    o.problemCount = int(problems.size());
    for (std::size_t i = 0; i < problems.size() && int(i) < kProblemSamples; ++i)
      o.problemMessages << QString::fromStdString(problems[i].message);
    if (o.usableCount() == 0) {
      o.error =
          tr("No usable colour images were found in %1 (%n problem(s) reported).", nullptr, o.problemCount)
              .arg(path);
      return o;
    }
    o.dataset = std::move(shared);
    o.ok = true;
  } catch (const std::exception& e) {
    o.error = QString::fromStdString(e.what());
  }
  return o;
}

}  // namespace colorproxy
