#pragma once
#include <functional>

#include <QFuture>
#include <QList>
#include <QString>
#include <QVector>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;
template <typename T>
class QFutureWatcher;

namespace colorproxy {

class RunPairSelector;

/// What the Compare and Labels pages share: a run-pair selector over a status line; the chosen pair read
/// off the GUI thread (only the newest choice is shown); the last folder reopened the first time the page
/// is shown; and the test images as an ordered list with previous/next buttons (Page Up/Down) and a
/// "3 / 40" position. A page adds its own body below and fills the list.
class RunPairPage : public QWidget {
  Q_OBJECT

 public:
  /// One entry of the image-order box: its text and the page's order value.
  struct OrderChoice {
    QString text;
    int value;
  };

  ~RunPairPage() override;

  /// Opens an experiment (or runs) folder: its first seed's pair.
  bool openExperiment(const QString& folder);
  /// Compares two run folders (`pretrainedDir` empty: one run, where the page allows it).
  void openRuns(const QString& baselineDir, const QString& pretrainedDir = {});

  bool isLoading() const;
  /// Index of the image shown, or −1.
  int currentImage() const { return m_current; }
  /// Shows the image at `row` of the sorted list.
  void showRow(int row);
  /// The image indices in list order.
  const QVector<int>& order() const { return m_order; }

  QTreeWidget* imageList() const { return m_list; }
  RunPairSelector* selector() const { return m_selector; }
  /// The status line (summary or the reason nothing is shown).
  QString statusText() const;

 protected:
  /// `task`: the fine-tuning task the selector offers; `intro`: the status line before anything is open.
  RunPairPage(const QString& task, const QString& intro, QWidget* parent);

  void showEvent(QShowEvent* event) override;

  /// Reads the chosen pair (through startLoad).
  virtual void load(const QString& baselineDir, const QString& pretrainedDir) = 0;
  /// Refills the image list (and m_order) in the current order; ends with resetNavigation().
  virtual void fillList() = 0;
  /// Shows image `index`; starts with markCurrent(index).
  virtual void showImage(int index) = 0;

  /// Runs `future` to its end off the GUI thread and hands its result to `done` on it, unless another
  /// load started meanwhile.
  template <typename Result>
  void startLoad(const QString& message, QFuture<Result> future, std::function<void(const Result&)> done) {
    m_deliver = [future, done] { done(future.result()); };
    watch(message, QFuture<void>(future));
  }
  void showProblem(const QString& message);

  /// The order box's current value, and choosing one (refills the list, keeps the image shown).
  int orderValue() const;
  void setOrderValue(int value);
  /// The order box (`orders`, the first one current), previous, position and next, for the page's tool
  /// bar. Widgets are created in the page's focus order, so a page calls these where its own order wants.
  QHBoxLayout* createNavigationBar(const QList<OrderChoice>& orders);
  /// The image list (one row per image, its index in Qt::UserRole); choosing a row shows the image.
  QTreeWidget* createImageList();
  /// After the list was refilled: nothing current, "– / n".
  void resetNavigation();
  /// Image `index` is the one shown: position and previous/next follow.
  void markCurrent(int index);
  /// Selector and status line, to which the page adds its body.
  QVBoxLayout* pageLayout() const { return m_layout; }

  RunPairSelector* m_selector;
  QLabel* m_status;
  QComboBox* m_orderBox = nullptr;
  QToolButton* m_prev = nullptr;
  QToolButton* m_next = nullptr;
  QLabel* m_position = nullptr;
  QTreeWidget* m_list = nullptr;
  QVector<int> m_order;
  int m_current = -1;

 private:
  void watch(const QString& message, const QFuture<void>& future);
  void onFinished();

  QVBoxLayout* m_layout;
  QFutureWatcher<void>* m_watcher;
  std::function<void()> m_deliver;
  int m_generation = 0;
  bool m_shown = false;
};

}  // namespace colorproxy
