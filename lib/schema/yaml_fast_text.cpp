#include "schema/yaml_fast_text.hpp"

#include <cstdint>

#include "diag/utf8.hpp"

namespace telc::schema {

bool acceptable_bytes(std::string_view text, bool& ascii) {
  ascii = true;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if ((byte >= 0x20 && byte < 0x7F) || byte == '\n') {
      ++at;
      continue;
    }
    if (byte < 0x80) return false;  // controls, tab, CR, DEL
    const diag::Decoded decoded = diag::decode(text.substr(at));
    const char32_t c = decoded.code_point;
    // C1 controls and NEL, LS and PS (line breaks to libyaml), the BOM, U+FFFE/FFFF
    if (!decoded.valid || c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)
      return false;
    ascii = false;
    at += decoded.length;
  }
  return true;
}

std::size_t append_escape(std::string_view text, std::size_t at, std::string& out) {
  auto next = [&](std::size_t offset) { return at + offset < text.size() ? text[at + offset] : '\0'; };
  std::size_t code = 0;
  switch (next(1)) {
    case '0': out += '\0'; break;
    case 'a': out += '\x07'; break;
    case 'b': out += '\x08'; break;
    case 't': out += '\t'; break;
    case 'n': out += '\n'; break;
    case 'v': out += '\x0B'; break;
    case 'f': out += '\x0C'; break;
    case 'r': out += '\r'; break;
    case 'e': out += '\x1B'; break;
    case ' ': out += ' '; break;
    case '"': out += '"'; break;
    case '/': out += '/'; break;
    case '\\': out += '\\'; break;
    case 'N': out += "\xC2\x85"; break;
    case '_': out += "\xC2\xA0"; break;
    case 'L': out += "\xE2\x80\xA8"; break;
    case 'P': out += "\xE2\x80\xA9"; break;
    case 'x': code = 2; break;
    case 'u': code = 4; break;
    case 'U': code = 8; break;
    default: return 0;  // unknown, or an escaped line break
  }
  if (code == 0) return 2;
  std::uint32_t value = 0;
  for (std::size_t k = 0; k < code; ++k) {
    const int digit = diag::hex_value(next(2 + k));
    if (digit < 0) return 0;
    value = (value << 4) + static_cast<std::uint32_t>(digit);
  }
  if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return 0;  // libyaml rejects these
  diag::append_utf8(out, value);
  return 2 + code;
}

}  // namespace telc::schema
