#pragma once
// UTF-8 helpers shared by the parsers of embedded strings (YAML escapes, CEL literals).
#include <cstdint>
#include <string>

namespace telc::diag {

/// Appends the UTF-8 encoding of code point `cp` (at most U+10FFFF).
void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace telc::diag
