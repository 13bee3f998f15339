#pragma once
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStringList>

class QCustomPlot;

namespace colorproxy {

/// The appearance choices: "system" (the platform's style and palette), "light" and "dark" (Fusion style
/// with a light or a dark palette).
QStringList uiThemes();

/// Applies one of uiThemes() to the running application at once; unknown names mean "system".
/// From the first call on, every QCustomPlot follows its palette too (see stylePlot). Returns the theme now
/// in effect.
QString applyTheme(const QString& theme);

/// Colours a plot from its palette: background (Base), axes, ticks, labels and legend (Text), grid (Text,
/// faint). Called automatically when a plot is polished or its palette changes, once applyTheme() ran.
void stylePlot(QCustomPlot* plot);

/// The palettes "light" and "dark" use.
QPalette lightPalette();
QPalette darkPalette();

/// True when the palette's window background is darker than its text (a dark theme, chosen here or by
/// the desktop).
bool isDark(const QPalette& palette);

/// The desktop icon theme's icon `themeName` (freedesktop naming), or the bundled `fallback` (a resource
/// path such as ":/icons/nav-runs.svg") when the theme has none.
QIcon themedIcon(const QString& themeName, const QString& fallback);
QIcon themedIcon(const QString& themeName, const QIcon& fallback);

}  // namespace colorproxy
