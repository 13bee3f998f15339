// colorproxy-render-icons: renders the application's SVG icon to the square PNG sizes of the hicolor icon
// theme, for the desktop packages (used at build time only; it is not installed).
//
//   colorproxy-render-icons <icon.svg> <out-dir> <name> <size>...
// writes <out-dir>/<size>x<size>/apps/<name>.png for every size.
#include <cstdio>

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s <icon.svg> <out-dir> <name> <size>...\n", argv[0]);
    return 2;
  }
  const QString svg = QString::fromLocal8Bit(argv[1]);
  const QDir out(QString::fromLocal8Bit(argv[2]));
  const QString name = QString::fromLocal8Bit(argv[3]);
  QSvgRenderer renderer(svg);
  if (!renderer.isValid()) {
    std::fprintf(stderr, "%s: cannot read the SVG icon %s\n", argv[0], argv[1]);
    return 1;
  }
  for (int i = 4; i < argc; ++i) {
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
    if (!ok || size < 8 || size > 1024) {
      std::fprintf(stderr, "%s: bad icon size '%s' (8 to 1024)\n", argv[0], argv[i]);
      return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
      QPainter painter(&image);
      painter.setRenderHint(QPainter::Antialiasing);
      painter.setRenderHint(QPainter::SmoothPixmapTransform);
      renderer.render(&painter, QRectF(0, 0, size, size));
    }
    const QString dir = QStringLiteral("%1x%1/apps").arg(size);
    const QString file = out.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    if (!out.mkpath(dir) || !image.convertToFormat(QImage::Format_ARGB32).save(file, "PNG")) {
      std::fprintf(stderr, "%s: cannot write %s\n", argv[0], qPrintable(file));
      return 1;
    }
  }
  return 0;
}
