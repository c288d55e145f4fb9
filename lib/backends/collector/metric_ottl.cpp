#include "backends/collector/metric_ottl.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "backends/collector/ottl.hpp"
#include "backends/quote.hpp"
#include "model/units.hpp"

namespace telc::backends::collector {
namespace {

using policy_analysis::Unexpressible;

bool is_value(const cel::Expr& expr) {
  const auto* id = cel::if_as<cel::Ident>(expr);
  return id != nullptr && id->name == "value";
}

std::optional<double> number(const cel::Expr& expr) {
  const auto* l = cel::if_as<cel::Literal>(expr);
  if (l == nullptr) return std::nullopt;
  if (const auto* d = std::get_if<double>(&l->value)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(&l->value)) return static_cast<double>(*i);
  if (const auto* u = std::get_if<std::uint64_t>(&l->value)) return static_cast<double>(*u);
  return std::nullopt;
}

/// OTTL floats need a decimal point and take no exponent-only form.
std::string ottl_number(double value) {
  std::string s = fmt::format("{}", value);
  if (s.find_first_of("eE") != std::string::npos) s = fmt::format("{:.17f}", value);
  if (s.find('.') == std::string::npos) s += ".0";
  return s;
}

/// The factor when `e` is `value` multiplied or divided by constants only.
std::optional<double> scale_factor(const cel::Expr& expr) {
  if (is_value(expr)) return 1.0;
  const auto* b = cel::if_as<cel::Binary>(expr);
  if (b == nullptr) return std::nullopt;
  const auto l = number(*b->lhs), r = number(*b->rhs);
  std::optional<double> inner;
  if (b->op == cel::BinaryOp::multiply && r && (inner = scale_factor(*b->lhs))) return *inner * *r;
  if (b->op == cel::BinaryOp::multiply && l && (inner = scale_factor(*b->rhs))) return *inner * *l;
  if (b->op == cel::BinaryOp::divide && r && *r != 0 && (inner = scale_factor(*b->lhs))) return *inner / *r;
  return std::nullopt;
}

std::optional<std::string> arithmetic(const cel::Expr& expr, Unexpressible& why) {
  if (is_value(expr)) return "value_double";
  if (auto n = number(expr)) return ottl_number(*n);
  const auto* b = cel::if_as<cel::Binary>(expr);
  static constexpr std::pair<cel::BinaryOp, std::string_view> kOps[] = {{cel::BinaryOp::add, "+"},
                                                                        {cel::BinaryOp::subtract, "-"},
                                                                        {cel::BinaryOp::multiply, "*"},
                                                                        {cel::BinaryOp::divide, "/"}};
  for (const auto& [op, text] : kOps) {
    if (b == nullptr || b->op != op) continue;
    auto l = arithmetic(*b->lhs, why);
    auto r = l ? arithmetic(*b->rhs, why) : std::nullopt;
    return r ? std::optional(fmt::format("({} {} {})", *l, text, *r)) : std::nullopt;
  }
  if (why.at == nullptr)
    why.fail(&expr, fmt::format("'{}' has no OTTL equivalent", policy_analysis::show(expr)),
             "the value may use +, -, *, / with constants; convert anything else in the data plane");
  return std::nullopt;
}

std::string on_source(const ir::DataPlaneInput& in) { return "metric.name == " + double_quoted(in.metric_name); }

bool value_statements(const ir::MetricDef& metric, const ir::DataPlaneInput& in, Statements& out, Unexpressible& why) {
  if (!in.value || is_value(in.value->root())) return true;
  why.owner = &*in.value;
  if (auto f = scale_factor(in.value->root())) {
    out.metric_before.push_back(
        fmt::format("scale_metric({}) where name == {}", ottl_number(*f), double_quoted(in.metric_name)));
    return true;
  }
  if (metric.instrument != ir::Instrument::gauge && metric.instrument != ir::Instrument::updowncounter) {
    why.fail(
        &in.value->root(),
        fmt::format("'{}' is not a scaling, and a {} can only be scaled", in.value->text, to_string(metric.instrument)),
        "write the value as value * k or value / k");
    return false;
  }
  auto expr = arithmetic(in.value->root(), why);
  if (!expr) return false;
  const std::string where = " where " + on_source(in);  // int points become doubles first: CEL's value is a double
  out.datapoint.push_back("set(value_double, Double(value_int))" + where + " and value_int != 0");
  out.datapoint.push_back(fmt::format("set(value_double, {}){}", *expr, where));
  return true;
}

/// One `set` per object: the label's value for samples whose selected attributes are the object's.
void per_object_statements(const ir::DataPlaneInput& in, const std::string& key, Statements& out) {
  for (const ir::BoundObject& o : in.objects) {
    const auto label =
        std::find_if(o.labels.begin(), o.labels.end(), [&](const auto& entry) { return entry.first == key; });
    if (label == o.labels.end()) continue;  // the label failed on this object (reported)
    std::string where = on_source(in);
    for (std::size_t i = 0; i < in.selectors.size(); ++i)
      where += fmt::format(" and attributes[{}] == {}", double_quoted(in.selectors[i].attribute),
                           double_quoted(o.selector_values[i]));
    out.datapoint.push_back(
        fmt::format("set(attributes[{}], {}) where {}", double_quoted(key), double_quoted(label->second), where));
  }
}

bool label_statements(const ir::MetricPolicy& policy, Statements& out, Unexpressible& why) {
  const ir::DataPlaneInput& in = *policy.data_plane;
  std::vector<std::string> keep;
  for (const ir::LabelBinding& l : in.labels) {
    auto source = policy_analysis::data_plane_label_source(l.value, in, policy, "OTTL", why, true);
    if (!source) return false;
    keep.push_back(double_quoted(l.key));
    if (source->kind == policy_analysis::LabelSource::Kind::per_object) {
      per_object_statements(in, l.key, out);
      continue;
    }
    const std::string from = source->kind == policy_analysis::LabelSource::Kind::constant
                                 ? double_quoted(source->value)
                                 : "attributes[" + double_quoted(source->value) + "]";
    out.datapoint.push_back(fmt::format("set(attributes[{}], {}) where {}", double_quoted(l.key), from, on_source(in)));
  }
  out.datapoint.push_back(fmt::format("keep_keys(attributes, [{}]) where {}", fmt::join(keep, ", "), on_source(in)));
  return true;
}

std::string ucum(const std::string& unit) {
  const auto info = model::find_unit(unit);
  return info ? std::string(info->ucum) : unit;
}

}  // namespace

std::string source_condition(const ir::DataPlaneInput& in, const std::string& prefix) {
  std::string out = on_source(in);
  for (const ir::AttributeBinding& b : in.selectors)
    out += fmt::format(" and {}attributes[{}] != nil", prefix, double_quoted(b.attribute));
  for (const ir::AttributeFilter& f : in.filters)
    out +=
        fmt::format(" and IsMatch({}attributes[{}], {})", prefix, double_quoted(f.attribute), double_quoted(f.regex));
  return out;
}

std::optional<Statements> policy_statements(const ir::Program& prog, const ir::MetricPolicy& policy,
                                            Unexpressible& why) {
  const ir::MetricDef& d = prog.metrics[policy.metric];
  Statements out;
  if (!value_statements(d, *policy.data_plane, out, why) || !label_statements(policy, out, why)) return std::nullopt;
  const std::string where = " where name == " + double_quoted(policy.data_plane->metric_name);
  out.metric_after.push_back("set(description, " + double_quoted(d.description) + ")" + where);
  out.metric_after.push_back("set(unit, " + double_quoted(ucum(d.unit)) + ")" + where);
  out.metric_after.push_back("set(name, " + double_quoted(d.name) + ")" +
                             where);  // last: the conditions above use the old name
  return out;
}

}  // namespace telc::backends::collector
