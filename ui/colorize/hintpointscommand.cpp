#include "colorize/hintpointscommand.h"

#include <utility>

#include "colorize/hintpoints.h"

namespace colorproxy {

HintPointsCommand::HintPointsCommand(HintPoints* points, std::vector<ColorHint> before, int selectedBefore,
                                     std::vector<ColorHint> after, int selectedAfter, const QString& text,
                                     int mergeId)
    : m_points(points),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_selectedBefore(selectedBefore),
      m_selectedAfter(selectedAfter),
      m_mergeId(mergeId) {
  setText(text);
}

void HintPointsCommand::undo() { m_points->apply(m_before, m_selectedBefore); }

void HintPointsCommand::redo() { m_points->apply(m_after, m_selectedAfter); }

bool HintPointsCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = static_cast<const HintPointsCommand*>(other);
  if (next->m_points != m_points) return false;
  m_after = next->m_after;
  m_selectedAfter = next->m_selectedAfter;
  return true;
}

}  // namespace colorproxy
