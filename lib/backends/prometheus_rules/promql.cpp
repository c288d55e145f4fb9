#include "backends/prometheus_rules/promql.hpp"
#include "backends/quote.hpp"

#include <cmath>

#include <fmt/format.h>

namespace telc::backends::prometheus_rules {
namespace {

using policy_analysis::Unexpressible;

bool is_value(const cel::Expr& expr) {
  const auto* id = cel::if_as<cel::Ident>(expr);
  return id != nullptr && id->name == "value";
}

std::optional<std::string> number(const cel::Expr& expr) {
  const auto* l = cel::if_as<cel::Literal>(expr);
  if (l == nullptr) return std::nullopt;
  if (const auto* d = std::get_if<double>(&l->value))
    return std::isfinite(*d) ? std::optional(fmt::format("{}", *d)) : std::nullopt;
  if (const auto* i = std::get_if<std::int64_t>(&l->value)) return std::to_string(*i);
  if (const auto* u = std::get_if<std::uint64_t>(&l->value)) return std::to_string(*u);
  return std::nullopt;
}

std::optional<std::string_view> arithmetic(cel::BinaryOp op) {
  switch (op) {
    case cel::BinaryOp::add: return "+";
    case cel::BinaryOp::subtract: return "-";
    case cel::BinaryOp::multiply: return "*";
    case cel::BinaryOp::divide: return "/";
    default: return std::nullopt;
  }
}

std::optional<std::string> translate(const cel::Expr& expr, const std::string& vector, bool scale_only,
                                     Unexpressible& why);

std::optional<std::string> translate_binary(const cel::Binary& binary, const std::string& vector, bool scale_only,
                                            Unexpressible& why) {
  const auto op = arithmetic(binary.op);
  const bool scaling =
      binary.op == cel::BinaryOp::multiply || (binary.op == cel::BinaryOp::divide && number(*binary.rhs));
  if (!op || (scale_only && !scaling && !(number(*binary.lhs) && number(*binary.rhs)))) {
    why.fail(&binary,
             fmt::format("'{}' has no PromQL equivalent for a counter: only scaling by a constant keeps it a counter",
                         policy_analysis::show(binary)),
             "scale the value by a constant (value * k or value / k)");
    if (!op)
      why.why = fmt::format("operator '{}' has no PromQL equivalent on sample values", cel::to_string(binary.op));
    return std::nullopt;
  }
  auto lhs = translate(*binary.lhs, vector, scale_only, why);
  auto rhs = lhs ? translate(*binary.rhs, vector, scale_only, why) : std::nullopt;
  if (!rhs) return std::nullopt;
  return fmt::format("({} {} {})", *lhs, *op, *rhs);
}

std::optional<std::string> translate(const cel::Expr& expr, const std::string& vector, bool scale_only,
                                     Unexpressible& why) {
  if (is_value(expr)) return vector;
  if (auto n = number(expr)) return n;
  if (const auto* b = cel::if_as<cel::Binary>(expr)) return translate_binary(*b, vector, scale_only, why);
  if (const auto* u = cel::if_as<cel::Unary>(expr); u && u->op == cel::UnaryOp::negate && !scale_only)
    if (auto inner = translate(*u->operand, vector, scale_only, why)) return "-" + *inner;
  if (why.at == nullptr)
    why.fail(&expr, fmt::format("'{}' has no PromQL equivalent", policy_analysis::show(expr)),
             "a recording rule can apply +, -, *, / with constants to the sample value");
  return std::nullopt;
}

/// RE2 as the policy writes it matches anywhere; PromQL anchors its regexes.
std::string unanchored(const std::string& regex) { return ".*(?:" + regex + ").*"; }

}  // namespace

bool is_identity(const ir::DataPlaneInput& in) { return !in.value || is_value(in.value->root()); }

std::string source_selector(const std::string& series, const ir::DataPlaneInput& in, model::PrometheusNaming mode) {
  std::vector<std::string> matchers;
  for (const ir::AttributeBinding& b : in.selectors)  // a sample belongs to a resource only when it names one
    matchers.push_back(model::prometheus_label(b.attribute, mode) + "!=\"\"");
  for (const ir::AttributeFilter& f : in.filters)
    matchers.push_back(model::prometheus_label(f.attribute, mode) + "=~" + double_quoted(unanchored(f.regex)));
  std::string out = series;
  if (matchers.empty()) return out;
  out += '{';
  for (std::size_t i = 0; i < matchers.size(); ++i) out += (i ? ", " : "") + matchers[i];
  return out + '}';
}

std::optional<std::string> scaled(const std::string& vector, const ir::DataPlaneInput& in, ir::Instrument instrument,
                                  Unexpressible& why) {
  if (is_identity(in)) return vector;
  const bool scale_only = instrument == ir::Instrument::counter || instrument == ir::Instrument::updowncounter;
  why.owner = &*in.value;
  return translate(in.value->root(), vector, scale_only, why);
}

std::optional<std::string> with_labels(std::string expr, const ir::MetricPolicy& policy, model::PrometheusNaming mode,
                                       Unexpressible& why) {
  for (const ir::LabelBinding& l : policy.data_plane->labels) {
    const auto source = policy_analysis::data_plane_label_source(l.value, *policy.data_plane, policy, "PromQL", why);
    if (!source) return std::nullopt;
    if (source->kind == policy_analysis::LabelSource::Kind::constant) {
      std::string replacement;
      for (char c : source->value) replacement += c == '$' ? std::string("$$") : std::string(1, c);
      expr = fmt::format("label_replace({}, {}, {}, \"\", \"\")", expr, double_quoted(l.prometheus),
                         double_quoted(replacement));
      continue;
    }
    const std::string from = model::prometheus_label(source->value, mode);
    if (from != l.prometheus)
      expr = fmt::format("label_replace({}, {}, \"$1\", {}, \"(.*)\")", expr, double_quoted(l.prometheus),
                         double_quoted(from));
  }
  return expr;
}

}  // namespace telc::backends::prometheus_rules
