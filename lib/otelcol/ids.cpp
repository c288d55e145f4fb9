#include "otelcol/ids.hpp"

#include <fmt/format.h>

#include "diag/ascii.hpp"
#include "otelcol/context.hpp"

namespace telc::otelcol {
namespace {

/// ASCII characters of Unicode categories Z (space), C (control) and S (symbol).
bool forbidden_in_name(char ch) {
  const auto u = static_cast<unsigned char>(ch);
  if (u < 0x21 || u == 0x7f) return true;
  return std::string_view("$+<=>^`|~").find(ch) != std::string_view::npos;
}

std::string dist_list(std::uint8_t bits) {
  std::vector<std::string_view> names;
  for (const DistributionInfo& d : distributions())
    if ((bits & d.bit) != 0) names.push_back(d.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

/// The alias that a type name replaced (otlp for otlp_grpc), if any.
const ComponentInfo* predecessor(const ComponentInfo& info) {
  for (const ComponentInfo& c : components(info.kind))
    if (c.replacement == info.type && c.removed_since.empty()) return &c;
  return nullptr;
}

void check_version(const Context& cx, const ComponentInfo& info, const std::string& id, const std::string& at) {
  if (!info.since.empty() && cx.version < *parse_version(info.since)) {
    const ComponentInfo* old = predecessor(info);
    cx.error("collector/type-too-new", cx.where.key(at),
             fmt::format("{} type '{}' exists from collector {}; the target version is {}.{}.{}", kind_name(info.kind),
                         info.type, info.since, cx.version.major, cx.version.minor, cx.version.patch),
             old ? std::optional(fmt::format("use '{}' before {}", old->type, info.since)) : std::nullopt);
  }
  if (!info.deprecated_since.empty() && cx.version >= *parse_version(info.deprecated_since)) {
    const SplitId split = split_id(id);
    const std::string renamed =
        split.has_slash ? fmt::format("{}/{}", info.replacement, split.name) : std::string(info.replacement);
    cx.report(diag::Severity::warning, "collector/deprecated-type", cx.where.key(at),
              fmt::format("{} type '{}' is deprecated since collector {}", kind_name(info.kind), info.type,
                          info.deprecated_since),
              fmt::format("rename '{}' to '{}' (and every reference to it)", id, renamed));
  }
}

void check_distribution(const Context& cx, const ComponentInfo& info, const std::string& at) {
  if ((info.distributions & cx.distribution->bit) != 0) return;
  cx.error("collector/not-in-distribution", cx.where.key(at),
           fmt::format("{} '{}' is not in distribution {}", kind_name(info.kind), info.type, cx.distribution->name),
           fmt::format("it ships in {}; or build a custom collector with ocb", dist_list(info.distributions)));
}

/// "otelcol ships these processors: …", for a distribution whose list telc has in full.
std::string shipped_types(const Context& cx, Kind kind) {
  std::vector<std::string_view> names;
  for (const ComponentInfo& c : components(kind))
    if ((c.distributions & cx.distribution->bit) != 0) names.push_back(c.type);
  return fmt::format("{} ships these {}: {}", cx.distribution->name, section_name(kind), fmt::join(names, ", "));
}

/// The kind that does know `type`, for "'batch' is a processor".
std::optional<Kind> other_kind(Kind kind, std::string_view type) {
  for (Kind k : {Kind::receiver, Kind::processor, Kind::exporter, Kind::connector, Kind::extension})
    if (k != kind && find_component(k, type) != nullptr) return k;
  return std::nullopt;
}

/// Whether `info`'s name is the one to write at the target version: it exists already and is
/// not a deprecated alias yet, so a did-you-mean never proposes `k8sattributes` at 0.146+.
bool current_name(const Context& cx, const ComponentInfo& info) {
  if (!info.since.empty() && cx.version < *parse_version(info.since)) return false;
  if (!info.removed_since.empty() && cx.version >= *parse_version(info.removed_since)) return false;
  return info.deprecated_since.empty() || cx.version < *parse_version(info.deprecated_since);
}

void report_unknown_type(const Context& cx, Kind kind, std::string_view type, const std::string& at) {
  std::vector<std::string> names;
  for (const ComponentInfo& c : components(kind))
    if (current_name(cx, c)) names.emplace_back(c.type);
  auto hint = suggest(type, names);
  if (const auto other = other_kind(kind, type); other && !hint)
    hint = fmt::format("'{}' is a {}: define it under '{}'", type, kind_name(*other), section_name(*other));
  if (!hint && cx.distribution->complete) hint = shipped_types(cx, kind);
  if (hint || cx.distribution->complete) {
    cx.error("collector/unknown-type", cx.where.key(at),
             fmt::format("unknown {} type '{}' in {}", kind_name(kind), type, cx.distribution->name), hint);
    return;
  }
  cx.report(diag::Severity::warning, "collector/unknown-type", cx.where.key(at),
            fmt::format("{} type '{}' is not in telc's component tables; its configuration is not checked",
                        kind_name(kind), type),
            fmt::format("check the spelling against the {} component list", cx.distribution->name));
}

/// One entry of a section; records it in `cx.defined` when its ID is well-formed.
void check_entry(Context& cx, Kind kind, const std::string& id) {
  const std::string at = entry_pointer(section_name(kind), id);
  const SplitId split = split_id(id);
  std::string problem = type_error(split.type);
  if (problem.empty() && split.has_slash) problem = name_error(split.name);
  if (!problem.empty()) {
    cx.error("collector/bad-id", cx.where.key(at), fmt::format("invalid {} ID '{}': {}", kind_name(kind), id, problem),
             "an ID is type[/name], e.g. otlp_http/backend");
    return;
  }
  const ComponentInfo* info = find_component(kind, split.type);
  cx.of(kind)[id] = Defined{std::string(split.type), info};
  if (info == nullptr) return report_unknown_type(cx, kind, split.type, at);
  if (!info->removed_since.empty() && cx.version >= *parse_version(info->removed_since)) {
    cx.of(kind)[id].info = nullptr;  // gone: no signal or key checks against a stale entry
    cx.error("collector/unknown-type", cx.where.key(at),
             fmt::format("{} type '{}' was removed in collector {}", kind_name(kind), info->type, info->removed_since),
             fmt::format("use '{}' instead", info->replacement));
    return;
  }
  check_distribution(cx, *info, at);
  check_version(cx, *info, id, at);
}

/// otelcol rejects a connector ID that a receiver or exporter also uses (otelcol/config.go).
void check_ambiguous(const Context& cx) {
  for (const auto& [id, defined] : cx.of(Kind::connector))
    for (Kind other : {Kind::receiver, Kind::exporter})
      if (cx.of(other).count(id) != 0)
        cx.error("collector/ambiguous-id", cx.where.key(entry_pointer("connectors", id)),
                 fmt::format("connector '{}' has the same ID as {} '{}'", id, kind_name(other), id),
                 "pipelines could not tell them apart: rename one of them");
}

}  // namespace

SplitId split_id(std::string_view id) {
  const auto slash = id.find('/');
  if (slash == std::string_view::npos) return {id, {}, false};
  return {id.substr(0, slash), id.substr(slash + 1), true};
}

std::string type_error(std::string_view type) {
  if (type.empty()) return "the type is empty";
  if (!diag::is_ascii_alpha(type.front())) return "the type must start with a letter";
  if (type.size() > 63) return "the type is longer than 63 characters";
  for (char c : type)
    if (!diag::is_ascii_alpha(c) && !diag::is_ascii_digit(c) && c != '_')
      return fmt::format("'{}' is not allowed in a type (letters, digits and '_' only)", c);
  return {};
}

std::string name_error(std::string_view name) {
  if (name.empty()) return "the name after '/' is empty";
  if (name.size() > 1024) return "the name is longer than 1024 characters";
  for (char c : name)
    if (forbidden_in_name(c))
      return fmt::format("{} is not allowed in a name (no spaces, control characters or symbols)",
                         static_cast<unsigned char>(c) < 0x21 ? std::string("whitespace") : fmt::format("'{}'", c));
  return {};
}

void check_ids(Context& cx) {
  for (Kind kind : {Kind::receiver, Kind::processor, Kind::exporter, Kind::connector, Kind::extension}) {
    const nlohmann::json* section = cx.at(fmt::format("/{}", section_name(kind)));
    if (section == nullptr || !section->is_object()) continue;
    for (const auto& [id, config] : section->items()) check_entry(cx, kind, id);
  }
  check_ambiguous(cx);
}

}  // namespace telc::otelcol
