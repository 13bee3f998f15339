#pragma once
#include <vector>

#include <QUndoCommand>

#include "colorproxy/hints/color_hint.h"

namespace colorproxy {

class HintPoints;

/// One undo step of the colour points: the list (and the selection) before and after. Consecutive
/// colour changes of one point (clicks through the suggestions) merge into one step.
class HintPointsCommand : public QUndoCommand {
 public:
  HintPointsCommand(HintPoints* points, std::vector<ColorHint> before, int selectedBefore,
                    std::vector<ColorHint> after, int selectedAfter, const QString& text, int mergeId = -1);

  void undo() override;
  void redo() override;
  int id() const override { return m_mergeId; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  HintPoints* m_points;
  std::vector<ColorHint> m_before;
  std::vector<ColorHint> m_after;
  int m_selectedBefore;
  int m_selectedAfter;
  int m_mergeId;
};

}  // namespace colorproxy
