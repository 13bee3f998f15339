// colorproxy: the desktop front end.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "main/mainwindow.h"
#include "main/uiresources.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("ColorProxy"));
  QApplication::setApplicationName(QStringLiteral("ColorProxy"));
  QApplication::setApplicationVersion(QStringLiteral(COLORPROXY_VERSION));
  colorproxy::initUiResources();
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/colorproxy.svg")));

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate(
      "main", "Self-supervised visual feature learning through image colorization."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);

  colorproxy::MainWindow window;
  window.show();
  return app.exec();
}
