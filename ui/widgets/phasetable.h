#pragma once
#include <vector>

#include <QWidget>

#include "colorproxy/finetune/finetune_config.h"

class QTableWidget;

namespace colorproxy {

/// Edits a fine-tuning schedule: rows of (epochs, learning rate, frozen parts), with add/remove.
class PhaseTable : public QWidget {
  Q_OBJECT

 public:
  explicit PhaseTable(QWidget* parent = nullptr);

  void setPhases(const std::vector<FinetunePhase>& phases);
  /// The phases as entered; rows whose numbers do not parse come back with epochs 0 / lr 0, which the
  /// config's validation then reports.
  std::vector<FinetunePhase> phases() const;
  QTableWidget* table() const { return m_table; }

 Q_SIGNALS:
  void changed();

 private:
  void addRow(const FinetunePhase& phase);

  QTableWidget* m_table = nullptr;
  bool m_filling = false;
};

}  // namespace colorproxy
