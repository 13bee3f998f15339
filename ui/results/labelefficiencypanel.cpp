#include "results/labelefficiencypanel.h"

#include <QBoxLayout>
#include <QDir>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>

#include "results/experimentresultfile.h"
#include "results/labelefficiencyplot.h"
#include "results/verdicttext.h"

namespace colorproxy {
namespace {

constexpr int kSideBySideWidth = 720;  // narrower than this, the verdicts go under their plot

}  // namespace

LabelEfficiencyPanel::LabelEfficiencyPanel(QWidget* parent) : QWidget(parent) {
  m_message = new QLabel(this);
  m_message->setWordWrap(true);
  m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_legend = new QLabel(tr("Points: mean over the seeds; bars: 95 % bootstrap interval; dashed: the trivial "
                           "predictor. Per label "
                           "fraction: gain or loss when the 95 % interval of the paired difference excludes "
                           "0 and p < 0.05, else "
                           "inconclusive; not judged when a network did not beat the trivial predictor."),
                        this);
  m_legend->setWordWrap(true);
  QFont small = m_legend->font();
  small.setPointSizeF(small.pointSizeF() * 0.9);
  m_legend->setFont(small);
  m_legend->setForegroundRole(QPalette::PlaceholderText);
  m_content = new QWidget(this);
  // The explanation under the curves: on a small screen the curves get the room first.
  auto* column = new QVBoxLayout(m_content);
  column->setContentsMargins(0, 0, 0, 0);
  m_sections = new QVBoxLayout;
  column->addLayout(m_sections, 1);
  column->addWidget(m_legend);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(m_content);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_message);
  layout->addWidget(scroll, 1);
  clear();
}

void LabelEfficiencyPanel::clear() {
  while (QLayoutItem* item = m_sections->takeAt(0)) {
    if (QWidget* w = item->widget()) w->deleteLater();
    delete item;
  }
  m_plots.clear();
  m_rows.clear();
  m_titles.clear();
  m_verdicts.clear();
  m_dir.clear();
  m_message->clear();
  m_message->setVisible(false);
  m_legend->setVisible(false);
}

QString LabelEfficiencyPanel::messageText() const { return m_message->text(); }

void LabelEfficiencyPanel::setResult(const ExperimentResultFile& file) {
  clear();
  m_dir = file.dir;
  if (!file.ok()) {
    m_message->setText(file.problem);
    m_message->setVisible(true);
    return;
  }
  m_legend->setVisible(true);
  for (const auto& rows : curvesByTask(file.tasks)) {
    const ExperimentTaskResult& first = *rows.front();
    const ReportedMetric* metric = first.primary();
    auto* section = new QWidget(m_content);
    auto* title = new QLabel(section);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    m_titles << tr("%1: %2 by label fraction")
                    .arg(VerdictText::taskName(first.task),
                         VerdictText::metricName(metric ? metric->name : first.primaryMetric));
    title->setText(m_titles.last());

    auto* plot = new LabelEfficiencyPlot(section);
    plot->setRows(rows);
    m_plots << plot;

    QStringList plain, html;
    for (const ExperimentTaskResult* row : rows) {
      const TransferOutcome outcome = VerdictText::effectiveOutcome(*row);
      const QString heading = VerdictText::fractionWithImages(*row, QStringLiteral(" · "));
      const QString name = VerdictText::outcomeName(outcome);
      const QString sentence = VerdictText::sentence(*row);
      plain << (name.isEmpty() ? heading : tr("%1: %2").arg(heading, name)) + QLatin1Char('\n') + sentence;
      const QString colour = VerdictText::outcomeColour(outcome, palette()).name();
      html << QStringLiteral("<p><b>%1%2</b><br>%3</p>")
                  .arg(heading.toHtmlEscaped(),
                       name.isEmpty() ? QString()
                                      : QStringLiteral(": <span style=\"color:%1\">%2</span>")
                                            .arg(colour, name.toHtmlEscaped()),
                       sentence.toHtmlEscaped());
    }
    m_verdicts << plain.join(QLatin1Char('\n'));
    auto* verdict = new QLabel(section);
    verdict->setTextFormat(Qt::RichText);
    verdict->setText(html.join(QString()));
    verdict->setWordWrap(true);
    verdict->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verdict->setMinimumWidth(220);

    auto* row = new QBoxLayout(QBoxLayout::LeftToRight);
    row->addWidget(plot, 3);
    row->addWidget(verdict, 2);
    m_rows << row;
    auto* sectionLayout = new QVBoxLayout(section);
    sectionLayout->setContentsMargins(0, 0, 0, 6);
    sectionLayout->addWidget(title);
    sectionLayout->addLayout(row, 1);
    m_sections->addWidget(section, 1);
  }
  arrange();
}

void LabelEfficiencyPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  arrange();
}

void LabelEfficiencyPanel::arrange() {
  const auto direction = width() >= kSideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
  for (QBoxLayout* row : m_rows)
    if (row->direction() != direction) row->setDirection(direction);
}

}  // namespace colorproxy
