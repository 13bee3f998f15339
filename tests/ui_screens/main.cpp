// test_ui_screens' main: the GUI on a small screen. CTest runs it twice (tests/CMakeLists.txt): on a
// 1024×600 offscreen screen, and on a 1366×768 one with QT_SCALE_FACTOR=1.5 (910×512 logical pixels).
// Run by hand without QT_QPA_PLATFORM it uses the 1024×600 screen.
#include "ui/uitestmain.h"

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM",
            QByteArray("offscreen:configfile=") + CP_SOURCE_DIR "/tests/ui_screens/screen-1024x600.json");
  return colorproxy::test::runUiTests(argc, argv, QStringLiteral("test_ui_screens"));
}
