#pragma once
// One or two multilabel classification runs (baseline and pretrained) read back from their saved test
// predictions: per-image probabilities, losses and errors, and per-class precision-recall curves and AP
// computed with the engine's own metric code. Loading runs off the GUI thread.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include "colorproxy/eval/multilabel_report.h"
#include "colorproxy/eval/precision_recall.h"
#include "runpair/finetunerun.h"

namespace colorproxy {

/// One test image.
struct LabelsImage {
  int index = 0;                                    ///< position in the test split
  QString image;                                    ///< the photo
  QVector<int> truth;                               ///< 0/1 per class
  QVector<double> baseline;                         ///< probability per class
  QVector<double> pretrained;                       ///< empty when only one run is open
  double baselineLoss = 0.0, pretrainedLoss = 0.0;  ///< per-image binary cross-entropy
  int baselineErrors = 0, pretrainedErrors = 0;     ///< labels wrong at the 0.5 threshold
};

/// Precision-recall of one class for both runs.
struct LabelsClassCurve {
  std::size_t positives = 0;
  std::vector<PrecisionRecallPoint> baseline, pretrained;
  double baselineAP = 0.0, pretrainedAP = 0.0;  ///< NaN when the class has no positive
};

/// How to order the images.
enum class LabelsOrder {
  TestOrder,
  BaselineLoss,      ///< highest baseline loss first
  PretrainedLoss,    ///< highest pretrained loss first
  LossGain,          ///< largest loss reduction by pretraining first (baseline − pretrained)
  BaselineErrors,    ///< most baseline label errors first
  PretrainedErrors,  ///< most pretrained label errors first
};

/// The whole comparison.
struct ClassificationComparison {
  Q_DECLARE_TR_FUNCTIONS(ClassificationComparison)

 public:
  static constexpr double kThreshold = 0.5;  ///< decision threshold for label errors (the engine's default)

  QString error;
  QStringList warnings;
  FinetuneRunInfo baseline, pretrained;  ///< pretrained.dir is empty when one run is open
  QStringList classNames;
  QVector<LabelsImage> images;  ///< test order; with two runs, the images both predicted
  QVector<LabelsClassCurve> classes;
  MultilabelReport baselineReport, pretrainedReport;  ///< engine metrics over `images`

  bool ok() const { return error.isEmpty(); }
  bool paired() const { return !pretrained.dir.isEmpty(); }

  /// Reads one run (`pretrainedDir` empty) or a pair; never throws.
  static ClassificationComparison load(const QString& baselineDir, const QString& pretrainedDir);
};

/// Binary cross-entropy of one image, averaged over its classes, as the engine's training loss
/// (torch::binary_cross_entropy, whose logarithms are clamped at −100, so a confident mistake costs 100).
double imageBinaryCrossEntropy(const QVector<double>& probabilities, const QVector<int>& truth);

/// Labels wrong at `threshold` (a label is predicted when its probability is >= threshold).
int imageLabelErrors(const QVector<double>& probabilities, const QVector<int>& truth,
                     double threshold = ClassificationComparison::kThreshold);

/// Indices into `images` in `order` (ties in test order).
QVector<int> sortLabelsImages(const QVector<LabelsImage>& images, LabelsOrder order);

}  // namespace colorproxy
