// The OTTL conditions compiled from selectors are evaluated over sample series by a small OTTL
// evaluator and must select exactly the series Prometheus' selector semantics select (missing
// label = "", regexes fully anchored, `or` groups).
#include <catch2/catch.hpp>

#include <re2/re2.h>
#include <map>
#include <optional>

#include "backends/collector/ottl.hpp"

using telc::ir::Matcher;
using telc::ir::MatchOp;
using telc::ir::Selector;

namespace {

using Series = std::map<std::string, std::string>;  // labels, __name__ included
using telc::backends::collector::PathStyle;

/// Evaluates the OTTL subset the compiler emits: and/or/not, parentheses, true/false, ==/!= on
/// paths (datapoint attributes with or without the `datapoint.` context, resource attributes),
/// strings and nil, and IsMatch.
class Evaluator {
 public:
  Evaluator(const std::string& text, const Series& s, const Series& resource = {})
      : t_(text), s_(s), resource_(resource) {}
  bool run() {
    bool v = disjunction();
    skip();
    REQUIRE(i_ == t_.size());
    return v;
  }

 private:
  void skip() {
    while (i_ < t_.size() && t_[i_] == ' ') ++i_;
  }
  bool eat(std::string_view w) {
    skip();
    if (t_.compare(i_, w.size(), w) != 0) return false;
    i_ += w.size();
    return true;
  }
  bool disjunction() {
    bool v = conjunction();
    while (eat(" or") || eat("or ")) v = conjunction() || v;
    return v;
  }
  bool conjunction() {
    bool v = unary();
    while (eat("and ")) v = unary() && v;
    return v;
  }
  bool unary() { return eat("not ") ? !unary() : primary(); }
  bool primary() {
    if (eat("(")) {
      const bool v = disjunction();
      REQUIRE(eat(")"));
      return v;
    }
    if (eat("true")) return true;
    if (eat("false")) return false;
    if (eat("IsMatch(")) {
      const auto target = value();
      REQUIRE(eat(","));
      const auto re = value();
      REQUIRE(eat(")"));
      return target && RE2::PartialMatch(*target, RE2(*re));
    }
    const auto left = value();
    const bool equal = eat("==");
    if (!equal) REQUIRE(eat("!="));
    const auto right = value();
    return (left == right) == equal;
  }
  std::optional<std::string> value() {
    skip();
    if (eat("nil")) return std::nullopt;
    if (eat("metric.name")) return s_.at("__name__");
    for (const auto& [prefix, map] : {std::pair{"datapoint.attributes[", &s_}, std::pair{"attributes[", &s_},
                                      std::pair{"resource.attributes[", &resource_}})
      if (eat(prefix)) {
        const auto key = value();
        REQUIRE(eat("]"));
        auto it = map->find(*key);
        return it == map->end() ? std::nullopt : std::optional<std::string>(it->second);
      }
    REQUIRE(eat("\""));
    std::string out;
    while (t_[i_] != '"') {
      if (t_[i_] == '\\') ++i_;
      out += t_[i_++];
    }
    ++i_;
    return out;
  }
  const std::string& t_;
  const Series& s_;
  const Series& resource_;
  std::size_t i_ = 0;
};

bool prometheus_matches(const Selector& sel, const Series& s) {
  for (const auto& group : sel.groups) {
    bool all = true;
    for (const Matcher& m : group) {
      auto it = s.find(m.label);
      const std::string v = it == s.end() ? "" : it->second;
      const bool re = RE2::FullMatch(v, RE2(m.value));
      const bool ok = m.op == MatchOp::equal       ? v == m.value
                      : m.op == MatchOp::not_equal ? v != m.value
                      : m.op == MatchOp::regex     ? re
                                                   : !re;
      all = all && ok;
    }
    if (all) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("OTTL compiled from selectors agrees with Prometheus selector semantics") {
  const std::vector<Series> series = {
      {{"__name__", "network_bytes_in"}, {"service_name", "networking.datumapis.com"}, {"resource_kind", "Gateway"}},
      {{"__name__", "network_bytes_out"}, {"service_name", "networking.datumapis.com"}, {"resource_kind", "HTTPRoute"}},
      {{"__name__", "up"}, {"job", "gateway"}},
      {{"__name__", "up"}, {"job", ""}},
      {{"__name__", "up"}},
      {{"__name__", "http_requests_total"}, {"code", "503"}, {"job", "api"}},
      {{"__name__", "http_requests_total"}, {"code", "200"}},
      {{"__name__", "weird\"name"}, {"path", "a\\b"}},
  };
  const std::vector<Selector> selectors = {
      {{{{"__name__", MatchOp::regex, "network_bytes_.*"}, {"resource_kind", MatchOp::equal, "Gateway"}}}, ""},
      {{{{"job", MatchOp::equal, ""}}}, ""},
      {{{{"job", MatchOp::not_equal, ""}}}, ""},
      {{{{"job", MatchOp::regex, ".*"}}}, ""},
      {{{{"job", MatchOp::regex, "gate.*"}}}, ""},
      {{{{"job", MatchOp::not_regex, ".*"}}}, ""},
      {{{{"job", MatchOp::not_regex, "gate.*"}}}, ""},
      {{{{"code", MatchOp::regex, "5.."}},
        {{"__name__", MatchOp::equal, "up"}, {"job", MatchOp::not_equal, "gateway"}}},
       ""},
      {{{{"__name__", MatchOp::equal, "weird\"name"}, {"path", MatchOp::equal, "a\\b"}}}, ""},
      {{{{"__name__", MatchOp::regex, "up|http_.*"}, {"code", MatchOp::not_equal, "200"}}}, ""},
      {{{{"resource_kind", MatchOp::regex, "Gate"}}}, ""},  // anchored: "Gate" does not match "Gateway"
      {{{}}, ""},
  };
  for (const PathStyle style : {PathStyle::inferred, PathStyle::datapoint_field})
    for (std::size_t i = 0; i < selectors.size(); ++i) {
      const std::string condition = telc::backends::collector::selector_condition(selectors[i], style);
      // The legacy datapoint field knows no `datapoint.` segment before 0.122.
      CHECK((style == PathStyle::inferred || condition.find("datapoint.") == std::string::npos));
      for (std::size_t j = 0; j < series.size(); ++j) {
        INFO("selector " << i << ": " << condition << "; series " << j);
        CHECK(Evaluator(condition, series[j]).run() == prometheus_matches(selectors[i], series[j]));
      }
    }
}

namespace {

bool has_path(const std::string& condition) {
  return condition.find("metric.name") != std::string::npos || condition.find("attributes[") != std::string::npos;
}

}  // namespace

TEST_CASE("filter conditions drop exactly what a sink does not keep, never without a path") {
  const std::vector<Series> series = {
      {{"__name__", "up"}, {"job", "gateway"}}, {{"__name__", "up"}}, {{"__name__", "x"}}};
  const std::vector<Selector> selectors = {
      {{{{"__name__", MatchOp::not_equal, ""}}}, ""},                                    // always true
      {{{{"__name__", MatchOp::equal, ""}}}, ""},                                        // always false
      {{{{"__name__", MatchOp::equal, ""}}, {{"job", MatchOp::equal, "gateway"}}}, ""},  // false or …
      {{{{"__name__", MatchOp::not_equal, ""}, {"job", MatchOp::not_equal, ""}}}, ""},   // true and …
  };
  for (std::size_t i = 0; i < selectors.size(); ++i) {
    const std::string keep = telc::backends::collector::selector_condition(selectors[i]);
    const auto drop = telc::backends::collector::drop_condition(keep);
    INFO("selector " << i << ": keep " << keep << ", drop " << drop.value_or("(no filter)"));
    if (drop) CHECK(has_path(*drop));
    for (const Series& s : series) CHECK((drop && Evaluator(*drop, s).run()) == !prometheus_matches(selectors[i], s));
  }
}

TEST_CASE("resource selections fold constants: an empty namespace selector keeps everything") {
  using telc::ir::LabelRequirement;
  using telc::ir::ResourceSelection;
  const telc::model::ResourceAttributeNames names{"k8s.group", "k8s.kind", "k8s.namespace.name", "ns.", "res."};
  ResourceSelection every_namespace;  // namespaceSelector: {} — no own namespace, no requirement
  ResourceSelection not_in_nothing;
  not_in_nothing.namespace_labels.push_back({"team", LabelRequirement::Op::not_in, {}});
  // emplace, not `= "a"`: GCC 12 at -O2 warns falsely (-Wrestrict) on assigning a literal here.
  not_in_nothing.own_namespace.emplace(1, 'a');
  CHECK(telc::backends::collector::resources_condition({every_namespace}, names) == "true");
  CHECK_FALSE(telc::backends::collector::drop_condition("true").has_value());
  const std::string keep = telc::backends::collector::resources_condition({not_in_nothing}, names);
  CHECK(keep.find("true") == std::string::npos);
  const auto drop = telc::backends::collector::drop_condition(keep);
  REQUIRE(drop.has_value());
  CHECK(Evaluator(*drop, {{"__name__", "up"}}, {{names.name_space, "a"}}).run() == false);
  CHECK(Evaluator(*drop, {{"__name__", "up"}}, {{names.name_space, "b"}}).run() == true);
}
