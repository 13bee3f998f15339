#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "datasets/datasetoverview.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace colorproxy {

class DatasetFormatBox;
class DatasetSummaryView;
class PathEdit;

/// The dataset rows the pretraining and fine-tuning wizards both start with: the folder (scanned as soon
/// as it or the format changes), its format, the scan's summary, which of the dataset's splits serves each
/// role, the hold-out share and the image limit. The page maps them to and from its config.
class DatasetForm : public QWidget {
  Q_OBJECT

 public:
  /// A split role: the row's label ("&Training split:") and the text of its reader's-default choice.
  struct SplitRole {
    QString label;
    QString defaultText;
  };

  /// `withFolderFormat`: offer a plain image folder; `grayscaleUsable`: grayscale images count as usable
  /// (fine-tuning sees lightness only); `holdOutNote`: the explanation under the hold-out share.
  DatasetForm(bool withFolderFormat, bool grayscaleUsable, const QList<SplitRole>& roles,
              const QString& holdOutNote, QWidget* parent = nullptr);

  PathEdit* pathEdit() const { return m_path; }
  DatasetSummaryView* summary() const { return m_summary; }

  QString path() const;
  QString format() const;
  /// The split chosen for role `role` (empty: the reader's default).
  QString split(int role) const;
  double valFraction() const;
  int maxImages() const;
  /// Shows a config's values; rescans only when `path` is set and differs from the folder scanned.
  void load(const QString& path, const QString& format, double valFraction, int maxImages);
  /// Offers the scanned dataset's splits in every role, keeping `wanted[role]` when it is still there.
  void fillSplits(const DatasetOverview& overview, const QStringList& wanted);
  /// False while scanning (no reason: the summary says so), without a scanned folder (`choose` as the
  /// reason) or when the scan failed (its error).
  bool ready(QString* reason, const QString& choose) const;

 Q_SIGNALS:
  /// Any edit, and the start of a scan.
  void changed();
  /// A scan finished.
  void scanned(const DatasetOverview& overview);

 private:
  void startScan();

  bool m_grayscaleUsable;
  QStringList m_defaultTexts;
  PathEdit* m_path = nullptr;
  DatasetFormatBox* m_format = nullptr;
  DatasetSummaryView* m_summary = nullptr;
  QVector<QComboBox*> m_splits;
  QDoubleSpinBox* m_valFraction = nullptr;
  QSpinBox* m_maxImages = nullptr;
};

}  // namespace colorproxy
