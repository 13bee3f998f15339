#pragma once
#include <QStringList>
#include <QVector>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QVBoxLayout;

namespace colorproxy {

struct ExperimentResultFile;
class LabelEfficiencyPlot;

/// What an experiment found, where a user looks at it: per task its label-efficiency curve and beside it
/// (below it, when narrow) the three-way verdict at every label fraction, in the user's language; or a
/// message saying why there is nothing to show (no report yet, a damaged report).
class LabelEfficiencyPanel : public QWidget {
  Q_OBJECT

 public:
  explicit LabelEfficiencyPanel(QWidget* parent = nullptr);

  void setResult(const ExperimentResultFile& file);
  void clear();

  /// The experiment folder shown (empty when none).
  QString resultDir() const { return m_dir; }
  /// The message shown instead of (or above) the curves.
  QString messageText() const;
  QVector<LabelEfficiencyPlot*> plots() const { return m_plots; }
  /// The titles and the verdict texts beside each plot (plain text), in task order.
  QStringList titles() const { return m_titles; }
  QStringList verdictTexts() const { return m_verdicts; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void arrange();

  QLabel* m_message;
  QLabel* m_legend;
  QVBoxLayout* m_sections;
  QWidget* m_content;
  QVector<LabelEfficiencyPlot*> m_plots;
  QVector<QBoxLayout*> m_rows;
  QStringList m_titles;
  QStringList m_verdicts;
  QString m_dir;
};

}  // namespace colorproxy
