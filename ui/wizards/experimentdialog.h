#pragma once
#include <QDialog>
#include <QFutureWatcher>

#include "colorproxy/experiment/experiment_config.h"
#include "colorproxy/finetune/pretrained_shape.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace colorproxy {

class PathEdit;

/// Train ▸ New experiment: the paper's question in one job. Pretrain a colorizer once (or reuse a run or
/// model file, the bundled one included), then fine-tune a randomly initialised baseline and a pretrained
/// network on identical data for every seed and task, and report the paired differences. Starts from the
/// "quick" (bundled samples) or "paper" (Pascal VOC 2012) preset; problems show below the form and keep
/// Start disabled; the settings it will run are shown as JSON.
class ExperimentDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ExperimentDialog(QWidget* parent = nullptr);

  /// The experiment the form describes (throws std::invalid_argument for a value the engine refuses).
  ExperimentConfig config() const;
  /// Problems with the current settings (empty: Start is enabled).
  QStringList problems() const { return m_problems; }

  QComboBox* presetBox() const { return m_preset; }
  PathEdit* dataEdit() const { return m_data; }
  QCheckBox* segmentationBox() const { return m_segmentation; }
  QCheckBox* classificationBox() const { return m_classification; }
  QSpinBox* seedsBox() const { return m_seeds; }
  QLineEdit* fractionsEdit() const { return m_fractions; }
  QRadioButton* reuseButton() const { return m_reuse; }
  PathEdit* modelEdit() const { return m_model; }
  QSpinBox* imageSizeBox() const { return m_imageSize; }
  QSpinBox* ngfBox() const { return m_ngf; }
  QSpinBox* numDownsBox() const { return m_numDowns; }
  QSpinBox* threadsBox() const { return m_threads; }
  QLineEdit* nameEdit() const { return m_name; }
  PathEdit* runsEdit() const { return m_runs; }
  /// Whether a chosen model file is still being read.
  bool isReadingModel() const { return m_shapeWatcher.isRunning(); }

 Q_SIGNALS:
  void startRequested(const colorproxy::ExperimentConfig& config);

 private:
  QGroupBox* createQuestionBox();
  QGroupBox* createColorizerBox();
  QGroupBox* createNetworkBox();
  /// The problems line, the JSON view and the buttons.
  void createFooter();
  void createConnections();
  void onModelShapeRead();
  void applyPreset();
  void useBundledModel();
  void readModelShape();
  void update();

  QComboBox* m_preset;
  QLabel* m_presetNote;
  PathEdit* m_data;
  QCheckBox* m_segmentation;
  QCheckBox* m_classification;
  QSpinBox* m_seeds;
  QLineEdit* m_fractions;
  QRadioButton* m_pretrain;
  QRadioButton* m_reuse;
  PathEdit* m_model;
  QPushButton* m_bundled;
  QLabel* m_modelNote;
  QSpinBox* m_imageSize;
  QSpinBox* m_ngf;
  QSpinBox* m_numDowns;
  QSpinBox* m_threads;
  QLineEdit* m_name;
  PathEdit* m_runs;
  QLabel* m_problemLabel;
  QCheckBox* m_showJson;
  QPlainTextEdit* m_json;
  QDialogButtonBox* m_buttons;
  QStringList m_problems;
  QFutureWatcher<PretrainedShape> m_shapeWatcher;
  QString m_shapeError;
};

}  // namespace colorproxy
