#pragma once
// Reading the small CSV files a run writes (predictions/index.csv, probabilities.csv, labels.csv).
#include <QString>
#include <QStringList>
#include <QVector>

namespace colorproxy {

/// The rows of a CSV file (header included), with RFC 4180 quoting ("a,b" and "" inside quotes); blank
/// lines are skipped. Returns false and sets `error` (naming the file) when it cannot be opened.
bool readCsvFile(const QString& path, QVector<QStringList>* rows, QString* error);

}  // namespace colorproxy
