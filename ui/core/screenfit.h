#pragma once
#include <QRect>
#include <QSize>

class QScrollArea;
class QWidget;

namespace colorproxy {

/// Keeps top-level windows on the screen they open on (small laptop screens, 1.5× scaling): sizes clamped
/// to the screen's available area, restored geometry pulled back inside it, and scroll areas that let a
/// page shrink below its content's minimum instead of pushing buttons off the screen.
class ScreenFit {
 public:
  /// The available area (without task bars) of the screen `widget` is on, or of the primary screen.
  static QRect availableGeometry(const QWidget* widget);
  /// Room for a top-level window's client area: the available area less a window manager's frame
  /// (title bar and borders, estimated until the window has been shown once).
  static QSize clientRoom(const QWidget* widget);
  /// Resizes the top-level `widget` to `preferred`, or smaller where the screen is smaller.
  static void resizeToFit(QWidget* widget, QSize preferred);
  /// Shrinks and moves `widget` (a top-level window) so that its frame lies inside the available area.
  static void clampToScreen(QWidget* widget);
  /// A frameless scroll area holding `content`, resizing it to the viewport (scroll bars only when the
  /// viewport is smaller than the content's minimum size).
  static QScrollArea* scrollable(QWidget* content, QWidget* parent = nullptr);
};

}  // namespace colorproxy
