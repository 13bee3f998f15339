#pragma once
// A finished fine-tuning run as the Compare and Labels pages see it (report.json and predictions/), and
// finding baseline/pretrained pairs of them in an experiment or runs folder.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace colorproxy {

/// What report.json says about one fine-tuning run.
struct FinetuneRunInfo {
  Q_DECLARE_TR_FUNCTIONS(FinetuneRunInfo)

 public:
  QString dir;
  QString name;  ///< runName ("segmentation-baseline-seed1")
  QString task;  ///< "segmentation" or "classification"
  QString init;  ///< "random" or "pretrained"
  qint64 seed = 0;
  double fraction = 1.0;  ///< share of the labelled training images it trained on (an experiment's fraction)
  QStringList classNames;
  QString voidName;              ///< segmentation: the ignored label's name
  QVector<double> testPerClass;  ///< IoU or AP per class, as the run reported it (NaN = undefined)
  QString predictionsDir;        ///< empty when the run saved no predictions
  QString error;                 ///< set when the folder is not a readable fine-tuning run

  bool ok() const { return error.isEmpty(); }
  bool isPretrained() const { return init == QLatin1String("pretrained"); }

  /// Reads `dir`/report.json; never throws (problems go to `error`, naming the file and what to do).
  static FinetuneRunInfo read(const QString& dir);
};

/// A baseline and a pretrained run of one task to compare, usually one seed of an experiment.
struct RunPair {
  FinetuneRunInfo baseline;
  FinetuneRunInfo pretrained;
  QString label;  ///< "seed 1", "10 % of the labels · seed 1" (a study of fractions), or the two run names
};

/// The fine-tuning runs of `task` that saved predictions, found in `folder` itself, in `folder`/runs/ (an
/// experiment folder) and in their immediate subfolders; sorted by folder name.
QVector<FinetuneRunInfo> findFinetuneRuns(const QString& folder, const QString& task);

/// Baseline/pretrained pairs of `runs`, one per label fraction and seed that has both (the latest run of
/// each kind when one has several), by fraction, then seed. The labels name the fraction when the runs
/// were trained on more than one (or on part of the labels).
QVector<RunPair> pairRuns(const QVector<FinetuneRunInfo>& runs);

/// The pair `runDir` belongs to: the run itself and its partner among the runs beside it (same parent folder,
/// task, label fraction and seed, the other initialisation). Of several candidates the nearest in start time
/// wins: the next run after a baseline (the wizard and the experiment queue pretrained after baseline), else
/// the one before it. `ok` is false with a message naming the folder when `runDir` is not a finished
/// fine-tuning run with predictions; a run without a partner gives a pair with one empty side and `ok` true.
struct RunPairLookup {
  RunPair pair;
  bool ok = false;
  QString message;
};
RunPairLookup pairForRun(const QString& runDir);

}  // namespace colorproxy
