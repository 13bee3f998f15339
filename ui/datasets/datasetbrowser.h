#pragma once
#include <memory>

#include <QFutureWatcher>
#include <QWidget>

#include "datasets/datasetindex.h"
#include "datasets/sampleview.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSlider;
class QTimer;

namespace colorproxy {

class LabelChips;
class ThumbnailModel;

/// Browses a dataset's samples: a lazily loaded thumbnail grid filtered by split, class and file name,
/// and the selected sample with its label chips, its mask over it (palette colours, adjustable opacity,
/// class name under the cursor) and its Lab channels one at a time.
class DatasetBrowser : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetBrowser(QWidget* parent = nullptr);

  void setDataset(std::shared_ptr<const Dataset> dataset);
  /// Enables filtering by mask class (which mask ids each sample holds).
  void setIndex(std::shared_ptr<const DatasetIndex> index);
  void clear();

  /// Selects the row'th visible sample and shows it.
  void selectRow(int row);
  int visibleCount() const;
  bool isLoadingSample() const { return m_loader.isRunning(); }

  ThumbnailModel* model() const { return m_model; }
  QListView* grid() const { return m_grid; }
  SampleView* sampleView() const { return m_view; }
  LabelChips* chips() const { return m_chips; }
  QComboBox* splitFilter() const { return m_splitFilter; }
  QComboBox* classFilter() const { return m_classFilter; }
  QLineEdit* searchBox() const { return m_search; }
  QComboBox* channelBox() const { return m_channel; }
  QCheckBox* maskBox() const { return m_mask; }
  QSlider* opacitySlider() const { return m_opacity; }

 Q_SIGNALS:
  void sampleShown();

 private:
  /// Filters over the thumbnail grid and the image count.
  QWidget* createGrid();
  /// The chosen image's name, labels, channel and mask controls over the image.
  QWidget* createSampleView();
  void applyFilter();
  void fillClassFilter();
  void showRow(int row);

  std::shared_ptr<const Dataset> m_dataset;
  std::shared_ptr<const DatasetIndex> m_index;
  QVector<QRgb> m_palette;
  ThumbnailModel* m_model = nullptr;
  QComboBox* m_splitFilter = nullptr;
  QComboBox* m_classFilter = nullptr;
  QLineEdit* m_search = nullptr;
  QTimer* m_searchDelay = nullptr;
  QLabel* m_count = nullptr;
  QListView* m_grid = nullptr;
  QLabel* m_fileName = nullptr;
  LabelChips* m_chips = nullptr;
  QComboBox* m_channel = nullptr;
  QCheckBox* m_mask = nullptr;
  QSlider* m_opacity = nullptr;
  QLabel* m_hover = nullptr;
  QString m_hoverHint;
  SampleView* m_view = nullptr;
  QFutureWatcher<LoadedSample> m_loader;
  int m_generation = 0;
};

}  // namespace colorproxy
