// test_ui's main: widgets need a QApplication, created once before any test runs.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

#include "main/uiresources.h"

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
  // Settings go to a throw-away test location, never the user's real ones.
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("ColorProxyTests"));
  QApplication::setApplicationName(QStringLiteral("test_ui"));
  colorproxy::initUiResources();
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
