#pragma once
// State shared by the checker's passes: the document, the target, the components defined.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diag/sink.hpp"
#include "otelcol/check.hpp"
#include "otelcol/component_table.hpp"
#include "schema/document.hpp"

namespace telc::otelcol {

/// A component defined in one of the five sections; `info` is null for an unknown type.
struct Defined {
  std::string type;
  const ComponentInfo* info = nullptr;
};
using DefinedMap = std::map<std::string, Defined, std::less<>>;

struct Context {
  const schema::Locator& where;
  diag::Sink& sink;
  Version version;
  const DistributionInfo* distribution;
  std::array<DefinedMap, 5> defined;  // indexed by Kind

  [[nodiscard]] const nlohmann::json& root() const { return where.document().value; }
  [[nodiscard]] const nlohmann::json* at(std::string_view pointer) const;
  [[nodiscard]] DefinedMap& of(Kind kind) { return defined[static_cast<std::size_t>(kind)]; }
  [[nodiscard]] const DefinedMap& of(Kind kind) const { return defined[static_cast<std::size_t>(kind)]; }

  void report(diag::Severity severity, std::string_view code, diag::SourceSpan span, std::string message,
              std::optional<std::string> hint = std::nullopt) const;
  void error(std::string_view code, diag::SourceSpan span, std::string message,
             std::optional<std::string> hint = std::nullopt) const {
    report(diag::Severity::error, code, span, std::move(message), std::move(hint));
  }
};

/// The JSON Pointer of a section's entry: /receivers/otlp~1vm.
[[nodiscard]] std::string entry_pointer(std::string_view section, std::string_view key);
/// "did you mean 'x'?" when a candidate is close, else `otherwise` (may be empty: no hint).
[[nodiscard]] std::optional<std::string> suggest(std::string_view word, std::span<const std::string> candidates,
                                                 std::string_view otherwise = {});

// The passes, in the order check_config runs them.
void check_ids(Context& cx);                   // ids.cpp: component IDs, types, distribution, version
void check_values(const Context& cx);          // values.cpp: keys, durations, enums, per component
void check_constraints(const Context& cx);     // constraints.cpp: cross-field rules of single components
void check_scrape_configs(const Context& cx);  // scrape_configs.cpp: Prometheus' own Validate()
void check_pipelines(const Context& cx);       // pipelines.cpp
void check_extensions(const Context& cx);      // extensions.cpp: service.extensions, authenticators
void check_strings(const Context& cx);         // env_refs.cpp: ${…} references and `$` escaping
void check_ottl(const Context& cx);            // ottl.cpp: filter, transform and routing OTTL (lib/ottl)

}  // namespace telc::otelcol
