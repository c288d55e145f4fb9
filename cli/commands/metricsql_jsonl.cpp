// JSON lines for `metricsql fmt --jsonl`. The common shape `{"q": "..."}` is decoded directly
// (it dominates the run time of large batches); anything else goes through nlohmann::json.
#include "cli/commands/metricsql_jsonl.hpp"

#include <nlohmann/json.hpp>

#include "diag/utf8.hpp"

namespace telc::cli {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool read_hex4(std::string_view s, std::size_t i, unsigned& v) {
  if (i + 4 > s.size()) {
    return false;
  }
  v = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    const int h = hex_value(s[k]);
    if (h < 0) {
      return false;
    }
    v = v * 16 + static_cast<unsigned>(h);
  }
  return true;
}

// Decodes a \uXXXX escape (with a surrogate pair when needed) starting at s[i] == 'u'.
bool decode_unicode_escape(std::string_view s, std::size_t& i, std::string& out) {
  unsigned c = 0;
  if (!read_hex4(s, i + 1, c)) {
    return false;
  }
  i += 5;
  if (c >= 0xd800 && c < 0xdc00) {
    unsigned low = 0;
    if (i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u' && read_hex4(s, i + 2, low) && low >= 0xdc00 &&
        low < 0xe000) {
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      i += 6;
    }
  }
  diag::append_utf8(out, c);  // a lone surrogate becomes U+FFFD, as Go's encoding/json reads it
  return true;
}

char simple_unescape(char c) {
  switch (c) {
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
bool decode_string(std::string_view s, std::size_t& i, std::string& out) {
  while (i < s.size()) {
    const char c = s[i];
    if (c == '"') {
      ++i;
      return true;
    }
    if (c != '\\') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (i + 1 >= s.size()) {
      return false;
    }
    if (s[i + 1] == 'u') {
      ++i;
      if (!decode_unicode_escape(s, i, out)) {
        return false;
      }
      continue;
    }
    const char simple = simple_unescape(s[i + 1]);
    if (simple == 0) {
      return false;
    }
    out.push_back(simple);
    i += 2;
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

std::optional<std::string> read_query_line(std::string_view line) {
  if (auto q = fast_path(line)) {
    return q;
  }
  const auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("q") || !j["q"].is_string()) {
    return std::nullopt;
  }
  return j["q"].get<std::string>();
}

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

}  // namespace telc::cli
