#pragma once
// A baseline and a pretrained segmentation run scored against each other, image by image, from the
// predictions/ they saved. Loading reads every mask once; it runs off the GUI thread.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include "colorproxy/eval/segmentation_report.h"
#include "compare/disagreement.h"
#include "runpair/finetunerun.h"

namespace colorproxy {

/// One test image of both runs.
struct SegmentationImage {
  int index = 0;  ///< position in the test split
  QString image;  ///< the original photo
  QString truth, baseline,
      pretrained;           ///< the saved mask files (truth: ids at the network's size, 255 = void)
  DisagreementStats stats;  ///< pixel outcomes of this image
  double baselineMeanIoU = 0.0, pretrainedMeanIoU = 0.0;  ///< mIoU of this image alone (NaN if all void)
  QVector<double> baselineIoU, pretrainedIoU;  ///< per-class IoU of this image (NaN = class absent)

  double meanIoUGain() const { return pretrainedMeanIoU - baselineMeanIoU; }
  double accuracyGain() const { return stats.accuracyGain(); }
};

/// How to order the images for browsing.
enum class SegmentationOrder { TestOrder, MeanIoUGain, MeanIoULoss, AccuracyGain, AccuracyLoss };

/// The whole comparison.
struct SegmentationComparison {
  Q_DECLARE_TR_FUNCTIONS(SegmentationComparison)

 public:
  static constexpr int kIgnoreId = 255;  ///< the void id of saved truth masks

  QString error;         ///< set when the pair cannot be compared (names the file and the fix)
  QStringList warnings;  ///< images skipped and other oddities
  FinetuneRunInfo baseline, pretrained;
  QStringList classNames;
  QVector<SegmentationImage> images;                    ///< in test order, images both runs predicted
  SegmentationReport baselineReport, pretrainedReport;  ///< over all those images (engine metrics)
  DisagreementStats total;                              ///< pixel outcomes over all images

  bool ok() const { return error.isEmpty(); }

  /// Reads both run folders; never throws.
  static SegmentationComparison load(const QString& baselineDir, const QString& pretrainedDir);
};

/// Indices into `images` in the given order (largest gain first for the *Gain orders, largest loss first
/// for the *Loss orders; images without a value last; ties in test order).
QVector<int> sortSegmentationImages(const QVector<SegmentationImage>& images, SegmentationOrder order);

}  // namespace colorproxy
