#include "backends/yaml_writer.hpp"

#include <fmt/format.h>

#include "schema/yaml_convert.hpp"

namespace telc::backends {
namespace {

using Json = nlohmann::json;

std::string single_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string double_quoted(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
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

std::string scalar(const Json& value) {
  if (value.is_string()) {
    const std::string& s = value.get_ref<const std::string&>();
    if (is_plain_safe(s)) return s;
    const bool control = std::any_of(s.begin(), s.end(), [](unsigned char ch) { return ch < 0x20; });
    return control ? double_quoted(s) : single_quoted(s);
  }
  if (value.is_null()) return "null";
  return value.dump();
}

bool is_scalar(const Json& value) { return !value.is_object() && !value.is_array(); }
bool is_empty_collection(const Json& value) { return (value.is_object() || value.is_array()) && value.empty(); }

void write(std::string& out, const Json& value, int indent);

void write_member(std::string& out, const std::string& key, const Json& value, int indent) {
  out.append(indent, ' ');
  out += is_plain_safe(key) ? key : single_quoted(key);
  out += ':';
  if (is_scalar(value) || is_empty_collection(value)) {
    out += ' ';
    out += is_empty_collection(value) ? (value.is_object() ? "{}" : "[]") : scalar(value);
    out += '\n';
  } else {
    out += '\n';
    write(out, value, value.is_array() ? indent : indent + 2);  // lists sit at their key's indentation
  }
}

void write_item(std::string& out, const Json& value, int indent) {
  out.append(indent, ' ');
  out += "- ";
  if (is_scalar(value) || is_empty_collection(value)) {
    out += is_empty_collection(value) ? (value.is_object() ? "{}" : "[]") : scalar(value);
    out += '\n';
    return;
  }
  std::string nested;
  write(nested, value, indent + 2);
  out += nested.substr(static_cast<std::size_t>(indent) + 2);  // the first line continues after "- "
}

void write(std::string& out, const Json& value, int indent) {
  if (value.is_object())
    for (const auto& [k, child] : value.items()) write_member(out, k, child, indent);
  else if (value.is_array())
    for (const auto& child : value) write_item(out, child, indent);
  else
    out += scalar(value) + "\n";
}

}  // namespace

bool is_plain_safe(const std::string& text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) return false;
    if (c == ':' && (i + 1 == text.size() || text[i + 1] == ' ')) return false;
    if (c == '#' && i > 0 && text[i - 1] == ' ') return false;
  }
  static const char* const kWords[] = {"yes", "no", "on",  "off", "y",  "n",  "Yes",
                                       "No",  "On", "Off", "YES", "NO", "ON", "OFF"};
  for (const char* w : kWords)
    if (text == w) return false;  // YAML 1.1 readers (many tools) take these as booleans
  return schema::resolve_plain_scalar(text).is_string();
}

std::string to_yaml(const Json& value) {
  std::string out;
  write(out, value, 0);
  return out;
}

}  // namespace telc::backends
