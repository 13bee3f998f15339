#include "runpair/runpairpage.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "runpair/runpairselector.h"

namespace colorproxy {

RunPairPage::RunPairPage(const QString& task, const QString& intro, QWidget* parent) : QWidget(parent) {
  m_selector = new RunPairSelector(task, this);
  m_status = new QLabel(intro, this);
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_layout = new QVBoxLayout(this);
  m_layout->addWidget(m_selector);
  m_layout->addWidget(m_status);

  m_watcher = new QFutureWatcher<void>(this);
  connect(m_watcher, &QFutureWatcher<void>::finished, this, &RunPairPage::onFinished);
  connect(
      m_selector, &RunPairSelector::pairSelected, this,
      [this](const QString& baselineDir, const QString& pretrainedDir) { load(baselineDir, pretrainedDir); });
  connect(m_selector, &RunPairSelector::problem, this, &RunPairPage::showProblem);
}

RunPairPage::~RunPairPage() { m_watcher->waitForFinished(); }

QHBoxLayout* RunPairPage::createNavigationBar(const QList<OrderChoice>& orders) {
  m_orderBox = new QComboBox(this);
  for (const OrderChoice& o : orders) m_orderBox->addItem(o.text, o.value);
  // Sized for about 20 characters, not for the longest order name (German ones pushed the page wider than
  // a 1024-pixel screen); the list that drops down still shows every name in full.
  m_orderBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_orderBox->setMinimumContentsLength(20);
  m_prev = new QToolButton(this);
  m_prev->setArrowType(Qt::LeftArrow);
  m_prev->setToolTip(tr("Previous image (Page Up)"));
  m_next = new QToolButton(this);
  m_next->setArrowType(Qt::RightArrow);
  m_next->setToolTip(tr("Next image (Page Down)"));
  m_position = new QLabel(this);

  connect(m_orderBox, &QComboBox::currentIndexChanged, this, [this] { setOrderValue(orderValue()); });
  connect(m_prev, &QToolButton::clicked, this, [this] { showRow(m_list->currentIndex().row() - 1); });
  connect(m_next, &QToolButton::clicked, this, [this] { showRow(m_list->currentIndex().row() + 1); });
  auto* prevKey = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
  prevKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(prevKey, &QShortcut::activated, m_prev, &QToolButton::click);
  auto* nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
  nextKey->setContext(Qt::WidgetWithChildrenShortcut);
  connect(nextKey, &QShortcut::activated, m_next, &QToolButton::click);

  auto* bar = new QHBoxLayout;
  bar->addWidget(m_orderBox);
  bar->addWidget(m_prev);
  bar->addWidget(m_position);
  bar->addWidget(m_next);
  return bar;
}

QTreeWidget* RunPairPage::createImageList() {
  m_list = new QTreeWidget(this);
  m_list->setRootIsDecorated(false);
  m_list->setUniformRowHeights(true);
  m_list->header()->setStretchLastSection(false);
  connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (item) showImage(item->data(0, Qt::UserRole).toInt());
  });
  return m_list;
}

bool RunPairPage::openExperiment(const QString& folder) { return m_selector->openFolder(folder); }

void RunPairPage::openRuns(const QString& baselineDir, const QString& pretrainedDir) {
  m_selector->openRuns(baselineDir, pretrainedDir);
}

void RunPairPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  // First time on screen with nothing open: the last folder, or pairs in the runs folder.
  if (!m_shown)
    QTimer::singleShot(0, this, [this] {
      if (m_generation == 0) m_selector->openLastFolder();
    });
  m_shown = true;
}

bool RunPairPage::isLoading() const { return m_watcher->isRunning(); }

QString RunPairPage::statusText() const { return m_status->text(); }

void RunPairPage::showProblem(const QString& message) { m_status->setText(message.toHtmlEscaped()); }

void RunPairPage::watch(const QString& message, const QFuture<void>& future) {
  ++m_generation;
  m_status->setText(message);
  m_watcher->setProperty("generation", m_generation);
  // A superseded load finishes in the pool unwatched; only the newest result is shown.
  m_watcher->setFuture(future);
}

void RunPairPage::onFinished() {
  if (m_watcher->property("generation").toInt() != m_generation || !m_deliver) return;
  m_deliver();
}

int RunPairPage::orderValue() const { return m_orderBox->currentData().toInt(); }

void RunPairPage::setOrderValue(int value) {
  const int i = m_orderBox->findData(value);
  if (i >= 0 && i != m_orderBox->currentIndex()) {
    m_orderBox->setCurrentIndex(i);  // comes back here through the signal
    return;
  }
  const int current = m_current;
  fillList();
  const int row = int(m_order.indexOf(current));
  showRow(row >= 0 ? row : 0);
}

void RunPairPage::showRow(int row) {
  if (row < 0 || row >= m_order.size()) return;
  m_list->setCurrentItem(m_list->topLevelItem(row));  // -> showImage through currentItemChanged
  if (m_current != m_order[row]) showImage(m_order[row]);
}

void RunPairPage::resetNavigation() {
  m_prev->setEnabled(false);
  m_next->setEnabled(!m_order.isEmpty());
  m_position->setText(m_order.isEmpty() ? QString() : tr("– / %1").arg(m_order.size()));
}

void RunPairPage::markCurrent(int index) {
  m_current = index;
  const int row = int(m_order.indexOf(index));
  m_position->setText(tr("%1 / %2").arg(row + 1).arg(m_order.size()));
  m_prev->setEnabled(row > 0);
  m_next->setEnabled(row + 1 < m_order.size());
}

}  // namespace colorproxy
