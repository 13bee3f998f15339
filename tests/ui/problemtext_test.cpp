// Validation messages in the user's words and language: the engine's sentences about config keys become
// sentences naming the field by its label, translated.
#include <gtest/gtest.h>

#include <QLabel>
#include <QLocale>
#include <QSpinBox>

#include "colorproxy/pretrain/colorization_config.h"
#include "core/localization.h"
#include "wizards/pretrainmodelpage.h"
#include "wizards/pretrainwizard.h"
#include "wizards/problemtext.h"

using colorproxy::ProblemText;

namespace {

QString translated(const char* problem, const char* key) {
  return ProblemText::translate(QString::fromUtf8(problem), QString::fromLatin1(key));
}

class ProblemTextGerman : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(colorproxy::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
  }
  void TearDown() override {
    colorproxy::installTranslations(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
  }
};

}  // namespace

TEST(ProblemText, EngineSentencesBecomeFieldSentences) {
  // The engine's own sentences (ColorizationConfig::validate), word for word.
  EXPECT_EQ(translated("valFraction 0.000000 must be between 0 and 1 (e.g. 0.1)", "valFraction"),
            QStringLiteral("Hold-out share must be between 0 and 1."));
  EXPECT_EQ(translated("imageSize 100 must be a multiple of 2^numDowns = 32 (e.g. 256 with 8)", "imageSize"),
            QStringLiteral("Image size must be a multiple of 32 (2 to the power of the downsamplings)."));
  EXPECT_EQ(translated("dataPath is empty: choose the folder of training images", "dataPath"),
            QStringLiteral("Dataset folder is empty: fill it in."));
  EXPECT_EQ(translated("loadSize 40 must be at least imageSize 64", "loadSize"),
            QStringLiteral("Load size must be at least Image size."));
  EXPECT_EQ(translated("epochsDecay 30 must be between 0 and epochs (20)", "epochsDecay"),
            QStringLiteral("Decay epochs must be between 0 and Epochs."));
  EXPECT_EQ(translated("beta1 must be in [0, 1)", "beta1"),
            QStringLiteral("Adam β1 must be at least 0 and below 1."));
  // Unknown forms keep the engine's words after the label; unknown keys keep the sentence.
  EXPECT_EQ(translated("runName has a slash", "runName"), QStringLiteral("Run name: has a slash"));
  EXPECT_EQ(translated("abDivisor must be positive (110 or 128)", "abDivisor"),
            QStringLiteral("abDivisor must be positive (110 or 128)"));
}

TEST(ProblemText, ModelPageShowsTheSentenceForItsField) {
  colorproxy::ColorizationConfig config = colorproxy::ColorizationConfig::preset("tiny");
  colorproxy::PretrainWizard wizard(config);
  wizard.setStartId(colorproxy::PretrainWizard::ModelPageId);
  wizard.restart();
  auto* page = wizard.findChild<colorproxy::PretrainModelPage*>();
  ASSERT_NE(page, nullptr);
  QSpinBox* imageSize = nullptr;
  for (QLabel* label : page->findChildren<QLabel*>())
    if (label->text() == QStringLiteral("&Image size:")) imageSize = qobject_cast<QSpinBox*>(label->buddy());
  ASSERT_NE(imageSize, nullptr);
  imageSize->setValue(40);
  ASSERT_FALSE(page->messages().isEmpty());
  EXPECT_TRUE(page->problems().first().startsWith(QStringLiteral("imageSize 40")));  // the engine's words
  EXPECT_TRUE(page->messages().first().startsWith(QStringLiteral("Image size must be a multiple of")))
      << page->messages().first().toStdString();
}

TEST_F(ProblemTextGerman, SentencesAreTranslatedWithLocaleNumbers) {
  EXPECT_EQ(translated("valFraction 0.000000 must be between 0 and 1 (e.g. 0.1)", "valFraction"),
            QStringLiteral("Zurückgehaltener Anteil muss zwischen 0 und 1 liegen."));
  EXPECT_EQ(translated("lr 2.000000 must be between 0 and 0.5", "lr"),
            QStringLiteral("Lernrate muss zwischen 0 und 0,5 liegen."));
}
