#pragma once
#include <QCoreApplication>
#include <QString>

namespace colorproxy {

/// The engine's validation problems in the user's words and language: "valFraction 0.000000 must be
/// between 0 and 1" becomes "Hold-out share must be between 0 and 1." (in German: "Zurückgehaltener Anteil
/// muss zwischen 0 und 1 liegen."), naming the field by its label. The engine's sentences follow a few fixed
/// forms (ColorizationConfig::validate, FinetuneConfig::validate); others keep their text after the label.
class ProblemText {
  Q_DECLARE_TR_FUNCTIONS(colorproxy::ProblemText)

 public:
  /// The label a wizard shows for a config key ("lr" -> "Learning rate"); empty for keys without a field.
  static QString fieldName(const QString& key);
  /// `problem` (an engine sentence about `key`) as a translated sentence naming the field.
  static QString translate(const QString& problem, const QString& key);
};

}  // namespace colorproxy
