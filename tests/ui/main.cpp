// test_ui's main: widgets need a QApplication, created once before any test runs.
#include "ui/uitestmain.h"

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  return colorproxy::test::runUiTests(argc, argv, QStringLiteral("test_ui"));
}
