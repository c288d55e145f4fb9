// Prometheus' naming practice for recording rules, level:metric:operations, tells a reader what
// was aggregated and how without opening the rule.
#include <fmt/format.h>
#include <re2/re2.h>

#include "compiler/lint/queries.hpp"
#include "compiler/lint/rule.hpp"

namespace telc::compiler::lint {
namespace {

constexpr RuleInfo kInfo{"alerting/record-name", "a recording rule is not named level:metric:operations",
                         diag::Severity::warning};

class RecordName final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Context& context, Reporter& out) const override {
    static const RE2 shape("[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z0-9_]+");
    for_each_rule(context.model, [&](const model::RuleFile&, const model::RuleGroup&, const model::Rule& r) {
      if (!r.record || RE2::FullMatch(r.record->value, shape)) return;
      out.report(r.record->span, fmt::format("recording rule '{}' is not named level:metric:operations", r.record->value))
          .hint("for example 'job:http_requests:rate5m': the labels kept, the metric, the operations newest first");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_alerting_record_name() { return std::make_unique<RecordName>(); }

}  // namespace telc::compiler::lint
