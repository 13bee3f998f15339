#pragma once
// Small string helpers the engine and the CLI share (ASCII only: option values, file extensions,
// folder and split names).
#include <string>
#include <string_view>
#include <vector>

namespace colorproxy {

/// `text` with the ASCII letters A-Z turned into a-z.
std::string toLower(std::string_view text);

/// `text` without leading and trailing white space (spaces, tabs, line breaks).
std::string trim(std::string_view text);

/// True when `text` begins with `prefix`.
bool startsWith(std::string_view text, std::string_view prefix);

/// True when `text` ends with `suffix`.
bool endsWith(std::string_view text, std::string_view suffix);

/// `parts` with `separator` between each two: join({"a", "b"}, "; ") == "a; b".
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace colorproxy
