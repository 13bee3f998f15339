#include "widgets/pathedit.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace colorproxy {

PathEdit::PathEdit(Mode mode, QWidget* parent) : QWidget(parent), m_mode(mode) {
  m_combo = new QComboBox(this);
  m_combo->setEditable(true);
  m_combo->setInsertPolicy(QComboBox::NoInsert);
  m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  // Long recent paths must not widen the window: the field takes the room there is, at least 16 characters.
  m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_combo->setMinimumContentsLength(16);
  // A label's mnemonic (and Tab) land in the text field.
  setFocusPolicy(m_combo->focusPolicy());
  setFocusProxy(m_combo);
  m_browse = new QToolButton(this);
  m_browse->setText(tr("Browse…"));
  m_browse->setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_combo, 1);
  layout->addWidget(m_browse);
  connect(m_browse, &QToolButton::clicked, this, &PathEdit::browse);
  connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &PathEdit::emitIfChanged);
  connect(m_combo, &QComboBox::textActivated, this, [this](const QString&) { emitIfChanged(); });
}

QString PathEdit::path() const { return m_combo->currentText().trimmed(); }

void PathEdit::setPath(const QString& path) {
  m_combo->setEditText(QDir::toNativeSeparators(path));
  emitIfChanged();
}

void PathEdit::setRecent(const QStringList& paths) {
  const QString text = m_combo->currentText();
  m_combo->clear();
  m_combo->addItems(paths);
  m_combo->setEditText(text);
}

void PathEdit::setPlaceholderText(const QString& text) { m_combo->lineEdit()->setPlaceholderText(text); }

void PathEdit::browse() {
  QString chosen;
  switch (m_mode) {
    case Mode::Folder:
      chosen = QFileDialog::getExistingDirectory(this, m_title, path());
      break;
    case Mode::OpenFile:
      chosen = QFileDialog::getOpenFileName(this, m_title, path(), m_filter);
      break;
    case Mode::SaveFile:
      chosen = QFileDialog::getSaveFileName(this, m_title, path(), m_filter);
      break;
  }
  if (!chosen.isEmpty()) setPath(chosen);
}

void PathEdit::emitIfChanged() {
  const QString now = path();
  if (now == m_last) return;
  m_last = now;
  Q_EMIT pathChanged(now);
}

}  // namespace colorproxy
