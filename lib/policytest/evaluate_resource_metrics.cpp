// A ResourceMetricsPolicy run as the resource-metrics controller runs it
// (internal/metrics/builder.go and internal/metrics/naming.go).
#include <fmt/format.h>

#include "cel/parse.hpp"
#include "policytest/evaluate.hpp"
#include "policytest/series_builder.hpp"

namespace telc::policytest {
namespace {

/// The parsed expressions of one policy, kept alive while it runs.
class Parsed {
 public:
  /// Validation parsed every expression already: a syntax error cannot reach here, but an
  /// expression that does not parse is skipped rather than trusted.
  std::optional<Expression> expression(const model::EmbeddedStr& text) {
    auto& parsed = results_.emplace_back(std::make_unique<cel::ParseResult>(cel::parse(text.text.value)));
    if (!parsed->ok()) return std::nullopt;
    const cel::Expr& root = *parsed->root();
    return Expression{text.text.value, &root, text.where.span(root.begin, root.end)};
  }

 private:
  std::vector<std::unique_ptr<cel::ParseResult>> results_;
};

/// naming.go FamilyMetricName: `prefix_family` with the underscores at the boundary collapsed.
std::string series_name(const std::optional<model::Str>& prefix, const std::string& family) {
  if (!prefix || prefix->value.empty()) return family;
  std::string_view p = prefix->value;
  std::string_view f = family;
  while (!p.empty() && p.back() == '_') p.remove_suffix(1);
  while (!f.empty() && f.front() == '_') f.remove_prefix(1);
  return fmt::format("{}_{}", p, f);
}

struct Metric {
  std::optional<Expression> for_each, value;
  std::vector<std::pair<std::string, Expression>> labels;
  std::size_t producer = 0;
};

std::optional<Metric> prepare(const model::ResourceMetricsPolicy& policy, const model::ResourceMetricFamily& family,
                              const model::ResourceMetric& metric, Parsed& parsed, Evaluation& out) {
  Metric out_metric;
  if (metric.for_each && !metric.for_each->text.value.empty() &&
      !(out_metric.for_each = parsed.expression(*metric.for_each)))
    return std::nullopt;
  if (metric.value && !(out_metric.value = parsed.expression(*metric.value))) return std::nullopt;
  Producer producer{"ResourceMetricsPolicy",
                    policy.origin.name.value,
                    series_name(policy.metric_name_prefix, family.name.value),
                    family.name.span,
                    out_metric.value ? std::optional(out_metric.value->span) : std::nullopt,
                    {}};
  for (const auto& [name, text] : metric.labels) {
    auto expr = parsed.expression(text);
    if (!expr) return std::nullopt;
    out_metric.labels.emplace_back(name.value, *expr);
    producer.labels.emplace_back(name.value, expr->span);
  }
  out.producers.push_back(std::move(producer));
  out_metric.producer = out.producers.size() - 1;
  return out_metric;
}

void run_metric(const Metric& metric, const model::ResourceObject& object, Evaluation& out) {
  const SeriesBuilder series(out, metric.producer);
  const std::string source = model::describe(object);
  const cel::Activation base{{"object", object.value}};
  const auto one = [&](const cel::Activation& activation) {
    auto labels = series.labels(metric.labels, activation, LabelRules::controller, object.span, source);
    if (!labels) return;
    const std::optional<double> value =
        metric.value ? series.value(*metric.value, activation, object.span, source) : std::optional<double>(1.0);
    if (value) series.emit(std::move(*labels), *value, object.span, source);
  };
  if (!metric.for_each) return one(base);
  const cel::Value list = cel::evaluate(*metric.for_each->root, base);
  const auto* items = list.get<std::shared_ptr<const cel::ValueList>>();
  if (items == nullptr)
    return series.fail(*metric.for_each,
                       list.is_error() ? list.get<cel::Error>()->message
                                       : fmt::format("forEach gave {}, not a list", cel::to_display(list)),
                       object.span, source);
  for (const cel::Value& item : **items) one({{"item", item}, {"object", object.value}});
}

}  // namespace

void evaluate(const model::ResourceMetricsPolicy& policy, std::span<const model::ResourceObject> objects,
              Evaluation& out) {
  Parsed parsed;
  for (const model::ResourceMetricGenerator& generator : policy.generators)
    for (const model::ResourceMetricFamily& family : generator.families)
      for (const model::ResourceMetric& metric : family.metrics) {
        const auto m = prepare(policy, family, metric, parsed, out);
        if (!m) continue;
        for (const model::ResourceObject& object : objects)
          if (object.group == generator.group.value && model::plural(object.kind) == generator.resource.value)
            run_metric(*m, object, out);
      }
}

}  // namespace telc::policytest
