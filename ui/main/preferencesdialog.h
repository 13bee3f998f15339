#pragma once
#include <QDialog>

class QComboBox;
class QLabel;

namespace colorproxy {

/// Settings ▸ Preferences: the interface language (system default or a translated language; it takes
/// effect at the next start) and the appearance (system, light or dark; applied at once).
class PreferencesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PreferencesDialog(QWidget* parent = nullptr);

  QComboBox* languageBox() const { return m_language; }
  QComboBox* themeBox() const { return m_theme; }
  /// Visible while the chosen language differs from the one the application started with.
  QLabel* restartNote() const { return m_restartNote; }

  /// Saves the choices and applies the theme. Returns true when the language changed (restart needed).
  bool apply();
  void accept() override;

 private:
  void updateRestartNote();

  QComboBox* m_language = nullptr;
  QComboBox* m_theme = nullptr;
  QLabel* m_restartNote = nullptr;
  QString m_startLanguage;
};

}  // namespace colorproxy
