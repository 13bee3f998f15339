// Widgets that keep pages readable on small or scaled screens: ElidedLabel (one line, shortened with
// "…"), SplitOrTabs (pages one above the other, or tabs when short), and PageScrollArea's height for
// word-wrapped text.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/pagescrollarea.h"
#include "widgets/elidedlabel.h"
#include "widgets/splitortabs.h"

using namespace colorproxy;

namespace {

void settle() {
  for (int i = 0; i < 4; ++i) QApplication::processEvents();
}

QWidget* fixedMinimum(int height, QWidget* parent) {
  auto* w = new QWidget(parent);
  w->setMinimumSize(50, height);
  return w;
}

}  // namespace

TEST(ElidedLabel, ShortensToItsWidthAndShowsTheWholeTextAsTooltip) {
  const QString text = QStringLiteral("Pré-visualizações de validação — cinzento | previsão | verdade");
  ElidedLabel label(text);
  const int whole = label.fontMetrics().horizontalAdvance(text);
  EXPECT_GE(label.sizeHint().width(), whole);
  // Its minimum is a few characters, not the text: a long translation cannot widen the page.
  EXPECT_LT(label.minimumSizeHint().width(), whole / 4);
  EXPECT_EQ(label.minimumSizeHint().height(), label.sizeHint().height());

  label.resize(whole + 10, label.sizeHint().height());
  label.show();  // a hidden widget gets its resize event only when shown
  settle();
  EXPECT_EQ(label.shownText(), text);
  EXPECT_FALSE(label.isElided());
  EXPECT_TRUE(label.toolTip().isEmpty());

  label.resize(whole / 2, label.sizeHint().height());
  settle();
  const QString shown = label.shownText();
  EXPECT_TRUE(label.isElided());
  EXPECT_TRUE(shown.endsWith(QChar(0x2026))) << shown.toStdString();
  EXPECT_TRUE(text.startsWith(shown.chopped(1))) << shown.toStdString();
  EXPECT_LE(label.fontMetrics().horizontalAdvance(shown), whole / 2);
  EXPECT_EQ(label.toolTip(), text);

  label.setText(QStringLiteral("Log"));
  EXPECT_FALSE(label.isElided());
  EXPECT_TRUE(label.toolTip().isEmpty());
}

TEST(SplitOrTabs, SplitWhereEveryPageGetsItsHeightTabsWhereNot) {
  QWidget window;
  auto* layout = new QVBoxLayout(&window);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* pages = new SplitOrTabs(&window);
  QWidget* upper = fixedMinimum(40, pages);
  QWidget* lower = fixedMinimum(60, pages);
  pages->addPage(upper, QStringLiteral("Loss"), 3);
  pages->addPage(lower, QStringLiteral("Metrics"), 2);
  pages->setMinimumPageHeight(100);
  layout->addWidget(pages);
  // Its minimum is the tabbed form's: the taller page and a tab bar, not the pages added up.
  EXPECT_GE(pages->minimumSizeHint().height(), 60);
  EXPECT_LT(pages->minimumSizeHint().height(), 40 + 60);

  // The lower page's share is 2/5: it reaches 100 px at 250 px.
  window.resize(300, 400);
  window.show();
  settle();
  ASSERT_TRUE(pages->isSplit());
  EXPECT_EQ(pages->tabs(), nullptr);
  EXPECT_TRUE(upper->isVisible() && lower->isVisible());
  EXPECT_LT(upper->mapTo(&window, QPoint()).y() + upper->height(), lower->mapTo(&window, QPoint()).y() + 1);
  EXPECT_GE(lower->height(), 100);

  window.resize(300, 200);
  settle();
  ASSERT_FALSE(pages->isSplit());
  QTabWidget* tabs = pages->tabs();
  ASSERT_NE(tabs, nullptr);
  ASSERT_EQ(tabs->count(), 2);
  EXPECT_EQ(tabs->tabText(0), QStringLiteral("Loss"));
  EXPECT_EQ(tabs->tabText(1), QStringLiteral("Metrics"));
  EXPECT_TRUE(upper->isVisible());
  EXPECT_FALSE(lower->isVisible());
  EXPECT_GT(upper->height(), 150);  // one page takes the whole height, less the tab bar
  tabs->setCurrentIndex(1);
  settle();
  EXPECT_TRUE(lower->isVisible());

  // Back to split and to tabs again: both pages are back, and the tab last chosen comes back with them.
  window.resize(300, 500);
  settle();
  ASSERT_TRUE(pages->isSplit());
  EXPECT_TRUE(upper->isVisible() && lower->isVisible());
  window.resize(300, 220);
  settle();
  ASSERT_FALSE(pages->isSplit());
  EXPECT_EQ(pages->tabs()->currentWidget(), lower);
  pages->setPageTitle(0, QStringLiteral("Training loss"));
  EXPECT_EQ(pages->tabs()->tabText(0), QStringLiteral("Training loss"));
}

TEST(PageScrollArea, GivesWrappedTextItsLinesInsteadOfSqueezingTheWidgetBelow) {
  auto* page = new QWidget;
  auto* layout = new QVBoxLayout(page);
  auto* label = new QLabel(QStringLiteral("A status line that is long enough to wrap into several lines on a "
                                          "narrow page, as translations and run names do on small screens."),
                           page);
  label->setWordWrap(true);
  QWidget* below = fixedMinimum(150, page);
  layout->addWidget(label);
  layout->addWidget(below);
  PageScrollArea area(page);
  area.resize(160, 200);
  area.show();
  settle();
  // Sized to the minimum size hint alone the page would squeeze `below` under its 150 px minimum.
  EXPECT_GE(below->height(), 150);
  EXPECT_GE(below->y(), label->y() + label->heightForWidth(label->width()));
  EXPECT_GT(page->height(), area.viewport()->height());  // the page scrolls instead
  EXPECT_LE(page->width(), area.viewport()->width());    // and not sideways
}
