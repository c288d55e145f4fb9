// Walks each modelled component's configuration against its Shape: unknown keys (mapstructure
// decodes with ErrorUnused), Go durations, enumerations, credentials.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "otelcol/component_shapes.hpp"
#include "otelcol/context.hpp"
#include "otelcol/duration.hpp"
#include "otelcol/env_refs.hpp"
#include "otelcol/secrets.hpp"

namespace telc::otelcol {
namespace {

// configopaque.MapList accepts a {name, value} list from 0.139.0 (core CHANGELOG); before it,
// `headers` is a plain map[string]configopaque.String.
constexpr unsigned kHeadersListSince = 139;

/// Where a value sits, for messages: "exporter 'otlp/a'" or "'tls' of exporter 'otlp/a'".
struct Place {
  const Context& cx;
  std::string owner;     // "exporter 'otlp/a'"
  std::string pointer;   // JSON Pointer of the mapping being walked
  std::string_view key;  // key of that mapping in its parent ("" at the component's top)
  [[nodiscard]] std::string describe() const { return key.empty() ? owner : fmt::format("'{}' of {}", key, owner); }
};

void walk_object(const Place& at, const Shape& shape, const nlohmann::json& map);

void collect_names(const Shape& shape, std::vector<std::string>& out) {
  for (const Field& f : shape.fields) out.emplace_back(f.name);
  for (const Shape* base : shape.bases) collect_names(*base, out);
}

/// The sub-object that does accept `key`: `insecure` at the top of an exporter belongs in `tls`.
std::optional<std::string_view> owning_child(const Shape& shape, std::string_view key) {
  for (const Field& f : shape.fields)
    if (f.kind == ValueKind::object && f.shape != nullptr && find_field(*f.shape, key) != nullptr) return f.name;
  for (const Shape* base : shape.bases)
    if (const auto child = owning_child(*base, key)) return child;
  return std::nullopt;
}

std::string unknown_key_hint(const Shape& shape, const std::vector<std::string>& names, const std::string& key) {
  if (const auto child = owning_child(shape, key))
    return fmt::format("'{}' belongs under '{}': {}: {{{}: ...}}", key, *child, *child, key);
  return names.size() <= 12 ? fmt::format("allowed: {}", fmt::join(names, ", "))
                            : std::string("see the component's README for its keys");
}

void report_unknown(const Place& at, const Shape& shape, const std::string& key) {
  std::vector<std::string> names;
  collect_names(shape, names);
  std::sort(names.begin(), names.end());
  const std::string otherwise = unknown_key_hint(shape, names, key);
  at.cx.error("collector/unknown-key", at.cx.where.key(schema::child_pointer(at.pointer, key)),
              fmt::format("unknown key '{}' in {}", key, at.describe()), suggest(key, names, otherwise));
}

/// A key that the target version does not know yet (or any more): ErrorUnused rejects it.
void report_version_gate(const Place& at, const Field& field, const std::string& key) {
  const Version& v = at.cx.version;
  const std::string message =
      v.minor < field.since ? fmt::format("'{}' of {} exists from collector 0.{}.0; the target version is {}.{}.{}",
                                          key, at.describe(), field.since, v.major, v.minor, v.patch)
                            : fmt::format("'{}' of {} was removed in collector 0.{}.0; the target version is {}.{}.{}",
                                          key, at.describe(), field.until, v.major, v.minor, v.patch);
  at.cx.error("collector/unknown-key", at.cx.where.key(schema::child_pointer(at.pointer, key)), message,
              v.minor < field.since ? fmt::format("target 0.{}.0 or later, or remove '{}'", field.since, key)
                                    : fmt::format("remove '{}'", key));
}

void check_duration(const Place& at, const std::string& pointer, const nlohmann::json& value) {
  const diag::SourceSpan span = at.cx.where.value(pointer);
  if (value.is_number() && value != 0) {
    at.cx.report(diag::Severity::warning, "collector/bad-duration", span,
                 fmt::format("duration {} has no unit: the collector reads it as nanoseconds", value.dump()),
                 "write a unit, e.g. '5s' or '200ms'");
    return;
  }
  if (!value.is_string()) return;
  const auto& text = value.get_ref<const std::string&>();
  if (has_reference(text) || parse_go_duration(text)) return;
  const std::string go = go_spelling(text);
  at.cx.error("collector/bad-duration", span, fmt::format("'{}' is not a Go duration", text),
              go.empty() ? std::string("units are ns, us, ms, s, m, h, e.g. '1m30s'")
                         : fmt::format("Go durations have no d or w: write '{}'", go));
}

bool equals_folded(std::string_view left, std::string_view right) {
  return left.size() == right.size() && std::equal(left.begin(), left.end(), right.begin(), [](char left, char right) {
           return std::tolower(static_cast<unsigned char>(left)) == std::tolower(static_cast<unsigned char>(right));
         });
}

void check_enum(const Place& at, const Field& field, const std::string& pointer, const nlohmann::json& value) {
  if (!value.is_string()) return;
  const auto& text = value.get_ref<const std::string&>();
  if (has_reference(text)) return;
  for (std::string_view v : field.values)
    if (equals_folded(v, text)) return;
  std::vector<std::string> names;
  for (std::string_view v : field.values)
    if (!v.empty()) names.emplace_back(v);
  at.cx.error("collector/enum", at.cx.where.value(pointer),
              fmt::format("'{}' is not a valid {} for {}", text, field.name, at.describe()),
              suggest(text, names, fmt::format("one of: {}", fmt::join(names, ", "))));
}

void report_type(const Place& at, const std::string& pointer, const Field& field, std::string_view expected) {
  at.cx.error("collector/type", at.cx.where.value(pointer),
              fmt::format("'{}' of {} must be {}", field.name, at.describe(), expected));
}

/// A Prometheus duration (scrape_interval, scrape_timeout): d, w and y are fine here.
void check_prom_duration(const Place& at, const std::string& pointer, const nlohmann::json& value) {
  if (!value.is_string()) return;
  const auto& text = value.get_ref<const std::string&>();
  if (has_reference(text) || parse_prom_duration(text)) return;
  at.cx.error("collector/bad-duration", at.cx.where.value(pointer),
              fmt::format("'{}' is not a Prometheus duration", text),
              "whole numbers with units y, w, d, h, m, s, ms in that order, e.g. '1m30s'");
}

/// confmap decodes with WeaklyTypedInput off (confmap/internal/decoder.go, 0.120 to 0.159), so
/// mapstructure converts only between number kinds: "100" for an int and 1 for a bool fail.
/// A value that is a ${…} reference is decoded from its expansion and is not checkable here.
void check_scalar(const Place& at, const Field& field, const std::string& pointer, const nlohmann::json& value) {
  if (value.is_string() && has_reference(value.get_ref<const std::string&>())) return;
  std::string_view expected;
  switch (field.kind) {
    case ValueKind::integer:
      if (!value.is_number()) expected = "a whole number";
      break;
    case ValueKind::number:
      if (!value.is_number()) expected = "a number";
      break;
    case ValueKind::boolean:
      if (!value.is_boolean()) expected = "true or false";
      break;
    default:
      if (!value.is_string()) expected = "a string";
      break;
  }
  if (expected.empty()) return;
  at.cx.error("collector/type", at.cx.where.value(pointer),
              fmt::format("'{}' of {} must be {}, not {}", field.name, at.describe(), expected, value.dump()),
              value.is_string() ? std::string("remove the quotes: the collector does not convert strings")
                                : std::string("the collector converts only between number types"));
}

void check_objects(const Place& at, const Field& field, const std::string& pointer, const nlohmann::json& list) {
  if (!list.is_array()) return report_type(at, pointer, field, "a list");
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_object()) continue;  // string items are the basic OTTL style
    const std::string item = schema::child_pointer(pointer, i);
    walk_object({at.cx, at.owner, item, field.name}, *field.shape, list[i]);
    if (field.shape == &shapes::kHeaderSetter) check_header_setter_secret(at.cx, item, list[i]);
  }
}

void check_field(const Place& at, const Field& field, const std::string& pointer, const nlohmann::json& value) {
  if (value.is_null()) return;  // an empty key means "defaults" to the collector
  switch (field.kind) {
    case ValueKind::object:
      if (value.is_object()) return walk_object({at.cx, at.owner, pointer, field.name}, *field.shape, value);
      return report_type(at, pointer, field, "a mapping");
    case ValueKind::objects: return check_objects(at, field, pointer, value);
    case ValueKind::duration: return check_duration(at, pointer, value);
    case ValueKind::enumerated: return check_enum(at, field, pointer, value);
    case ValueKind::secret: return check_secret(at.cx, pointer, value);
    case ValueKind::secrets:
      if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i) check_secret(at.cx, schema::child_pointer(pointer, i), value[i]);
      return;
    case ValueKind::headers:
      if (value.is_array() && at.cx.version.minor < kHeadersListSince)
        return at.cx.error(
            "collector/type", at.cx.where.value(pointer),
            fmt::format("the list form of 'headers' in {} needs collector 0.{}.0", at.describe(), kHeadersListSince),
            "write the headers as a mapping: headers: {Name: value}");
      return check_header_secrets(at.cx, pointer, value);
    case ValueKind::unsupported:
      at.cx.error("collector/unknown-key", at.cx.where.key(pointer),
                  fmt::format("'{}' is not supported in {}", field.name, at.describe()),
                  "the collector rejects it at startup: remove it");
      return;
    case ValueKind::integer:
    case ValueKind::number:
    case ValueKind::boolean:
    case ValueKind::string: return check_scalar(at, field, pointer, value);
    case ValueKind::prom_duration: return check_prom_duration(at, pointer, value);
    case ValueKind::any: return;
  }
}

void walk_object(const Place& at, const Shape& shape, const nlohmann::json& map) {
  for (const auto& [key, value] : map.items()) {
    const Field* field = find_field(shape, key);
    if (field == nullptr) {
      const bool suffixed =
          !shape.open_suffix.empty() && key.size() > shape.open_suffix.size() &&
          key.compare(key.size() - shape.open_suffix.size(), shape.open_suffix.size(), shape.open_suffix) == 0;
      if (!shape.open && !suffixed) report_unknown(at, shape, key);
      continue;
    }
    if (!field_exists(*field, at.cx.version.minor)) {
      report_version_gate(at, *field, key);
      continue;
    }
    check_field(at, *field, schema::child_pointer(at.pointer, key), value);
  }
}

void check_component(const Context& cx, Kind kind, const std::string& id, const Defined& defined) {
  if (defined.info == nullptr || defined.info->shape == nullptr) return;
  const std::string pointer = entry_pointer(section_name(kind), id);
  const nlohmann::json* config = cx.at(pointer);
  if (config == nullptr || config->is_null()) return;
  const std::string owner = fmt::format("{} '{}'", kind_name(kind), id);
  if (!config->is_object()) {
    cx.error("collector/type", cx.where.value(pointer),
             fmt::format("the configuration of {} must be a mapping", owner));
    return;
  }
  walk_object({cx, owner, pointer, {}}, *defined.info->shape, *config);
}

}  // namespace

void check_values(const Context& cx) {
  for (Kind kind : {Kind::receiver, Kind::processor, Kind::exporter, Kind::connector, Kind::extension})
    for (const auto& [id, defined] : cx.of(kind)) check_component(cx, kind, id, defined);
}

}  // namespace telc::otelcol
