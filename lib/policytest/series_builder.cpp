#include "policytest/series_builder.hpp"

#include <algorithm>

#include "policytest/coerce.hpp"

namespace telc::policytest {
namespace {

std::variant<std::string, cel::Error> plain_label(const cel::Value& value) {
  cel::Value label = cel::to_label(value);
  if (auto* e = label.get<cel::Error>()) return *e;
  return *label.get<std::string>();
}

}  // namespace

std::optional<double> SeriesBuilder::value(const Expression& expr, const cel::Activation& activation,
                                           diag::SourceSpan from, const std::string& source) const {
  auto result = metric_value(cel::evaluate(*expr.root, activation));
  if (const auto* why = std::get_if<std::string>(&result)) return fail(expr, *why, from, source), std::nullopt;
  return std::get<double>(result);
}

std::optional<Labels> SeriesBuilder::labels(std::span<const std::pair<std::string, Expression>> exprs,
                                            const cel::Activation& activation, LabelRules rules, diag::SourceSpan from,
                                            const std::string& source) const {
  Labels out;
  for (const auto& [key, expr] : exprs) {
    const cel::Value result = cel::evaluate(*expr.root, activation);
    auto label = rules == LabelRules::controller ? label_value(result) : plain_label(result);
    if (const auto* e = std::get_if<cel::Error>(&label)) {
      const bool unset = rules == LabelRules::collector;  // a `set` of nothing leaves the label out
      out_.failures.push_back({producer_, std::string(expr.text), expr.span, e->message, from, source, unset});
      if (unset) continue;
      return std::nullopt;
    }
    out.emplace_back(key, std::get<std::string>(std::move(label)));
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
