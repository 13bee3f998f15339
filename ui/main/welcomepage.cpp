#include "main/welcomepage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace colorproxy {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("WelcomePage"));
  auto* heading = new QLabel(tr("<h2>Welcome to ColorProxy</h2>"), this);
  auto* intro =
      new QLabel(tr("ColorProxy teaches a network to colorize grey photos, then checks whether what it "
                    "learned helps it recognise objects. Start with one of these:"),
                 this);
  intro->setWordWrap(true);
  m_dataset = new QCommandLinkButton(
      tr("Open a dataset"),
      tr("Browse a folder of photos, or a COCO, Pascal VOC or CamVid dataset: counts, labels, masks and "
         "problems."),
      this);
  m_colorize = new QCommandLinkButton(
      tr("Colorize a photo"),
      tr("Drop a photo on the Colorize page: the bundled model paints its colours back at full resolution."),
      this);
  m_experiment = new QCommandLinkButton(tr("Run the quick experiment"),
                                        tr("Does colorization pretraining help? Pretrain on the bundled "
                                           "samples, then compare fine-tuning with and "
                                           "without it: minutes on a CPU."),
                                        this);
  auto* later =
      new QLabel(tr("The pages on the left lead to everything else; Help ▸ Getting started shows this "
                    "page again."),
                 this);
  later->setWordWrap(true);
  later->setForegroundRole(QPalette::PlaceholderText);

  auto* column = new QVBoxLayout;
  column->addWidget(heading);
  column->addWidget(intro);
  column->addSpacing(8);
  column->addWidget(m_dataset);
  column->addWidget(m_colorize);
  column->addWidget(m_experiment);
  column->addSpacing(8);
  column->addWidget(later);
  column->addStretch(1);
  auto* layout = new QHBoxLayout(this);
  layout->addStretch(1);
  layout->addLayout(column, 6);
  layout->addStretch(1);
}

}  // namespace colorproxy
