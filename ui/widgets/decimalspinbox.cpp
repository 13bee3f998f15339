#include "widgets/decimalspinbox.h"

#include <QLocale>

namespace colorproxy {

DecimalSpinBox::DecimalSpinBox(QWidget* parent) : QDoubleSpinBox(parent) { setGroupSeparatorShown(false); }

QString DecimalSpinBox::normalized(const QString& text) const {
  const QString point = locale().decimalPoint();
  QString t = text;
  for (const QString& separator : {QStringLiteral("."), QStringLiteral(",")})
    if (separator != point) t.replace(separator, point);
  return t;
}

QValidator::State DecimalSpinBox::validate(QString& input, int& pos) const {
  QString t = normalized(input);
  const QValidator::State state = QDoubleSpinBox::validate(t, pos);
  if (state != QValidator::Invalid) input = t;  // show what is meant, in the locale's writing
  return state;
}

double DecimalSpinBox::valueFromText(const QString& text) const {
  return QDoubleSpinBox::valueFromText(normalized(text));
}

QString DecimalSpinBox::textFromValue(double value) const {
  QLocale l = locale();
  l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
  return l.toString(value, 'f', decimals());
}

}  // namespace colorproxy
