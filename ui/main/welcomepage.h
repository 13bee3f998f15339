#pragma once
#include <QWidget>

class QCommandLinkButton;

namespace colorproxy {

/// What a new user sees first (and Help ▸ Getting started shows again): the three main paths, each one
/// click away — open a dataset, colorize a photo with the bundled model, run the quick experiment.
class WelcomePage : public QWidget {
  Q_OBJECT

 public:
  explicit WelcomePage(QWidget* parent = nullptr);

  QCommandLinkButton* datasetButton() const { return m_dataset; }
  QCommandLinkButton* colorizeButton() const { return m_colorize; }
  QCommandLinkButton* experimentButton() const { return m_experiment; }

 private:
  QCommandLinkButton* m_dataset = nullptr;
  QCommandLinkButton* m_colorize = nullptr;
  QCommandLinkButton* m_experiment = nullptr;
};

}  // namespace colorproxy
