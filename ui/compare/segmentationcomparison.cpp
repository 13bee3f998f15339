#include "compare/segmentationcomparison.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/base/csv.h"
#include "colorproxy/eval/confusion_matrix.h"
#include "runpair/imageorder.h"

namespace colorproxy {
namespace {

struct IndexRow {
  int index = 0;
  QString image, prediction, truth;
};

// predictions/index.csv as rows keyed by image path; false with `error` set when it is unusable.
bool readIndex(const FinetuneRunInfo& run, QVector<IndexRow>* rows, QString* error) {
  const QString file = QDir(run.predictionsDir).filePath(QStringLiteral("index.csv"));
  std::vector<CsvRecord> csv;
  try {
    csv = readCsvFile(QFile::encodeName(file).toStdString());
  } catch (const std::exception& e) {
    *error = QString::fromStdString(e.what());
    return false;
  }
  if (csv.empty() || csv.front().size() < 4 || csv.front()[1] != "image") {
    *error = SegmentationComparison::tr(
                 "%1 is not a segmentation predictions index (expected the columns "
                 "index,image,prediction,truth): was the run a segmentation run?")
                 .arg(QDir::toNativeSeparators(file));
    return false;
  }
  for (std::size_t i = 1; i < csv.size(); ++i) {
    const CsvRecord& r = csv[i];
    if (r.size() < 4) continue;
    IndexRow row;
    row.index = QString::fromStdString(r[0]).toInt();
    row.image = QString::fromStdString(r[1]);
    row.prediction = QDir(run.predictionsDir).filePath(QString::fromStdString(r[2]));
    row.truth = QDir(run.predictionsDir).filePath(QString::fromStdString(r[3]));
    *rows << row;
  }
  if (rows->isEmpty()) {
    *error = SegmentationComparison::tr("%1 lists no images.").arg(QDir::toNativeSeparators(file));
    return false;
  }
  return true;
}

cv::Mat readSavedIds(const QString& file) {
  return cv::imread(QFile::encodeName(file).toStdString(), cv::IMREAD_UNCHANGED);
}

QVector<double> toVector(const std::vector<double>& v) { return QVector<double>(v.begin(), v.end()); }

}  // namespace

SegmentationComparison SegmentationComparison::load(const QString& baselineDir,
                                                    const QString& pretrainedDir) {
  SegmentationComparison out;
  out.baseline = FinetuneRunInfo::read(baselineDir);
  out.pretrained = FinetuneRunInfo::read(pretrainedDir);
  for (const FinetuneRunInfo* run : {&out.baseline, &out.pretrained}) {
    if (!run->ok()) {
      out.error = run->error;
      return out;
    }
    if (run->task != QLatin1String("segmentation")) {
      out.error = tr("%1 is a %2 run: the Compare page needs two segmentation runs (classification runs "
                     "open on the Labels page).")
                      .arg(QDir::toNativeSeparators(run->dir), run->task);
      return out;
    }
    if (run->predictionsDir.isEmpty()) {
      out.error = tr("%1 saved no test predictions: fine-tune it again with \"save predictions\" on.")
                      .arg(QDir::toNativeSeparators(run->dir));
      return out;
    }
  }
  if (out.baseline.classNames != out.pretrained.classNames) {
    out.error = tr("The two runs have different classes (%1 and %2): compare runs on the same dataset.")
                    .arg(out.baseline.classNames.size())
                    .arg(out.pretrained.classNames.size());
    return out;
  }
  out.classNames = out.baseline.classNames;
  QVector<IndexRow> rowsB, rowsP;
  if (!readIndex(out.baseline, &rowsB, &out.error) || !readIndex(out.pretrained, &rowsP, &out.error))
    return out;
  std::map<QString, IndexRow> byImage;
  for (const IndexRow& r : rowsP) byImage[r.image] = r;

  const int classes = int(out.classNames.size());
  ConfusionMatrix totalB(classes, kIgnoreId), totalP(classes, kIgnoreId);
  int truthDiffers = 0, unpaired = 0;
  for (const IndexRow& rb : rowsB) {
    const auto it = byImage.find(rb.image);
    if (it == byImage.end()) {
      ++unpaired;
      continue;
    }
    const IndexRow& rp = it->second;
    const cv::Mat truth = readSavedIds(rb.truth), predB = readSavedIds(rb.prediction),
                  predP = readSavedIds(rp.prediction);
    QString missing;
    if (truth.empty()) missing = rb.truth;
    if (predB.empty()) missing = rb.prediction;
    if (predP.empty()) missing = rp.prediction;
    if (!missing.isEmpty()) {
      out.warnings << tr("%1 cannot be read; its image is left out.").arg(QDir::toNativeSeparators(missing));
      continue;
    }
    if (predP.size() != truth.size() || predB.size() != truth.size()) {
      out.error = tr("The runs were scored at different image sizes (%1×%2 and %3×%4, %5): compare runs "
                     "fine-tuned with the same image size.")
                      .arg(predB.cols)
                      .arg(predB.rows)
                      .arg(predP.cols)
                      .arg(predP.rows)
                      .arg(QDir::toNativeSeparators(rp.prediction));
      return out;
    }
    const cv::Mat truthP = readSavedIds(rp.truth);
    if (!truthP.empty() && (truthP.size() != truth.size() || cv::countNonZero(truthP != truth) > 0))
      ++truthDiffers;

    SegmentationImage img;
    img.index = rb.index;
    img.image = rb.image;
    img.truth = rb.truth;
    img.baseline = rb.prediction;
    img.pretrained = rp.prediction;
    try {
      img.stats = computeDisagreement(truth, predB, predP, kIgnoreId).stats;
      ConfusionMatrix cb(classes, kIgnoreId), cp(classes, kIgnoreId);
      try {
        cb.add(predB, truth);
      } catch (const std::exception& e) {
        throw std::runtime_error(QDir::toNativeSeparators(rb.prediction).toStdString() + ": " + e.what());
      }
      try {
        cp.add(predP, truth);
      } catch (const std::exception& e) {
        throw std::runtime_error(QDir::toNativeSeparators(rp.prediction).toStdString() + ": " + e.what());
      }
      const SegmentationReport repB = cb.report(), repP = cp.report();
      img.baselineMeanIoU = repB.meanIoU;
      img.pretrainedMeanIoU = repP.meanIoU;
      img.baselineIoU = toVector(repB.iou);
      img.pretrainedIoU = toVector(repP.iou);
      totalB.merge(cb);
      totalP.merge(cp);
    } catch (const std::exception& e) {
      out.warnings << tr("%1; the image is left out (do the masks belong to this dataset?).")
                          .arg(QString::fromStdString(e.what()));
      continue;
    }
    out.total += img.stats;
    out.images << img;
  }
  if (unpaired > 0)
    out.warnings << tr(
        "%n test image(s) of the baseline are missing from the pretrained run and are left out.", nullptr,
        unpaired);
  if (truthDiffers > 0)
    out.warnings << tr(
        "The two runs' saved ground truth differs on %n image(s): were they fine-tuned on the "
        "same dataset and image size? The baseline's truth is used.",
        nullptr, truthDiffers);
  if (out.images.isEmpty()) {
    out.error =
        tr("The two runs have no test image in common that could be read (%1, %2).")
            .arg(QDir::toNativeSeparators(out.baseline.dir), QDir::toNativeSeparators(out.pretrained.dir));
    if (!out.warnings.isEmpty()) out.error += QLatin1Char(' ') + out.warnings.first();
    return out;
  }
  out.baselineReport = totalB.report();
  out.pretrainedReport = totalP.report();
  return out;
}

QVector<int> sortSegmentationImages(const QVector<SegmentationImage>& images, SegmentationOrder order) {
  return orderByKeyDescending(int(images.size()), [&](int i) {
    const SegmentationImage& im = images[i];
    switch (order) {
      case SegmentationOrder::MeanIoUGain:
        return im.meanIoUGain();
      case SegmentationOrder::MeanIoULoss:
        return -im.meanIoUGain();
      case SegmentationOrder::AccuracyGain:
        return im.accuracyGain();
      case SegmentationOrder::AccuracyLoss:
        return -im.accuracyGain();
      case SegmentationOrder::TestOrder:
        break;
    }
    return 0.0;  // test order: all keys tie
  });
}

}  // namespace colorproxy
