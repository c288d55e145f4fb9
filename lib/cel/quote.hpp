#pragma once
// String and bytes values written as CEL literals, for the canonical printer and for
// to_display(): a value printed this way parses back to itself.
#include <string>
#include <string_view>

namespace telc::cel {

/// `"text"` with `"`, `\`, control characters and DEL escaped; UTF-8 passes through.
void append_quoted(std::string& out, std::string_view text);
/// `b"bytes"` with every byte outside printable ASCII written as `\xNN`.
void append_quoted_bytes(std::string& out, std::string_view text);

}  // namespace telc::cel
