#include "diag/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace telc::diag {
namespace {

constexpr Decoded kInvalid{kReplacementCharacter, 1, false};

bool is_surrogate(char32_t code_point) { return code_point >= 0xD800 && code_point <= 0xDFFF; }

/// Length announced by a lead byte, 0 for a continuation byte or 0xF8..0xFF. C0, C1 and
/// F5..F7 announce a length too; the range checks in decode() reject what they encode.
std::size_t announced_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xC0 || lead >= 0xF8) return 0;
  if (lead < 0xE0) return 2;
  return lead < 0xF0 ? 3 : 4;
}

/// Smallest code point each length may encode; anything below is an overlong form.
char32_t minimum_for(std::size_t length) {
  if (length == 2) return 0x80;
  return length == 3 ? 0x800 : 0x10000;
}

}  // namespace

Decoded decode(std::string_view text) {
  if (text.empty()) return {kReplacementCharacter, 0, false};
  const auto lead = static_cast<unsigned char>(text[0]);
  const std::size_t length = announced_length(lead);
  if (length == 1) return {lead, 1, true};
  if (length == 0 || text.size() < length) return kInvalid;
  char32_t code_point = lead & (0x7Fu >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(text[k]);
    if (!is_continuation(byte)) return kInvalid;
    code_point = (code_point << 6) | (byte & 0x3Fu);
  }
  if (code_point < minimum_for(length) || code_point > kMaxCodePoint || is_surrogate(code_point)) return kInvalid;
  return {code_point, length, true};
}

std::size_t skip_plain_ascii(std::string_view text, std::size_t at) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
  for (std::uint64_t word = 0; at + sizeof word <= text.size(); at += sizeof word) {
    std::memcpy(&word, text.data() + at, sizeof word);
    if ((word & kHigh) != 0 || ((word - kOnes) & ~word & kHigh) != 0) break;  // a high bit, or a zero byte
  }
  while (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80 && text[at] != '\0') ++at;
  return at;
}

std::size_t first_invalid(std::string_view text) {
  for (std::size_t i = skip_plain_ascii(text, 0); i < text.size(); i = skip_plain_ascii(text, i)) {
    const Decoded decoded = decode(text.substr(i));
    if (!decoded.valid) return i;
    i += decoded.length;
  }
  return std::string_view::npos;
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char byte : text) count += is_continuation(byte) ? 0 : 1;
  return count;
}

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point > kMaxCodePoint || is_surrogate(code_point)) code_point = kReplacementCharacter;
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

std::string replace_invalid(std::string_view text) {
  std::size_t bad = first_invalid(text);
  if (bad == std::string_view::npos) return std::string(text);
  std::string out(text.substr(0, bad));
  for (std::size_t at = bad; at < text.size();) {
    const Decoded next = decode(text.substr(at));
    if (next.valid)
      out.append(text.substr(at, next.length));
    else
      append_utf8(out, kReplacementCharacter);
    at += next.length;
  }
  return out;
}

}  // namespace telc::diag
