// Log, span and resource attribute keys are dotted OTel keys: lowercase namespaces separated by
// '.', never joined with '_' (that is the metric-label style, and the two must not be mixed).
// Keys come from registry attribute definitions and from the keys Kyma pipelines' OTTL transform
// statements write with set(...).
#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include <fmt/format.h>
#include <re2/re2.h>

#include "lint/rule.hpp"
#include "lint/rule_helpers.hpp"

namespace telc::lint {
namespace {

// Namespaces of the OpenTelemetry semantic conventions and of the platform's log fields.
constexpr std::array<std::string_view, 24> kNamespaces{
    "client",  "cloud",    "code", "container", "db",        "error",     "event", "exception",
    "host",    "http",     "k8s",  "log",       "messaging", "network",   "os",    "otel",
    "process", "resource", "rpc",  "server",    "service",   "telemetry", "url",   "user"};

bool upper(char ch) { return std::isupper(static_cast<unsigned char>(ch)); }

/// A segment is snake_case; the datum profile also allows Kubernetes' lowerCamelCase field names
/// (`resource.apiVersion`, a standard log field): snake_case once its capitals are lowered.
bool good_segment(std::string_view text, Profile profile) {
  if (profile == Profile::otel || text.empty() || upper(text[0])) return is_snake_case(text);
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return is_snake_case(lowered);
}

/// The key in snake_case with empty segments dropped: `Compute.VM..Name` → `compute.vm.name`.
std::string snake(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && (out.empty() || out.back() == '.')) continue;
    const bool word_start = upper(c) && i > 0 &&
                            (std::islower(static_cast<unsigned char>(text[i - 1])) ||
                             std::isdigit(static_cast<unsigned char>(text[i - 1])));
    if (word_start) out += '_';
    out += std::isalnum(static_cast<unsigned char>(c)) || c == '.'
               ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
               : '_';
  }
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

std::vector<std::string_view> segments(std::string_view key) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0, dot = 0; dot != std::string_view::npos; start = dot + 1) {
    dot = key.find('.', start);
    out.push_back(key.substr(start, dot == std::string_view::npos ? dot : dot - start));
  }
  return out;
}

/// The namespaces in use: the built-in ones and the first segment of every dotted key.
std::set<std::string, std::less<>> namespaces(const model::Model& model) {
  std::set<std::string, std::less<>> out(kNamespaces.begin(), kNamespaces.end());
  for (const model::Registry& r : model.registries)
    for (const model::SemconvGroup& g : r.groups)
      for (const model::SemconvAttribute& a : g.attributes)
        if (a.id && a.id->value.find('.') != std::string::npos)
          out.emplace(a.id->value.substr(0, a.id->value.find('.')));
  return out;
}

/// The attribute keys a statement writes: `set(span.attributes["k"], ...)`. A MetricPipeline's
/// data-point attributes become metric labels (snake_case), so there only resource keys count.
std::vector<model::Str> written_keys(const model::EmbeddedStr& statement, bool metrics) {
  static const RE2 kSet(R"re(\bset\(\s*(?:(\w+)\.)?attributes\["([^"\\]*)"\])re");
  std::vector<model::Str> out;
  const std::string& text = statement.text.value;
  re2::StringPiece input(text), context, key;
  while (RE2::FindAndConsume(&input, kSet, &context, &key)) {
    if (metrics && context != "resource") continue;
    const auto begin = static_cast<std::size_t>(key.data() - text.data());
    if (!key.empty()) out.push_back({std::string(key), statement.where.span(begin, begin + key.size() - 1)});
  }
  return out;
}

class AttributeKey final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/attribute-key",
                                  "a log, span or resource attribute key is not lowercase dotted namespaces",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    const auto known = namespaces(context.model);
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups)
        for (const model::SemconvAttribute& a : g.attributes)
          if (a.id) check_key(*a.id, known, context.profile, out);
    for (const model::KymaPipeline& p : context.model.pipelines)
      for (const model::EmbeddedStr& s : p.statements)
        for (const model::Str& key : written_keys(s, p.origin.kind == "MetricPipeline"))
          check_key(key, known, context.profile, out);
  }

 private:
  static void check_key(const model::Str& key, const std::set<std::string, std::less<>>& known, Profile profile,
                        Reporter& out) {
    const std::string& k = key.value;
    for (std::string_view s : segments(k))
      if (!good_segment(s, profile)) {
        out.report(key.span, fmt::format("segment '{}' of attribute key '{}' is not {}", s.empty() ? "(empty)" : s, k,
                                         profile == Profile::datum ? "snake_case or lowerCamelCase" : "snake_case"))
            .hint(fmt::format("write '{}'; attribute keys are lowercase namespaces separated by '.'", snake(k)));
        return;
      }
    const std::size_t underscore = k.find('_');
    if (k.find('.') != std::string::npos || underscore == std::string::npos) return;
    if (const std::string_view ns = std::string_view(k).substr(0, underscore); known.contains(ns))
      out.report(key.span, fmt::format("attribute key '{}' joins namespace '{}' with '_'", k, ns))
          .hint(fmt::format("write '{}.{}'; '_' separates words, '.' separates namespaces", ns,
                            k.substr(underscore + 1)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_attribute_key() { return std::make_unique<AttributeKey>(); }

}  // namespace telc::lint
