#include <gtest/gtest.h>

#include "colorproxy/base/csv.h"
#include "support/test_support.h"

using namespace colorproxy;
using colorproxy::test::TempDir;
using colorproxy::test::writeBytes;

TEST(Csv, FieldsAreQuotedOnlyWhenTheyMustBe) {
  EXPECT_EQ(csvField("plain"), "plain");
  EXPECT_EQ(csvField(""), "");
  EXPECT_EQ(csvField("0.123456789"), "0.123456789");
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csvField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(csvLine({"1", "dining table", "a,b", ""}), "1,dining table,\"a,b\",");
  EXPECT_EQ(csvLine({}), "");
}

TEST(Csv, AwkwardFieldsRoundTrip) {
  const std::vector<CsvRecord> records = {
      {"image", "potted plant", "tv/monitor", "a,b", "quote \" inside", "\"", ","},
      {"/photos/x, y.jpg", "0.5", "", "line\nbreak", "crlf\r\nbreak", "\"\"", " spaced "},
      {""},
      {"", ""},
  };
  std::string text;
  for (const auto& r : records) text += csvLine(r) + "\n";
  EXPECT_EQ(parseCsv(text), records);
  // The same with CRLF line ends.
  std::string crlf;
  for (const auto& r : records) crlf += csvLine(r) + "\r\n";
  EXPECT_EQ(parseCsv(crlf), records);
}

TEST(Csv, ReadsMetricsCsvAsTodaysLogWritesIt) {
  // Written by MetricsLog: unquoted header, %.9g numbers, empty cells for missing values, LF ends.
  const std::string text =
      "kind,epoch,iteration,wall_time,loss_g,lr\n"
      "iter,1,1,0.125,1.5,0.0002\n"
      "epoch,1,2,0.25,,0.0002\n";
  const auto rows = parseCsv(text);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (CsvRecord{"kind", "epoch", "iteration", "wall_time", "loss_g", "lr"}));
  EXPECT_EQ(rows[1], (CsvRecord{"iter", "1", "1", "0.125", "1.5", "0.0002"}));
  EXPECT_EQ(rows[2], (CsvRecord{"epoch", "1", "2", "0.25", "", "0.0002"}));
}

TEST(Csv, ReadsPredictionFilesAsTodaysTrainerWritesThem) {
  TempDir dir;
  // predictions/probabilities.csv with a class name and an image path that needed quotes.
  writeBytes(dir / "probabilities.csv",
             "image,\"chair, wooden\",dog\n"
             "\"/data/a,b.jpg\",0.25,0.75\n"
             "/data/c.jpg,1,0\n");
  const auto probs = readCsvFile(dir / "probabilities.csv");
  ASSERT_EQ(probs.size(), 3u);
  EXPECT_EQ(probs[0], (CsvRecord{"image", "chair, wooden", "dog"}));
  EXPECT_EQ(probs[1], (CsvRecord{"/data/a,b.jpg", "0.25", "0.75"}));
  EXPECT_EQ(probs[2], (CsvRecord{"/data/c.jpg", "1", "0"}));
  // predictions/index.csv (segmentation).
  writeBytes(dir / "index.csv",
             "index,image,prediction,truth\n0,/v/0001.png,masks/0000-0001.png,truth/0000-0001.png\n");
  const auto index = readCsvFile(dir / "index.csv");
  ASSERT_EQ(index.size(), 2u);
  EXPECT_EQ(index[1][2], "masks/0000-0001.png");
}

TEST(Csv, BlankLinesAreSkippedAndLinesAreCounted) {
  CsvReader reader("a,b\n\n\r\n\"x\ny\",2\nlast,3\n\n");
  CsvRecord r;
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r, (CsvRecord{"a", "b"}));
  EXPECT_EQ(reader.line(), 1u);
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r, (CsvRecord{"x\ny", "2"}));
  EXPECT_EQ(reader.line(), 4u);
  EXPECT_FALSE(reader.atEnd());
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r, (CsvRecord{"last", "3"}));
  EXPECT_EQ(reader.line(), 6u);
  EXPECT_TRUE(reader.atEnd());
  EXPECT_FALSE(reader.lastRecordUnterminated());
  EXPECT_FALSE(reader.next(r));
}

TEST(Csv, ARowStillBeingWrittenIsReportedAsUnterminated) {
  CsvReader reader("a,b\n1,2\n3,\"par");
  CsvRecord r;
  ASSERT_TRUE(reader.next(r));
  ASSERT_TRUE(reader.next(r));
  EXPECT_FALSE(reader.lastRecordUnterminated());
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r, (CsvRecord{"3", "par"}));
  EXPECT_TRUE(reader.lastRecordUnterminated());
  EXPECT_TRUE(reader.atEnd());
}

TEST(Csv, MissingFileNamesTheFile) {
  try {
    readCsvFile("/nonexistent/predictions/index.csv");
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/predictions/index.csv"), std::string::npos)
        << e.what();
  }
}
