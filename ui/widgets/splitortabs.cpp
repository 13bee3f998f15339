#include "widgets/splitortabs.h"

#include <algorithm>
#include <numeric>

#include <QSplitter>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>

namespace colorproxy {

SplitOrTabs::SplitOrTabs(QWidget* parent) : QWidget(parent) {
  m_splitter = new QSplitter(Qt::Vertical, this);
  m_splitter->setChildrenCollapsible(false);
  m_tabs = new QTabWidget(this);
  m_tabs->setDocumentMode(true);
  m_stack = new QStackedLayout(this);
  m_stack->setContentsMargins(0, 0, 0, 0);
  // The stack's own minimum would be the splitter's (every page's height added up): this widget's
  // minimum is the tabbed one's, whichever way it shows.
  m_stack->setSizeConstraint(QLayout::SetNoConstraint);
  m_stack->addWidget(m_splitter);
  m_stack->addWidget(m_tabs);
}

void SplitOrTabs::addPage(QWidget* page, const QString& title, int stretch) {
  m_pages << page;
  m_titles << title;
  m_stretches << std::max(1, stretch);
  if (m_split) {
    m_splitter->addWidget(page);
    m_splitter->setStretchFactor(int(m_pages.size()) - 1, m_stretches.last());
  } else {
    m_tabs->addTab(page, title);
  }
  updateGeometry();
  arrange();
}

void SplitOrTabs::setPageTitle(int index, const QString& title) {
  if (index < 0 || index >= m_titles.size()) return;
  m_titles[index] = title;
  if (!m_split) m_tabs->setTabText(index, title);
}

void SplitOrTabs::setMinimumPageHeight(int height) {
  m_minimumPageHeight = height;
  arrange();
}

QSize SplitOrTabs::minimumSizeHint() const {
  QSize page(0, 0);
  for (const QWidget* p : m_pages) page = page.expandedTo(p->minimumSizeHint().expandedTo(p->minimumSize()));
  const int tabBar = m_pages.size() > 1 ? m_tabs->tabBar()->sizeHint().height() : 0;
  return {page.width(), page.height() + tabBar};
}

void SplitOrTabs::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  arrange();
}

void SplitOrTabs::arrange() {
  if (m_pages.isEmpty()) return;
  // Split where every page's share of the height reaches the minimum page height.
  const int total = std::accumulate(m_stretches.begin(), m_stretches.end(), 0);
  int needed = 0;
  for (int stretch : m_stretches) needed = std::max(needed, m_minimumPageHeight * total / stretch);
  needed += (int(m_pages.size()) - 1) * m_splitter->handleWidth();
  const bool split = m_pages.size() < 2 || height() >= needed;
  if (split == m_split) return;
  m_split = split;
  if (split) {
    m_currentTab = std::max(0, m_tabs->currentIndex());
    while (m_tabs->count() > 0) m_tabs->removeTab(0);
    for (int i = 0; i < m_pages.size(); ++i) {
      m_splitter->addWidget(m_pages[i]);
      m_splitter->setStretchFactor(i, m_stretches[i]);
      m_pages[i]->show();
    }
    m_stack->setCurrentWidget(m_splitter);
  } else {
    for (int i = 0; i < m_pages.size(); ++i) m_tabs->addTab(m_pages[i], m_titles[i]);
    m_tabs->setCurrentIndex(std::min(m_currentTab, int(m_pages.size()) - 1));  // the tab last chosen
    m_stack->setCurrentWidget(m_tabs);
  }
}

}  // namespace colorproxy
