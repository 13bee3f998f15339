#pragma once
// Numbers as text, the same way in every report, log line and CSV file the engine and the CLI write.
// Every function gives "n/a" for a value that is not finite, except preciseText (which must round-trip).
#include <string>

namespace colorproxy {

/// `value` with `decimals` digits after the point: fixedText(0.123456) == "0.1235".
std::string fixedText(double value, int decimals = 4);

/// `value` with its sign and `decimals` digits after the point: signedText(0.01) == "+0.0100".
std::string signedText(double value, int decimals = 4);

/// `value` with `digits` significant digits (printf %g): significantText(0.000123456, 3) == "0.000123".
std::string significantText(double value, int digits);

/// `value` in scientific notation with `decimals` digits: scientificText(0.0002, 1) == "2.0e-04".
std::string scientificText(double value, int decimals);

/// "mean ± sd" with `decimals` digits each; just the mean when `sd` is not finite (a single seed).
std::string meanSdText(double mean, double sd, int decimals = 4);

/// A share (0..1) as a percentage with `decimals` digits, without the % sign: percentText(0.1234) == "12.34".
std::string percentText(double share, int decimals = 2);

/// `value` with 9 significant digits, as CSV files store numbers; "nan", "inf" or "-inf" when not finite.
std::string preciseText(double value);

}  // namespace colorproxy
