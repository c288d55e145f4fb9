#pragma once
// The declared metrics as queries see them: every Prometheus series name a MetricDefinition or a
// registry's metric group yields (through model::prometheus_name, the translation the rule
// generators use too, so lint and generated rules agree), and the name prefixes of the services
// that declare metrics, so a query can be checked against the definitions.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "model/naming.hpp"

namespace telc::lint {

/// Which series of a metric a name denotes: a histogram is stored as _bucket, _sum and _count.
enum class Series { value, bucket, sum, count };

struct DeclaredSeries {
  const model::MetricDefinition* definition;
  Series series;
};

class MetricIndex {
 public:
  MetricIndex(const model::Model& model, model::PrometheusNaming naming, std::vector<std::string> platform_labels);

  [[nodiscard]] std::optional<DeclaredSeries> find(std::string_view name) const;
  /// True when `name` starts with the prefix of a service that declares metrics.
  [[nodiscard]] bool under_declared_service(std::string_view name) const;
  [[nodiscard]] const std::vector<std::string>& names() const { return names_; }
  /// The label as it appears in queries: translated, or a platform label, or a histogram's `le`.
  [[nodiscard]] bool declares_label(const DeclaredSeries& series, std::string_view label) const;
  [[nodiscard]] std::vector<std::string> label_names(const DeclaredSeries& series) const;
  [[nodiscard]] model::PrometheusNaming naming() const { return naming_; }

 private:
  void add(const model::MetricDefinition& definition);
  model::PrometheusNaming naming_;
  std::vector<std::string> platform_labels_;
  std::map<std::string, DeclaredSeries, std::less<>> series_;
  std::vector<std::string> names_;
  std::vector<std::string> prefixes_;
};

}  // namespace telc::lint
