#pragma once
#include <QString>
#include <QVector>

#include "labels/classificationcomparison.h"
#include "runpair/runpairpage.h"

class QCheckBox;
class QLabel;
class QTabWidget;

namespace colorproxy {

class ImageView;
class PairedBarChart;
class PrCurvePlot;

/// The Labels page: multilabel classification runs image by image (each class's predicted probability
/// from the baseline and the pretrained network against the truth, images ordered by loss or errors) and
/// class by class (precision-recall curves and AP, as the engine computes them).
class LabelsPage : public RunPairPage {
  Q_OBJECT

 public:
  /// Opens an experiment (or runs) folder: its first seed's pair, or its first run when none is paired;
  /// openRuns() opens two runs, or one (`pretrainedDir` empty).
  explicit LabelsPage(QWidget* parent = nullptr);

  /// currentImage() indexes its images.
  const ClassificationComparison& comparison() const { return m_comparison; }
  void setOrder(LabelsOrder order);
  /// Shows the precision-recall curves of class `c`.
  void showClass(int c);
  int currentClass() const { return m_class; }

  QTabWidget* tabs() const { return m_tabs; }
  QTreeWidget* classList() const { return m_classes; }
  PairedBarChart* probabilityChart() const { return m_chart; }
  PrCurvePlot* prPlot() const { return m_pr; }
  ImageView* imageView() const { return m_image; }
  QString labelsText() const;

 protected:
  void load(const QString& baselineDir, const QString& pretrainedDir) override;
  /// Both lists: images and classes.
  void fillList() override;
  void showImage(int index) override;

 private:
  QWidget* createImagesTab();
  QWidget* createClassesTab();
  void onLoaded(const ClassificationComparison& comparison);
  QString summaryText() const;
  void enablePairedOrders();
  void fillImageList();
  void fillClassList();
  QString imageText(const LabelsImage& im, int drawn) const;
  QString baselineName() const;
  QString pretrainedName() const;

  QTabWidget* m_tabs = nullptr;
  QCheckBox* m_onlyRelevant = nullptr;
  ImageView* m_image = nullptr;
  QLabel* m_labels = nullptr;
  PairedBarChart* m_chart = nullptr;
  QTreeWidget* m_classes = nullptr;
  PrCurvePlot* m_pr = nullptr;

  ClassificationComparison m_comparison;
  int m_class = -1;
};

}  // namespace colorproxy
