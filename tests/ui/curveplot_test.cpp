#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTest>

#include <qcustomplot.h>

#include "monitor/curveplot.h"
#include "support/test_support.h"

using namespace colorproxy;

TEST(CurvePlot, KeepsRawPointsPerGroupAndSeries) {
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.addPoint(QStringLiteral("run"), QStringLiteral("G_GAN"), 1, 2.0);
  plot.addPoint(QStringLiteral("run"), QStringLiteral("G_GAN"), 2, 1.0);
  plot.addPoint(QStringLiteral("run"), QStringLiteral("D_real"), 1, 0.7);
  EXPECT_EQ(plot.seriesCount(), 2);
  EXPECT_EQ(plot.groups(), QStringList{QStringLiteral("run")});
  const auto g = plot.rawPoints(QStringLiteral("run"), QStringLiteral("G_GAN"));
  ASSERT_EQ(g.size(), 2);
  EXPECT_EQ(g[1], QPointF(2, 1.0));
  EXPECT_EQ(plot.plot()->graphCount(), 2);
  EXPECT_EQ(plot.plot()->graph(0)->dataCount(), 2);
  EXPECT_TRUE(plot.rawPoints(QStringLiteral("x"), QStringLiteral("G_GAN")).isEmpty());
}

TEST(CurvePlot, SmoothingRedrawsFromRawValues) {
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  for (int i = 1; i <= 3; ++i)
    plot.addPoint(QStringLiteral("r"), QStringLiteral("L"), i, double(1 << i));  // 2,4,8
  EXPECT_EQ(plot.drawnPoints(QStringLiteral("r"), QStringLiteral("L"))[2].y(), 8.0);
  plot.setSmoothing(0.5);
  const auto drawn = plot.drawnPoints(QStringLiteral("r"), QStringLiteral("L"));
  ASSERT_EQ(drawn.size(), 3);
  EXPECT_NEAR(drawn[0].y(), 2.0, 1e-12);  // hand-worked debiased EMA, see emasmoother_test
  EXPECT_NEAR(drawn[1].y(), 10.0 / 3.0, 1e-12);
  EXPECT_NEAR(drawn[2].y(), 6.0, 1e-12);
  plot.addPoint(QStringLiteral("r"), QStringLiteral("L"), 4, 6.0);  // new points continue the same average
  // biased after 8: 5.25 -> 0.5*5.25 + 0.5*6 = 5.625, / (1 - 0.0625) = 6.0
  EXPECT_NEAR(plot.drawnPoints(QStringLiteral("r"), QStringLiteral("L"))[3].y(), 6.0, 1e-12);
  plot.setSmoothing(0.0);
  EXPECT_EQ(plot.drawnPoints(QStringLiteral("r"), QStringLiteral("L"))[1].y(), 4.0);
}

TEST(CurvePlot, ReplotsAreThrottled) {
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.setMaxReplotsPerSecond(10);
  plot.resize(400, 300);
  for (int i = 1; i <= 5000; ++i) plot.addPoint(QStringLiteral("r"), QStringLiteral("L"), i, 1.0 / i);
  EXPECT_EQ(plot.replotCount(), 0);  // appending never redraws by itself
  QElapsedTimer t;
  t.start();
  while (plot.replotCount() == 0 && t.elapsed() < 5000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  EXPECT_EQ(plot.replotCount(), 1);  // 5000 points, one redraw
  plot.replotNow();                  // nothing new: no redraw
  EXPECT_EQ(plot.replotCount(), 1);
}

TEST(CurvePlot, FollowsDataUntilTheUserZooms) {
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.resize(400, 300);
  for (int i = 1; i <= 100; ++i) plot.addPoint(QStringLiteral("r"), QStringLiteral("L"), i, i);
  plot.replotNow();
  EXPECT_TRUE(plot.followsData());
  EXPECT_LE(plot.plot()->xAxis->range().lower, 1.0);
  EXPECT_GE(plot.plot()->xAxis->range().upper, 100.0);
  plot.plot()->xAxis->setRange(10, 20);
  // A wheel event on the plot is a zoom: the view stops following new data.
  QWheelEvent wheel(QPointF(200, 150), plot.plot()->mapToGlobal(QPointF(200, 150)), QPoint(), QPoint(0, 120),
                    Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
  QCoreApplication::sendEvent(plot.plot(), &wheel);
  EXPECT_FALSE(plot.followsData());
  plot.addPoint(QStringLiteral("r"), QStringLiteral("L"), 101, 101);
  plot.replotNow();
  EXPECT_LT(plot.plot()->xAxis->range().upper, 101.0);
  plot.fitToData();
  EXPECT_TRUE(plot.followsData());
  EXPECT_GE(plot.plot()->xAxis->range().upper, 101.0);
}

TEST(CurvePlot, ReadoutShowsNearestPointOfEachSeries) {
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.addPoint(QStringLiteral("r"), QStringLiteral("G_GAN"), 10, 1.5);
  plot.addPoint(QStringLiteral("r"), QStringLiteral("G_GAN"), 20, 2.5);
  plot.addPoint(QStringLiteral("r"), QStringLiteral("D_fake"), 10, 0.25);
  plot.addPoint(QStringLiteral("r"), QStringLiteral("D_fake"), 20, 0.75);
  const QString text = plot.readoutAt(17.0);
  EXPECT_TRUE(text.startsWith(QStringLiteral("iteration 20"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("G_GAN: 2.5"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("D_fake: 0.75"))) << text.toStdString();
  EXPECT_TRUE(plot.readoutAt(11.0).contains(QStringLiteral("G_GAN: 1.5")));
}

TEST(CurvePlot, TwoGroupsGetTwoColoursForTheSameLoss) {
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.addPoint(QStringLiteral("baseline"), QStringLiteral("BCE"), 1, 0.7);
  plot.addPoint(QStringLiteral("pretrained"), QStringLiteral("BCE"), 1, 0.5);
  ASSERT_EQ(plot.plot()->graphCount(), 2);
  EXPECT_NE(plot.plot()->graph(0)->pen().color(), plot.plot()->graph(1)->pen().color());
  EXPECT_EQ(plot.plot()->graph(0)->name(), QStringLiteral("baseline · BCE"));
  EXPECT_EQ(plot.plot()->graph(1)->name(), QStringLiteral("pretrained · BCE"));
}

TEST(CurvePlot, ExportsCsvAndPng) {
  colorproxy::test::TempDir dir;
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.resize(400, 300);
  plot.setSmoothing(0.5);
  plot.addPoint(QStringLiteral("run, one"), QStringLiteral("G_L1"), 1, 2.0);
  plot.addPoint(QStringLiteral("run, one"), QStringLiteral("G_L1"), 2, 4.0);
  const QString csv = QString::fromStdString((dir / "curves.csv").string());
  QString error;
  ASSERT_TRUE(plot.exportCsv(csv, &error)) << error.toStdString();
  QFile f(csv);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly | QIODevice::Text));
  const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 3);
  EXPECT_EQ(lines[0], QStringLiteral("group,series,x,y,smoothed"));
  EXPECT_EQ(lines[1], QStringLiteral("\"run, one\",G_L1,1,2,2"));
  EXPECT_TRUE(lines[2].startsWith(QStringLiteral("\"run, one\",G_L1,2,4,3.333333333")));

  const QString png = QString::fromStdString((dir / "plot.png").string());
  ASSERT_TRUE(plot.exportPng(png, 320, 200));
  const QImage image(png);
  EXPECT_EQ(image.size(), QSize(320, 200));

  EXPECT_FALSE(plot.exportCsv(QString::fromStdString((dir / "missing" / "x.csv").string()), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("missing"))) << error.toStdString();
}

TEST(CurvePlot, APointAtOrBeforeTheLastReplacesTheTail) {
  // A resumed run logs again the iterations after its checkpoint: 1..5 shown, the trainer restarts at 4.
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.setSmoothing(0.5);
  for (int i = 1; i <= 5; ++i) plot.addPoint(QStringLiteral("r"), QStringLiteral("L"), i, double(1 << i));
  plot.addPoint(QStringLiteral("r"), QStringLiteral("L"), 4, 100.0);
  plot.addPoint(QStringLiteral("other"), QStringLiteral("L"), 1, 7.0);  // other groups keep their points
  const auto raw = plot.rawPoints(QStringLiteral("r"), QStringLiteral("L"));
  ASSERT_EQ(raw.size(), 4);
  EXPECT_EQ(raw[2], QPointF(3, 8.0));
  EXPECT_EQ(raw[3], QPointF(4, 100.0));
  // The smoothing restarts from the kept raw values: the same as feeding 2, 4, 8, 100 afresh.
  CurvePlot fresh(QStringLiteral("iteration"), QStringLiteral("loss"));
  fresh.setSmoothing(0.5);
  for (const QPointF& p : raw) fresh.addPoint(QStringLiteral("r"), QStringLiteral("L"), p.x(), p.y());
  EXPECT_EQ(plot.drawnPoints(QStringLiteral("r"), QStringLiteral("L")),
            fresh.drawnPoints(QStringLiteral("r"), QStringLiteral("L")));
  EXPECT_EQ(plot.rawPoints(QStringLiteral("other"), QStringLiteral("L")).size(), 1);
}

TEST(CurvePlot, MarkersShowASinglePointAndClearForgetsTheAxes) {
  CurvePlot plot(QStringLiteral("epoch"), QStringLiteral("PSNR"));
  plot.resize(400, 300);
  plot.setIntegerX(true);
  plot.setPointMarkers(true);
  plot.addPoint(QStringLiteral("r"), QStringLiteral("val_psnr"), 7, 21.5);
  plot.replotNow();
  QCPGraph* graph = plot.plot()->graph(0);
  EXPECT_NE(graph->scatterStyle().shape(), QCPScatterStyle::ssNone);
  EXPECT_TRUE(plot.plot()->xAxis->range().contains(7.0)) << plot.plot()->xAxis->range().lower;
  EXPECT_TRUE(plot.plot()->yAxis->range().contains(21.5));
  // The one point is drawn: some pixel around it differs from the background.
  const QImage image = plot.plot()->toPixmap(400, 300).toImage();
  const int px = int(plot.plot()->xAxis->coordToPixel(7.0));
  const int py = int(plot.plot()->yAxis->coordToPixel(21.5));
  const QColor background = image.pixelColor(px - 20, py - 20);
  EXPECT_NE(image.pixelColor(px, py), background);

  EXPECT_TRUE(plot.plot()->legend->visible());
  plot.clear();
  plot.replotNow();
  EXPECT_FALSE(plot.plot()->legend->visible());
  EXPECT_EQ(plot.plot()->xAxis->range(), QCPRange(0.0, 1.0));
  EXPECT_EQ(plot.plot()->yAxis->range(), QCPRange(0.0, 1.0));

  CurvePlot lines(QStringLiteral("iteration"), QStringLiteral("loss"));
  lines.addPoint(QStringLiteral("r"), QStringLiteral("L"), 1, 1.0);
  EXPECT_EQ(lines.plot()->graph(0)->scatterStyle().shape(), QCPScatterStyle::ssNone);
}

TEST(CurvePlot, SeedsOfOneArmShareAColourAndOneLegendEntry) {
  EXPECT_EQ(CurvePlot::familyOf(QStringLiteral("segmentation-baseline-seed12")),
            QStringLiteral("segmentation-baseline"));
  EXPECT_EQ(CurvePlot::familyOf(QStringLiteral("camvid-seg-pretrained-s1")),
            QStringLiteral("camvid-seg-pretrained"));
  EXPECT_EQ(CurvePlot::familyOf(QStringLiteral("run seed 3")), QStringLiteral("run"));
  EXPECT_EQ(CurvePlot::familyOf(QStringLiteral("photos-gan-small")), QStringLiteral("photos-gan-small"));
  EXPECT_EQ(CurvePlot::familyOf(QStringLiteral("seed1")), QStringLiteral("seed1"));

  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.resize(500, 300);
  // An experiment as its monitor sees it: two tasks x two arms x three seeds.
  for (const char* task : {"segmentation", "classification"})
    for (int seed = 1; seed <= 3; ++seed)
      for (const char* arm : {"baseline", "pretrained"}) {
        const QString run =
            QStringLiteral("%1-%2-seed%3").arg(QLatin1String(task), QLatin1String(arm)).arg(seed);
        const QString loss = QLatin1String(task) == QLatin1String("segmentation") ? QStringLiteral("CE")
                                                                                  : QStringLiteral("BCE");
        plot.addPoint(run, loss, 1, 1.0 + seed);
        plot.addPoint(run, loss, 2, 0.5 + seed);
      }
  ASSERT_EQ(plot.plot()->graphCount(), 12);
  EXPECT_EQ(plot.legendTexts(), QStringList({QStringLiteral("segmentation-baseline · CE (3 seeds)"),
                                             QStringLiteral("segmentation-pretrained · CE (3 seeds)"),
                                             QStringLiteral("classification-baseline · BCE (3 seeds)"),
                                             QStringLiteral("classification-pretrained · BCE (3 seeds)")}));
  // Graph order is the order of arrival: seg-baseline-seed1, seg-pretrained-seed1, seg-baseline-seed2, ...
  auto colour = [&](int i) { return plot.plot()->graph(i)->pen().color(); };
  EXPECT_EQ(colour(0), colour(2));
  EXPECT_EQ(colour(0), colour(4));
  EXPECT_EQ(colour(1), colour(3));
  EXPECT_NE(colour(0), colour(1));
  EXPECT_NE(colour(0), colour(6));  // classification-baseline
  EXPECT_NE(colour(1), colour(7));
  // The read-out still names every run.
  const QString text = plot.readoutAt(2.0);
  EXPECT_TRUE(text.contains(QStringLiteral("segmentation-baseline-seed2 · CE: 2.5"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("classification-pretrained-seed3 · BCE: 3.5")))
      << text.toStdString();

  // A click on a family's entry hides all its seeds, and only them.
  plot.replotNow();
  QCPAbstractLegendItem* entry = plot.plot()->legend->item(0);
  ASSERT_NE(entry, nullptr);
  const QPoint at = entry->rect().center();
  QTest::mouseClick(plot.plot(), Qt::LeftButton, Qt::NoModifier, at);
  EXPECT_FALSE(plot.plot()->graph(0)->visible());
  EXPECT_FALSE(plot.plot()->graph(2)->visible());
  EXPECT_FALSE(plot.plot()->graph(4)->visible());
  EXPECT_TRUE(plot.plot()->graph(1)->visible());
  EXPECT_TRUE(plot.plot()->graph(6)->visible());
  EXPECT_FALSE(plot.readoutAt(2.0).contains(QStringLiteral("segmentation-baseline-seed")));
  // A fourth seed of a hidden family arrives hidden.
  plot.addPoint(QStringLiteral("segmentation-baseline-seed4"), QStringLiteral("CE"), 1, 9.0);
  EXPECT_FALSE(plot.plot()->graph(12)->visible());
  EXPECT_EQ(plot.legendTexts().first(), QStringLiteral("segmentation-baseline · CE (4 seeds)"));
}

TEST(CurvePlot, ASingleSeedKeepsItsOwnName) {
  CurvePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
  plot.addPoint(QStringLiteral("camvid-seg-baseline-s1"), QStringLiteral("CE"), 1, 0.7);
  plot.addPoint(QStringLiteral("camvid-seg-pretrained-s1"), QStringLiteral("CE"), 1, 0.5);
  EXPECT_EQ(plot.legendTexts(),
            QStringList({QStringLiteral("baseline-s1 · CE"), QStringLiteral("pretrained-s1 · CE")}));
}
