// WrappingRow: two groups side by side where they fit, the second under the first where they do not, and
// a minimum width of the wider group (so a page holding it can shrink below the sum).
#include <gtest/gtest.h>

#include <QApplication>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/wrappingrow.h"

using colorproxy::WrappingRow;

namespace {

struct Row {
  QWidget page;
  WrappingRow* row = nullptr;
  QPushButton* a = nullptr;
  QPushButton* b = nullptr;
  Row() {
    auto* layout = new QVBoxLayout(&page);
    row = new WrappingRow(&page);
    a = new QPushButton(QStringLiteral("A fairly long first button"), row);
    b = new QPushButton(QStringLiteral("An even longer second button"), row);
    row->first()->addWidget(a);
    row->second()->addStretch(1);
    row->second()->addWidget(b);
    layout->addWidget(row);
  }
  void showAt(int width) {
    page.resize(width, 200);
    page.show();
    QApplication::processEvents();
    QApplication::processEvents();
  }
};

}  // namespace

TEST(WrappingRow, OneLineWhereBothGroupsFitTwoWhereNot) {
  Row r;
  const int a = r.a->minimumSizeHint().width(), b = r.b->minimumSizeHint().width();
  EXPECT_EQ(r.row->minimumSizeHint().width(), std::max(a, b));

  r.showAt(a + b + 200);
  EXPECT_FALSE(r.row->wrapped());
  EXPECT_EQ(r.a->mapTo(&r.page, QPoint()).y(), r.b->mapTo(&r.page, QPoint()).y());
  EXPECT_GT(r.b->mapTo(&r.page, QPoint()).x(), r.a->mapTo(&r.page, QPoint()).x() + r.a->width() - 1);

  r.showAt(std::max(a, b) + 40);
  EXPECT_TRUE(r.row->wrapped());
  EXPECT_GE(r.b->mapTo(&r.page, QPoint()).y(), r.a->mapTo(&r.page, QPoint()).y() + r.a->height());
  EXPECT_GE(r.row->height(), r.a->height() + r.b->height());
  // Both buttons are wholly inside the row.
  for (const QPushButton* button : {r.a, r.b}) {
    const QRect inRow(button->mapTo(r.row, QPoint()), button->size());
    EXPECT_TRUE(r.row->rect().contains(inRow)) << button->text().toStdString();
  }

  r.showAt(a + b + 200);  // and back
  EXPECT_FALSE(r.row->wrapped());
}

TEST(WrappingRow, TheFirstGroupCanTakeTheRoom) {
  Row r;
  r.row->setFirstGrows(true);
  const int a = r.a->minimumSizeHint().width(), b = r.b->minimumSizeHint().width();
  r.showAt(a + b + 300);
  ASSERT_FALSE(r.row->wrapped());
  // The first button grows into the spare width; the second keeps its own, at the right end.
  EXPECT_GT(r.a->width(), a + 200);
  EXPECT_EQ(r.b->width(), r.b->sizeHint().width());
  EXPECT_NEAR(r.b->mapTo(r.row, QPoint()).x() + r.b->width(), r.row->width(), 2);
  r.showAt(std::max(a, b) + 40);
  ASSERT_TRUE(r.row->wrapped());
  EXPECT_NEAR(r.b->mapTo(r.row, QPoint()).x() + r.b->width(), r.row->width(), 2);  // still at the right
}
