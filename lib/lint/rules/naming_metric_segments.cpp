// Metric names are lowercase dotted segments following {service}.{resource}.{measurement}[.{unit}]
// (the conventions of the platform's instrumentation skill).

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"
#include "model/units.hpp"

namespace telc::lint {
namespace {

/// The first segment that is not lowercase, or "" when all are.
std::string bad_segment(std::string_view name, std::size_t& count) {
  count = 0;
  for (std::size_t start = 0, dot = 0; dot != std::string_view::npos; start = dot + 1, ++count) {
    dot = name.find('.', start);
    const std::string_view s = name.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (!is_snake_case(s)) return std::string(s.empty() ? "(empty)" : s);
  }
  return "";
}

class MetricSegments final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/metric-segments",
                                  "a metric name is not lowercase dotted {service}.{resource}.{measurement} segments",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::MetricDefinition& d : context.model.definitions) {
      std::size_t segments = 0;
      if (const std::string bad = bad_segment(d.name.value, segments); !bad.empty())
        out.report(d.name.span, fmt::format("segment '{}' of metric '{}' is not lowercase letters, digits and '_'", bad,
                                            d.name.value))
            .hint("metric names are lowercase segments separated by '.'");
      else if (segments < 3)
        out.report(
               d.name.span,
               fmt::format(
                   "metric '{}' has {} segment{}; the pattern is {{service}}.{{resource}}.{{measurement}}[.{{unit}}]",
                   d.name.value, segments, segments == 1 ? "" : "s"))
            .hint("prefix the measurement with its service and resource");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_metric_segments() { return std::make_unique<MetricSegments>(); }

}  // namespace telc::lint
