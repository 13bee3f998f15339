#pragma once
#include <QFutureWatcher>
#include <QString>
#include <QVector>
#include <QWidget>

#include "labels/classificationcomparison.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace colorproxy {

class ImageView;
class PairedBarChart;
class PrCurvePlot;
class RunPairSelector;

/// The Labels page: multilabel classification runs image by image (each class's predicted probability
/// from the baseline and the pretrained network against the truth, images ordered by loss or errors) and
/// class by class (precision-recall curves and AP, as the engine computes them).
class LabelsPage : public QWidget {
  Q_OBJECT

 public:
  explicit LabelsPage(QWidget* parent = nullptr);
  ~LabelsPage() override;

  /// Opens an experiment (or runs) folder: its first seed's pair, or its first run when none is paired.
  bool openExperiment(const QString& folder);
  /// Opens two runs, or one (`pretrainedDir` empty).
  void openRuns(const QString& baselineDir, const QString& pretrainedDir = {});

  bool isLoading() const;
  const ClassificationComparison& comparison() const { return m_comparison; }
  int currentImage() const { return m_current; }
  void showRow(int row);
  void setOrder(LabelsOrder order);
  const QVector<int>& order() const { return m_order; }
  /// Shows the precision-recall curves of class `c`.
  void showClass(int c);
  int currentClass() const { return m_class; }

  QTabWidget* tabs() const { return m_tabs; }
  QTreeWidget* imageList() const { return m_list; }
  QTreeWidget* classList() const { return m_classes; }
  PairedBarChart* probabilityChart() const { return m_chart; }
  PrCurvePlot* prPlot() const { return m_pr; }
  ImageView* imageView() const { return m_image; }
  RunPairSelector* selector() const { return m_selector; }
  QString statusText() const;
  QString labelsText() const;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void load(const QString& baselineDir, const QString& pretrainedDir);
  void onLoaded();
  void fillLists();
  void showImage(int index);
  void showProblem(const QString& message);
  QString baselineName() const;
  QString pretrainedName() const;

  RunPairSelector* m_selector;
  QLabel* m_status;
  QTabWidget* m_tabs;
  QComboBox* m_orderBox;
  QToolButton* m_prev;
  QToolButton* m_next;
  QLabel* m_position;
  QCheckBox* m_onlyRelevant;
  QTreeWidget* m_list;
  ImageView* m_image;
  QLabel* m_labels;
  PairedBarChart* m_chart;
  QTreeWidget* m_classes;
  PrCurvePlot* m_pr;

  QFutureWatcher<ClassificationComparison>* m_watcher;
  int m_generation = 0;
  bool m_shown = false;
  ClassificationComparison m_comparison;
  QVector<int> m_order;
  int m_current = -1;
  int m_class = -1;
};

}  // namespace colorproxy
