#include "schema/keywords.hpp"

#include <map>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "diag/spelling.hpp"
#include "diag/utf8.hpp"
#include "schema/fast_keywords.hpp"
#include "schema/formats.hpp"
#include "schema/schema_nav.hpp"

namespace telc::schema {
namespace {

using Json = nlohmann::json;

/// A condition's value as the user would write it: `metric`, not `"metric"`.
std::string scalar_text(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

std::string quoted_list(const std::vector<std::string>& names) {
  std::vector<std::string> q;
  q.reserve(names.size());
  for (const auto& n : names) q.push_back("'" + n + "'");
  return fmt::format("{}", fmt::join(q, ", "));
}

/// A long value cut to fit a one-line message; the caret already shows all of it.
std::string shortened(std::string_view text) {
  constexpr std::size_t kMaxBytes = 40;
  if (text.size() <= kMaxBytes) return std::string(text);
  std::size_t cut = kMaxBytes;
  while (cut > 0 && diag::is_continuation(text[cut])) --cut;  // never inside a character
  return std::string(text.substr(0, cut)) + "...";
}

class Walker {
 public:
  Walker(const CompiledSchema& schema, const Locator& where, diag::Sink& sink, std::vector<std::string>& invalid,
         std::vector<std::string>& errors)
      : schema_(schema), root_(schema.json), where_(where), sink_(sink), invalid_(invalid), errors_(errors) {}

  void walk(const Json& schema_node, const Json& value, std::string& pointer) {
    const Json& s = resolve(root_, schema_node);
    if (!s.is_object()) return;
    if (value.is_object())
      walk_object(s, value, pointer);
    else if (value.is_array())
      walk_array(s, value, pointer);
    else if (value.is_string())
      check_format(s, value.get<std::string>(), pointer);
  }

 private:
  void report(diag::Severity severity, std::string code, std::string message, diag::SourceSpan span,
              std::optional<std::string> hint = std::nullopt) {
    sink_.report({severity, std::move(code), std::move(message), span, std::move(hint), {}});
  }

  /// The node an error makes unusable: the model reads it as absent (see Validated::invalid).
  void mark(std::string pointer) {
    errors_.push_back(pointer);
    invalid_.push_back(std::move(pointer));
  }
  /// An object that lacks something: it stays usable, but is not complete.
  void note(std::string pointer) { errors_.push_back(std::move(pointer)); }

  void walk_object(const Json& node, const Json& value, std::string& pointer) {
    check_unknown(node, value, pointer);
    check_groups(node, value, pointer);
    if (auto c = node.find("x-telc-conditions"); c != node.end())
      for (const Json& rule : *c) check_condition(rule, value, pointer);
    const std::size_t length = pointer.size();
    for (const auto& [key, child] : value.items()) {
      const Json* cs = member_schema(root_, node, key);
      if (cs == nullptr) continue;
      append_token(pointer, key);
      walk(*cs, child, pointer);
      pointer.resize(length);
    }
  }

  void walk_array(const Json& node, const Json& value, std::string& pointer) {
    if (auto u = node.find("x-telc-unique"); u != node.end()) check_unique(u->get<std::string>(), value, pointer);
    const Json* is = item_schema(root_, node);
    if (is == nullptr) return;
    const std::size_t length = pointer.size();
    for (std::size_t i = 0; i < value.size(); ++i) {
      pointer += "/" + std::to_string(i);
      walk(*is, value[i], pointer);
      pointer.resize(length);
    }
  }

  void check_unknown(const Json& node, const Json& value, const std::string& pointer) {
    auto ap = node.find("additionalProperties");
    if (ap == node.end() || !ap->is_boolean() || ap->get<bool>()) return;
    const auto props = node.find("properties");
    const bool has_props = props != node.end() && props->is_object();
    for (const auto& [key, child] : value.items()) {
      if (has_props && props->contains(key)) continue;
      std::vector<std::string> known;  // only built for the error path
      if (has_props)
        for (const auto& [k, v] : props->items()) known.push_back(k);
      const auto near = diag::closest(key, known);
      mark(child_pointer(pointer, key));
      report(diag::Severity::error, "schema/unknown-field",
             fmt::format("unknown field '{}' in '{}'", key, field_name(pointer)),
             where_.key(child_pointer(pointer, key)),
             near ? "did you mean '" + *near + "'?" : "allowed fields: " + quoted_list(known));
    }
  }

  std::vector<std::string> present(const Json& node, const char* keyword, const Json& value) const {
    std::vector<std::string> out;
    for (const Json& name : node.value(keyword, Json::array()))
      if (value.contains(name.get<std::string>())) out.push_back(name.get<std::string>());
    return out;
  }

  std::vector<std::string> listed(const Json& value, const char* keyword) const {
    std::vector<std::string> out;
    for (const Json& name : value.value(keyword, Json::array())) out.push_back(name.get<std::string>());
    return out;
  }

  void check_groups(const Json& node, const Json& value, const std::string& pointer) {
    if (!node.contains("x-telc-exactly-one") && !node.contains("x-telc-at-most-one") &&
        !node.contains("x-telc-at-least-one") && !node.contains("x-telc-together"))
      return;
    const std::string where = field_name(pointer);
    if (node.contains("x-telc-exactly-one")) {
      const auto have = present(node, "x-telc-exactly-one", value);
      if (have.empty()) note(pointer);
      if (have.empty())
        report(diag::Severity::error, "schema/exactly-one",
               fmt::format("'{}' needs exactly one of {}", where, quoted_list(listed(node, "x-telc-exactly-one"))),
               where_.key(pointer), "add one of them");
      else if (have.size() > 1)
        too_many(pointer, where, have, "schema/exactly-one");
    }
    if (node.contains("x-telc-at-most-one")) {
      const auto have = present(node, "x-telc-at-most-one", value);
      if (have.size() > 1) too_many(pointer, where, have, "schema/exclusive");
    }
    if (node.contains("x-telc-at-least-one") && present(node, "x-telc-at-least-one", value).empty())
      note(pointer),
          report(diag::Severity::error, "schema/required",
                 fmt::format("'{}' needs one of {}", where, quoted_list(listed(node, "x-telc-at-least-one"))),
                 where_.key(pointer), "add one of them");
    if (node.contains("x-telc-together")) {
      const auto have = present(node, "x-telc-together", value);
      const auto all = listed(node, "x-telc-together");
      if (!have.empty() && have.size() < all.size()) mark(pointer);
      if (!have.empty() && have.size() < all.size())
        report(diag::Severity::error, "schema/together",
               fmt::format("'{}' sets {} but not all of {}", where, quoted_list(have), quoted_list(all)),
               where_.key(child_pointer(pointer, have.front())), "set them together or not at all");
    }
  }

  /// What set a condition off: the pointer named in its messages and the phrase "with 'x'".
  struct Trigger {
    std::string pointer;
    std::string condition;
  };

  /// The condition's trigger when it fires: `if` present, `if_absent` absent, or every `if_equals`
  /// holding, and not every `unless_equals`.
  static std::optional<Trigger> fired(const Json& rule, const Json& value) {
    if (!condition_fires(rule, value)) return std::nullopt;
    const bool present = rule.contains("if") && find_pointer(value, rule["if"].get<std::string>());
    const bool absent = rule.contains("if_absent") && !find_pointer(value, rule["if_absent"].get<std::string>());
    if (absent)
      return Trigger{rule["if_absent"], fmt::format("without '{}'", last_token(rule["if_absent"].get<std::string>()))};
    const std::string at = present ? rule["if"].get<std::string>() : rule["if_equals"].begin().key();
    // `if: /type` with `unless_equals: {/type: ...}` depends on the value: name it.
    const bool valued = !present || (rule.contains("unless_equals") && rule["unless_equals"].contains(at));
    if (!valued) return Trigger{at, fmt::format("with '{}'", last_token(at))};
    return Trigger{at, fmt::format("with '{}: {}'", last_token(at), scalar_text(*find_pointer(value, at)))};
  }

  /// One `x-telc-conditions` rule (the CEL rules of CRDs such as Kyma's): once it fires, the
  /// `forbid` members must be absent, the `require` members present, `require_equals` must hold and
  /// `forbid_equals` must not. Pointers are relative.
  void check_condition(const Json& rule, const Json& value, const std::string& pointer) {
    const auto t = fired(rule, value);
    if (!t) return;
    const std::string because = rule.value("because", "");
    for (const Json& f : rule.value("forbid", Json::array()))
      if (find_pointer(value, f.get<std::string>()))
        mark(pointer + f.get<std::string>()),
            report(diag::Severity::error, "schema/conflict",
                   fmt::format("'{}' is not allowed {}", last_token(f.get<std::string>()), t->condition),
                   where_.key(pointer + f.get<std::string>()), because);
    for (const Json& r : rule.value("require", Json::array()))
      if (!find_pointer(value, r.get<std::string>()))
        note(pointer), report(diag::Severity::error, "schema/required",
                              fmt::format("'{}' is required {}", last_token(r.get<std::string>()), t->condition),
                              where_.key(pointer + t->pointer), because);
    check_values(rule, value, pointer, *t, because);
  }

  void check_values(const Json& rule, const Json& value, const std::string& pointer, const Trigger& trigger,
                    const std::string& because) {
    static const Json kNone = Json::object();
    for (const auto& [at, want] : (rule.contains("require_equals") ? rule["require_equals"] : kNone).items())
      if (const Json* have = find_pointer(value, at); have == nullptr || *have != want)
        mark(pointer + trigger.pointer), report(diag::Severity::error, "schema/conflict",
                                                fmt::format("'{}' requires '{}: {}'", last_token(trigger.pointer),
                                                            last_token(at), scalar_text(want)),
                                                where_.key(pointer + trigger.pointer), because);
    for (const auto& [at, banned] : (rule.contains("forbid_equals") ? rule["forbid_equals"] : kNone).items())
      if (const Json* have = find_pointer(value, at); have && *have == banned)
        mark(pointer + at),
            report(diag::Severity::error, "schema/conflict",
                   fmt::format("'{}: {}' is not allowed {}", last_token(at), banned.dump(), trigger.condition),
                   where_.value(pointer + at), because);
  }

  void too_many(const std::string& pointer, const std::string& where, const std::vector<std::string>& have,
                const char* code) {
    mark(pointer);
    report(diag::Severity::error, code,
           fmt::format("'{}' sets both '{}' and '{}'; only one of them is allowed", where, have[0], have[1]),
           where_.key(child_pointer(pointer, have[1])), fmt::format("keep either '{}' or '{}'", have[0], have[1]));
  }

  void check_unique(const std::string& field, const Json& items, const std::string& pointer) {
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].is_object() || !items[i].contains(field) || !items[i][field].is_string()) continue;
      const std::string name = items[i][field];
      auto [it, inserted] = first.emplace(name, i);
      if (inserted) continue;
      const std::string at = child_pointer(child_pointer(pointer, i), field);
      mark(child_pointer(pointer, i));
      diag::Diagnostic d{diag::Severity::error,
                         "schema/unique",
                         fmt::format("duplicate {} '{}' in '{}'", field, name, field_name(pointer)),
                         where_.value(at),
                         "names must be unique within the list",
                         {}};
      d.notes.push_back({where_.value(child_pointer(child_pointer(pointer, it->second), field)), "first used here"});
      sink_.report(std::move(d));
    }
  }

  void check_pattern(const Json& value, const std::string& text, const std::string& pointer) {
    const auto p = value.find("x-telc-pattern");
    if (p == value.end() || !p->is_string()) return;
    const RE2& re = schema_.pattern(p->get_ref<const std::string&>());
    if (!re.ok() || RE2::PartialMatch(text, re)) return;
    const auto hint = value.find("x-telc-hint");
    mark(pointer);
    report(diag::Severity::error, "schema/pattern", fmt::format("'{}' is not a valid '{}'", text, field_name(pointer)),
           where_.value(pointer),
           hint != value.end() ? hint->get<std::string>() : fmt::format("it must match {}", p->get<std::string>()));
  }

  void check_format(const Json& value, const std::string& text, const std::string& pointer) {
    check_pattern(value, text, pointer);
    const auto f = value.find("x-telc-format");
    if (f == value.end()) return;
    const std::string& format = f->get_ref<const std::string&>();
    if (format == "duration") check_duration(text, pointer);
    if (format == "url")
      if (auto problem = url_problem(text))
        mark(pointer), report(diag::Severity::error, "schema/format",
                              fmt::format("'{}' is not a valid endpoint URL: {}", redacted_url(text), *problem),
                              where_.value(pointer));
    if (format == "request-uri")
      if (auto problem = request_uri_problem(text))
        mark(pointer), report(diag::Severity::error, "schema/format",
                              fmt::format("'{}' is not a URL: {}", redacted_url(text), *problem), where_.value(pointer),
                              "write an absolute URL, such as https://auth.example.com/oauth2/token");
  }

  void check_duration(const std::string& text, const std::string& pointer) {
    const auto error = go_duration_error(text);
    if (error) mark(pointer);
    if (error == DurationError::malformed)
      report(diag::Severity::error, "schema/format", fmt::format("'{}' is not a duration", text), where_.value(pointer),
             "use Go duration syntax: a number and a unit (ns, us, ms, s, m, h), e.g. 5s or 1m30s");
    if (error == DurationError::too_large)
      report(diag::Severity::error, "schema/format", fmt::format("duration '{}' is too large", shortened(text)),
             where_.value(pointer), "a Go duration is at most about 290 years (2555555h)");
  }

  const CompiledSchema& schema_;
  const Json& root_;
  const Locator& where_;
  diag::Sink& sink_;
  std::vector<std::string>& invalid_;
  std::vector<std::string>& errors_;
};

}  // namespace

void check_keywords(const CompiledSchema& schema, const Document& doc, const Locator& where, diag::Sink& sink,
                    std::vector<std::string>& invalid, std::vector<std::string>& errors) {
  std::string pointer;
  Walker(schema, where, sink, invalid, errors).walk(schema.json, doc.value, pointer);
}

}  // namespace telc::schema
