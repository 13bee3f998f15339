#include "widgets/processesrow.h"

#include <algorithm>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QThread>

namespace colorproxy {

ProcessesRow::ProcessesRow(const QString& syncText, const QString& syncToolTip, QWidget* parent)
    : QWidget(parent) {
  m_processes = new QSpinBox(this);
  m_processes->setRange(1, std::max(1, QThread::idealThreadCount()));
  m_processes->setValue(1);
  m_sync = new QCheckBox(syncText, this);
  m_sync->setToolTip(syncToolTip);
  m_sync->setEnabled(false);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_processes);
  layout->addSpacing(12);
  layout->addWidget(m_sync);
  layout->addStretch(1);
  connect(m_processes, &QSpinBox::valueChanged, this, [this] {
    m_sync->setEnabled(m_processes->value() > 1);
    Q_EMIT changed();
  });
  connect(m_sync, &QCheckBox::toggled, this, &ProcessesRow::changed);
}

int ProcessesRow::processes() const { return m_processes->value(); }

void ProcessesRow::setProcesses(int processes) {
  m_processes->setValue(processes);
  m_sync->setEnabled(m_processes->value() > 1);
}

bool ProcessesRow::syncBatchNorm() const { return m_processes->value() > 1 && m_sync->isChecked(); }

void ProcessesRow::setSyncBatchNorm(bool on) { m_sync->setChecked(on); }

}  // namespace colorproxy
