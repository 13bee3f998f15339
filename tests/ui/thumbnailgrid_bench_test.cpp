// How smoothly the Datasets browser's thumbnail grid scrolls through a large folder. Opt-in (it writes
// thousands of photos once): COLORPROXY_BENCH_THUMBNAILS=10000 test_ui --gtest_filter='ThumbnailGridBench.*'
// (COLORPROXY_BENCH_DIR keeps the generated folder between runs). Scrolls the grid the way a mouse wheel
// does (120 px every 16 ms) and reports the time each repaint of the grid takes, the event loop's lateness
// meanwhile, and how fast the thumbnails on screen fill in once scrolling stops.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>

#include <opencv2/imgcodecs.hpp>

#include "core/latencyprobe.h"
#include "datasets/datasetbrowser.h"
#include "datasets/datasetspage.h"
#include "datasets/thumbnailmodel.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
namespace fs = std::filesystem;

namespace {
/// Rows of the grid whose thumbnail is decoded, among those intersecting the viewport.
std::pair<int, int> readyOnScreen(QListView* grid, ThumbnailModel* model) {
  int visible = 0, ready = 0;
  const QRect area = grid->viewport()->rect();
  const QModelIndex first = grid->indexAt(area.topLeft() + QPoint(4, 4));
  for (int row = first.isValid() ? first.row() : 0; row < model->rowCount(); ++row) {
    const QRect r = grid->visualRect(model->index(row));
    if (r.top() > area.bottom()) break;
    if (!r.intersects(area)) continue;
    ++visible;
    if (model->cachedCount() > 0 && model->isCached(row)) ++ready;
  }
  return {visible, ready};
}
}  // namespace

TEST(ThumbnailGridBench, ScrollsALargeFolder) {
  const int count = qEnvironmentVariableIntValue("COLORPROXY_BENCH_THUMBNAILS");
  if (count <= 0) GTEST_SKIP() << "set COLORPROXY_BENCH_THUMBNAILS=<images> to run";
  colorproxy::test::TempDir tmp;
  const fs::path dir = qEnvironmentVariableIsSet("COLORPROXY_BENCH_DIR")
                           ? fs::path(qgetenv("COLORPROXY_BENCH_DIR").toStdString())
                           : tmp / "photos";
  fs::create_directories(dir);
  QElapsedTimer clock;
  clock.start();
  int written = 0;
  for (int i = 0; i < count; ++i) {
    const fs::path file = dir / ("photo" + std::to_string(100000 + i) + ".jpg");
    if (fs::exists(file)) continue;
    cv::imwrite(file.string(), colorproxy::test::makeColourImage(640, 480, unsigned(i % 97 + 1)));
    ++written;
  }
  std::printf("bench: %d photos of 640x480 in %s (%d written in %.1f s)\n", count, dir.c_str(), written,
              clock.elapsed() / 1000.0);

  DatasetsPage page;
  page.resize(1130, 720);
  page.show();
  clock.restart();
  bool opened = false;
  QObject::connect(&page, &DatasetsPage::datasetOpened, [&] { opened = true; });
  page.openDataset(QString::fromStdString(dir.string()));
  ASSERT_TRUE(colorproxy::test::waitFor([&] { return opened; }, 600000));
  const double scanSeconds = clock.elapsed() / 1000.0;
  DatasetBrowser* b = page.browser();
  ThumbnailModel* model = b->model();
  QListView* grid = b->grid();
  ASSERT_EQ(model->rowCount(), count);
  colorproxy::test::waitFor([&] { return model->isIdle(); }, 60000);
  std::printf("bench: scan (headers) %.2f s; grid shows %d rows\n", scanSeconds, model->rowCount());

  LatencyProbe probe(5);
  probe.start();
  QVector<double> paintMs;
  QScrollBar* bar = grid->verticalScrollBar();
  const int steps = 300;
  clock.restart();
  for (int i = 0; i < steps && bar->value() < bar->maximum(); ++i) {
    bar->setValue(bar->value() + 120);
    QElapsedTimer paint;
    paint.start();
    grid->viewport()->repaint();  // synchronous: what one frame of scrolling costs the GUI thread
    paintMs << paint.nsecsElapsed() / 1e6;
    QElapsedTimer frame;
    frame.start();
    while (frame.elapsed() < 16) QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
  }
  const double scrollSeconds = clock.elapsed() / 1000.0;
  probe.stop();
  const auto [visible, readyAtStop] = readyOnScreen(grid, model);
  clock.restart();
  ASSERT_TRUE(colorproxy::test::waitFor(
      [&] { return readyOnScreen(grid, model).second == readyOnScreen(grid, model).first; }, 60000));
  const double fillMs = clock.elapsed();
  std::printf("bench: scrolled %d frames (%.0f px, %.1f s): repaint p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
              int(paintMs.size()), paintMs.size() * 120.0, scrollSeconds,
              LatencyProbe::percentile(paintMs, 50), LatencyProbe::percentile(paintMs, 99),
              LatencyProbe::percentile(paintMs, 100));
  std::printf(
      "bench: event-loop lateness while scrolling: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)\n",
      probe.percentileMs(50), probe.percentileMs(99), probe.maxMs(), probe.sampleCount());
  std::printf(
      "bench: when scrolling stopped %d of %d visible thumbnails were ready; all ready %.0f ms later\n",
      readyAtStop, visible, fillMs);
  std::printf("bench: thumbnails requested %d, decoded %d, cached %d (of %d rows)\n", model->requestedCount(),
              model->decodedCount(), model->cachedCount(), model->rowCount());
  EXPECT_LT(LatencyProbe::percentile(paintMs, 99), 50.0);  // a frame of scrolling never blocks for long
  EXPECT_LT(model->requestedCount(), count / 2);           // only what was on screen was decoded
}
