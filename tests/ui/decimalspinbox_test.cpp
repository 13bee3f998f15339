// Locale number entry: in German a decimal comma and a decimal point both mean the decimal separator, so
// "0.0005" typed after reading a help text is not silently reverted.
#include <gtest/gtest.h>

#include <QLocale>
#include <QTest>

#include "widgets/decimalspinbox.h"

using colorproxy::DecimalSpinBox;

namespace {

/// Types `text` into a fresh box (as a user would, key by key) and returns the value it settles on.
double typed(const QLocale& locale, const QString& text) {
  DecimalSpinBox box;
  box.setLocale(locale);
  box.setDecimals(6);
  box.setRange(0.000001, 1.0);
  box.setValue(0.0002);
  box.selectAll();
  QTest::keyClicks(&box, text);
  box.interpretText();
  return box.value();
}

}  // namespace

TEST(DecimalSpinBox, GermanAcceptsCommaAndPoint) {
  const QLocale german(QLocale::German, QLocale::Germany);
  EXPECT_DOUBLE_EQ(typed(german, QStringLiteral("0,0005")), 0.0005);
  EXPECT_DOUBLE_EQ(typed(german, QStringLiteral("0.0005")), 0.0005);  // a plain QDoubleSpinBox keeps 0.0002
  EXPECT_DOUBLE_EQ(typed(german, QStringLiteral("0.5")), 0.5);
}

TEST(DecimalSpinBox, EnglishAcceptsPointAndComma) {
  const QLocale english(QLocale::English, QLocale::UnitedStates);
  EXPECT_DOUBLE_EQ(typed(english, QStringLiteral("0.0005")), 0.0005);
  EXPECT_DOUBLE_EQ(typed(english, QStringLiteral("0,0005")), 0.0005);
}

TEST(DecimalSpinBox, ShowsTheLocalesSeparatorWithoutGrouping) {
  DecimalSpinBox box;
  box.setLocale(QLocale(QLocale::German, QLocale::Germany));
  box.setDecimals(2);
  box.setRange(0.0, 100000.0);
  box.setValue(1234.5);
  EXPECT_EQ(box.text(), QStringLiteral("1234,50"));
  box.setLocale(QLocale::c());
  box.setValue(0.25);
  EXPECT_EQ(box.text(), QStringLiteral("0.25"));
}

TEST(DecimalSpinBox, APlainSpinBoxWouldRevertThePoint) {
  // The control: the reason DecimalSpinBox exists (if Qt ever accepts both, this fails and it can go).
  QDoubleSpinBox box;
  box.setLocale(QLocale(QLocale::German, QLocale::Germany));
  box.setDecimals(6);
  box.setRange(0.000001, 1.0);
  box.setValue(0.0002);
  box.selectAll();
  QTest::keyClicks(&box, QStringLiteral("0.0005"));
  box.interpretText();
  EXPECT_NE(box.value(), 0.0005);
}
