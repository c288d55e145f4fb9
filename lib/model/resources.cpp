#include "model/resources.hpp"

#include <cctype>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "model/kinds.hpp"

namespace telc::model {
namespace {

using Json = nlohmann::json;

std::string string_field(const Json& object, std::string_view key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void not_an_object(const schema::Locator& where, std::string_view why, diag::Sink& sink) {
  sink.report({diag::Severity::warning,
               "resources/not-an-object",
               fmt::format("this document is not a Kubernetes object ({}); it is left out of --resources", why),
               where.value(""),
               "give objects as `kubectl get <kind> -o yaml` prints them",
               {}});
}

}  // namespace

std::optional<ResourceObject> resource_object(const schema::Locator& where, diag::Sink& sink) {
  const Json& doc = where.document().value;
  if (!doc.is_object()) return not_an_object(where, "not a mapping", sink), std::nullopt;
  const std::string api_version = string_field(doc, "apiVersion");
  ResourceObject out;
  out.kind = string_field(doc, "kind");
  const auto metadata = doc.find("metadata");
  if (metadata != doc.end() && metadata->is_object()) {
    out.name = string_field(*metadata, "name");
    out.name_space = string_field(*metadata, "namespace");
  }
  if (api_version.empty() || out.kind.empty() || out.name.empty())
    return not_an_object(where, "it needs apiVersion, kind and metadata.name", sink), std::nullopt;
  const std::size_t slash = api_version.rfind('/');
  out.group = slash == std::string::npos ? "" : api_version.substr(0, slash);
  out.version = slash == std::string::npos ? api_version : api_version.substr(slash + 1);
  out.value = to_cel(doc);
  out.span = where.value("/kind");
  return out;
}

cel::Value to_cel(const Json& value) {
  switch (value.type()) {
    case Json::value_t::boolean: return cel::Value::boolean(value.get<bool>());
    case Json::value_t::number_integer: return cel::Value::integer(value.get<std::int64_t>());
    case Json::value_t::number_unsigned: {
      const auto u = value.get<std::uint64_t>();
      return u <= static_cast<std::uint64_t>(INT64_MAX) ? cel::Value::integer(static_cast<std::int64_t>(u))
                                                        : cel::Value::uinteger(u);
    }
    case Json::value_t::number_float: return cel::Value::dbl(value.get<double>());
    case Json::value_t::string: return cel::Value::string(value.get<std::string>());
    case Json::value_t::array: {
      cel::ValueList items;
      items.reserve(value.size());
      for (const Json& item : value) items.push_back(to_cel(item));
      return cel::Value::list(std::move(items));
    }
    case Json::value_t::object: {
      cel::ValueMap entries;
      entries.reserve(value.size());
      for (const auto& [key, item] : value.items()) entries.emplace_back(cel::Value::string(key), to_cel(item));
      return cel::Value::map(std::move(entries));
    }
    default: return cel::Value::null();
  }
}

std::vector<ResourceObject> resource_objects(const diag::SourceManager& sources,
                                             const std::vector<schema::Document>& documents, diag::Sink& sink) {
  std::vector<ResourceObject> out;
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  const auto add = [&](const schema::Document& doc) {
    const schema::Locator where(sources, doc);
    auto object = resource_object(where, sink);
    if (!object) return;
    if (!seen.emplace(object->group, object->kind, object->name_space, object->name).second) {
      sink.report({diag::Severity::warning,
                   "resources/duplicate",
                   fmt::format("{} is given twice; the first is used", describe(*object)),
                   object->span,
                   "give each object once",
                   {}});
      return;
    }
    out.push_back(std::move(*object));
  };
  for (const schema::Document& doc : documents) {
    if (!is_list(doc.value)) {
      add(doc);
      continue;
    }
    for (std::size_t i = 0; i < doc.value["items"].size(); ++i)
      add(schema::subdocument(doc, schema::child_pointer("/items", i)));
  }
  return out;
}

std::string plural(std::string_view kind) {
  std::string s;
  for (char c : kind) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto ends = [&](std::string_view expr) {
    return s.size() >= expr.size() && s.compare(s.size() - expr.size(), expr.size(), expr) == 0;
  };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return s + "es";
  if (ends("y") && s.size() > 1 && std::string_view("aeiou").find(s[s.size() - 2]) == std::string_view::npos)
    return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

std::string describe(const ResourceObject& object) {
  return object.name_space.empty() ? fmt::format("{} {}", object.kind, object.name)
                                   : fmt::format("{} {}/{}", object.kind, object.name_space, object.name);
}

}  // namespace telc::model
