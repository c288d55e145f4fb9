// Selector expansion (the MetricExpr case of the reference's expandWithExpr): filters become
// final, regexes are checked, names are checked for being set twice, a common metric name is
// spread over or-groups, and a metric name that is a template is substituted.
#include <fmt/format.h>

#include "metricsql/expand.hpp"
#include "metricsql/expand_metric.hpp"

namespace telc::metricsql {
namespace {

bool is_name_filter(const LabelMatcher& lf) { return lf.label == "__name__" && !lf.negative && !lf.regexp; }

bool same_filter(const LabelMatcher& left, const LabelMatcher& right) {
  return left.label == right.label && left.value == right.value && left.negative == right.negative &&
         left.regexp == right.regexp;
}

void remove_duplicates(Vector<LabelMatcher>& lfs) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < lfs.size(); ++i) {
    bool seen = false;
    for (std::size_t j = 0; j < kept && !seen; ++j) {
      seen = same_filter(lfs[j], lfs[i]);
    }
    if (!seen) {
      if (kept != i) {
        lfs[kept] = std::move(lfs[i]);
      }
      ++kept;
    }
  }
  lfs.resize(kept);
}

LabelMatcher name_filter(std::pmr::memory_resource* arena, std::string_view name, std::size_t begin, std::size_t end) {
  LabelMatcher lf(arena);
  lf.label = "__name__";
  lf.value = name;
  lf.begin = begin;
  lf.end = end;
  return lf;
}

// Selector-local state: the metric name seen in the current or-group.
struct GroupState {
  Vector<LabelMatcher> filters;
  String name;
};

void prepend_name(Expander& expander, GroupState& group, std::string_view name, const RawLabelFilter& at) {
  if (!group.name.empty() && group.name != name) {
    expander.fail_at(at.begin, at.end,
                     fmt::format("metric name must not be set twice: '{}' or '{}'", group.name, name));
    return;
  }
  group.filters.insert(group.filters.begin(), name_filter(expander.arena(), name, at.begin, at.end));
  group.name.assign(name);
}

void splice_label_set(Expander& expander, const Env& env, GroupState& group, const RawLabelFilter& lfe,
                      const MetricExpr& metric) {
  const WithArg* wa = Expander::lookup(env, lfe.label);
  if (wa == nullptr) {
    if (lfe.possible_metric_name) {
      prepend_name(expander, group, lfe.label, lfe);
      return;
    }
    expander.fail_at(lfe.begin, lfe.end, fmt::format("cannot find WITH template for '{}'", lfe.label));
    return;
  }
  Vector<Expr*> no_args(expander.arena());
  Expr* e = expander.expand_template(env, *wa, &no_args, metric);
  if (e->kind != ExprKind::metric || !metric_name(as<MetricExpr>(*e)).empty()) {
    expander.fail(metric, fmt::format("WITH template '{}' inside a selector must be {{...}}", lfe.label));
    return;
  }
  const auto& groups = as<MetricExpr>(*e).groups;
  if (groups.size() > 1) {
    expander.fail(metric, fmt::format("WITH template '{}' inside a selector must not contain 'or'", lfe.label));
    return;
  }
  if (groups.size() == 1) {
    group.filters.insert(group.filters.end(), groups.front().begin(), groups.front().end());
  }
}

void add_filter(Expander& expander, const Env& env, GroupState& group, const RawLabelFilter& lfe) {
  Expr* value = expander.expand(env, lfe.value);
  LabelMatcher lf(expander.arena());
  lf.label = lfe.label;
  lf.value = as<StringExpr>(*value).value;
  lf.negative = lfe.negative;
  lf.regexp = lfe.regexp;
  lf.begin = lfe.begin;
  lf.end = lfe.end;
  if (lf.regexp && !is_valid_regexp(std::string(lf.value))) {
    expander.fail_at(lfe.begin, lfe.end, fmt::format("invalid regexp \"{}\" for label '{}'", lf.value, lf.label));
    return;
  }
  if (is_name_filter(lf)) {
    prepend_name(expander, group, lf.value, lfe);
  } else {
    group.filters.push_back(std::move(lf));
  }
}

MetricExpr* finalize_filters(Expander& expander, const Env& env, const MetricExpr& metric) {
  auto* me = expander.make<MetricExpr>(metric);
  String common(expander.arena());
  bool have_common = true;
  for (const auto& raw_group : metric.raw_groups) {
    GroupState g{Vector<LabelMatcher>(expander.arena()), String(expander.arena())};
    for (const RawLabelFilter& lfe : raw_group) {
      if (lfe.value == nullptr) {
        splice_label_set(expander, env, g, lfe, metric);
      } else {
        add_filter(expander, env, g, lfe);
      }
    }
    if (have_common && !g.name.empty()) {
      if (common.empty()) {
        common = g.name;
      } else if (common != g.name) {
        have_common = false;
      }
    }
    remove_duplicates(g.filters);
    me->groups.push_back(std::move(g.filters));
  }
  if (have_common && !common.empty()) {
    // Every or-group without any __name__ filter gets the common metric name.
    for (auto& group : me->groups) {
      bool has_name = false;
      for (const LabelMatcher& lf : group) {
        has_name = has_name || lf.label == "__name__";
      }
      if (!has_name) {
        group.insert(group.begin(), name_filter(expander.arena(), common, metric.begin, metric.end));
      }
    }
  }
  return me;
}

Vector<LabelMatcher> merged(Expander& expander, const Vector<LabelMatcher>& head, const Vector<LabelMatcher>& tail) {
  Vector<LabelMatcher> out(head.begin(), head.end(), expander.arena());
  if (!tail.empty()) {
    out.insert(out.end(), tail.begin() + 1, tail.end());
  }
  remove_duplicates(out);
  return out;
}

// `name{filters}` where `name` is a template: its filters and ours are merged.
Expr* substitute_name(Expander& expander, const Env& env, MetricExpr& metric, const WithArg& wa) {
  Expr* e = expander.expand_template(env, wa, nullptr, metric);
  auto* rollup = e->kind == ExprKind::rollup ? &as<RollupExpr>(*e) : nullptr;
  Expr* inner = rollup != nullptr ? rollup->expr : e;
  if (inner->kind != ExprKind::metric) {
    if (is_only_metric_name(metric)) {
      return e;
    }
    expander.fail(metric, fmt::format("cannot expand '{}' to a non-metric expression", metric_name(metric)));
    return e;
  }
  const auto& src = as<MetricExpr>(*inner).groups;
  auto* me = expander.make<MetricExpr>(metric);
  if (src.size() != 1) {
    if (is_only_metric_name(metric)) {
      return e;
    }
    if (metric.groups.size() != 1) {
      expander.fail(metric, fmt::format("'{}' must not contain 'or' filters", metric_name(metric)));
      return e;
    }
    for (const auto& group : src) {
      me->groups.push_back(merged(expander, group, metric.groups.front()));
    }
  } else {
    for (const auto& group : metric.groups) {
      me->groups.push_back(merged(expander, src.front(), group));
    }
  }
  if (rollup == nullptr) {
    return me;
  }
  auto* r = expander.make<RollupExpr>(*rollup);
  *r = *rollup;
  r->expr = me;
  return r;
}

}  // namespace

std::string_view metric_name(const MetricExpr& metric) {
  if (metric.groups.empty() || metric.groups.front().empty() || !is_name_filter(metric.groups.front().front())) {
    return {};
  }
  const std::string_view name = metric.groups.front().front().value;
  for (const auto& group : metric.groups) {
    if (group.empty() || !is_name_filter(group.front()) || group.front().value != name) {
      return {};
    }
  }
  return name;
}

bool is_only_metric_name(const MetricExpr& metric) {
  if (metric_name(metric).empty()) {
    return false;
  }
  for (const auto& group : metric.groups) {
    if (group.size() > 1) {
      return false;
    }
  }
  return true;
}

Expr* expand_metric(Expander& expander, const Env& env, MetricExpr& metric) {
  if (metric.raw_groups.empty()) {
    return &metric;  // already expanded, or `{}`
  }
  MetricExpr* me = finalize_filters(expander, env, metric);
  const std::string_view name = metric_name(*me);
  if (name.empty()) {
    return me;
  }
  const WithArg* wa = Expander::lookup(env, name);
  return wa == nullptr ? me : substitute_name(expander, env, *me, *wa);
}

}  // namespace telc::metricsql
