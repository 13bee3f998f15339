#pragma once
// The GUI test executables' main: a QApplication created once before any test runs, settings under a
// test-only name that start empty (never the user's real ones), numbers in the C locale.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include "core/uiresources.h"

namespace colorproxy::test {

/// Runs every test of the executable named `name`; QT_QPA_PLATFORM must be set by then.
inline int runUiTests(int argc, char** argv, const QString& name) {
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("ColorProxyTests"));
  QApplication::setApplicationName(name);
  QSettings().clear();
  // Numbers are checked as the C locale writes them, whatever the machine's language.
  QLocale::setDefault(QLocale::c());
  colorproxy::initUiResources();
  ::testing::InitGoogleTest(&argc, argv);
  const int result = RUN_ALL_TESTS();
  QSettings().clear();
  return result;
}

}  // namespace colorproxy::test
