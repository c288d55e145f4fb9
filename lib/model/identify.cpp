// Which documents are telc's. A repository holds much YAML that is not telemetry policy, and telc
// must pass over it silently: an error on a Deployment or a CI workflow would make telc unusable
// on a real repository and in a pre-commit hook. What telc owns it checks strictly, including near
// misses of its own groups and kinds, which are typos rather than somebody else's resources.
#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "model/kinds.hpp"
#include "schema/schema_nav.hpp"
#include "schema/schema_store.hpp"

namespace telc::model {
namespace {

using Json = nlohmann::json;
using Verdict = Identity::Verdict;

// Sorted. The pseudo groups name the schemas of formats without an apiVersion of their own.
constexpr std::array<std::string_view, 7> kOwnedGroups = {
    "opentelemetry.io",
    "prometheus.io",
    "resourcemetrics.miloapis.com",
    "telc.dev",
    "telemetry.datumapis.com",
    "telemetry.kyma-project.io",
    "telemetry.miloapis.com",
};

/// Kinds of owned groups that telc knows exist but does not check (its schemas do not cover them).
constexpr std::pair<std::string_view, std::string_view> kUncheckedKinds[] = {
    {"telemetry.kyma-project.io", "LogParser"},
};

/// A typo of a group or kind: this close to one of telc's own, and not equal to it.
constexpr std::size_t kNearMiss = 2;

std::string_view group_of(std::string_view api_version) {
  const std::size_t slash = api_version.find('/');
  return slash == std::string_view::npos ? std::string_view() : api_version.substr(0, slash);
}

bool owned(std::string_view group) { return std::binary_search(kOwnedGroups.begin(), kOwnedGroups.end(), group); }

bool unchecked(std::string_view group, std::string_view kind) {
  return std::any_of(std::begin(kUncheckedKinds), std::end(kUncheckedKinds),
                     [&](const auto& entry) { return entry.first == group && entry.second == kind; });
}

const Kind* find_kind(std::string_view api_version, std::string_view kind) {
  for (const Kind& row : all_kinds())
    if (row.api_version == api_version && row.kind == kind) return &row;
  return nullptr;
}

const Kind* find_shape(Shape shape) {
  for (const Kind& row : all_kinds())
    if (row.shape == shape) return &row;
  return nullptr;
}

template <typename Pick> std::vector<std::string> distinct(Pick pick) {
  std::set<std::string> out;
  for (const Kind& row : all_kinds())
    if (auto value = pick(row)) out.emplace(*value);
  return {out.begin(), out.end()};
}

std::vector<std::string> api_versions() {
  return distinct([](const Kind& row) { return std::optional<std::string>(row.api_version); });
}

std::vector<std::string> kinds_in(std::string_view group) {
  return distinct([&](const Kind& row) {
    return group_of(row.api_version) == group ? std::optional<std::string>(row.kind) : std::nullopt;
  });
}

std::vector<std::string> versions_of(std::string_view group) {
  return distinct([&](const Kind& row) {
    return group_of(row.api_version) == group ? std::optional<std::string>(row.api_version) : std::nullopt;
  });
}

/// The closest of `candidates` within kNearMiss edits, if `word` is not one of them.
std::optional<std::string> near_miss(std::string_view word, const std::vector<std::string>& candidates) {
  if (std::find(candidates.begin(), candidates.end(), word) != candidates.end()) return std::nullopt;
  std::optional<std::string> best;
  std::size_t best_distance = kNearMiss + 1;
  for (const std::string& candidate : candidates) {
    if (std::max(word.size(), candidate.size()) - std::min(word.size(), candidate.size()) > kNearMiss) continue;
    if (const std::size_t distance = diag::edit_distance(word, candidate); distance < best_distance)
      best_distance = distance, best = candidate;
  }
  return best;
}

std::string string_at(const Json& document, const char* field) {
  const auto it = document.find(field);
  return it != document.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Identity skip(std::string what) { return {Verdict::skip, nullptr, std::move(what)}; }
Identity check(const Kind* kind) { return {Verdict::check, kind, {}}; }

Identity reject(diag::Sink& sink, diag::SourceSpan span, std::string code, std::string message, std::string hint) {
  sink.report({diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), {}});
  return {Verdict::reject, nullptr, {}};
}

std::string describe(const std::string& api_version, const std::string& kind) {
  if (kind.empty()) return fmt::format("apiVersion '{}'", api_version);
  return fmt::format("apiVersion '{}', kind '{}'", api_version, kind);
}

std::string kind_hint(const std::string& api_version, const std::string& kind) {
  for (const Kind& row : all_kinds())
    if (row.kind == kind) return fmt::format("kind '{}' is served by apiVersion '{}'", kind, row.api_version);
  const std::vector<std::string> known = kinds_in(group_of(api_version));
  if (auto near = diag::closest(kind, known)) return "did you mean '" + *near + "'?";
  return fmt::format("known kinds: {}", fmt::join(known, ", "));
}

/// A document of a group telc owns whole: its version and kind must be known.
Identity identify_owned(const schema::Locator& where, const std::string& api_version, const std::string& kind,
                        diag::Sink& sink) {
  const std::string_view group = group_of(api_version);
  if (kind.empty())
    return reject(sink, where.value(where.document().value.contains("kind") ? "/kind" : ""), "schema/required",
                  "document has no string 'kind'", "every telc input names its apiVersion and kind");
  if (unchecked(group, kind)) return skip(describe(api_version, kind) + " (telc does not check this kind)");
  const std::vector<std::string> versions = versions_of(group);
  if (std::find(versions.begin(), versions.end(), api_version) == versions.end())
    return reject(sink, where.value("/apiVersion"), "schema/unknown-kind",
                  fmt::format("unknown apiVersion '{}'", api_version),
                  fmt::format("known versions of {}: {}", group, fmt::join(versions, ", ")));
  return reject(sink, where.value("/kind"), "schema/unknown-kind",
                fmt::format("unknown kind '{}' for apiVersion '{}'", kind, api_version), kind_hint(api_version, kind));
}

/// A document with an apiVersion telc has no row for.
Identity identify_other(const schema::Locator& where, const std::string& api_version, const std::string& kind,
                        diag::Sink& sink) {
  const std::string_view group = group_of(api_version);
  if (owned(group)) return identify_owned(where, api_version, kind, sink);
  const std::vector<std::string> own_kinds = kinds_in(group);  // a group where telc owns some kinds
  if (!own_kinds.empty()) {
    if (std::find(own_kinds.begin(), own_kinds.end(), kind) != own_kinds.end())
      return reject(sink, where.value("/apiVersion"), "schema/unknown-kind",
                    fmt::format("unknown apiVersion '{}' for kind '{}'", api_version, kind),
                    fmt::format("known: {}", fmt::join(versions_of(group), ", ")));
    if (auto near = near_miss(kind, own_kinds))
      return reject(sink, where.value("/kind"), "schema/unknown-kind",
                    fmt::format("unknown kind '{}' for apiVersion '{}'", kind, api_version),
                    fmt::format("did you mean '{}'?", *near));
    return skip(describe(api_version, kind));
  }
  std::vector<std::string> groups;
  for (const std::string& version : api_versions()) groups.emplace_back(group_of(version));
  if (auto near = near_miss(group, groups)) {
    const std::string suggestion = *near + api_version.substr(group.size());
    return reject(sink, where.value("/apiVersion"), "schema/unknown-kind",
                  fmt::format("unknown apiVersion '{}'", api_version), "did you mean '" + suggestion + "'?");
  }
  return skip(describe(api_version, kind));
}

/// Whether a list's items are resources of telc's, so the list is a mistake rather than
/// somebody else's file.
bool lists_own_resources(const Json& document) {
  return document.is_array() && std::any_of(document.begin(), document.end(), [](const Json& item) {
           const std::string api_version = item.is_object() ? string_at(item, "apiVersion") : std::string();
           return !api_version.empty() && (owned(group_of(api_version)) || !kinds_in(group_of(api_version)).empty());
         });
}

/// A document that names no apiVersion: a headless format by its shape, or a resource of telc's
/// that forgot its apiVersion, or nothing of telc's.
Identity identify_headless(const schema::Locator& where, diag::Sink& sink) {
  const Json& document = where.document().value;
  if (const Shape shape = shape_of(document); shape != Shape::resource) return check(find_shape(shape));
  const std::string kind = string_at(document, "kind");
  if (kind.empty()) return skip("a mapping without apiVersion or kind");
  std::vector<std::string> own_kinds = distinct([](const Kind& row) {
    return row.shape == Shape::resource ? std::optional<std::string>(row.kind) : std::nullopt;
  });
  const bool own = std::find(own_kinds.begin(), own_kinds.end(), kind) != own_kinds.end();
  const auto near = own ? std::optional<std::string>(kind) : near_miss(kind, own_kinds);
  if (!near) return skip(fmt::format("kind '{}' without apiVersion", kind));
  std::vector<std::string> versions;
  for (const Kind& row : all_kinds())
    if (row.kind == *near) versions.emplace_back(row.api_version);
  return reject(sink, where.value(document.contains("apiVersion") ? "/apiVersion" : ""), "schema/required",
                "document has no string 'apiVersion'",
                fmt::format("{} is served by apiVersion {}", *near, fmt::join(versions, " or ")));
}

/// What only Helm writes in a template action: its built-in objects (Prometheus's own alert
/// templates use `$labels`, `$value`, `.Labels`, `.Value` and `$externalLabels`), and its functions.
/// `define` and `template` are Go's, and an alert template may use them too.
constexpr std::string_view kHelmObjects[] = {".Values", ".Release", ".Chart", ".Capabilities", ".Files", ".Template"};
constexpr std::string_view kHelmFunctions[] = {"include", "tpl", "toYaml", "required"};

bool is_helm_action(std::string_view action) {
  for (std::string_view object : kHelmObjects)
    if (action.find(object) != std::string_view::npos) return true;
  const std::size_t start = action.find_first_not_of("- \t");
  if (start == std::string_view::npos) return false;
  action.remove_prefix(start);
  const std::string_view word = action.substr(0, action.find_first_of(" \t("));
  return std::find(std::begin(kHelmFunctions), std::end(kHelmFunctions), word) != std::end(kHelmFunctions);
}

bool has_helm_action(std::string_view text) {
  for (std::size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at + 2)) {
    const std::size_t end = text.find("}}", at + 2);
    if (end == std::string_view::npos) break;
    if (is_helm_action(text.substr(at + 2, end - at - 2))) return true;
  }
  return false;
}

/// A file in a Helm chart's templates/ folder: some folder above it is `templates` beside a
/// Chart.yaml.
bool in_chart_templates(std::string_view path) {
  namespace fs = std::filesystem;
  if (path.empty() || path == "-") return false;
  std::error_code ec;
  for (fs::path dir = fs::path(path).parent_path(); !dir.empty() && dir.has_relative_path(); dir = dir.parent_path()) {
    if (dir.filename() == "templates" && fs::exists(dir.parent_path() / "Chart.yaml", ec)) return true;
    if (dir == dir.parent_path()) break;
  }
  return false;
}

bool is_registry_group(const Json& group) {
  return group.is_object() && (group.contains("id") || group.contains("type"));
}

bool is_rule_group(const Json& group) { return group.is_object() && group.contains("rules"); }

/// A group that has only keys a rule group may have (a placeholder such as `- name: x`).
bool looks_like_rule_group(const Json& group) {
  static const Json& keys = schema::SchemaStore::builtin()
                                .find("prometheus.io/rulefmt", "RuleFile")
                                ->json["definitions"]["Group"]["properties"];
  return group.is_object() && std::all_of(group.items().begin(), group.items().end(),
                                          [](const auto& item) { return keys.contains(item.key()); });
}

/// `groups` of a rule file: some group has `rules`, or every group could be a rule group. Other
/// tools' files have `groups` too (Jekyll data, dashboards), with keys of their own.
bool are_rule_groups(const Json& groups) {
  if (!groups.is_array()) return true;  // null, or a mistake the schema reports
  return std::any_of(groups.begin(), groups.end(), is_rule_group) ||
         std::all_of(groups.begin(), groups.end(), looks_like_rule_group);
}

/// `{% ... %}` on one line: a Jinja or Liquid template, YAML only once rendered.
bool has_block_tag(std::string_view text) {
  for (std::size_t at = text.find("{%"); at != std::string_view::npos; at = text.find("{%", at + 2)) {
    const std::size_t end = text.find("%}", at + 2);
    if (end != std::string_view::npos && text.substr(at, end - at).find('\n') == std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::span<const std::string_view> owned_groups() { return kOwnedGroups; }

std::optional<std::string> not_policy(std::string_view path, std::string_view text) {
  const std::string_view name = path.substr(path.find_last_of('/') + 1);
  if (name == ".telc.yaml" || name == ".telc.yml") return "project configuration (.telc.yaml), not a policy";
  if (in_chart_templates(path) || has_helm_action(text))
    return "an unrendered Helm template (telc checks what `helm template` renders)";
  if (has_block_tag(text)) return "an unrendered Jinja or Liquid template";
  return std::nullopt;
}

Shape shape_of(const Json& document) {
  if (!document.is_object() || document.contains("apiVersion") || document.contains("kind")) return Shape::resource;
  if (const auto format = document.find("file_format"); format != document.end())  // definition/2, manifest/2.0
    return format->is_string() && format->get<std::string>().starts_with("manifest/") ? Shape::registry_manifest
                                                                                      : Shape::registry_v2;
  if (const auto groups = document.find("groups"); groups != document.end()) {
    const bool is_registry = document.contains("imports") ||
                             (groups->is_array() && std::any_of(groups->begin(), groups->end(), is_registry_group) &&
                              std::none_of(groups->begin(), groups->end(), is_rule_group));
    if (is_registry) return Shape::registry;
    return are_rule_groups(*groups) ? Shape::rule_file : Shape::resource;
  }
  for (const char* key : {"semconv_version", "schema_base_url", "schema_url"})
    if (document.contains(key)) return Shape::registry_manifest;
  return Shape::resource;
}

bool may_declare(std::string_view text) {
  // The top-level keys of the shapes, and the owned groups of the resources; a false positive only
  // costs a parse.
  constexpr std::string_view kShapeKeys[] = {"groups:", "imports:", "file_format:"};
  const auto found = [&](std::string_view needle) { return text.find(needle) != std::string_view::npos; };
  return std::any_of(std::begin(kShapeKeys), std::end(kShapeKeys), found) ||
         std::any_of(kOwnedGroups.begin(), kOwnedGroups.end(), found);
}

bool is_list(const Json& document) {
  return document.is_object() && string_at(document, "apiVersion") == "v1" && string_at(document, "kind") == "List" &&
         document.contains("items") && document["items"].is_array();
}

Identity identify(const schema::Locator& where, diag::Sink& sink) {
  const Json& document = where.document().value;
  if (lists_own_resources(document))
    return reject(sink, where.value(""), "schema/not-a-resource", "document is a list, not a resource mapping",
                  "write each resource as a document of its own, separated by '---'");
  if (!document.is_object()) return skip(fmt::format("{}, not a mapping", schema::show(document)));
  if (document.empty()) return skip("an empty mapping");
  if (!document.contains("apiVersion")) return identify_headless(where, sink);
  const std::string api_version = string_at(document, "apiVersion");
  const std::string kind = string_at(document, "kind");
  if (api_version.empty())
    return identify_headless(where, sink).verdict == Verdict::skip ? skip("a non-string apiVersion")
                                                                   : Identity{Verdict::reject, nullptr, {}};
  if (const Kind* row = find_kind(api_version, kind)) return check(row);
  return identify_other(where, api_version, kind, sink);
}

}  // namespace telc::model
