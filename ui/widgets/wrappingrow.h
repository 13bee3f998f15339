#pragma once
#include <QBoxLayout>
#include <QWidget>

namespace colorproxy {

/// A row of two groups of controls: side by side where the row is wide enough, the second group under the
/// first where it is not. The second group takes the rest of the width, so give it a stretching control or
/// a stretch (QHBoxLayout::addStretch) where its controls should not grow. Its minimum width is the wider
/// group's, not their sum, so a toolbar-like row no longer forces a page wider than a small or 1.5x-scaled
/// screen (which then scrolled sideways).
class WrappingRow : public QWidget {
  Q_OBJECT

 public:
  explicit WrappingRow(QWidget* parent = nullptr);

  /// The groups' layouts: add the controls to them.
  QHBoxLayout* first() const { return m_first; }
  QHBoxLayout* second() const { return m_second; }
  /// Side by side, the first group takes the rest of the width instead of the second (a row that starts
  /// with a stretching field, e.g. a folder path, and ends with a button).
  void setFirstGrows(bool on);
  /// True while the second group sits under the first.
  bool wrapped() const { return m_wrapped; }

  QSize minimumSizeHint() const override;
  QSize sizeHint() const override;

 protected:
  void resizeEvent(QResizeEvent* event) override;
  bool event(QEvent* event) override;

 private:
  bool fitsOnOneLine(int width) const;
  int rowHeight(bool wrapped) const;
  void arrange(int width);

  QBoxLayout* m_outer = nullptr;
  QWidget* m_firstBox = nullptr;
  QWidget* m_secondBox = nullptr;
  QHBoxLayout* m_first = nullptr;
  QHBoxLayout* m_second = nullptr;
  bool m_wrapped = false;
};

}  // namespace colorproxy
