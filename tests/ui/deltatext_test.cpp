#include "widgets/deltatext.h"

#include <cmath>
#include <limits>

#include <QApplication>
#include <QFontMetrics>
#include <QLocale>

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include "core/numbertext.h"
#include "core/theme.h"
#include "runpair/pairedbarchart.h"

using namespace colorproxy;

TEST(DeltaText, WritesValuesAndSignedDifferences) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(decimalText(0.19724), QStringLiteral("0.197"));
  EXPECT_EQ(decimalText(0.5, 1), QStringLiteral("0.5"));
  EXPECT_EQ(decimalText(nan), QStringLiteral("–"));
  EXPECT_EQ(decimalText(INFINITY), QStringLiteral("–"));
  EXPECT_EQ(signedDecimalText(0.1924 - 0.1972), QStringLiteral("−0.005"));  // a real minus sign
  EXPECT_EQ(signedDecimalText(0.0123), QStringLiteral("+0.012"));
  EXPECT_EQ(signedDecimalText(0.0), QStringLiteral("0.000"));
  EXPECT_EQ(signedDecimalText(-0.0002), QStringLiteral("0.000"));  // rounds to zero: no sign
  EXPECT_EQ(signedDecimalText(nan), QStringLiteral("–"));
}

TEST(DeltaText, GainAndLossColoursAreReadableOnBothPalettes) {
  for (const QPalette& palette : {lightPalette(), darkPalette()}) {
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    EXPECT_EQ(deltaColour(0.0, palette), text);
    EXPECT_EQ(deltaColour(std::nan(""), palette), text);
    EXPECT_EQ(deltaColour(0.004, palette, 0.005), text);  // within the tolerance
    const QColor gain = deltaColour(0.01, palette), loss = deltaColour(-0.01, palette);
    EXPECT_GT(gain.green(), gain.red());
    EXPECT_GT(loss.red(), loss.green());
    // Readable: the colour's lightness sits on the text's side of the background.
    for (const QColor& c : {gain, loss}) {
      const int gap = std::abs(c.lightness() - base.lightness());
      EXPECT_GE(gap, 60) << c.name().toStdString() << " on " << base.name().toStdString();
    }
  }
}

TEST(NumberText, WritesPercentagesSignificantDigitsAndDurations) {
  EXPECT_EQ(percentText(1, 8), QStringLiteral("12.5%"));
  EXPECT_EQ(percentText(2, 3, 2), QStringLiteral("66.67%"));
  EXPECT_EQ(percentText(5, 0), QStringLiteral("–"));
  EXPECT_EQ(significantText(0.0123456), QStringLiteral("0.01235"));
  EXPECT_EQ(significantText(12345.6), QStringLiteral("1.235e+04"));
  EXPECT_EQ(significantText(std::nan("")), QStringLiteral("–"));
  EXPECT_EQ(durationText(59.4), QStringLiteral("0:59"));
  EXPECT_EQ(durationText(3600 + 2 * 60 + 5), QStringLiteral("1:02:05"));
}

TEST(NumberText, FollowsTheLocaleOfTheUserInterface) {
  const QLocale before;
  QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
  EXPECT_EQ(decimalText(0.19724), QStringLiteral("0,197"));
  EXPECT_EQ(signedDecimalText(-0.0049), QStringLiteral("−0,005"));
  EXPECT_EQ(signedDecimalText(-0.0002), QStringLiteral("0,000"));  // rounds to zero: no sign
  EXPECT_EQ(percentText(1, 8), QStringLiteral("12,5%"));
  QLocale::setDefault(before);
  EXPECT_EQ(decimalText(0.19724), QStringLiteral("0.197"));
}

TEST(PairedBarChart, DifferencesAboveThePairsFollowTheLocale) {
  const QLocale before;
  QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Portugal));
  PairedBarChart chart;
  chart.setShowDeltas(true);
  // Hand-worked: 0.62 - 0.50 = +0.12; 0.30 - 0.35 = -0.05; 0.4004 - 0.4 rounds to zero (no sign).
  chart.setData({QStringLiteral("Sky"), QStringLiteral("Road"), QStringLiteral("Car")}, {0.50, 0.35, 0.4},
                {0.62, 0.30, 0.4004});
  EXPECT_EQ(chart.deltaTexts(),
            (QStringList{QStringLiteral("+0,12"), QStringLiteral("−0,05"), QStringLiteral("0,00")}));
  QLocale::setDefault(before);
}

TEST(PairedBarChart, CrowdedNamesAreThinnedAndTheReadoutNamesEveryClass) {
  QStringList names;
  QVector<double> baseline, pretrained;
  for (int i = 0; i < 20; ++i) {
    names << QStringLiteral("class%1").arg(i);
    baseline << 0.05 * i;
    pretrained << 0.5;
  }
  PairedBarChart chart;
  chart.resize(1600, 300);
  chart.setData(names, baseline, pretrained);
  EXPECT_EQ(chart.tickLabels(), names);  // 68 px per class: every name, slanted
  chart.show();
  chart.resize(200, 300);  // under 10 px per class: less than one line of text each
  QApplication::processEvents();
  chart.plot()->replot();  // lays the axes out; names thinned for another width are redone
  QApplication::processEvents();
  const double perClass = chart.plot()->axisRect()->width() / 20.0;
  const QStringList shown = chart.tickLabels();
  ASSERT_EQ(shown.size(), 20);
  EXPECT_EQ(shown[0], QStringLiteral("class0"));
  EXPECT_LT(shown.count(QString()), 20);
  EXPECT_GT(shown.count(QString()), 0);
  const int lineHeight = QFontMetrics(chart.plot()->xAxis->tickLabelFont()).height();
  int last = -100;
  for (int i = 0; i < shown.size(); ++i) {
    if (shown[i].isEmpty()) continue;
    EXPECT_GE((i - last) * perClass, lineHeight * 0.99) << "names " << last << " and " << i << " overlap";
    last = i;
  }
  // The read-out names the class under the mouse, written or not, with both values.
  EXPECT_EQ(chart.readoutAt(4.2), QStringLiteral("class3\nbaseline: 0.150\npretrained: 0.500"));
  EXPECT_TRUE(chart.readoutAt(0.2).isEmpty());
  EXPECT_TRUE(chart.readoutAt(25.0).isEmpty());
}
