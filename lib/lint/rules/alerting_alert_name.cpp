// Datum's alert names are UpperCamelCase (TelemetryBridgeDropRateHigh): one style to search for.
#include <cctype>

#include <fmt/format.h>

#include "lint/queries.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

bool is_upper_camel(std::string_view text) {
  if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; });
}

/// "api_error-rate high" → "ApiErrorRateHigh".
std::string to_upper_camel(std::string_view text) {
  std::string out;
  bool start = true;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      start = true;
      continue;
    }
    out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  return out;
}

class AlertName final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"alerting/alert-name", "an alert name is not UpperCamelCase",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&,
                                     const model::RecordingOrAlertingRule& rule) {
      if (!rule.alert || is_upper_camel(rule.alert->value)) return;
      out.report(rule.alert->span, fmt::format("alert name '{}' is not UpperCamelCase", rule.alert->value))
          .hint(fmt::format("rename to '{}'", to_upper_camel(rule.alert->value)));
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_alert_name() { return std::make_unique<AlertName>(); }

}  // namespace telc::lint
