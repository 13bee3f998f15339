#pragma once
// How the windows write numbers: in the locale of the user-interface language (QLocale(), which
// installTranslations() sets), with "–" for an undefined value. Files (CSV, JSON) keep the C locale and
// do not use these.
#include <QString>

namespace colorproxy {

/// `v` with `decimals` decimals ("0.197"); "–" when it is NaN or infinite.
QString decimalText(double v, int decimals = 3);
/// `v` with an explicit sign ("+0.012", "−0.004" with a real minus, "0.000" when it rounds to zero);
/// "–" when undefined.
QString signedDecimalText(double v, int decimals = 3);
/// `v` with `digits` significant digits ("0.01234", "1.235e+04"); "–" when undefined.
QString significantText(double v, int digits = 4);
/// `part` of `whole` as a percentage with `decimals` decimals ("12.5%"); "–" when `whole` is 0.
QString percentText(double part, double whole, int decimals = 1);
/// A duration as "m:ss" or "h:mm:ss"; "—" when negative or undefined.
QString durationText(double seconds);

}  // namespace colorproxy
