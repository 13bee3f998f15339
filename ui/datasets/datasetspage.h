#pragma once
#include <QWidget>

class QComboBox;
class QPushButton;

namespace colorproxy {

class DatasetSummaryView;
class PathEdit;

/// The Datasets page: open a dataset folder and see its detected format, splits, counts, classes and
/// problems; start a pretraining run on it.
class DatasetsPage : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetsPage(QWidget* parent = nullptr);

  void openDataset(const QString& path);
  QString currentPath() const;
  DatasetSummaryView* summary() const { return m_summary; }

 Q_SIGNALS:
  void pretrainRequested(const QString& datasetPath);
  void datasetOpened(const QString& path);

 private:
  void rescan();

  PathEdit* m_path = nullptr;
  QComboBox* m_format = nullptr;
  DatasetSummaryView* m_summary = nullptr;
  QPushButton* m_pretrain = nullptr;
};

}  // namespace colorproxy
