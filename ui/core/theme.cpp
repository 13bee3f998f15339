#include "core/theme.h"

#include <memory>

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

#include <qcustomplot.h>

#include "core/contraststyle.h"

namespace colorproxy {
namespace {
const QString kSystem = QStringLiteral("system");
const QString kLight = QStringLiteral("light");
const QString kDark = QStringLiteral("dark");

// The platform's style and palette, captured before the first theme change so "system" can restore them.
struct SystemLook {
  QString styleName;
  QPalette palette;
};

const SystemLook& systemLook() {
  static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
  return look;
}

QColor withAlpha(QColor c, int alpha) {
  c.setAlpha(alpha);
  return c;
}

// Restyles every QCustomPlot from its palette when it is first polished and whenever its palette changes
// (a theme switch, or a dark desktop palette), so plots are never white boxes in a dark window.
class PlotStyler : public QObject {
 public:
  using QObject::QObject;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::Polish || event->type() == QEvent::PaletteChange) {
      if (auto* plot = qobject_cast<QCustomPlot*>(watched)) stylePlot(plot);
    }
    return false;
  }
};
}  // namespace

void stylePlot(QCustomPlot* plot) {
  const QPalette& pal = plot->palette();
  const QColor text = pal.color(QPalette::Text);
  plot->setBackground(pal.color(QPalette::Base));
  for (QCPAxisRect* rect : plot->axisRects()) {
    rect->setBackground(Qt::NoBrush);
    for (QCPAxis* axis : rect->axes()) {
      axis->setBasePen(QPen(text, 0));
      axis->setTickPen(QPen(text, 0));
      axis->setSubTickPen(QPen(text, 0));
      axis->setTickLabelColor(text);
      axis->setLabelColor(text);
      axis->grid()->setPen(QPen(withAlpha(text, 60), 0, Qt::DotLine));
      axis->grid()->setSubGridPen(QPen(withAlpha(text, 25), 0, Qt::DotLine));
    }
  }
  if (QCPLegend* legend = plot->legend) {
    legend->setBrush(withAlpha(pal.color(QPalette::Base), 210));
    // A legend inside the axes gets a frame; one outside them (a row under them, a column beside them) not.
    const bool inside = plot->axisRect() && legend->layout() == plot->axisRect()->insetLayout();
    legend->setBorderPen(inside ? QPen(text, 0) : QPen(Qt::NoPen));
    legend->setTextColor(text);
    for (int i = 0; i < legend->itemCount(); ++i) {
      QCPAbstractLegendItem* item = legend->item(i);
      if (!item) continue;  // an empty cell of a legend wrapped into rows
      auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
      const bool shown = !entry || entry->plottable()->visible();
      item->setTextColor(shown ? text : pal.color(QPalette::Disabled, QPalette::Text));
    }
  }
  // Cursor and marker lines are drawn in the text colour, keeping their transparency and dash style.
  for (int i = 0; i < plot->itemCount(); ++i) {
    if (auto* line = qobject_cast<QCPItemStraightLine*>(plot->item(i))) {
      QPen pen = line->pen();
      pen.setColor(withAlpha(text, pen.color().alpha()));
      line->setPen(pen);
    }
  }
  plot->replot(QCustomPlot::rpQueuedReplot);
}

QStringList uiThemes() { return {kSystem, kLight, kDark}; }

QPalette lightPalette() {
  const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
  return fusion->standardPalette();
}

QPalette darkPalette() {
  const QColor window(0x2d, 0x2f, 0x33);
  const QColor base(0x1f, 0x21, 0x24);
  const QColor button(0x37, 0x3a, 0x3f);
  const QColor text(0xe8, 0xe8, 0xe8);
  const QColor disabledText(0x80, 0x84, 0x8a);
  const QColor highlight(0x2f, 0x7f, 0xc1);

  QPalette p;
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
  p.setColor(QPalette::ToolTipBase, button);
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, disabledText);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, button);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
  p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
  p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
  p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
  p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
  p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
  p.setColor(QPalette::Highlight, highlight);
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
  p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xe8));
  for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabledText);
  p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
  p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
  p.setColor(QPalette::Disabled, QPalette::Base, window);
  return p;
}

bool isDark(const QPalette& palette) {
  return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QIcon themedIcon(const QString& themeName, const QString& fallback) {
  return themedIcon(themeName, QIcon(fallback));
}

QIcon themedIcon(const QString& themeName, const QIcon& fallback) {
  return QIcon::fromTheme(themeName, fallback);
}

QString applyTheme(const QString& theme) {
  const SystemLook& system = systemLook();
  static PlotStyler* styler = [] {
    auto* filter = new PlotStyler(qApp);
    qApp->installEventFilter(filter);
    return filter;
  }();
  Q_UNUSED(styler);
  if (theme == kLight || theme == kDark) {
    if (!qobject_cast<ContrastStyle*>(QApplication::style())) QApplication::setStyle(new ContrastStyle);
    QApplication::setPalette(theme == kDark ? darkPalette() : lightPalette());
    return theme;
  }
  if (QApplication::style()->name().compare(system.styleName, Qt::CaseInsensitive) != 0)
    QApplication::setStyle(system.styleName);
  QApplication::setPalette(system.palette);
  return kSystem;
}

}  // namespace colorproxy
