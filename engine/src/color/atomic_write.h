#pragma once
// Engine-internal: the colour area's atomic file write (temporary file beside the target, then rename).
// The colour area sits below io in the dependency graph, so it cannot use io's writeFileAtomically.
#include <filesystem>
#include <string_view>

namespace colorproxy::color_internal {

/// Replaces `target` with `bytes` atomically; throws std::runtime_error naming the file on failure.
void writeBytesAtomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace colorproxy::color_internal
