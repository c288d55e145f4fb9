#include "policytest/compare.hpp"

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/spelling.hpp"
#include "metricsql/go_strconv.hpp"

namespace telc::policytest {
namespace {

using Labels = std::vector<std::pair<std::string, std::string>>;

bool same_value(double lhs, double rhs) {
  if (std::isnan(lhs) || std::isnan(rhs)) return std::isnan(lhs) && std::isnan(rhs);
  if (lhs == rhs) return true;  // infinities included
  return std::fabs(lhs - rhs) <= 1e-12 * std::max(std::fabs(lhs), std::fabs(rhs));
}

/// A label value as Prometheus and Go write it (strconv.Quote).
std::string quote_label(std::string_view text) {
  std::string out;
  metricsql::go_append_quote(out, text);
  return out;
}

Labels expected_labels(const model::ExpectedSeries& expected) {
  Labels out;
  for (const auto& [key, value] : expected.labels) out.emplace_back(key.value, value.value);
  std::sort(out.begin(), out.end());  // as produced series hold them
  return out;
}

/// The expression of label `key` in the series' producer, if it has one.
std::optional<diag::SourceSpan> label_expr(const Producer& producer, std::string_view key) {
  for (const auto& [name, span] : producer.labels)
    if (name == key) return span;
  return std::nullopt;
}

class Comparison {
 public:
  Comparison(const model::PolicyTestCase& test, const Evaluation& got, diag::Sink& sink)
      : test_(test), got_(got), sink_(sink), used_(got.series.size(), false) {}

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
  const Producer& producer_of(const Series& series) const { return got_.producers[series.producer]; }

  void error(std::string code, std::string message, diag::SourceSpan span, std::string hint,
             std::vector<diag::Note> notes) {
    passed_ = false;
    sink_.report({diag::Severity::error, std::move(code), std::move(message), span, std::move(hint), std::move(notes)});
  }

  /// The series with the same metric and labels: agrees, or has another value.
  bool match(const model::ExpectedSeries& expected) {
    const Labels labels = expected_labels(expected);
    for (std::size_t i = 0; i < got_.series.size(); ++i) {
      const Series& series = got_.series[i];
      if (used_[i] || series.metric != expected.metric.value || series.labels != labels) continue;
      used_[i] = true;
      if (!same_value(series.value, expected.value.value)) report_value(expected, series);
      return true;
    }
    return false;
  }

  void report_value(const model::ExpectedSeries& expected, const Series& series) {
    std::vector<diag::Note> notes;
    if (const auto& value = producer_of(series).value)
      notes.push_back({*value, fmt::format("the value is computed here, from {}", series.source)});
    error(
        "test/value",
        fmt::format("the series' value is {}, expected {}", show_value(series.value), show_value(expected.value.value)),
        expected.value.span, "fix the policy's value expression, or the expected value", std::move(notes));
  }

  /// The unused produced series of the same metric sharing most labels with `labels`.
  std::optional<std::size_t> closest(const model::ExpectedSeries& expected, const Labels& labels) const {
    std::optional<std::size_t> best;
    long best_score = std::numeric_limits<long>::min();
    for (std::size_t i = 0; i < got_.series.size(); ++i) {
      const Series& series = got_.series[i];
      if (used_[i] || series.metric != expected.metric.value) continue;
      long score = 0;
      for (const auto& label : series.labels) score += std::count(labels.begin(), labels.end(), label) > 0 ? 2 : 0;
      score -= static_cast<long>(series.labels.size());  // prefer fewer differing extras
      if (score > best_score) best_score = score, best = i;
    }
    return best;
  }

  /// One note per label that differs between the closest series and the expected one.
  std::vector<diag::Note> label_diff(const model::ExpectedSeries& expected, const Series& series) const {
    const std::map<std::string, std::string> got(series.labels.begin(), series.labels.end());
    std::vector<diag::Note> notes;
    std::set<std::string> expected_keys;
    for (const auto& [key, value] : expected.labels) {
      expected_keys.insert(key.value);
      const auto it = got.find(key.value);
      if (it == got.end()) {
        notes.push_back({key.span, fmt::format("- {}={}: {} has no label '{}'", key.value, quote_label(value.value),
                                               series.source, key.value)});
      } else if (it->second != value.value) {
        notes.push_back({label_expr(producer_of(series), key.value).value_or(value.span),
                         fmt::format("- {}={} + {}={}: computed here, from {}", key.value, quote_label(value.value),
                                     key.value, quote_label(it->second), series.source)});
      }
    }
    for (const auto& [key, value] : series.labels) {
      if (expected_keys.count(key) != 0) continue;
      notes.push_back({label_expr(producer_of(series), key).value_or(producer_of(series).provenance),
                       fmt::format("+ {}={}: produced, not expected", key, quote_label(value))});
    }
    return notes;
  }

  void report_missing(const model::ExpectedSeries& expected) {
    const Labels labels = expected_labels(expected);
    if (const auto i = closest(expected, labels)) {
      used_[*i] = true;  // shown here as the diff; not reported again as unexpected
      const Series& series = got_.series[*i];
      std::vector<diag::Note> notes = label_diff(expected, series);
      if (!same_value(series.value, expected.value.value))
        notes.push_back({expected.value.span, fmt::format("- value {} + value {}: the values differ too",
                                                          show_value(expected.value.value), show_value(series.value))});
      std::vector<std::string> differ;
      differ.reserve(notes.size());
      for (const diag::Note& note : notes)
        differ.push_back(note.message.substr(2, note.message.find_first_of("= ", 2) - 2));
      error("test/missing-series",
            fmt::format("this series is not produced; the closest one differs in {}", fmt::join(differ, ", ")),
            expected.span, "the notes show each difference (- expected, + produced)", std::move(notes));
      return;
    }
    std::vector<std::string> targets;
    for (const Producer& p : got_.producers) targets.push_back(p.metric);
    const bool targeted = std::find(targets.begin(), targets.end(), expected.metric.value) != targets.end();
    std::string hint = got_.failures.empty() ? "check the test's objects and samples against the policy's selectors"
                                             : "an expression failed on this test's input: see the warnings";
    if (!targeted) {
      const auto similar = diag::closest(expected.metric.value, targets);
      if (similar) explain_misnamed(*similar, labels);
      hint = similar ? fmt::format("did you mean '{}'?", *similar) : "name the targetMetric of a policy under test";
      error("test/missing-series", fmt::format("no policy under test produces '{}'", expected.metric.value),
            expected.metric.span, std::move(hint), {});
      return;
    }
    error("test/missing-series",
          fmt::format("this series is not produced: the policies produce no series of '{}'", expected.metric.value),
          expected.span, std::move(hint), {});
  }

  /// The series the misspelt expectation meant (the suggested metric, the same labels) is
  /// explained by the did-you-mean: not reported again as unexpected.
  void explain_misnamed(const std::string& metric, const Labels& labels) {
    for (std::size_t i = 0; i < got_.series.size(); ++i)
      if (!used_[i] && got_.series[i].metric == metric && got_.series[i].labels == labels) {
        used_[i] = true;
        return;
      }
  }

  void report_unexpected(const Series& series) {
    const Producer& producer = producer_of(series);
    error("test/unexpected-series",
          fmt::format("{} {} is produced but not expected", show_series(series.metric, series.labels),
                      show_value(series.value)),
          test_.expect_key, "add it to `expect`, or fix the policy or the input",
          {{series.from, fmt::format("{} '{}' computes it from {}", producer.kind, producer.name, series.source)}});
  }

  void report_failure(const Failure& failure) {
    const Producer& producer = got_.producers[failure.producer];
    sink_.report({diag::Severity::warning,
                  "test/eval",
                  fmt::format("{} '{}': '{}' fails on {}: {}", producer.kind, producer.name, failure.expr,
                              failure.source, failure.why),
                  failure.from,
                  failure.label_unset ? "fix the expression or the input; the collector leaves this label unset"
                                      : "fix the expression or the input; the series it is part of is not produced",
                  {{failure.expr_span, "this expression"}}});
  }

  const model::PolicyTestCase& test_;
  const Evaluation& got_;
  diag::Sink& sink_;
  std::vector<bool> used_;
  bool passed_ = true;
};

}  // namespace

bool compare(const model::PolicyTestCase& test, const Evaluation& got, diag::Sink& sink) {
  return Comparison(test, got, sink).run();
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
