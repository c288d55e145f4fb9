#include "policytest/series_builder.hpp"

#include <algorithm>

#include "policytest/coerce.hpp"

namespace telc::policytest {

std::optional<double> SeriesBuilder::value(const Expression& expr, const cel::Activation& activation,
                                           diag::SourceSpan from, const std::string& source) const {
  auto result = metric_value(cel::evaluate(*expr.root, activation));
  if (const auto* why = std::get_if<std::string>(&result)) return fail(expr, *why, from, source), std::nullopt;
  return std::get<double>(result);
}

std::optional<Labels> SeriesBuilder::labels(std::span<const std::pair<std::string, Expression>> exprs,
                                            const cel::Activation& activation, bool sanitize, diag::SourceSpan from,
                                            const std::string& source) const {
  Labels out;
  for (const auto& [key, expr] : exprs) {
    const cel::Value result = cel::evaluate(*expr.root, activation);
    if (sanitize) {
      auto label = label_value(result);
      if (const auto* e = std::get_if<cel::Error>(&label)) return fail(expr, e->message, from, source), std::nullopt;
      out.emplace_back(key, std::get<std::string>(std::move(label)));
      continue;
    }
    const cel::Value label = cel::to_label(result);
    if (const auto* e = label.get<cel::Error>()) return fail(expr, e->message, from, source), std::nullopt;
    out.emplace_back(key, *label.get<std::string>());
  }
  return out;
}

void SeriesBuilder::fail(const Expression& expr, std::string why, diag::SourceSpan from, std::string source) const {
  out_.failures.push_back({producer_, std::string(expr.text), expr.span, std::move(why), from, std::move(source)});
}

void SeriesBuilder::emit(Labels labels, double value, diag::SourceSpan from, std::string source) const {
  std::sort(labels.begin(), labels.end());
  out_.series.push_back(
      {out_.producers[producer_].metric, std::move(labels), value, producer_, from, std::move(source)});
}

}  // namespace telc::policytest
