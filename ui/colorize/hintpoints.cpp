#include "colorize/hintpoints.h"

#include <algorithm>
#include <utility>

#include <QUndoStack>

#include "colorize/hintpointscommand.h"

namespace colorproxy {
namespace {
// Undo ids of the edits that merge: colour changes of point i are kColourMerge + i.
constexpr int kColourMerge = 1000;
}  // namespace

HintPoints::HintPoints(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

const ColorHint* HintPoints::selectedPoint() const {
  return m_selected >= 0 && m_selected < count() ? &m_points[size_t(m_selected)] : nullptr;
}

void HintPoints::apply(const std::vector<ColorHint>& points, int selected) {
  m_points = points;
  ++m_generation;
  const int sel = selected < count() ? selected : -1;
  const bool selectionMoved = sel != m_selected;
  m_selected = sel;
  Q_EMIT changed();
  if (selectionMoved) Q_EMIT selectionChanged(m_selected);
}

void HintPoints::edit(std::vector<ColorHint> after, int selectedAfter, const QString& text, int mergeId) {
  m_stack->push(
      new HintPointsCommand(this, m_points, m_selected, std::move(after), selectedAfter, text, mergeId));
}

void HintPoints::add(const ColorHint& point) {
  std::vector<ColorHint> after = m_points;
  after.push_back(point);
  const int added = int(after.size()) - 1;
  edit(std::move(after), added, tr("Add a colour point"));
}

void HintPoints::remove(int index) {
  if (index < 0 || index >= count()) return;
  std::vector<ColorHint> after = m_points;
  after.erase(after.begin() + index);
  const int next = after.empty() ? -1 : std::min(index, int(after.size()) - 1);
  edit(std::move(after), next, tr("Remove a colour point"));
}

void HintPoints::clear() {
  if (m_points.empty()) return;
  edit({}, -1, tr("Remove all colour points"));
}

void HintPoints::setColour(int index, double a, double b) {
  if (index < 0 || index >= count()) return;
  std::vector<ColorHint> after = m_points;
  after[size_t(index)].a = a;
  after[size_t(index)].b = b;
  edit(std::move(after), index, tr("Change a point's colour"), kColourMerge + index);
}

void HintPoints::setPatch(int index, int patch) {
  if (index < 0 || index >= count() || m_points[size_t(index)].patch == patch) return;
  std::vector<ColorHint> after = m_points;
  after[size_t(index)].patch = patch;
  edit(std::move(after), index, tr("Change a point's size"));
}

void HintPoints::load(const std::vector<ColorHint>& points, const QString& undoText) {
  edit(points, points.empty() ? -1 : 0, undoText);
}

void HintPoints::select(int index) {
  if (index >= count()) index = -1;
  if (index == m_selected) return;
  m_selected = index;
  Q_EMIT selectionChanged(m_selected);
}

void HintPoints::setLive(const std::vector<ColorHint>& points) {
  m_points = points;
  ++m_generation;
  Q_EMIT changed();
}

void HintPoints::commit(const std::vector<ColorHint>& before, int selectedBefore, const QString& text) {
  m_stack->push(new HintPointsCommand(this, before, selectedBefore, m_points, m_selected, text));
}

void HintPoints::reset(const std::vector<ColorHint>& points) {
  m_stack->clear();
  apply(points, -1);
}

}  // namespace colorproxy
