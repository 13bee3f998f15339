#include "datasets/datasetsummaryview.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/workpool.h"
#include "widgets/datasetformatbox.h"

namespace colorproxy {

DatasetSummaryView::DatasetSummaryView(QWidget* parent) : QWidget(parent) {
  m_headline = new QLabel(this);
  m_headline->setWordWrap(true);
  m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_headline->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  m_splits = new QTableWidget(0, 5, this);
  m_splits->setHorizontalHeaderLabels(
      {tr("Split"), tr("Usable images"), tr("Images found"), tr("With labels / masks"), tr("Problems")});
  m_splits->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  m_splits->verticalHeader()->setVisible(false);
  m_splits->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_splits->setSelectionMode(QAbstractItemView::NoSelection);
  m_splits->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_splits->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  m_classes = new QLabel(this);
  m_classes->setWordWrap(true);
  m_classes->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  m_problems = new QPlainTextEdit(this);
  m_problems->setReadOnly(true);
  m_problems->setMinimumHeight(60);
  m_problems->setPlaceholderText(tr("No problems found"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_headline);
  layout->addWidget(m_splits);
  layout->addWidget(m_classes);
  layout->addWidget(m_problems, 1);
  connect(&m_watcher, &QFutureWatcher<DatasetOverview>::finished, this, [this] {
    if (m_watcher.property("generation").toInt() != m_generation) return;  // superseded scan
    m_scanning = false;
    show(m_watcher.result());
  });
  clear();
}

void DatasetSummaryView::fitTable() {
  // As tall as its rows: the table never scrolls and never leaves a blank area.
  int height = m_splits->horizontalHeader()->sizeHint().height() + 2 * m_splits->frameWidth();
  for (int r = 0; r < m_splits->rowCount(); ++r) height += m_splits->rowHeight(r);
  m_splits->setFixedHeight(std::max(height, m_splits->horizontalHeader()->sizeHint().height() + 8));
}

void DatasetSummaryView::clear() {
  ++m_generation;
  m_scanning = false;  // a scan still running for the path before is ignored when it ends
  m_overview = DatasetOverview();
  m_headline->setText(tr("No dataset chosen yet."));
  m_splits->setRowCount(0);
  fitTable();
  m_classes->clear();
  m_problems->clear();
}

void DatasetSummaryView::scan(const QString& path, const QString& format, bool keepGrayscale) {
  ++m_generation;
  m_scanning = true;
  m_overview = DatasetOverview();
  m_overview.path = path;
  m_headline->setText(tr("Scanning %1 …").arg(path));
  m_splits->setRowCount(0);
  fitTable();
  m_classes->clear();
  m_problems->clear();
  Q_EMIT scanStarted();
  // A new future replaces the watched one; the abandoned scan finishes in the pool and is dropped.
  m_watcher.setProperty("generation", m_generation);
  m_watcher.setFuture(QtConcurrent::run(workPool(), [path, format, keepGrayscale] {
    return DatasetOverview::scan(path, format, keepGrayscale);
  }));
}

void DatasetSummaryView::show(const DatasetOverview& o) {
  m_overview = o;
  if (!o.ok) {
    m_headline->setText(QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(o.error.toHtmlEscaped()));
  } else {
    m_headline->setText(tr("<b>Format:</b> %1 (%2) — %3 in %4")
                            .arg(DatasetFormatBox::displayName(o.format).toHtmlEscaped(),
                                 o.layout.toHtmlEscaped(),
                                 tr("<b>%n</b> usable image(s)", nullptr, int(o.usableCount())),
                                 tr("%n split(s)", nullptr, int(o.splits.size()))));
  }
  m_splits->setRowCount(o.splits.size());
  for (int r = 0; r < o.splits.size(); ++r) {
    const auto& s = o.splits[r];
    const QStringList cells = {s.name, QString::number(s.usable), QString::number(s.found),
                               QStringLiteral("%1 / %2").arg(s.withLabels).arg(s.withMasks),
                               QString::number(s.problems)};
    for (int c = 0; c < cells.size(); ++c) m_splits->setItem(r, c, new QTableWidgetItem(cells[c]));
  }
  fitTable();
  QStringList classInfo;
  if (!o.labelClasses.isEmpty())
    classInfo << tr("<b>%n label class(es):</b> ", nullptr, o.labelClasses.size()) +
                     QStringList(o.labelClasses.mid(0, 25)).join(QStringLiteral(", ")).toHtmlEscaped() +
                     (o.labelClasses.size() > 25 ? QStringLiteral(", …") : QString());
  if (!o.maskClasses.isEmpty())
    classInfo << tr("<b>%n mask class(es):</b> ", nullptr, o.maskClasses.size()) +
                     QStringList(o.maskClasses.mid(0, 25)).join(QStringLiteral(", ")).toHtmlEscaped() +
                     (o.maskClasses.size() > 25 ? QStringLiteral(", …") : QString());
  if (o.ok && classInfo.isEmpty())
    classInfo << tr("No labels or masks: usable for colorization pretraining.");
  m_classes->setText(classInfo.join(QStringLiteral("<br>")));
  QString problems = o.problemMessages.join(QLatin1Char('\n'));
  if (o.problemCount > o.problemMessages.size())
    problems += tr("\n… and %1 more").arg(o.problemCount - o.problemMessages.size());
  m_problems->setPlainText(problems);
  Q_EMIT scanned(o);
}

}  // namespace colorproxy
