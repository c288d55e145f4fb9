#include "backends/yaml_writer.hpp"

#include <fmt/format.h>

#include "schema/yaml_convert.hpp"

namespace telc::backends {
namespace {

using Json = nlohmann::json;

std::string single_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string double_quoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\')
      out += '\\', out += static_cast<char>(c);
    else if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0x20)
      out += fmt::format("\\x{:02x}", c);
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string scalar(const Json& v) {
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    if (is_plain_safe(s)) return s;
    const bool control = std::any_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x20; });
    return control ? double_quoted(s) : single_quoted(s);
  }
  if (v.is_null()) return "null";
  return v.dump();
}

bool is_scalar(const Json& v) { return !v.is_object() && !v.is_array(); }
bool is_empty_collection(const Json& v) { return (v.is_object() || v.is_array()) && v.empty(); }

void write(std::string& out, const Json& v, int indent);

void write_member(std::string& out, const std::string& key, const Json& v, int indent) {
  out.append(indent, ' ');
  out += is_plain_safe(key) ? key : single_quoted(key);
  out += ':';
  if (is_scalar(v) || is_empty_collection(v)) {
    out += ' ';
    out += is_empty_collection(v) ? (v.is_object() ? "{}" : "[]") : scalar(v);
    out += '\n';
  } else {
    out += '\n';
    write(out, v, v.is_array() ? indent : indent + 2);  // lists sit at their key's indentation
  }
}

void write_item(std::string& out, const Json& v, int indent) {
  out.append(indent, ' ');
  out += "- ";
  if (is_scalar(v) || is_empty_collection(v)) {
    out += is_empty_collection(v) ? (v.is_object() ? "{}" : "[]") : scalar(v);
    out += '\n';
    return;
  }
  std::string nested;
  write(nested, v, indent + 2);
  out += nested.substr(static_cast<std::size_t>(indent) + 2);  // the first line continues after "- "
}

void write(std::string& out, const Json& v, int indent) {
  if (v.is_object())
    for (const auto& [k, child] : v.items()) write_member(out, k, child, indent);
  else if (v.is_array())
    for (const auto& child : v) write_item(out, child, indent);
  else
    out += scalar(v) + "\n";
}

}  // namespace

bool is_plain_safe(const std::string& s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string_view::npos) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) return false;
    if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) return false;
    if (c == '#' && i > 0 && s[i - 1] == ' ') return false;
  }
  static const char* const kWords[] = {"yes", "no", "on",  "off", "y",  "n",  "Yes",
                                       "No",  "On", "Off", "YES", "NO", "ON", "OFF"};
  for (const char* w : kWords)
    if (s == w) return false;  // YAML 1.1 readers (many tools) take these as booleans
  return schema::resolve_plain_scalar(s).is_string();
}

std::string to_yaml(const Json& value) {
  std::string out;
  write(out, value, 0);
  return out;
}

}  // namespace telc::backends
