#include "widgets/phasetable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace colorproxy {

PhaseTable::PhaseTable(QWidget* parent) : QWidget(parent) {
  m_table = new QTableWidget(0, 3, this);
  m_table->setHorizontalHeaderLabels({tr("Epochs"), tr("Learning rate"), tr("Frozen parts")});
  m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  m_table->verticalHeader()->setVisible(true);
  m_table->setMaximumHeight(130);
  m_table->setToolTip(
      tr("Frozen parts: transferred, encoder, decoder, head, or a parameter-name prefix; "
         "separate several with commas. Empty = everything trains."));
  auto* add = new QToolButton(this);
  add->setText(tr("Add phase"));
  auto* remove = new QToolButton(this);
  remove->setText(tr("Remove phase"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_table);
  layout->addLayout(buttons);
  connect(add, &QToolButton::clicked, this, [this] {
    FinetunePhase p;
    if (m_table->rowCount() > 0) p = phases().back();
    p.frozen.clear();
    addRow(p);
    Q_EMIT changed();
  });
  connect(remove, &QToolButton::clicked, this, [this] {
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    if (row >= 0) m_table->removeRow(row);
    Q_EMIT changed();
  });
  connect(m_table, &QTableWidget::itemChanged, this, [this] {
    if (!m_filling) Q_EMIT changed();
  });
}

void PhaseTable::addRow(const FinetunePhase& phase) {
  m_filling = true;
  const int row = m_table->rowCount();
  m_table->insertRow(row);
  m_table->setItem(row, 0, new QTableWidgetItem(QString::number(phase.epochs)));
  m_table->setItem(row, 1, new QTableWidgetItem(QString::number(phase.lr, 'g', 6)));
  QStringList frozen;
  for (const auto& f : phase.frozen) frozen << QString::fromStdString(f);
  m_table->setItem(row, 2, new QTableWidgetItem(frozen.join(QStringLiteral(", "))));
  m_filling = false;
}

void PhaseTable::setPhases(const std::vector<FinetunePhase>& phases) {
  m_filling = true;
  m_table->setRowCount(0);
  m_filling = false;
  for (const auto& p : phases) addRow(p);
}

std::vector<FinetunePhase> PhaseTable::phases() const {
  std::vector<FinetunePhase> out;
  for (int r = 0; r < m_table->rowCount(); ++r) {
    FinetunePhase p;
    bool ok = false;
    const auto text = [&](int c) {
      return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString();
    };
    p.epochs = text(0).toLongLong(&ok);
    if (!ok) p.epochs = 0;
    p.lr = text(1).toDouble(&ok);
    if (!ok) p.lr = 0.0;
    p.frozen.clear();
    for (const QString& part : text(2).split(QRegularExpression(QStringLiteral("[,+]")), Qt::SkipEmptyParts))
      if (!part.trimmed().isEmpty()) p.frozen.push_back(part.trimmed().toStdString());
    out.push_back(p);
  }
  return out;
}

}  // namespace colorproxy
