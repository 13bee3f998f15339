#pragma once
#include <vector>

#include <QImage>
#include <QPointF>
#include <QWidget>

#include "colorproxy/hints/color_hint.h"

namespace colorproxy {

class BeforeAfterView;
class HintPoints;

/// The colour points drawn over the Colorize page's photo view, and the mouse and keys that edit them:
/// a click on the photo asks for a new point (placeRequested), a press on a point selects it and a drag
/// moves it (one undo step on release), Delete or Backspace removes the selected point, Escape deselects.
/// The split handle (a press within a few pixels of it), Shift+drag, the middle button and the wheel stay
/// the view's. A child of the view that lets the mouse through; the view's events reach it by an event
/// filter, so the view itself knows nothing of points.
class HintOverlay : public QWidget {
  Q_OBJECT

 public:
  HintOverlay(BeforeAfterView* view, HintPoints* points);

  /// Points are drawn and edited only while active (a hint-conditioned model and a photo).
  void setActive(bool on);
  bool isActive() const { return m_active; }
  /// The photo the points belong to (full resolution): its size maps positions, its pixels give the
  /// markers their lightness.
  void setPhoto(const QImage& photo);
  QSize photoSize() const { return m_photo.size(); }
  /// The photo position under widget position `pos` of the view, or (-1, -1) when it is off the photo.
  QPointF photoAt(QPointF pos) const;
  /// Where point `index` is drawn in the view (the "after" image's copy side by side).
  QPointF viewPosition(int index) const;
  /// The point within reach of view position `pos`, or -1.
  int pointAt(QPointF pos) const;

 Q_SIGNALS:
  void placeRequested(QPointF photoPosition);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  bool mousePress(QMouseEvent* event);
  bool mouseMove(QMouseEvent* event);
  bool mouseRelease(QMouseEvent* event);
  bool keyPress(QKeyEvent* event);
  bool nearSplitHandle(QPointF pos) const;
  /// Photo position -> view position on the image drawn at `which` (0 split / before, 1 after).
  QPointF toView(QPointF photo, int which) const;

  BeforeAfterView* m_view;
  HintPoints* m_points;
  QImage m_photo;
  bool m_active = false;
  int m_dragging = -1;
  bool m_moved = false;
  QPointF m_grabOffset;
  std::vector<ColorHint> m_before;
  int m_selectedBefore = -1;
};

}  // namespace colorproxy
