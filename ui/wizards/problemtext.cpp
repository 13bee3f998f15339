#include "wizards/problemtext.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace colorproxy {
namespace {

/// A bound from the engine's text: a number ("0.000000", "2e-4") in the user's locale, or another
/// field's name ("imageSize" -> "Image size").
QString bound(const QString& text) {
  bool ok = false;
  const double v = text.toDouble(&ok);
  if (ok) return QLocale().toString(v, 'g', 6);
  const QString field = ProblemText::fieldName(text);
  return field.isEmpty() ? text : field;
}

}  // namespace

QString ProblemText::fieldName(const QString& key) {
  static const QHash<QString, const char*> names = {
      {QStringLiteral("dataPath"), QT_TR_NOOP("Dataset folder")},
      {QStringLiteral("valFraction"), QT_TR_NOOP("Hold-out share")},
      {QStringLiteral("maxImages"), QT_TR_NOOP("Image limit")},
      {QStringLiteral("loaderWorkers"), QT_TR_NOOP("Loader threads")},
      {QStringLiteral("imageSize"), QT_TR_NOOP("Image size")},
      {QStringLiteral("loadSize"), QT_TR_NOOP("Load size")},
      {QStringLiteral("ngf"), QT_TR_NOOP("Generator width (ngf)")},
      {QStringLiteral("ndf"), QT_TR_NOOP("Discriminator width (ndf)")},
      {QStringLiteral("numDowns"), QT_TR_NOOP("Downsamplings")},
      {QStringLiteral("lr"), QT_TR_NOOP("Learning rate")},
      {QStringLiteral("beta1"), QT_TR_NOOP("Adam β1")},
      {QStringLiteral("epochs"), QT_TR_NOOP("Epochs")},
      {QStringLiteral("epochsDecay"), QT_TR_NOOP("Decay epochs")},
      {QStringLiteral("batchSize"), QT_TR_NOOP("Batch size")},
      {QStringLiteral("lambdaL1"), QT_TR_NOOP("L1 weight λ")},
      {QStringLiteral("annealTemperature"), QT_TR_NOOP("Annealing temperature T")},
      {QStringLiteral("rebalanceLambda"), QT_TR_NOOP("Rebalancing λ")},
      {QStringLiteral("threads"), QT_TR_NOOP("Threads")},
      {QStringLiteral("previewCount"), QT_TR_NOOP("Preview images")},
      {QStringLiteral("runsDir"), QT_TR_NOOP("Runs folder")},
      {QStringLiteral("runName"), QT_TR_NOOP("Run name")},
      {QStringLiteral("probeData"), QT_TR_NOOP("Probe dataset")},
  };
  const auto it = names.constFind(key);
  return it == names.constEnd() ? QString() : tr(it.value());
}

QString ProblemText::translate(const QString& problem, const QString& key) {
  const QString field = fieldName(key);
  if (field.isEmpty()) return problem;
  // The engine writes "<key> [value] <rule>"; the rule decides the sentence.
  const QString k = QRegularExpression::escape(key);
  const auto match = [&](const QString& pattern) {
    return QRegularExpression(QStringLiteral("^%1 %2").arg(k, pattern)).match(problem);
  };
  QRegularExpressionMatch m;
  if ((m = match(QStringLiteral("is empty"))).hasMatch()) return tr("%1 is empty: fill it in.").arg(field);
  if ((m = match(QStringLiteral("'(.*)' is not an existing folder"))).hasMatch())
    return tr("%1: “%2” is not an existing folder.").arg(field, m.captured(1));
  if ((m = match(QStringLiteral("(?:\\S+ )?must be between (\\S+) and (\\S+)"))).hasMatch())
    return tr("%1 must be between %2 and %3.").arg(field, bound(m.captured(1)), bound(m.captured(2)));
  if ((m = match(QStringLiteral("\\S+ must be a multiple of 2\\^numDowns = (\\d+)"))).hasMatch())
    return tr("%1 must be a multiple of %2 (2 to the power of the downsamplings).").arg(field, m.captured(1));
  if ((m = match(QStringLiteral("(?:\\S+ )?(?:must be at least|is too small: use at least) (\\S+)")))
          .hasMatch())
    return tr("%1 must be at least %2.").arg(field, bound(m.captured(1)));
  if ((m = match(QStringLiteral("must be (?:0 \\(all\\) or positive|0 \\(all cores\\) or positive)")))
          .hasMatch())
    return tr("%1 must be 0 (all) or more.").arg(field);
  if ((m = match(QStringLiteral("must be (?:0 or )?positive"))).hasMatch())
    return tr("%1 must be above 0.").arg(field);
  if ((m = match(QStringLiteral("must be in \\[0, 1\\)"))).hasMatch())
    return tr("%1 must be at least 0 and below 1.").arg(field);
  if ((m = match(QStringLiteral("must be in \\(0, 1\\]"))).hasMatch())
    return tr("%1 must be above 0 and at most 1.").arg(field);
  if ((m = match(QStringLiteral("must be in \\[0, 1\\]"))).hasMatch())
    return tr("%1 must be between 0 and 1.").arg(field);
  // Another form: the field's name, then the engine's own words without the key.
  QString rest = problem;
  if (rest.startsWith(key + QLatin1Char(' '))) rest = rest.mid(key.size() + 1);
  return tr("%1: %2").arg(field, rest);
}

}  // namespace colorproxy
