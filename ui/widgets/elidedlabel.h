#pragma once
#include <QWidget>

namespace colorproxy {

/// One line of text that shortens with "…" where the room is too narrow, and shows the whole text as its
/// tooltip then. Unlike a word-wrapped QLabel its height never depends on its width, so a splitter or a
/// layout that does not ask for height-for-width (QSplitter does not) cannot squeeze it under the next
/// widget; unlike a plain QLabel a long translation does not widen the page.
class ElidedLabel : public QWidget {
  Q_OBJECT

 public:
  explicit ElidedLabel(const QString& text = QString(), QWidget* parent = nullptr);

  void setText(const QString& text);
  QString text() const { return m_text; }
  /// The text as drawn at the current width (the whole text, or its start and "…").
  QString shownText() const;
  void setAlignment(Qt::Alignment alignment);
  bool isElided() const { return shownText() != m_text; }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void updateToolTip();

  QString m_text;
  Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
};

}  // namespace colorproxy
