// JSON lines for `metricsql fmt --jsonl`. The common shape `{"q": "..."}` is decoded directly
// (it dominates the run time of large batches); anything else goes through nlohmann::json.
#include "cli/commands/metricsql_jsonl.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "diag/utf8.hpp"

namespace telc::cli {
namespace {

bool read_hex4(std::string_view text, std::size_t index, unsigned& value) {
  if (index + 4 > text.size()) {
    return false;
  }
  value = 0;
  for (std::size_t k = index; k < index + 4; ++k) {
    const int h = diag::hex_value(text[k]);
    if (h < 0) {
      return false;
    }
    value = value * 16 + static_cast<unsigned>(h);
  }
  return true;
}

// Decodes a \uXXXX escape (with a surrogate pair when needed) starting at s[i] == 'u'.
bool decode_unicode_escape(std::string_view text, std::size_t& index, std::string& out) {
  unsigned c = 0;
  if (!read_hex4(text, index + 1, c)) {
    return false;
  }
  index += 5;
  if (c >= 0xd800 && c < 0xdc00) {
    unsigned low = 0;
    if (index + 1 < text.size() && text[index] == '\\' && text[index + 1] == 'u' && read_hex4(text, index + 2, low) &&
        low >= 0xdc00 && low < 0xe000) {
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      index += 6;
    }
  }
  diag::append_utf8(out, c);  // a lone surrogate becomes U+FFFD, as Go's encoding/json reads it
  return true;
}

char simple_unescape(char ch) {
  switch (ch) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
  }
}

// Decodes the JSON string starting after its opening quote; `i` ends after the closing quote.
bool decode_string(std::string_view text, std::size_t& index, std::string& out) {
  while (index < text.size()) {
    const std::size_t special = std::min(text.find_first_of("\"\\", index), text.size());
    out.append(text, index, special - index);  // the run of characters that stand for themselves
    index = special;
    if (index == text.size()) {
      break;
    }
    if (text[index] == '"') {
      ++index;
      return true;
    }
    if (index + 1 >= text.size()) {
      return false;
    }
    if (text[index + 1] == 'u') {
      ++index;
      if (!decode_unicode_escape(text, index, out)) {
        return false;
      }
      continue;
    }
    const char simple = simple_unescape(text[index + 1]);
    if (simple == 0) {
      return false;
    }
    out.push_back(simple);
    index += 2;
  }
  return false;
}

std::optional<std::string> fast_path(std::string_view line) {
  constexpr std::string_view kPrefixes[] = {"{\"q\": \"", "{\"q\":\""};
  for (std::string_view prefix : kPrefixes) {
    if (!line.starts_with(prefix)) {
      continue;
    }
    std::size_t i = prefix.size();
    std::string q;
    if (!decode_string(line, i, q)) {
      return std::nullopt;
    }
    const std::size_t next = line.find_first_not_of(" \t\r", i);
    if (next != std::string_view::npos && line[next] == '}' &&
        line.find_first_not_of(" \t\r", next + 1) == std::string_view::npos) {
      return q;
    }
    return std::nullopt;  // more keys: let the full parser check the line
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> read_query_line(std::string_view raw) {
  // Go's encoding/json reads invalid UTF-8 in a string as U+FFFD: so does this, and every output
  // line stays valid JSON.
  const std::string line = diag::replace_invalid(raw);
  if (auto q = fast_path(line)) {
    return q;
  }
  const auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("q") || !j["q"].is_string()) {
    return std::nullopt;
  }
  return j["q"].get<std::string>();
}

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t plain = 0;  // the start of the run of characters written as they are
  for (std::size_t at = 0; at < text.size(); ++at) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text, plain, at - plain);
    plain = at + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
    }
  }
  out.append(text, plain, text.size() - plain);
  out.push_back('"');
}

}  // namespace telc::cli
