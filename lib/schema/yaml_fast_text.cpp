#include "schema/yaml_fast_text.hpp"

#include <cstdint>

namespace telc::schema {
namespace {

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, std::uint32_t value) {
  if (value <= 0x7F) {
    out += static_cast<char>(value);
  } else if (value <= 0x7FF) {
    out += static_cast<char>(0xC0 + (value >> 6));
    out += static_cast<char>(0x80 + (value & 0x3F));
  } else if (value <= 0xFFFF) {
    out += static_cast<char>(0xE0 + (value >> 12));
    out += static_cast<char>(0x80 + ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 + (value & 0x3F));
  } else {
    out += static_cast<char>(0xF0 + (value >> 18));
    out += static_cast<char>(0x80 + ((value >> 12) & 0x3F));
    out += static_cast<char>(0x80 + ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 + (value & 0x3F));
  }
}

}  // namespace

bool acceptable_bytes(std::string_view text, bool& ascii) {
  ascii = true;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t k = 0; k < n;) {
    const unsigned char b = p[k];
    if ((b >= 0x20 && b < 0x7F) || b == '\n') {
      ++k;
      continue;
    }
    ascii = false;
    const std::size_t length = b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
    if (length == 0 || k + length > n) return false;
    for (std::size_t j = 1; j < length; ++j)
      if ((p[k + j] & 0xC0) != 0x80) return false;
    const unsigned char c = p[k + 1];
    if ((b == 0xC2 && c < 0xA0) || (b == 0xE0 && c < 0xA0) || (b == 0xED && c >= 0xA0) || (b == 0xF0 && c < 0x90) ||
        (b == 0xF4 && c >= 0x90))
      return false;  // C1 controls and NEL; overlong forms; surrogates; beyond U+10FFFF
    if (b == 0xE2 && c == 0x80 && (p[k + 2] == 0xA8 || p[k + 2] == 0xA9)) return false;  // LS, PS
    if (b == 0xEF && ((c == 0xBB && p[k + 2] == 0xBF) || (c == 0xBF && p[k + 2] >= 0xBE)))
      return false;  // BOM, U+FFFE/FFFF
    k += length;
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
    const int digit = hex_value(next(2 + k));
    if (digit < 0) return 0;
    value = (value << 4) + static_cast<std::uint32_t>(digit);
  }
  if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return 0;
  append_utf8(out, value);
  return 2 + code;
}

}  // namespace telc::schema
