#include "main/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "core/screenfit.h"

namespace colorproxy {

QString UserGuideDialog::guideFile() {
  const QString name = QLocale().name();  // "de_DE", "pt_PT", …: the most specific translation first
  for (const QString& lang : {name, name.section(QLatin1Char('_'), 0, 0)}) {
    const QString file = QStringLiteral(":/help/user-guide_%1.html").arg(lang);
    if (QFile::exists(file)) return file;
  }
  return QStringLiteral(":/help/user-guide.html");
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("ColorProxy user guide"));
  m_browser = new QTextBrowser(this);
  m_browser->setOpenExternalLinks(true);
  m_browser->setSource(QUrl(QStringLiteral("qrc") + guideFile()));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_browser, 1);
  layout->addWidget(buttons);
  ScreenFit::resizeToFit(this, QSize(760, 720));
}

}  // namespace colorproxy
