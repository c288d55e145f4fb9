#include "otelcol/check.hpp"

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "otelcol/context.hpp"

namespace telc::otelcol {
namespace {

// otelcol/config.go `Config` and service/config.go `Config` at core 934999fbab.
const std::string kTopLevel[] = {"connectors", "exporters", "extensions", "processors", "receivers", "service"};
const std::string kService[] = {"extensions", "pipelines", "telemetry"};

/// Unknown keys of one mapping; `what` names it in the message.
void check_keys(const Context& cx, const nlohmann::json& map, std::string_view pointer,
                std::span<const std::string> allowed, std::string_view what) {
  for (const auto& [key, value] : map.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    const std::string at = schema::child_pointer(pointer, key);
    cx.error("collector/unknown-key", cx.where.key(at), fmt::format("unknown key '{}' in {}", key, what),
             suggest(key, allowed, fmt::format("allowed: {}", fmt::join(allowed, ", "))));
  }
}

void check_section_types(const Context& cx) {
  for (const auto& [key, value] : cx.root().items()) {
    if (value.is_object() || value.is_null()) continue;
    cx.error("collector/type", cx.where.value(schema::child_pointer("", key)),
             fmt::format("'{}' must be a mapping", key));
  }
}

/// Top level and `service`: the two fixed-shape mappings every config has.
void check_layout(const Context& cx) {
  check_keys(cx, cx.root(), "", kTopLevel, "the collector config");
  check_section_types(cx);
  const nlohmann::json* service = cx.at("/service");
  if (service == nullptr || service->is_null()) {
    cx.error("collector/no-pipelines", cx.where.value(""), "the config has no 'service' section",
             "add service.pipelines: a collector without pipelines does not start");
    return;
  }
  if (service->is_object()) check_keys(cx, *service, "/service", kService, "'service'");
}

}  // namespace

const nlohmann::json* Context::at(std::string_view pointer) const { return schema::find_pointer(root(), pointer); }

void Context::report(diag::Severity severity, std::string_view code, diag::SourceSpan span, std::string message,
                     std::optional<std::string> hint) const {
  sink.report({severity, std::string(code), std::move(message), span, std::move(hint), {}});
}

std::string entry_pointer(std::string_view section, std::string_view key) {
  return schema::child_pointer(schema::child_pointer("", section), key);
}

std::optional<std::string> suggest(std::string_view word, std::span<const std::string> candidates,
                                   std::string_view otherwise) {
  if (const auto near = diag::closest(word, candidates)) return fmt::format("did you mean '{}'?", *near);
  if (otherwise.empty()) return std::nullopt;
  return std::string(otherwise);
}

std::string options_error(const CheckOptions& options) {
  if (!parse_version(options.version))
    return fmt::format("'{}' is not a collector version (expected MAJOR.MINOR.PATCH, e.g. {})", options.version,
                       kTablesVersion);
  if (find_distribution(options.distribution) != nullptr) return {};
  std::vector<std::string> names;
  for (const DistributionInfo& d : distributions()) names.emplace_back(d.name);
  return fmt::format("unknown distribution '{}' (known: {})", options.distribution, fmt::join(names, ", "));
}

void check_config(const schema::Locator& where, const CheckOptions& options, diag::Sink& sink) {
  const CheckOptions defaults;
  const bool usable = options_error(options).empty();
  const CheckOptions& target = usable ? options : defaults;
  Context cx{where, sink, *parse_version(target.version), find_distribution(target.distribution), {}};
  if (!cx.root().is_object()) {
    cx.error("collector/type", where.value(""), "a collector config must be a mapping",
             "start with receivers:, exporters: and service:");
    return;
  }
  check_layout(cx);
  check_ids(cx);
  check_values(cx);
  check_constraints(cx);
  check_scrape_configs(cx);
  check_pipelines(cx);
  check_extensions(cx);
  check_strings(cx);
  check_ottl(cx);
}

}  // namespace telc::otelcol
