#include "datasets/labelchips.h"

#include <QPainter>

namespace colorproxy {
namespace {
constexpr int kPadX = 8;
constexpr int kGap = 4;
constexpr int kSwatch = 10;
}  // namespace

LabelChips::LabelChips(QWidget* parent) : QWidget(parent) {
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
}

void LabelChips::setChips(const QVector<Chip>& chips) {
  m_chips = chips;
  updateGeometry();
  update();
}

void LabelChips::setPlaceholderText(const QString& text) {
  m_placeholder = text;
  update();
}

QStringList LabelChips::texts() const {
  QStringList t;
  for (const Chip& c : m_chips) t << c.text;
  return t;
}

QVector<QRect> LabelChips::layoutChips(int width, int* height) const {
  const QFontMetrics fm = fontMetrics();
  const int h = fm.height() + 6;
  QVector<QRect> rects;
  int x = 0, y = 0;
  for (const Chip& c : m_chips) {
    const int w = fm.horizontalAdvance(c.text) + 2 * kPadX + (c.swatch.isValid() ? kSwatch + 4 : 0);
    if (x > 0 && x + w > width) {
      x = 0;
      y += h + kGap;
    }
    rects.push_back(QRect(x, y, w, h));
    x += w + kGap;
  }
  if (height) *height = m_chips.isEmpty() ? h : y + h;
  return rects;
}

int LabelChips::heightForWidth(int width) const {
  int h = 0;
  layoutChips(width, &h);
  return h;
}

QSize LabelChips::sizeHint() const { return {300, heightForWidth(300)}; }

void LabelChips::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  if (m_chips.isEmpty()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, m_placeholder);
    return;
  }
  const QVector<QRect> rects = layoutChips(width(), nullptr);
  const QColor fill = palette().color(QPalette::AlternateBase);
  const QColor border = palette().color(QPalette::Mid);
  for (int i = 0; i < m_chips.size(); ++i) {
    const QRectF r = QRectF(rects[i]).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    int textLeft = rects[i].left() + kPadX;
    if (m_chips[i].swatch.isValid()) {
      // Outlined in the text colour: black or grey classes stay visible on a dark theme.
      QColor outline = palette().color(QPalette::Text);
      outline.setAlpha(170);
      painter.setPen(outline);
      painter.setBrush(m_chips[i].swatch);
      painter.drawEllipse(QRectF(textLeft, r.center().y() - kSwatch / 2.0, kSwatch, kSwatch));
      textLeft += kSwatch + 4;
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(textLeft, rects[i].top(), rects[i].right() - textLeft, rects[i].height()),
                     Qt::AlignLeft | Qt::AlignVCenter, m_chips[i].text);
  }
}

}  // namespace colorproxy
