#include "labels/classificationcomparison.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <map>

#include <QDir>
#include <QFile>

#include "colorproxy/base/csv.h"
#include "colorproxy/eval/multilabel_evaluator.h"
#include "runpair/imageorder.h"

namespace colorproxy {
namespace {

// probabilities.csv and labels.csv of one run, keyed by image.
struct RunScores {
  QStringList images;
  QVector<QVector<double>> probabilities;
  QVector<QVector<int>> labels;
};

bool readMatrix(const QString& file, const QStringList& classes, bool binary, QStringList* images,
                QVector<QVector<double>>* values, QString* error) {
  std::vector<CsvRecord> rows;
  try {
    rows = readCsvFile(QFile::encodeName(file).toStdString());
  } catch (const std::exception& e) {
    *error = QString::fromStdString(e.what());
    return false;
  }
  const QString shown = QDir::toNativeSeparators(file);
  if (rows.empty() || rows.front().empty() || rows.front()[0] != "image" ||
      rows.front().size() != std::size_t(classes.size()) + 1) {
    *error = ClassificationComparison::tr(
                 "%1 does not have the columns image + the run's %2 classes: was it "
                 "written by a classification run of this dataset?")
                 .arg(shown)
                 .arg(classes.size());
    return false;
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRecord& row = rows[r];
    if (row.size() != std::size_t(classes.size()) + 1) {
      *error = ClassificationComparison::tr("%1, line %2: %3 values instead of %4.")
                   .arg(shown)
                   .arg(r + 1)
                   .arg(row.size())
                   .arg(classes.size() + 1);
      return false;
    }
    QVector<double> v(classes.size());
    for (int c = 0; c < classes.size(); ++c) {
      bool ok = false;
      // The engine wrote float probabilities with 9 significant digits: back to the same float.
      const QString cell = QString::fromStdString(row[std::size_t(c) + 1]);
      const double x = double(cell.toFloat(&ok));
      if (!ok || !std::isfinite(x) || x < 0.0 || x > 1.0 || (binary && x != 0.0 && x != 1.0)) {
        *error = ClassificationComparison::tr("%1, line %2, column %3: \"%4\" is not %5.")
                     .arg(shown)
                     .arg(r + 1)
                     .arg(classes[c], cell,
                          binary ? ClassificationComparison::tr("0 or 1")
                                 : ClassificationComparison::tr("a probability between 0 and 1"));
        return false;
      }
      v[c] = x;
    }
    *images << QString::fromStdString(row[0]);
    *values << v;
  }
  return true;
}

bool readScores(const FinetuneRunInfo& run, RunScores* out, QString* error) {
  const QDir dir(run.predictionsDir);
  QStringList labelImages;
  QVector<QVector<double>> labels;
  if (!readMatrix(dir.filePath(QStringLiteral("probabilities.csv")), run.classNames, false, &out->images,
                  &out->probabilities, error) ||
      !readMatrix(dir.filePath(QStringLiteral("labels.csv")), run.classNames, true, &labelImages, &labels,
                  error))
    return false;
  if (labelImages != out->images) {
    *error = ClassificationComparison::tr("%1: probabilities.csv and labels.csv list different images.")
                 .arg(QDir::toNativeSeparators(run.predictionsDir));
    return false;
  }
  for (const auto& row : labels) {
    QVector<int> l(row.size());
    for (int c = 0; c < row.size(); ++c) l[c] = row[c] > 0.5 ? 1 : 0;
    out->labels << l;
  }
  if (out->images.isEmpty()) {
    *error = ClassificationComparison::tr("%1 lists no test images.")
                 .arg(QDir::toNativeSeparators(run.predictionsDir));
    return false;
  }
  return true;
}

QString checkRun(const FinetuneRunInfo& run) {
  if (!run.ok()) return run.error;
  if (run.task != QLatin1String("classification"))
    return ClassificationComparison::tr(
               "%1 is a %2 run: the Labels page needs classification runs "
               "(segmentation runs open on the Compare page).")
        .arg(QDir::toNativeSeparators(run.dir), run.task);
  if (run.predictionsDir.isEmpty())
    return ClassificationComparison::tr(
               "%1 saved no test predictions: fine-tune it again with \"save "
               "predictions\" on.")
        .arg(QDir::toNativeSeparators(run.dir));
  return {};
}

}  // namespace

double imageBinaryCrossEntropy(const QVector<double>& p, const QVector<int>& truth) {
  if (p.isEmpty()) return std::numeric_limits<double>::quiet_NaN();
  double sum = 0.0;
  for (int c = 0; c < p.size(); ++c) {
    const double logP = std::max(std::log(p[c]), -100.0), log1mP = std::max(std::log(1.0 - p[c]), -100.0);
    sum -= truth.value(c) ? logP : log1mP;
  }
  return sum / double(p.size());
}

int imageLabelErrors(const QVector<double>& p, const QVector<int>& truth, double threshold) {
  int errors = 0;
  for (int c = 0; c < p.size(); ++c) errors += (p[c] >= threshold ? 1 : 0) != truth.value(c);
  return errors;
}

ClassificationComparison ClassificationComparison::load(const QString& baselineDir,
                                                        const QString& pretrainedDir) {
  ClassificationComparison out;
  out.baseline = FinetuneRunInfo::read(baselineDir);
  if (!(out.error = checkRun(out.baseline)).isEmpty()) return out;
  const bool paired = !pretrainedDir.isEmpty();
  if (paired) {
    out.pretrained = FinetuneRunInfo::read(pretrainedDir);
    if (!(out.error = checkRun(out.pretrained)).isEmpty()) return out;
    if (out.pretrained.classNames != out.baseline.classNames) {
      out.error = tr("The two runs have different classes (%1 and %2): compare runs on the same dataset.")
                      .arg(out.baseline.classNames.size())
                      .arg(out.pretrained.classNames.size());
      return out;
    }
  }
  out.classNames = out.baseline.classNames;
  RunScores b, p;
  if (!readScores(out.baseline, &b, &out.error)) return out;
  if (paired && !readScores(out.pretrained, &p, &out.error)) return out;
  std::map<QString, int> rowOf;
  for (int i = 0; i < p.images.size(); ++i) rowOf[p.images[i]] = i;

  const int classes = int(out.classNames.size());
  MultilabelEvaluator evalB(classes), evalP(classes);
  int unpaired = 0, truthDiffers = 0;
  for (int i = 0; i < b.images.size(); ++i) {
    LabelsImage im;
    im.index = i;
    im.image = b.images[i];
    im.truth = b.labels[i];
    im.baseline = b.probabilities[i];
    if (paired) {
      const auto it = rowOf.find(im.image);
      if (it == rowOf.end()) {
        ++unpaired;
        continue;
      }
      im.pretrained = p.probabilities[it->second];
      if (p.labels[it->second] != im.truth) ++truthDiffers;
    }
    im.baselineLoss = imageBinaryCrossEntropy(im.baseline, im.truth);
    im.baselineErrors = imageLabelErrors(im.baseline, im.truth);
    if (paired) {
      im.pretrainedLoss = imageBinaryCrossEntropy(im.pretrained, im.truth);
      im.pretrainedErrors = imageLabelErrors(im.pretrained, im.truth);
    }
    const std::vector<int> truth(im.truth.begin(), im.truth.end());
    evalB.addSample(std::vector<double>(im.baseline.begin(), im.baseline.end()), truth);
    if (paired) evalP.addSample(std::vector<double>(im.pretrained.begin(), im.pretrained.end()), truth);
    out.images << im;
  }
  if (unpaired > 0)
    out.warnings << tr(
        "%n test image(s) of the baseline are missing from the pretrained run and are left out.", nullptr,
        unpaired);
  if (truthDiffers > 0)
    out.warnings << tr("The runs' saved labels differ on %n image(s); the baseline's are used.", nullptr,
                       truthDiffers);
  if (out.images.isEmpty()) {
    out.error =
        tr("The two runs have no test image in common (%1, %2).")
            .arg(QDir::toNativeSeparators(out.baseline.dir), QDir::toNativeSeparators(out.pretrained.dir));
    return out;
  }
  out.baselineReport = evalB.report(kThreshold);
  if (paired) out.pretrainedReport = evalP.report(kThreshold);
  for (int c = 0; c < classes; ++c) {
    LabelsClassCurve curve;
    curve.positives = out.baselineReport.perClass[std::size_t(c)].positives;
    curve.baseline = evalB.precisionRecallCurve(c);
    curve.baselineAP = out.baselineReport.perClass[std::size_t(c)].averagePrecision;
    curve.pretrainedAP = std::numeric_limits<double>::quiet_NaN();
    if (paired) {
      curve.pretrained = evalP.precisionRecallCurve(c);
      curve.pretrainedAP = out.pretrainedReport.perClass[std::size_t(c)].averagePrecision;
    }
    out.classes << curve;
  }
  return out;
}

QVector<int> sortLabelsImages(const QVector<LabelsImage>& images, LabelsOrder order) {
  return orderByKeyDescending(int(images.size()), [&](int i) -> double {
    const LabelsImage& im = images[i];
    switch (order) {
      case LabelsOrder::BaselineLoss:
        return im.baselineLoss;
      case LabelsOrder::PretrainedLoss:
        return im.pretrained.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : im.pretrainedLoss;
      case LabelsOrder::LossGain:
        return im.pretrained.isEmpty() ? std::numeric_limits<double>::quiet_NaN()
                                       : im.baselineLoss - im.pretrainedLoss;
      case LabelsOrder::BaselineErrors:
        return im.baselineErrors;
      case LabelsOrder::PretrainedErrors:
        return im.pretrained.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : im.pretrainedErrors;
      case LabelsOrder::TestOrder:
        break;
    }
    return 0.0;  // test order: all keys tie
  });
}

}  // namespace colorproxy
