#pragma once
#include <QWidget>

class QLabel;
class QPushButton;

namespace colorproxy {

class JobRunner;
class TrainingMonitor;

/// The Train page: buttons for the wizards, the job queue, and the live training monitor.
class TrainPage : public QWidget {
  Q_OBJECT

 public:
  TrainPage(JobRunner* runner, QWidget* parent = nullptr);

  TrainingMonitor* monitor() const { return m_monitor; }
  QPushButton* pretrainButton() const { return m_pretrain; }
  QPushButton* finetuneButton() const { return m_finetune; }
  QPushButton* experimentButton() const { return m_experiment; }

 private:
  void updateQueue();

  JobRunner* m_runner;
  QPushButton* m_pretrain = nullptr;
  QPushButton* m_experiment = nullptr;
  QPushButton* m_finetune = nullptr;
  QLabel* m_queue = nullptr;
  TrainingMonitor* m_monitor = nullptr;
};

}  // namespace colorproxy
