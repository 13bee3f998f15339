#include "results/experimentresultfile.h"

#include <algorithm>
#include <exception>

#include <QDir>

namespace colorproxy {

ExperimentResultFile ExperimentResultFile::read(const QString& dir) {
  ExperimentResultFile file;
  file.dir = dir;
  const QString where = QDir::toNativeSeparators(dir);
  try {
    std::optional<std::vector<ExperimentTaskResult>> tasks =
        readExperimentResults(RunFolder(dir.toStdString()));
    if (!tasks) {
      file.problem = tr("%1 has no report.json yet: the experiment is still running, or it stopped before "
                        "writing its report. Resume it from the Runs page to finish it.")
                         .arg(where);
    } else if (tasks->empty()) {
      file.problem = tr("The report of %1 lists no fine-tuning task, so there is nothing to plot. Run the "
                        "experiment again with at least one task.")
                         .arg(where);
    } else {
      file.tasks = std::move(*tasks);
    }
  } catch (const std::exception& e) {
    file.problem = tr("%1\nThe fine-tuning runs under its runs/ folder are not affected: they still open on "
                      "the Compare and Labels pages.")
                       .arg(QString::fromStdString(e.what()));
  }
  return file;
}

std::vector<std::vector<const ExperimentTaskResult*>> curvesByTask(
    const std::vector<ExperimentTaskResult>& tasks) {
  std::vector<std::vector<const ExperimentTaskResult*>> curves;
  for (const ExperimentTaskResult& t : tasks) {
    auto it =
        std::find_if(curves.begin(), curves.end(), [&](const auto& c) { return c.front()->task == t.task; });
    if (it == curves.end())
      curves.push_back({&t});
    else
      it->push_back(&t);
  }
  for (auto& c : curves)
    std::stable_sort(c.begin(), c.end(), [](const ExperimentTaskResult* a, const ExperimentTaskResult* b) {
      return a->fraction < b->fraction;
    });
  return curves;
}

}  // namespace colorproxy
