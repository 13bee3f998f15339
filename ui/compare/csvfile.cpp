#include "compare/csvfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace colorproxy {

bool readCsvFile(const QString& path, QVector<QStringList>* rows, QString* error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    *error = QCoreApplication::translate("CsvFile", "%1 cannot be opened (%2).")
                 .arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
  }
  const QString text = QString::fromUtf8(f.readAll());
  rows->clear();
  QStringList row;
  QString cell;
  bool quoted = false, rowHasData = false;
  for (int i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (quoted) {
      if (c == QLatin1Char('"')) {
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
          cell += c;
          ++i;
        } else {
          quoted = false;
        }
      } else {
        cell += c;
      }
    } else if (c == QLatin1Char('"')) {
      quoted = true;
      rowHasData = true;
    } else if (c == QLatin1Char(',')) {
      row << cell;
      cell.clear();
      rowHasData = true;
    } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
      if (rowHasData || !cell.isEmpty()) {
        row << cell;
        *rows << row;
      }
      row.clear();
      cell.clear();
      rowHasData = false;
    } else {
      cell += c;
      rowHasData = true;
    }
  }
  if (rowHasData || !cell.isEmpty()) {
    row << cell;
    *rows << row;
  }
  return true;
}

}  // namespace colorproxy
