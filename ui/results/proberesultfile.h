#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace colorproxy {

/// A representation probe study's result as `colorproxy-cli probe` (and an experiment with probes) writes
/// it: probe.json holds the test mAP of frozen encoders per level, for each arm (the pretrained encoder and
/// randomly initialised ones), as the mean over seeds with its 95 % interval, and the chance level;
/// probe-segmentation.json (`probe --task segmentation`) holds each arm's test mIoU of a 1x1 convolution on
/// the frozen decoder's last features, with its interval, and the mIoU of predicting the majority class
/// everywhere. Read with Qt's JSON (the format is the file's, not an engine type), off the GUI thread like
/// the other run files.
struct ProbeResultFile {
  Q_DECLARE_TR_FUNCTIONS(ProbeResultFile)

 public:
  /// One arm at one encoder level; NaN where the file has no value (an interval over one seed).
  struct Level {
    int level = 0;
    int seeds = 0;
    double linearMean = 0.0, linearLow = 0.0, linearHigh = 0.0;
    double knnMean = 0.0, knnLow = 0.0, knnHigh = 0.0;
  };
  /// An arm ("pretrained", "random") and its levels, in level order.
  struct Arm {
    QString name;
    QVector<Level> levels;
  };
  /// One arm of a segmentation probe: test mIoU, mean over seeds with its 95 % interval (NaN: none).
  struct SegmentationArm {
    QString name;
    int seeds = 0;
    double mean = 0.0, low = 0.0, high = 0.0;
  };

  QString file;
  QString error;  ///< why the file cannot be shown (unreadable, not a level probe); empty when it can
  QString model;  ///< the pretrained arm's model as given to the probe (empty: random encoders only)
  QString data;   ///< the labelled dataset the probes classified
  int testImages = 0;
  int classes = 0;
  double chance = 0.0;        ///< test mAP of a constant score; NaN when unknown
  QVector<Arm> arms;          ///< "pretrained" first when present
  bool segmentation = false;  ///< a probe-segmentation.json: `segmentationArms` instead of `arms`
  QVector<SegmentationArm> segmentationArms;  ///< "pretrained" first when present
  double majority = 0.0;  ///< test mIoU of the majority class everywhere; NaN when unknown

  bool ok() const { return error.isEmpty(); }
  /// Reads `file`; never throws (problems go to `error`).
  static ProbeResultFile read(const QString& file);
  /// The probe files (probe.json, probe-segmentation.json) that belong to the folder `dir`: its own, then
  /// an experiment's under probes/<task>/ (sorted). Empty when there is none.
  static QStringList find(const QString& dir);
  /// The probe files directly in `dir` (a probe study's own folder), probe.json first.
  static QStringList findOwn(const QString& dir);
  /// An arm's name in the user's language ("colorization-pretrained", "random init").
  static QString armText(const QString& arm);
};

}  // namespace colorproxy
