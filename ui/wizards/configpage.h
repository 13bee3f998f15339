#pragma once
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QScrollArea;

namespace colorproxy {

/// Base of the wizards' pages: each owns some config keys, writes its widgets into the wizard's config on
/// every change, and shows the engine's validation problems that concern its own keys (the config's
/// validate() names the key first), blocking Next until they are fixed.
class ConfigPage : public QWizardPage {
  Q_OBJECT

 public:
  ConfigPage(QStringList keys, QWidget* parent = nullptr);

  const QStringList& keys() const { return m_keys; }
  /// The problems (and the readiness reason) on this page right now, as the engine words them.
  QStringList problems() const { return m_shown; }
  /// The same as shown to the user: translated sentences naming each field by its label.
  QStringList messages() const { return m_messages; }
  bool isComplete() const override;
  void initializePage() override;
  /// Keeps what the user entered when going Back (QWizard would reset registered fields).
  void cleanupPage() override {}

  /// True when `problem` names `key` as a whole word ("imageSize") or as a CLI flag ("--image-size").
  static bool mentions(const QString& problem, const QString& key);
  /// The problems among `all` that mention one of `keys` (all of them when `keys` is empty).
  static QStringList filterProblems(const QStringList& all, const QStringList& keys);
  /// Moves the page's content into a scroll area, with the problem message below it (always in view), so
  /// that the wizard fits small screens; extra height goes below the content, so a message appearing or
  /// going does not move the fields. Call once the subclass has built its layout (the wizards do it for
  /// all their pages).
  void makeScrollable();
  QScrollArea* scrollArea() const { return m_scroll; }
  /// A small grey explanation under a field.
  static QLabel* explanation(const QString& text, QWidget* parent);

 protected:
  /// Copies the wizard's config into the widgets (on entering the page).
  virtual void loadPage() = 0;
  /// Copies the widgets into the wizard's config.
  virtual void applyPage() = 0;
  /// Every validation problem of the wizard's config as it stands.
  virtual QStringList allProblems() const = 0;
  /// Extra readiness besides the config (e.g. a dataset scan that must finish); with a reason when not.
  virtual bool ready(QString* /*reason*/) const { return true; }
  /// True while the page's required input is still blank (nothing entered yet): its reason is then a
  /// hint, not an error.
  virtual bool nothingEntered() const { return false; }
  /// Call from every widget's change signal.
  void refresh();

 private:
  QStringList m_keys;
  QStringList m_problems;
  QStringList m_shown;
  QStringList m_messages;
  QLabel* m_problemLabel = nullptr;
  QScrollArea* m_scroll = nullptr;
  bool m_loading = false;
};

}  // namespace colorproxy
