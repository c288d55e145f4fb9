// A registry's briefs are the one-line descriptions generated code, documentation and backends
// show. Weaver and semantic-conventions require one on every attribute definition and signal; an
// empty or blank brief passes the schema but describes nothing. Checked: attribute definitions (a
// `ref` takes its definition's brief), every v1 group (the schema already requires the key), and v2
// signals and public attribute groups (internal groups and top-level attribute lists need none).
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "lint/semconv.hpp"

namespace telc::lint {
namespace {

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

bool needs_brief(const model::SemconvGroup& group, bool v2) {
  if (!v2) return true;
  if (semconv::is_signal(group)) return true;
  return group.type.value == "attribute_group" && !group.id.value.empty() &&
         (!group.visibility || group.visibility->value != "internal");
}

/// What the message calls the group: its id, else (v2 signals) its name.
std::string subject(const model::SemconvGroup& group) {
  if (!group.id.value.empty()) return fmt::format("{} '{}'", group.type.value, group.id.value);
  return fmt::format("{} '{}'", group.type.value, group.signal_name ? group.signal_name->value : "");
}

class EmptyBrief final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"semconv/empty-brief", "a registry attribute or signal has an empty brief",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups) {
        if (needs_brief(g, r.v2) && blank(g.brief.value)) report_group(g, out);
        for (const model::SemconvAttribute& a : g.attributes)
          if (a.id && (!a.brief || blank(a.brief->value)))
            out.report(a.id->span, fmt::format("attribute '{}' has {} brief", a.id->value, a.brief ? "an empty" : "no"))
                .hint("add 'brief:' with one sentence saying what the value is");
      }
  }

 private:
  static void report_group(const model::SemconvGroup& group, Reporter& out) {
    diag::SourceSpan at = group.brief.span;
    if (!at.known()) at = group.signal_name ? group.signal_name->span : group.id.span;
    out.report(at, fmt::format("{} has an empty brief", subject(group)))
        .hint("write one sentence saying what it describes");
  }
};

}  // namespace

std::unique_ptr<Rule> make_semconv_empty_brief() { return std::make_unique<EmptyBrief>(); }

}  // namespace telc::lint
