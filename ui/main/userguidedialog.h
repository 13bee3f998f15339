#pragma once
#include <QDialog>

class QTextBrowser;

namespace colorproxy {

/// Help ▸ User guide: the bundled guide (the three main paths, training, runs, keyboard, command line) in a
/// browser with working in-page links; in the interface's language when the guide is translated into it.
class UserGuideDialog : public QDialog {
  Q_OBJECT

 public:
  explicit UserGuideDialog(QWidget* parent = nullptr);

  QTextBrowser* browser() const { return m_browser; }
  /// The guide's resource for the current locale (":/help/user-guide_<lang>.html"), else the English one.
  static QString guideFile();

 private:
  QTextBrowser* m_browser = nullptr;
};

}  // namespace colorproxy
