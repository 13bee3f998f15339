#pragma once
#include <QDoubleSpinBox>

namespace colorproxy {

/// A QDoubleSpinBox that reads a decimal point and a decimal comma alike: in German "0,0005" and
/// "0.0005" both mean five ten-thousandths (the help texts and papers write points, the locale commas), so
/// a typed value is never silently reverted because of its separator. Shows values in the widget's
/// locale, without group separators (which would make "1.000" ambiguous).
class DecimalSpinBox : public QDoubleSpinBox {
  Q_OBJECT

 public:
  explicit DecimalSpinBox(QWidget* parent = nullptr);

  QValidator::State validate(QString& input, int& pos) const override;
  double valueFromText(const QString& text) const override;
  QString textFromValue(double value) const override;

 private:
  /// `text` with either separator replaced by the locale's decimal point and no group separators.
  QString normalized(const QString& text) const;
};

}  // namespace colorproxy
