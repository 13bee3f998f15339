#pragma once
#include <QColor>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace colorproxy {

/// A row of rounded "chips", one per label of a sample (wrapping onto more lines when needed), each with
/// an optional colour swatch (the class's mask colour).
class LabelChips : public QWidget {
  Q_OBJECT

 public:
  struct Chip {
    QString text;
    QColor swatch;  ///< invalid: no swatch
  };

  explicit LabelChips(QWidget* parent = nullptr);
  void setChips(const QVector<Chip>& chips);
  void setPlaceholderText(const QString& text);
  QStringList texts() const;

  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;
  QSize sizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  /// Lays the chips out in `width`; returns their rectangles and the total height.
  QVector<QRect> layoutChips(int width, int* height) const;

  QVector<Chip> m_chips;
  QString m_placeholder;
};

}  // namespace colorproxy
