#include "schema/messages.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "schema/schema_nav.hpp"

namespace telc::schema {
namespace {

using Json = nlohmann::json;

bool starts_with(const std::string& text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

const Json* instance_at(const Document& doc, const std::string& pointer) { return find_pointer(doc.value, pointer); }

std::string article(std::string_view type) {
  return (type == "integer" || type == "array" || type == "object") ? "an" : "a";
}

std::string expected_types(const Json& value) {
  const Json& t = value.value("type", Json());
  if (t.is_string()) return article(t.get<std::string>()) + " " + t.get<std::string>();
  std::vector<std::string> names;
  for (const Json& n : t) {
    const std::string type = n.get<std::string>();
    names.push_back(type == "null" ? type : article(type) + " " + type);
  }
  if (names.size() == 2) return names[0] + " or " + names[1];
  return fmt::format("one of {}", fmt::join(names, ", "));
}

/// What a value is, for "must be X, not <this>": its type and, unless that says it all, the value.
std::string actual(const Json& value) {
  if (value.is_null()) return "null";
  return std::string(type_name(value)) + " " + show(value);
}

/// Whether the scalar at `pointer` is written in quotes ("3", '3').
bool quoted(const Locator& where, const std::string& pointer) {
  const diag::SourceSpan span = where.value(pointer);
  if (!span.known()) return false;
  const std::string& text = where.sources().file(span.file).text;
  const std::size_t at = where.sources().offset(span.file, span.begin);
  return at < text.size() && (text[at] == '"' || text[at] == '\'');
}

/// For a string where a number or boolean belongs: the quotes, when there are some, else what to write.
std::string unquote_hint(const std::string& want, bool is_quoted) {
  if (is_quoted) return "remove the quotes: a quoted value is a string";
  if (want == "integer") return "write a whole number, such as 3";
  if (want == "number") return "write a number, such as 1.5";
  return "write true or false";
}

std::optional<std::string> type_hint(const Json& node, const Json& value, bool is_quoted) {
  const std::string want = node.value("type", Json("")).is_string() ? node.value("type", "") : "";
  if (value.is_string() && (want == "integer" || want == "number" || want == "boolean"))
    return unquote_hint(want, is_quoted);
  if (value.is_null()) return "give it a value, or remove the key";
  if (want == "string" && (value.is_number() || value.is_boolean()))
    return fmt::format("quote the value: \"{}\"", value.dump());
  if (want == "array" && !value.is_array()) return "write a list: one '- item' per line";
  return std::nullopt;
}

diag::Diagnostic make(std::string code, std::string message, diag::SourceSpan span,
                      std::optional<std::string> hint = std::nullopt) {
  return {diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), {}};
}

/// True when the object has an unknown key that is a misspelling of `name`: the unknown-field
/// diagnostic already says "did you mean", so "missing required" would only repeat it.
bool misspelt(const Json* node, const Json* value, const std::string& name) {
  if (node == nullptr || value == nullptr || !value->is_object()) return false;
  const Json props = node->value("properties", Json::object());
  std::vector<std::string> unknown;
  for (const auto& [k, v] : value->items())
    if (!props.contains(k)) unknown.push_back(k);
  const std::vector<std::string> wanted{name};
  return std::any_of(unknown.begin(), unknown.end(),
                     [&](const std::string& key) { return diag::closest(key, wanted).has_value(); });
}

std::optional<diag::Diagnostic> required(const CompiledSchema& schema, const Locator& where, const std::string& pointer,
                                         const std::string& description) {
  const std::size_t open = description.find('\'');
  const std::string name = description.substr(open + 1, description.rfind('\'') - open - 1);
  std::optional<std::string> hint;
  if (misspelt(schema_at(schema.json, pointer), instance_at(where.document(), pointer), name)) return std::nullopt;
  if (const Json* s = schema_at(schema.json, pointer))
    if (const Json* m = member_schema(schema.json, *s, name); m && m->contains("description"))
      hint = fmt::format("add '{}': {}", name, (*m)["description"].get<std::string>());
  const std::string parent = pointer.empty() ? "the document" : "'" + field_name(pointer) + "'";
  return make("schema/required", fmt::format("missing required field '{}' in {}", name, parent),
              pointer.empty() ? where.value(pointer) : where.key(pointer), hint);
}

diag::Diagnostic enumeration(const Json& node, const Json& value, const Locator& where, const std::string& pointer) {
  std::vector<std::string> options;
  for (const Json& o : node.value("enum", Json::array()))
    options.push_back(o.is_string() ? o.get<std::string>() : o.dump());
  if (node.contains("const"))
    options.push_back(node["const"].is_string() ? node["const"].get<std::string>() : node["const"].dump());
  const auto near = value.is_string() ? diag::closest(value.get<std::string>(), options) : std::nullopt;
  return make("schema/enum", fmt::format("{} is not a valid '{}'", show(value), field_name(pointer)),
              where.value(pointer),
              near ? "did you mean '" + *near + "'?" : fmt::format("use one of: {}", fmt::join(options, ", ")));
}

std::string bounds(const Json& value, const char* low, const char* high, std::string_view unit) {
  const bool has_low = value.contains(low), has_high = value.contains(high);
  if (has_low && has_high) return fmt::format("between {} and {}{}", value[low].dump(), value[high].dump(), unit);
  if (has_low) return fmt::format("at least {}{}", value[low].dump(), unit);
  return fmt::format("at most {}{}", value.value(high, Json()).dump(), unit);
}

std::optional<diag::Diagnostic> by_keyword(const Json& node, const Json& value, const Locator& where,
                                           const std::string& pointer, const std::string& text) {
  const std::string name = field_name(pointer);
  if (starts_with(text, "Value type not permitted"))
    return make("schema/type", fmt::format("'{}' must be {}, not {}", name, expected_types(node), actual(value)),
                where.value(pointer), type_hint(node, value, quoted(where, pointer)));
  if (starts_with(text, "Failed to match against any enum") ||
      starts_with(text, "Failed to match expected value set by 'const'"))
    return enumeration(node, value, where, pointer);
  if (starts_with(text, "Expected number"))
    return make("schema/range",
                fmt::format("'{}' is {}; it must be {}", name, value.dump(), bounds(node, "minimum", "maximum", "")),
                where.value(pointer));
  if (starts_with(text, "Array should contain"))
    return make("schema/items",
                fmt::format("'{}' has {} item{}; it must have {}", name, value.size(), value.size() == 1 ? "" : "s",
                            bounds(node, "minItems", "maxItems", "")),
                where.key(pointer));
  if (starts_with(text, "String should be no"))
    return make("schema/length",
                fmt::format("{} is {} characters long; '{}' must be {}", show(value), value.get<std::string>().size(),
                            name, bounds(node, "minLength", "maxLength", " characters")),
                where.value(pointer));
  return std::nullopt;
}

bool is_wrapper(const std::string& text) {
  return starts_with(text, "Failed to validate item #") ||
         starts_with(text, "Failed to validate against schema associated with") ||
         starts_with(text, "Failed to validate against additional properties schema") ||
         starts_with(text, "Failed to validate against child schema") ||
         starts_with(text, "Object contains a property that could not be validated");
}

}  // namespace

std::string context_pointer(const std::vector<std::string>& context) {
  std::string pointer;
  for (const std::string& c : context)
    if (c.size() >= 2 && c.front() == '[' && c.back() == ']') append_token(pointer, c.substr(1, c.size() - 2));
  return pointer;
}

std::optional<diag::Diagnostic> describe(const CompiledSchema& schema, const Locator& where, const std::string& pointer,
                                         const std::string& description) {
  if (is_wrapper(description)) return std::nullopt;
  if (starts_with(description, "Missing required property")) return required(schema, where, pointer, description);
  const Json* s = schema_at(schema.json, pointer);
  const Json* value = instance_at(where.document(), pointer);
  if (s != nullptr && value != nullptr)
    if (auto d = by_keyword(*s, *value, where, pointer, description)) return d;
  std::string text = description;
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return make("schema/invalid", fmt::format("'{}': {}", field_name(pointer), text), where.value(pointer));
}

}  // namespace telc::schema
