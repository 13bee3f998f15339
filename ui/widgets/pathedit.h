#pragma once
#include <QWidget>

class QComboBox;
class QToolButton;

namespace colorproxy {

/// A path field with a Browse button and a drop-down of recent entries (editable, so any path can be
/// typed or pasted). Emits pathChanged when the text settles (edit finished, picked, or browsed).
class PathEdit : public QWidget {
  Q_OBJECT

 public:
  enum class Mode { Folder, OpenFile, SaveFile };

  explicit PathEdit(Mode mode = Mode::Folder, QWidget* parent = nullptr);

  QString path() const;
  void setPath(const QString& path);
  void setRecent(const QStringList& paths);
  void setDialogTitle(const QString& title) { m_title = title; }
  void setFileFilter(const QString& filter) { m_filter = filter; }
  void setPlaceholderText(const QString& text);

 Q_SIGNALS:
  void pathChanged(const QString& path);

 private:
  void browse();
  void emitIfChanged();

  Mode m_mode;
  QComboBox* m_combo = nullptr;
  QToolButton* m_browse = nullptr;
  QString m_title;
  QString m_filter;
  QString m_last;
};

}  // namespace colorproxy
