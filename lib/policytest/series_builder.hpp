#pragma once
// What evaluate.cpp and evaluate_resource_metrics.cpp share: one expression (whatever policy kind
// it came from) evaluated into a label or a value, failures recorded, series appended.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "policytest/evaluate.hpp"

namespace telc::policytest {

/// A parsed expression with its text and where it is.
struct Expression {
  std::string_view text;
  const cel::Expr* root = nullptr;
  diag::SourceSpan span;
};

using Labels = std::vector<std::pair<std::string, std::string>>;

enum class LabelRules : std::uint8_t { controller, collector };

/// Series and failures of one producer (an index into Evaluation::producers).
class SeriesBuilder {
 public:
  SeriesBuilder(Evaluation& out, std::size_t producer) : out_(out), producer_(producer) {}

  /// The value of `expr` (the controller's conversion), or nullopt after recording a failure.
  std::optional<double> value(const Expression& expr, const cel::Activation& activation, diag::SourceSpan from,
                              const std::string& source) const;
  /// The labels, in order. `controller`: the resource-metrics controller's conversion, and a
  /// failing label skips the series. `collector`: as the generated OTTL does, a failing label is
  /// left unset and the series kept. Either way the failure is recorded. nullopt: skipped.
  std::optional<Labels> labels(std::span<const std::pair<std::string, Expression>> exprs,
                               const cel::Activation& activation, LabelRules rules, diag::SourceSpan from,
                               const std::string& source) const;
  void fail(const Expression& expr, std::string why, diag::SourceSpan from, std::string source) const;
  void emit(Labels labels, double value, diag::SourceSpan from, std::string source) const;

 private:
  Evaluation& out_;
  std::size_t producer_;
};

}  // namespace telc::policytest
