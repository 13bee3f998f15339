// colorproxy: the desktop front end.
#include <algorithm>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include "colorize/colorizepage.h"
#include "core/appsettings.h"
#include "core/localization.h"
#include "core/theme.h"
#include "core/uiresources.h"
#include "datasets/datasetspage.h"
#include "main/mainwindow.h"
#include "tools/screenshottour.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("ColorProxy"));
  QApplication::setApplicationName(QStringLiteral("ColorProxy"));
  QApplication::setApplicationVersion(QStringLiteral(COLORPROXY_VERSION));
#ifdef COLORPROXY_APP_ID
  QApplication::setDesktopFileName(QStringLiteral(COLORPROXY_APP_ID));  // packaging/CMakeLists.txt
#endif
  colorproxy::initUiResources();
  // The screenshot tour trains and opens runs and changes the Colorize choices: it works on settings of its
  // own, so the user's (runs folder, recent runs, model, protocol) stay as they were.
  std::unique_ptr<QTemporaryDir> tourSettings;
  const QStringList arguments = QCoreApplication::arguments();
  if (std::any_of(arguments.begin(), arguments.end(), [](const QString& a) {
        return a == QLatin1String("--screenshots") || a.startsWith(QLatin1String("--screenshots="));
      })) {
    tourSettings = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tourSettings->path());
  }
  const QStringList settingResets = colorproxy::AppSettings::validate();  // before anything reads them
  for (const QString& r : settingResets) qWarning("%s", qUtf8Printable(r));
  colorproxy::installTranslations(colorproxy::AppSettings::language());  // empty: the system locale
  colorproxy::applyTheme(colorproxy::AppSettings::theme());
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/colorproxy.svg")));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "Self-supervised visual feature learning through image colorization."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption tourOption(
      QStringLiteral("screenshots"),
      QApplication::translate("main",
                              "Tour the GUI with a real tiny training run, save screenshots to <dir> "
                              "and print the event-loop latency, then quit."),
      QStringLiteral("dir"));
  const QCommandLineOption samplesOption(
      QStringLiteral("samples"),
      QApplication::translate("main", "Sample data for the tour (resources/samples)."), QStringLiteral("dir"),
      QStringLiteral("resources/samples"));
  const QCommandLineOption runsOption(QStringLiteral("runs-dir"),
                                      QApplication::translate("main", "Runs folder for the tour."),
                                      QStringLiteral("dir"), QStringLiteral("/tmp/colorproxy-tour-runs"));
  const QCommandLineOption paperOption(
      QStringLiteral("paper-seconds"),
      QApplication::translate("main",
                              "With --screenshots: also train the paper-size model for <n> seconds "
                              "and report the latency meanwhile."),
      QStringLiteral("n"), QStringLiteral("0"));
  parser.addOption(tourOption);
  parser.addOption(paperOption);
  parser.addOption(samplesOption);
  parser.addOption(runsOption);
  const QCommandLineOption themeOption(
      QStringLiteral("theme"),
      QApplication::translate(
          "main",
          "Appearance for this session: system, light or dark (default: the one chosen in "
          "File > Preferences)."),
      QStringLiteral("theme"));
  parser.addOption(themeOption);
  const QCommandLineOption colorizeOption(
      QStringLiteral("colorize"),
      QApplication::translate("main",
                              "Open <photo> (a file or a folder of photos) on the Colorize page; repeat "
                              "for several."),
      QStringLiteral("photo"));
  const QCommandLineOption exportOption(
      QStringLiteral("export-to"),
      QApplication::translate("main",
                              "With --colorize: once the model has loaded, colorize them all into <dir> "
                              "(asks before replacing files)."),
      QStringLiteral("dir"));
  parser.addOption(colorizeOption);
  parser.addOption(exportOption);
  parser.addPositionalArgument(
      QStringLiteral("dataset"),
      QApplication::translate("main", "A dataset folder to open on the Datasets page (optional)."),
      QStringLiteral("[dataset]"));
  parser.process(app);
  if (parser.isSet(themeOption)) colorproxy::applyTheme(parser.value(themeOption));

  colorproxy::MainWindow window;
  window.show();
  if (!settingResets.isEmpty()) window.statusBar()->showMessage(settingResets.join(QLatin1Char(' ')), 30000);
  if (!parser.positionalArguments().isEmpty()) {
    const QString dataset = parser.positionalArguments().constFirst();
    QTimer::singleShot(0, &window, [&window, dataset] {
      window.showPage(colorproxy::MainWindow::DatasetsPageIndex);
      window.datasetsPage()->openDataset(dataset);
    });
  }
  if (parser.isSet(colorizeOption)) {
    const QStringList photos = parser.values(colorizeOption);
    const QString exportDir = parser.value(exportOption);
    QTimer::singleShot(0, &window, [&window, photos, exportDir] {
      colorproxy::ColorizePage* page = window.colorizePage();
      window.showPage(colorproxy::MainWindow::ColorizePageIndex);
      page->addInputs(photos);
      if (exportDir.isEmpty()) return;
      if (page->isModelReady()) {
        page->exportAllTo(exportDir);
        return;
      }
      QObject::connect(
          page, &colorproxy::ColorizePage::modelReady, page,
          [page, exportDir] { page->exportAllTo(exportDir); }, Qt::SingleShotConnection);
    });
  }
  if (parser.isSet(tourOption)) {
    int code = 0;
    QTimer::singleShot(0, &window, [&] {
      colorproxy::ScreenshotTour tour(&window, parser.value(tourOption), parser.value(samplesOption),
                                      parser.value(runsOption));
      tour.setPaperRunSeconds(parser.value(paperOption).toInt());
      code = tour.run();
      window.close();
      QApplication::exit(code);
    });
    return app.exec();
  }
  return app.exec();
}
