#include "widgets/deltatext.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/theme.h"

using namespace colorproxy;

TEST(DeltaText, WritesValuesAndSignedDifferences) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(metricText(0.19724), QStringLiteral("0.197"));
  EXPECT_EQ(metricText(0.5, 1), QStringLiteral("0.5"));
  EXPECT_EQ(metricText(nan), QStringLiteral("–"));
  EXPECT_EQ(metricText(INFINITY), QStringLiteral("–"));
  EXPECT_EQ(signedMetricText(0.1924 - 0.1972), QStringLiteral("−0.005"));  // a real minus sign
  EXPECT_EQ(signedMetricText(0.0123), QStringLiteral("+0.012"));
  EXPECT_EQ(signedMetricText(0.0), QStringLiteral("0.000"));
  EXPECT_EQ(signedMetricText(-0.0002), QStringLiteral("0.000"));  // rounds to zero: no sign
  EXPECT_EQ(signedMetricText(nan), QStringLiteral("–"));
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
