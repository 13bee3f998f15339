// Keyboard users: every Alt+letter shown on a page must reach its own field (a label's buddy is the
// editable widget, not a container), and no two things on the same screen may share a letter (the wizard's
// Back/Next and the menu bar count too).
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QTest>
#include <QTextDocument>
#include <QWizard>

#include "colorize/colorizepage.h"
#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "core/localization.h"
#include "main/mainwindow.h"
#include "main/preferencesdialog.h"
#include "wizards/experimentdialog.h"
#include "wizards/finetunewizard.h"
#include "wizards/pretrainwizard.h"

using namespace colorproxy;

namespace {

/// The letter after a single '&' ("&&" is a literal ampersand), upper case; null when there is none.
QChar mnemonicOf(const QString& text) {
  for (int i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != QLatin1Char('&')) continue;
    if (text[i + 1] == QLatin1Char('&')) {
      ++i;
      continue;
    }
    return text[i + 1].toUpper();
  }
  return {};
}

struct Mnemonic {
  QChar key;
  QString text;
  QLabel* label = nullptr;  ///< set for labels: Alt+key must focus their buddy
};

/// What has a mnemonic and is shown in `scope` right now (plus the menu bar's titles, if any).
QList<Mnemonic> shownMnemonics(QWidget* scope) {
  QList<Mnemonic> found;
  for (QWidget* w : scope->findChildren<QWidget*>()) {
    if (!w->isVisibleTo(scope)) continue;
    if (auto* label = qobject_cast<QLabel*>(w)) {
      if (Qt::mightBeRichText(label->text())) continue;
      const QChar key = mnemonicOf(label->text());
      if (!key.isNull()) found.push_back({key, label->text(), label});
    } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
      const QChar key = mnemonicOf(button->text());
      if (!key.isNull()) found.push_back({key, button->text()});
    } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
      const QChar key = mnemonicOf(box->title());
      if (!key.isNull()) found.push_back({key, box->title()});
    } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
      for (QAction* a : bar->actions()) {
        const QChar key = mnemonicOf(a->text());
        if (!key.isNull() && a->isVisible()) found.push_back({key, a->text()});
      }
    }
  }
  return found;
}

bool focusIsIn(const QWidget* target) {
  const QWidget* focus = QApplication::focusWidget();
  return focus && (focus == target || target->isAncestorOf(focus));
}

/// Checks the screen `window` shows now (`where` names it in failures).
void checkMnemonics(QWidget* window, const std::string& where) {
  const QList<Mnemonic> found = shownMnemonics(window);
  QMap<QChar, QStringList> byKey;
  for (const Mnemonic& m : found) byKey[m.key] << m.text;
  for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
    EXPECT_EQ(it.value().size(), 1) << where << ": Alt+" << QString(it.key()).toStdString()
                                    << " is shared by "
                                    << it.value().join(QStringLiteral(" | ")).toStdString();
  for (const Mnemonic& m : found) {
    // A letter or digit every keyboard has (Alt+β cannot be typed on most); a Cyrillic UI (Macedonian) has
    // Cyrillic letters, typed on its own keyboard layout, which this test cannot press.
    const bool cyrillic = m.key.script() == QChar::Script_Cyrillic;
    const bool typable = m.key.unicode() < 128 && m.key.isLetterOrNumber();
    if (cyrillic) continue;
    EXPECT_TRUE(typable) << where << ": \"" << m.text.toStdString() << "\" has an untypable mnemonic";
    if (!m.label || !typable) continue;
    QWidget* buddy = m.label->buddy();
    ASSERT_NE(buddy, nullptr) << where << ": \"" << m.text.toStdString() << "\" shows Alt+"
                              << QString(m.key).toStdString() << " but has no buddy";
    // A container (a plain QWidget holding the field and its note) takes no focus: Alt+key did nothing
    // and the next keys went elsewhere.
    EXPECT_NE(buddy->metaObject(), &QWidget::staticMetaObject)
        << where << ": the buddy of \"" << m.text.toStdString() << "\" is a container";
    EXPECT_NE(buddy->focusPolicy(), Qt::NoFocus)
        << where << ": the buddy of \"" << m.text.toStdString() << "\" takes no focus";
    if (byKey[m.key].size() != 1 || !buddy->isEnabled()) continue;
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window)) << where;
    QTest::keyClick(window, m.key.toLower().toLatin1(), Qt::AltModifier);
    EXPECT_TRUE(focusIsIn(buddy)) << where << ": Alt+" << QString(m.key).toStdString() << " (\""
                                  << m.text.toStdString() << "\") focused "
                                  << (QApplication::focusWidget()
                                          ? QApplication::focusWidget()->metaObject()->className()
                                          : "nothing");
  }
}

void checkWizard(QWizard& wizard, const std::string& name) {
  wizard.show();
  for (int id : wizard.pageIds()) {
    wizard.setStartId(id);
    wizard.restart();
    QCoreApplication::processEvents();
    checkMnemonics(&wizard, name + " page \"" + wizard.currentPage()->title().toStdString() + "\"");
  }
}

}  // namespace

TEST(Mnemonics, MnemonicOfSkipsDoubledAmpersands) {
  EXPECT_EQ(mnemonicOf(QStringLiteral("Sa&ve")), QLatin1Char('V'));
  EXPECT_EQ(mnemonicOf(QStringLiteral("R&&D &data")), QLatin1Char('D'));
  EXPECT_TRUE(mnemonicOf(QStringLiteral("R&&D")).isNull());
}

// Runs a check with the user interface in one language (installed before the widgets are made).
class MnemonicsIn : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_EQ(installTranslations(QString::fromStdString(GetParam())).toStdString(), GetParam());
  }
  void TearDown() override { installTranslations(QStringLiteral("en")); }
  std::string where(const std::string& screen) const { return GetParam() + ": " + screen; }
};

TEST_P(MnemonicsIn, PretrainWizardPages) {
  PretrainWizard wizard{ColorizationConfig{}};
  checkWizard(wizard, where("pretraining wizard"));
}

TEST_P(MnemonicsIn, FinetuneWizardPages) {
  FinetuneWizard wizard{FinetuneConfig{}};
  checkWizard(wizard, where("fine-tuning wizard"));
}

TEST_P(MnemonicsIn, ExperimentAndPreferencesDialogs) {
  ExperimentDialog experiment;
  experiment.show();
  checkMnemonics(&experiment, where("experiment dialog"));
  PreferencesDialog preferences;
  preferences.show();
  checkMnemonics(&preferences, where("preferences"));
}

TEST_P(MnemonicsIn, MainWindowPagesWithTheMenuBar) {
  MainWindow window;
  window.show();
  const char* names[] = {"Datasets", "Train", "Runs", "Colorize", "Compare", "Labels"};
  for (int i = 0; i < 6; ++i) {
    window.showPage(i);
    QCoreApplication::processEvents();
    checkMnemonics(&window, where(names[i]));
  }
}

// Every language the window speaks: a translation picks its own letters, and they must not clash either.
INSTANTIATE_TEST_SUITE_P(Languages, MnemonicsIn,
                         ::testing::Values(std::string("en"), std::string("de"), std::string("pt_PT"),
                                           std::string("pt_BR"), std::string("mk")),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });
