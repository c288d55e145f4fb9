#pragma once
// Character-level pieces of the subset reader (yaml_fast): which bytes it takes, and libyaml's
// decoding of double-quoted escapes.
#include <cstddef>
#include <string>
#include <string_view>

namespace telc::schema {

/// Whether libyaml would read every byte of `text` as content the subset reader handles:
/// printable ASCII, LF, and UTF-8 characters outside C1, NEL, LS, PS, BOM and U+FFFE/FFFF. Tabs
/// and CR are left to libyaml. Sets `ascii` when there is no multi-byte character.
[[nodiscard]] bool acceptable_bytes(std::string_view text, bool& ascii);

/// Decodes the escape at `text[at]` (a backslash) into `out` as libyaml does; returns how many
/// bytes it takes, or 0 for an escape libyaml rejects or one the reader leaves to it (a line break).
[[nodiscard]] std::size_t append_escape(std::string_view text, std::size_t at, std::string& out);

}  // namespace telc::schema
