#pragma once
#include <QWidget>

class QSplitter;
class QStackedLayout;
class QTabWidget;

namespace colorproxy {

/// Pages one above the other in a splitter where each gets at least a set height, and as tabs where the
/// room is too short for that (a 1024x600 screen, or 1366x768 at 150 %), so that no page is squeezed into
/// an unreadable strip. Its minimum size is the tabbed one's, whichever way it shows, so switching never
/// changes the layout around it.
class SplitOrTabs : public QWidget {
  Q_OBJECT

 public:
  explicit SplitOrTabs(QWidget* parent = nullptr);

  /// Adds a page; stretch is its share of the splitter's height.
  void addPage(QWidget* page, const QString& title, int stretch = 1);
  void setPageTitle(int index, const QString& title);
  /// The height each page needs before they stand one above the other.
  void setMinimumPageHeight(int height);
  bool isSplit() const { return m_split; }
  /// The tab widget (tabbed mode) or nullptr.
  QTabWidget* tabs() const { return m_split ? nullptr : m_tabs; }

  QSize minimumSizeHint() const override;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void arrange();

  QStackedLayout* m_stack = nullptr;
  QSplitter* m_splitter = nullptr;
  QTabWidget* m_tabs = nullptr;
  QList<QWidget*> m_pages;
  QStringList m_titles;
  QList<int> m_stretches;
  int m_minimumPageHeight = 160;
  int m_currentTab = 0;
  bool m_split = true;
};

}  // namespace colorproxy
