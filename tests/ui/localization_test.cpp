// Translations (embedded .qm files, complete .ts sources), the theme switch and the Preferences dialog.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProxyStyle>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>
#include <QWizard>
#include <QXmlStreamReader>

#include <memory>

#include "core/appsettings.h"
#include "core/localization.h"
#include "core/theme.h"
#include "main/mainwindow.h"
#include "main/preferencesdialog.h"
#include "results/verdicttext.h"

#include <qcustomplot.h>

using namespace colorproxy;

namespace {

const QStringList kTranslated = {QStringLiteral("de"), QStringLiteral("pt_BR"), QStringLiteral("pt_PT"),
                                 QStringLiteral("mk")};

// Restores English after each test, whatever it installed.
class Localization : public ::testing::Test {
 protected:
  void TearDown() override { installTranslations(QStringLiteral("en")); }
};

QStringList menuTitles(const MainWindow& window) {
  QStringList titles;
  for (QAction* a : window.menuBar()->actions()) titles << a->text();
  return titles;
}

QSet<QString> placeholders(const QString& text) {
  QSet<QString> found;
  static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d+)"));
  for (auto it = re.globalMatch(text); it.hasNext();) found.insert(it.next().captured());
  return found;
}

}  // namespace

TEST_F(Localization, ListsEnglishAndEveryEmbeddedTranslation) {
  QStringList codes;
  QStringList names;
  for (const UiLanguage& l : uiLanguages()) {
    codes << l.code;
    names << l.nativeName;
  }
  EXPECT_EQ(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("mk"),
                                QStringLiteral("pt_BR"), QStringLiteral("pt_PT")}));
  EXPECT_TRUE(names.contains(QStringLiteral("Português (Portugal)")))
      << names.join(QLatin1Char(',')).toStdString();
  EXPECT_TRUE(names.contains(QStringLiteral("Português (Brasil)")))
      << names.join(QLatin1Char(',')).toStdString();
  EXPECT_TRUE(names.contains(QStringLiteral("Deutsch"))) << names.join(QLatin1Char(',')).toStdString();
  EXPECT_TRUE(names.contains(QStringLiteral("Македонски"))) << names.join(QLatin1Char(',')).toStdString();
  for (const QString& code : kTranslated)
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/colorproxy_%1.qm").arg(code))) << code.toStdString();
}

TEST_F(Localization, MainWindowSpeaksTheChosenLanguage) {
  ASSERT_EQ(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
  {
    MainWindow window;
    EXPECT_TRUE(menuTitles(window).contains(QStringLiteral("&Datei")))
        << menuTitles(window).join(u',').toStdString();
    auto* nav = window.findChild<QListWidget*>();
    ASSERT_NE(nav, nullptr);
    EXPECT_EQ(nav->item(0)->text(), QStringLiteral("Datensätze"));
  }
  // Qt's own strings (standard buttons, wizard navigation) come from qtbase_de.qm when it is installed.
  if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
  }
  // Portuguese: European for Portugal and for a bare "pt", Brazilian for Brazil.
  ASSERT_EQ(installTranslations(QStringLiteral("pt")), QStringLiteral("pt_PT"));
  EXPECT_EQ(QCoreApplication::translate("colorproxy::MainWindow", "&File"), QStringLiteral("&Ficheiro"));
  ASSERT_EQ(installTranslations(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
  EXPECT_EQ(QCoreApplication::translate("colorproxy::MainWindow", "&File"), QStringLiteral("&Arquivo"));
  ASSERT_EQ(installTranslations(QStringLiteral("pt_PT")), QStringLiteral("pt_PT"));
  EXPECT_TRUE(QCoreApplication::translate("colorproxy::ColorizePage", "Save res&ult…")
                  .remove(QLatin1Char('&'))
                  .startsWith(QStringLiteral("Guardar")));
  ASSERT_EQ(installTranslations(QStringLiteral("mk")), QStringLiteral("mk"));
  EXPECT_EQ(QCoreApplication::translate("colorproxy::MainWindow", "Datasets"),
            QStringLiteral("Множества податоци"));
  // Plural forms: Macedonian has a separate "one" form (1, 21, ...) and a form for the rest.
  const QString one = QCoreApplication::translate("colorproxy::DatasetSummaryView",
                                                  "<b>%n label class(es):</b> ", nullptr, 21);
  const QString many = QCoreApplication::translate("colorproxy::DatasetSummaryView",
                                                   "<b>%n label class(es):</b> ", nullptr, 5);
  EXPECT_TRUE(one.startsWith(QStringLiteral("<b>21 "))) << one.toStdString();
  EXPECT_NE(one.mid(6), many.mid(5)) << one.toStdString() << " / " << many.toStdString();
  // Debian has no qtbase_mk.qm: Qt's own wizard, dialog and text-field strings come from ColorProxy's file,
  // looked up with the exact contexts and texts Qt uses.
  {
    QWizard wizard;
    EXPECT_EQ(wizard.buttonText(QWizard::NextButton), QStringLiteral("С&ледно >"));
    EXPECT_EQ(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Назад"));
    EXPECT_EQ(wizard.buttonText(QWizard::FinishButton), QStringLiteral("&Заврши"));
    QDialogButtonBox box(QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Да"));
    EXPECT_EQ(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Не"));
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Откажи"));
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList items;
    for (QAction* a : menu->actions())
      if (!a->isSeparator()) items << a->text().section(QLatin1Char('\t'), 0, 0);
    EXPECT_TRUE(items.contains(QStringLiteral("&Копирај"))) << items.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(items.contains(QStringLiteral("Избери сè"))) << items.join(QLatin1Char(',')).toStdString();
  }

  ASSERT_EQ(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
  EXPECT_EQ(QCoreApplication::translate("colorproxy::MainWindow", "Datasets"), QStringLiteral("Datasets"));
  EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
  MainWindow english;
  EXPECT_TRUE(menuTitles(english).contains(QStringLiteral("&File")));
}

// Following the system locale: the environment's LANGUAGE / LC_ALL / LC_MESSAGES / LANG decide, and a bare
// "pt" is European Portuguese.
TEST_F(Localization, SystemPortugueseLocalesPickTheirVariant) {
  const QByteArray saved = qgetenv("LANGUAGE");
  const std::pair<const char*, const char*> cases[] = {
      {"pt", "pt_PT"}, {"pt_PT.UTF-8", "pt_PT"}, {"pt_BR.UTF-8", "pt_BR"}, {"pt.UTF-8", "pt_PT"}};
  for (const auto& [env, expected] : cases) {
    qputenv("LANGUAGE", env);
    EXPECT_EQ(installTranslations(QString()), QString::fromLatin1(expected)) << env;
  }
  qputenv("LANGUAGE", "pt_BR");
  installTranslations(QString());
  EXPECT_EQ(QCoreApplication::translate("colorproxy::MainWindow", "&File"), QStringLiteral("&Arquivo"));
  if (saved.isNull())
    qunsetenv("LANGUAGE");
  else
    qputenv("LANGUAGE", saved);
}

TEST_F(Localization, UnknownLanguageFallsBackToEnglish) {
  EXPECT_EQ(installTranslations(QStringLiteral("xx")), QStringLiteral("en"));
  EXPECT_EQ(QCoreApplication::translate("colorproxy::MainWindow", "&File"), QStringLiteral("&File"));
}

// Every message of every .ts file is translated (nothing unfinished or empty) and keeps the source's
// placeholders, so no %1 is lost or invented by a translation.
TEST_F(Localization, EveryTranslationIsCompleteAndKeepsPlaceholders) {
  for (const QString& code : kTranslated) {
    const QString path = QStringLiteral(CP_SOURCE_DIR "/translations/colorproxy_%1.ts").arg(code);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
      if (!xml.isStartElement()) continue;
      if (xml.name() == u"name") {
        context = xml.readElementText();
      } else if (xml.name() == u"source") {
        source = xml.readElementText();
        ++messages;
      } else if (xml.name() == u"translation") {
        const QString where = code + QLatin1Char(' ') + context + QStringLiteral(": ") + source;
        EXPECT_NE(xml.attributes().value(QStringLiteral("type")), u"unfinished") << where.toStdString();
        EXPECT_NE(xml.attributes().value(QStringLiteral("type")), u"vanished") << where.toStdString();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        // Numerus messages: readElementText concatenates the forms; check the source's own placeholders.
        EXPECT_FALSE(text.trimmed().isEmpty() && !source.trimmed().isEmpty()) << where.toStdString();
        const QSet<QString> expected = placeholders(source);
        for (const QString& p : expected)
          EXPECT_TRUE(text.contains(p)) << p.toStdString() << " in " << where.toStdString();
        for (const QString& p : placeholders(text))
          EXPECT_TRUE(expected.contains(p)) << "extra " << p.toStdString() << " in " << where.toStdString();
      }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    EXPECT_GT(messages, 300) << path.toStdString();
  }
}

TEST(Theme, DarkLightAndSystemPalettes) {
  const QString systemStyle = QApplication::style()->name();
  EXPECT_EQ(applyTheme(QStringLiteral("dark")), QStringLiteral("dark"));
  EXPECT_TRUE(isDark(QApplication::palette()));
  auto* contrast = qobject_cast<QProxyStyle*>(QApplication::style());
  ASSERT_NE(contrast, nullptr);
  EXPECT_EQ(contrast->baseStyle()->name().toLower(), QStringLiteral("fusion"));
  EXPECT_GT(QApplication::palette().color(QPalette::Text).lightness(),
            QApplication::palette().color(QPalette::Base).lightness() + 100);
  EXPECT_EQ(applyTheme(QStringLiteral("light")), QStringLiteral("light"));
  EXPECT_FALSE(isDark(QApplication::palette()));
  EXPECT_EQ(applyTheme(QStringLiteral("no-such-theme")), QStringLiteral("system"));
  EXPECT_EQ(QApplication::style()->name(), systemStyle);
  EXPECT_FALSE(isDark(QApplication::palette()));
}

// Unchecked check boxes and radio buttons stand out from a dark window: their indicator has pixels far
// lighter than the window (Fusion alone draws its frame darker than the window).
TEST(Theme, UncheckedBoxesAndRadioButtonsAreVisibleOnDark) {
  applyTheme(QStringLiteral("dark"));
  const int window = QApplication::palette().color(QPalette::Window).lightness();
  QCheckBox box(QStringLiteral("x"));
  QRadioButton radio(QStringLiteral("y"));
  for (QAbstractButton* button :
       {static_cast<QAbstractButton*>(&box), static_cast<QAbstractButton*>(&radio)}) {
    button->resize(button->sizeHint());
    QImage image(button->size(), QImage::Format_ARGB32);
    button->render(&image);
    int lightest = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.height(); ++x)  // the indicator, left of the text
        lightest = std::max(lightest, image.pixelColor(x, y).lightness());
    EXPECT_GT(lightest, window + 60) << button->text().toStdString();
  }
  applyTheme(QStringLiteral("system"));
}

TEST(Theme, PlotsFollowThePalette) {
  applyTheme(QStringLiteral("light"));
  QCustomPlot plot;
  plot.resize(200, 120);
  plot.show();
  QCoreApplication::processEvents();
  EXPECT_LT(plot.xAxis->tickLabelColor().lightness(), 80);
  EXPECT_FALSE(isDark(plot.palette()));
  applyTheme(QStringLiteral("dark"));
  QCoreApplication::processEvents();
  // A palette change restyles the existing plot: light text on a dark background.
  EXPECT_GT(plot.xAxis->tickLabelColor().lightness(), 180);
  EXPECT_GT(plot.yAxis->labelColor().lightness(), 180);
  EXPECT_GT(plot.legend->textColor().lightness(), 180);
  QImage image(plot.size(), QImage::Format_ARGB32);
  plot.render(&image);
  EXPECT_LT(image.pixelColor(2, 2).lightness(), 80);
  applyTheme(QStringLiteral("system"));
  QCoreApplication::processEvents();
  EXPECT_LT(plot.xAxis->tickLabelColor().lightness(), 80);
}

TEST(Theme, ThemedIconFallsBackToTheBundledIcon) {
  const QIcon icon =
      themedIcon(QStringLiteral("colorproxy-no-such-icon"), QStringLiteral(":/icons/nav-runs.svg"));
  ASSERT_FALSE(icon.isNull());
  const QImage image = icon.pixmap(32, 32).toImage();
  EXPECT_EQ(image.width(), 32);
}

TEST(Preferences, SavesLanguageAndThemeAndAppliesTheTheme) {
  AppSettings::setLanguage(QString());
  AppSettings::setTheme(QStringLiteral("system"));
  {
    PreferencesDialog dialog;
    EXPECT_EQ(dialog.languageBox()->currentData().toString(), QString());
    EXPECT_GE(dialog.languageBox()->count(), 5);  // system default, en, de, mk, pt
    EXPECT_TRUE(dialog.restartNote()->isHidden());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("pt_PT")));
    EXPECT_FALSE(dialog.restartNote()->isHidden());
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
    EXPECT_TRUE(dialog.apply());
  }
  EXPECT_EQ(AppSettings::language(), QStringLiteral("pt_PT"));
  EXPECT_EQ(AppSettings::theme(), QStringLiteral("dark"));
  EXPECT_TRUE(isDark(QApplication::palette()));
  {
    PreferencesDialog dialog;  // opens with the saved choices
    EXPECT_EQ(dialog.languageBox()->currentData().toString(), QStringLiteral("pt_PT"));
    EXPECT_EQ(dialog.themeBox()->currentData().toString(), QStringLiteral("dark"));
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("system")));
    EXPECT_FALSE(dialog.apply());  // language unchanged: no restart needed
  }
  EXPECT_FALSE(isDark(QApplication::palette()));
  AppSettings::setLanguage(QString());
}

TEST_F(Localization, EnglishWritesThePluralOfACountedText) {
  ASSERT_EQ(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
  const auto tr = [](const char* source, int n) {
    return QCoreApplication::translate("Any", source, nullptr, n);
  };
  EXPECT_EQ(tr("%n image(s)", 1), QStringLiteral("1 image"));
  EXPECT_EQ(tr("%n image(s)", 3), QStringLiteral("3 images"));
  EXPECT_EQ(tr("%n image(s)", 0), QStringLiteral("0 images"));
  EXPECT_EQ(tr("%n class(es)", 1), QStringLiteral("1 class"));
  EXPECT_EQ(tr("%n class(es)", 12), QStringLiteral("12 classes"));
  EXPECT_EQ(tr("Exported %n photo(s) to %1", 1), QStringLiteral("Exported 1 photo to %1"));
  // Not counted (no n), or no %n in it: as written.
  EXPECT_EQ(tr("Finished %1 epoch(s)", -1), QStringLiteral("Finished %1 epoch(s)"));
  EXPECT_EQ(tr("photo(s)", 2), QStringLiteral("photo(s)"));
  // Another language's own plural forms win.
  ASSERT_EQ(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
  EXPECT_EQ(QCoreApplication::translate("colorproxy::DatasetStatsView", "%n image(s)", nullptr, 1),
            QStringLiteral("1 Bild"));
}

TEST_F(Localization, MetricNamesSayTheirSplitInTheLanguage) {
  ASSERT_EQ(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
  EXPECT_EQ(VerdictText::metricName("test_mIoU"), QStringLiteral("test mIoU"));
  EXPECT_EQ(VerdictText::metricName("val_loss"), QStringLiteral("validation loss"));
  EXPECT_EQ(VerdictText::metricName("test_mAP_voc07"), QStringLiteral("test mAP voc07"));
  EXPECT_EQ(VerdictText::metricName("mAP_vocall"), QStringLiteral("mAP vocall"));
  ASSERT_EQ(installTranslations(QStringLiteral("pt_PT")), QStringLiteral("pt_PT"));
  EXPECT_EQ(VerdictText::metricName("test_mIoU"), QStringLiteral("mIoU de teste"));
  ASSERT_EQ(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
  EXPECT_EQ(VerdictText::metricName("test_mIoU"), QStringLiteral("Test-mIoU"));
}
