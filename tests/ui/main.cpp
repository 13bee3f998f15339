// test_ui's main: widgets need a QApplication, created once before any test runs.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include "core/uiresources.h"

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  // Settings live under a test-only name and start empty, never touching the user's real ones.
  QApplication::setOrganizationName(QStringLiteral("ColorProxyTests"));
  QApplication::setApplicationName(QStringLiteral("test_ui"));
  QSettings().clear();
  // Numbers are checked as the C locale writes them, whatever the machine's language.
  QLocale::setDefault(QLocale::c());
  colorproxy::initUiResources();
  ::testing::InitGoogleTest(&argc, argv);
  const int result = RUN_ALL_TESTS();
  QSettings().clear();
  return result;
}
