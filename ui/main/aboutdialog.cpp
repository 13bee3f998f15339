#include "main/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace colorproxy {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("About ColorProxy"));
  auto* icon = new QLabel(this);
  icon->setPixmap(QIcon(QStringLiteral(":/icons/colorproxy.svg")).pixmap(96, 96));
  icon->setAlignment(Qt::AlignTop);
  auto* text = new QLabel(this);
  text->setWordWrap(true);
  text->setOpenExternalLinks(true);
  text->setTextFormat(Qt::RichText);
  text->setText(
      tr("<h2>ColorProxy %1</h2>"
         "<p>Self-supervised visual feature learning through image colorization: pretrain a colorizer "
         "on unlabelled photos, then fine-tune its weights on classification and segmentation beside a "
         "randomly initialised baseline, and see whether the pretraining helps.</p>"
         "<p><b>Methods</b><br>"
         "Treneska et al., <i>GAN-Based Image Colorization for Self-Supervised Visual Feature Learning</i>, "
         "Sensors 22(4):1599, 2022.<br>"
         "Zhang, Isola, Efros, <i>Colorful Image Colorization</i>, ECCV 2016.<br>"
         "Isola et al., <i>Image-to-Image Translation with Conditional Adversarial Networks</i> (pix2pix), "
         "CVPR 2017.</p>"
         "<p><b>Built with</b> Qt %2 (LGPLv3), QCustomPlot (GPLv3), LibTorch (BSD), OpenCV (Apache 2.0), "
         "nlohmann/json (MIT).</p>")
          .arg(QStringLiteral(COLORPROXY_VERSION), QString::fromLatin1(qVersion())));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* row = new QHBoxLayout;
  row->addWidget(icon);
  row->addWidget(text, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(buttons);
  resize(560, 340);
}

}  // namespace colorproxy
