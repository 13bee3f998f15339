// Settings with bad values (edited by hand, left by another version) are reset on load, with a sentence
// per reset saying what was wrong and what is used now; the pixel limit setting reaches the engine.
#include <gtest/gtest.h>

#include <QSettings>

#include "colorproxy/data/pixel_limit.h"
#include "core/appsettings.h"

namespace colorproxy {
namespace {

class AppSettingsValidate : public ::testing::Test {
 protected:
  AppSettingsValidate() { QSettings().clear(); }
  ~AppSettingsValidate() override {
    QSettings().clear();
    setMaxImagePixels(0);
  }
};

TEST_F(AppSettingsValidate, GoodOrAbsentSettingsAreLeftAlone) {
  EXPECT_TRUE(AppSettings::validate().isEmpty());
  AppSettings::setDevice(QStringLiteral("cpu"));
  AppSettings::setTheme(QStringLiteral("dark"));
  AppSettings::setThreads(2);
  EXPECT_TRUE(AppSettings::validate().isEmpty());
  EXPECT_EQ(AppSettings::device(), QStringLiteral("cpu"));
  EXPECT_EQ(AppSettings::theme(), QStringLiteral("dark"));
}

TEST_F(AppSettingsValidate, BadValuesAreResetAndNamed) {
  QSettings s;
  s.setValue(QStringLiteral("training/device"), QStringLiteral("TPU"));
  s.setValue(QStringLiteral("ui/theme"), QStringLiteral("neon"));
  s.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
  s.setValue(QStringLiteral("training/threads"), QStringLiteral("-3"));
  s.setValue(QStringLiteral("images/maxPixels"), QStringLiteral("lots"));
  s.setValue(QStringLiteral("colorize/protocol"), QStringLiteral("train"));
  s.setValue(QStringLiteral("colorize/samples"), QStringLiteral("64"));
  s.sync();
  const QStringList resets = AppSettings::validate();
  ASSERT_EQ(resets.size(), 7) << resets.join(QLatin1Char('\n')).toStdString();
  const QString all = resets.join(QLatin1Char('\n'));
  for (const char* expected :
       {"training/device was \"TPU\"", "reset to \"auto\"", "ui/theme was \"neon\"",
        "ui/language was \"klingon\"", "training/threads was \"-3\"", "images/maxPixels was \"lots\"",
        "colorize/protocol was \"train\"", "colorize/samples was \"64\""})
    EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << " not in\n" << all.toStdString();
  EXPECT_EQ(AppSettings::device(), QStringLiteral("auto"));
  EXPECT_EQ(AppSettings::theme(), QStringLiteral("system"));
  EXPECT_TRUE(AppSettings::language().isEmpty());
  EXPECT_EQ(AppSettings::colorizeProtocol(), QStringLiteral("eval"));
  EXPECT_EQ(AppSettings::colorizeSamples(), 1);
  EXPECT_TRUE(AppSettings::validate().isEmpty()) << "a second load must find nothing left to reset";
}

TEST_F(AppSettingsValidate, PixelLimitSettingReachesTheEngine) {
  AppSettings::setMaxPixels(1234567);
  EXPECT_EQ(maxImagePixels(), 1234567u);
  setMaxImagePixels(0);
  EXPECT_TRUE(AppSettings::validate().isEmpty());
  EXPECT_EQ(maxImagePixels(), 1234567u) << "validate() applies the stored limit";
  EXPECT_EQ(AppSettings::maxPixels(), 1234567);
}

}  // namespace
}  // namespace colorproxy
