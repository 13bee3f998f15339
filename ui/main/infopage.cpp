#include "main/infopage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace colorproxy {

InfoPage::InfoPage(const QString& iconPath, const QString& title, const QString& body, QWidget* parent)
    : QWidget(parent) {
  auto* icon = new QLabel(this);
  icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
  icon->setAlignment(Qt::AlignCenter);
  auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
  heading->setAlignment(Qt::AlignCenter);
  auto* text = new QLabel(body, this);
  text->setWordWrap(true);
  text->setAlignment(Qt::AlignCenter);
  text->setMaximumWidth(620);
  auto* layout = new QVBoxLayout(this);
  layout->addStretch(1);
  layout->addWidget(icon);
  layout->addWidget(heading);
  layout->addWidget(text, 0, Qt::AlignHCenter);
  layout->addStretch(2);
}

}  // namespace colorproxy
