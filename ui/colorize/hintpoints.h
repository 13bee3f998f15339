#pragma once
#include <vector>

#include <QObject>
#include <QString>

#include "colorproxy/hints/color_hint.h"

class QUndoStack;

namespace colorproxy {

/// The colour points of the photo on the Colorize page (photo pixels, Lab ab), the selected one, and
/// their undo history. Every edit goes through the undo stack as a snapshot of the list; a drag (a point
/// moved, a colour chosen on the gamut square) shows live with setLive() and becomes one undo step with
/// commit() when the mouse is released.
class HintPoints : public QObject {
  Q_OBJECT

 public:
  explicit HintPoints(QObject* parent = nullptr);

  const std::vector<ColorHint>& points() const { return m_points; }
  int count() const { return int(m_points.size()); }
  int selected() const { return m_selected; }
  /// The selected point, or nullptr.
  const ColorHint* selectedPoint() const;
  QUndoStack* undoStack() const { return m_stack; }
  /// Grows with every change of the points (live ones too): tells a stale preview from a current one.
  int generation() const { return m_generation; }

  /// Undoable edits.
  void add(const ColorHint& point);
  void remove(int index);
  void clear();
  void setColour(int index, double a, double b);
  void setPatch(int index, int patch);
  /// Replaces every point (points loaded from a file).
  void load(const std::vector<ColorHint>& points, const QString& undoText);
  /// Selecting is not an edit (no undo step).
  void select(int index);

  /// Shows `points` without an undo step (while a drag goes on).
  void setLive(const std::vector<ColorHint>& points);
  /// Makes the change since `before` (shown live) one undo step.
  void commit(const std::vector<ColorHint>& before, int selectedBefore, const QString& text);

  /// Another photo: its points, with a fresh undo history.
  void reset(const std::vector<ColorHint>& points);

  /// What an undo step restores (called by HintPointsCommand).
  void apply(const std::vector<ColorHint>& points, int selected);

 Q_SIGNALS:
  void changed();
  void selectionChanged(int index);

 private:
  void edit(std::vector<ColorHint> after, int selectedAfter, const QString& text, int mergeId = -1);

  std::vector<ColorHint> m_points;
  int m_selected = -1;
  int m_generation = 0;
  QUndoStack* m_stack;
};

}  // namespace colorproxy
