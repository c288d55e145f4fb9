#include "policytest/compare.hpp"

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/spelling.hpp"

namespace telc::policytest {
namespace {

using Labels = std::vector<std::pair<std::string, std::string>>;

bool same_value(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (a == b) return true;  // infinities included
  return std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b));
}

std::string quote_label(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

Labels expected_labels(const model::ExpectedSeries& e) {
  Labels out;
  for (const auto& [key, value] : e.labels) out.emplace_back(key.value, value.value);
  return out;
}

/// The label expression of `key` in the policy that produced a series (its span, for notes).
const ir::LabelBinding* binding(const ir::MetricPolicy& policy, std::string_view key) {
  const auto& labels = policy.data_plane ? policy.data_plane->labels : policy.resource_fields->labels;
  for (const ir::LabelBinding& l : labels)
    if (l.key == key) return &l;
  return nullptr;
}

const ir::Cel* value_expr(const ir::MetricPolicy& policy) {
  if (policy.resource_fields) return &policy.resource_fields->value;
  return policy.data_plane->value ? &*policy.data_plane->value : nullptr;
}

class Comparison {
 public:
  Comparison(const model::PolicyTestCase& test, const ir::Program& program, const Evaluation& got, diag::Sink& sink)
      : test_(test), program_(program), got_(got), sink_(sink), used_(got.series.size(), false) {}

  bool run() {
    for (const Failure& f : got_.failures) report_failure(f);
    std::vector<const model::ExpectedSeries*> missing;
    for (const model::ExpectedSeries& e : test_.expect)
      if (!match(e)) missing.push_back(&e);
    for (const model::ExpectedSeries* e : missing) report_missing(*e);
    for (std::size_t i = 0; i < got_.series.size(); ++i)
      if (!used_[i]) report_unexpected(got_.series[i]);
    return passed_;
  }

 private:
  const ir::MetricPolicy& policy_of(const Series& s) const { return program_.metric_policies[s.policy]; }

  void error(std::string code, std::string message, diag::SourceSpan span, std::string hint,
             std::vector<diag::Note> notes) {
    passed_ = false;
    sink_.report({diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), std::move(notes)});
  }

  /// The series with the same metric and labels: agrees, or has another value.
  bool match(const model::ExpectedSeries& e) {
    const Labels labels = expected_labels(e);
    for (std::size_t i = 0; i < got_.series.size(); ++i) {
      const Series& s = got_.series[i];
      if (used_[i] || s.metric != e.metric.value || s.labels != labels) continue;
      used_[i] = true;
      if (!same_value(s.value, e.value.value)) report_value(e, s);
      return true;
    }
    return false;
  }

  void report_value(const model::ExpectedSeries& e, const Series& s) {
    std::vector<diag::Note> notes;
    if (const ir::Cel* expr = value_expr(policy_of(s)))
      notes.push_back({expr->span(expr->root()), fmt::format("the value is computed here, from {}", s.source)});
    error("test/value",
          fmt::format("the series' value is {}, expected {}", show_value(s.value), show_value(e.value.value)),
          e.value.span, "fix the policy's value expression, or the expected value", std::move(notes));
  }

  /// The unused produced series of the same metric sharing most labels with `labels`.
  std::optional<std::size_t> closest(const model::ExpectedSeries& e, const Labels& labels) const {
    std::optional<std::size_t> best;
    long best_score = std::numeric_limits<long>::min();
    for (std::size_t i = 0; i < got_.series.size(); ++i) {
      const Series& s = got_.series[i];
      if (used_[i] || s.metric != e.metric.value) continue;
      long score = 0;
      for (const auto& label : s.labels) score += std::count(labels.begin(), labels.end(), label) > 0 ? 2 : 0;
      score -= static_cast<long>(s.labels.size());  // prefer fewer differing extras
      if (score > best_score) best_score = score, best = i;
    }
    return best;
  }

  /// One note per label that differs between the closest series and the expected one.
  std::vector<diag::Note> label_diff(const model::ExpectedSeries& e, const Series& s) const {
    const std::map<std::string, std::string> got(s.labels.begin(), s.labels.end());
    std::vector<diag::Note> notes;
    std::set<std::string> expected_keys;
    for (const auto& [key, value] : e.labels) {
      expected_keys.insert(key.value);
      const auto it = got.find(key.value);
      if (it == got.end()) {
        notes.push_back({key.span, fmt::format("- {}={}: {} has no label '{}'", key.value, quote_label(value.value),
                                               s.source, key.value)});
      } else if (it->second != value.value) {
        const ir::LabelBinding* b = binding(policy_of(s), key.value);
        notes.push_back({b != nullptr ? b->value.span(b->value.root()) : value.span,
                         fmt::format("- {}={} + {}={}: computed here, from {}", key.value, quote_label(value.value),
                                     key.value, quote_label(it->second), s.source)});
      }
    }
    for (const auto& [key, value] : s.labels) {
      if (expected_keys.count(key) != 0) continue;
      const ir::LabelBinding* b = binding(policy_of(s), key);
      notes.push_back({b != nullptr ? b->value.span(b->value.root()) : policy_of(s).provenance,
                       fmt::format("+ {}={}: produced, not expected", key, quote_label(value))});
    }
    return notes;
  }

  void report_missing(const model::ExpectedSeries& e) {
    const Labels labels = expected_labels(e);
    if (const auto i = closest(e, labels)) {
      used_[*i] = true;  // shown here as the diff; not reported again as unexpected
      const Series& s = got_.series[*i];
      std::vector<diag::Note> notes = label_diff(e, s);
      if (!same_value(s.value, e.value.value))
        notes.push_back({e.value.span, fmt::format("- value {} + value {}: the values differ too",
                                                   show_value(e.value.value), show_value(s.value))});
      std::vector<std::string> differ;
      for (const diag::Note& n : notes) differ.push_back(n.message.substr(2, n.message.find_first_of("= ", 2) - 2));
      error("test/missing-series",
            fmt::format("this series is not produced; the closest one differs in {}", fmt::join(differ, ", ")), e.span,
            "the notes show each difference (- expected, + produced)", std::move(notes));
      return;
    }
    std::vector<std::string> targets;
    bool targeted = false;
    for (const ir::MetricDef& d : program_.metrics) {
      targets.push_back(d.name);
      targeted |= d.name == e.metric.value && !d.policies.empty();
    }
    std::string hint = got_.failures.empty() ? "check the test's objects and samples against the policy's selectors"
                                             : "an expression failed on this test's input: see the warnings";
    if (!targeted) {
      const auto similar = diag::closest(e.metric.value, targets);
      hint = similar ? fmt::format("did you mean '{}'?", *similar) : "name the targetMetric of a policy under test";
      error("test/missing-series", fmt::format("no policy under test produces '{}'", e.metric.value), e.metric.span,
            std::move(hint), {});
      return;
    }
    error("test/missing-series",
          fmt::format("this series is not produced: the policies produce no series of '{}'", e.metric.value), e.span,
          std::move(hint), {});
  }

  void report_unexpected(const Series& s) {
    const ir::MetricPolicy& p = policy_of(s);
    error("test/unexpected-series",
          fmt::format("{} {} is produced but not expected", show_series(s.metric, s.labels), show_value(s.value)),
          test_.expect_key, "add it to `expect`, or fix the policy or the input",
          {{s.from, fmt::format("MetricPolicy '{}' computes it from {}", p.name, s.source)}});
  }

  void report_failure(const Failure& f) {
    const ir::MetricPolicy& p = program_.metric_policies[f.policy];
    sink_.report({diag::Severity::warning,
                  "test/eval",
                  fmt::format("MetricPolicy '{}': '{}' fails on {}: {}", p.name, f.expr->text, f.source, f.why),
                  f.from,
                  "fix the expression or the input; the series it is part of is not produced",
                  {{f.expr->span(f.expr->root()), "this expression"}}});
  }

  const model::PolicyTestCase& test_;
  const ir::Program& program_;
  const Evaluation& got_;
  diag::Sink& sink_;
  std::vector<bool> used_;
  bool passed_ = true;
};

}  // namespace

bool compare(const model::PolicyTestCase& test, const ir::Program& program, const Evaluation& got, diag::Sink& sink) {
  return Comparison(test, program, got, sink).run();
}

std::string show_series(std::string_view metric, std::span<const std::pair<std::string, std::string>> labels) {
  std::string out(metric);
  out += '{';
  for (std::size_t i = 0; i < labels.size(); ++i)
    out += fmt::format("{}{}={}", i == 0 ? "" : ", ", labels[i].first, quote_label(labels[i].second));
  return out + '}';
}

std::string show_value(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  return fmt::format("{}", value);
}

}  // namespace telc::policytest
