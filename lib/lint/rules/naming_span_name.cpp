// Datum profile: span names are {Operation}{Resource} in UpperCamelCase (CreateVirtualMachine,
// ReconcileVirtualMachine), so traces group by what was done to which kind. A span group of the
// registry states its name in `annotations.telc.span_name` (Weaver v1 groups have no name field).
#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/rule.hpp"

namespace telc::lint {
namespace {

// Kubernetes verbs, controller and webhook phases, and common resource operations.
constexpr std::array<std::string_view, 72> kOperations{
    "Allocate",   "Apply",   "Approve",   "Attach",      "Authenticate", "Authorize",  "Backup",   "Bind",
    "Build",      "Cancel",  "Check",     "Cleanup",     "Collect",      "Connect",    "Convert",  "Create",
    "Default",    "Delete",  "Deploy",    "Deprovision", "Deregister",   "Describe",   "Detach",   "Disable",
    "Disconnect", "Emit",    "Enable",    "Enqueue",     "Evaluate",     "Execute",    "Export",   "Fetch",
    "Finalize",   "Flush",   "Get",       "Handle",      "Import",       "Initialize", "List",     "Load",
    "Migrate",    "Mutate",  "Patch",     "Process",     "Provision",    "Publish",    "Query",    "Read",
    "Reboot",     "Receive", "Reconcile", "Register",    "Reject",       "Release",    "Resize",   "Resolve",
    "Restart",    "Restore", "Resume",    "Rollback",    "Run",          "Scale",      "Schedule", "Send",
    "Snapshot",   "Start",   "Stop",      "Suspend",     "Sync",         "Update",     "Validate", "Watch"};

bool is_upper(char ch) { return std::isupper(static_cast<unsigned char>(ch)); }
bool is_alnum(char ch) { return std::isalnum(static_cast<unsigned char>(ch)); }

/// Words of an UpperCamelCase name; an acronym ends before the capital that starts the next word
/// (HTTPRoute → HTTP, Route).
std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const bool boundary =
        i == 0 || (is_upper(name[i]) && (!is_upper(name[i - 1]) ||
                                         (i + 1 < name.size() && !is_upper(name[i + 1]) && is_alnum(name[i + 1]))));
    if (boundary) out.emplace_back();
    out.back() += name[i];
  }
  return out;
}

/// `create_virtual machine` → CreateVirtualMachine.
std::string upper_camel(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (!is_alnum(c)) {
      start = true;
      continue;
    }
    out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  return out;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += words[i];
  return out;
}

/// The resource kinds the inputs declare (definitions' resources and policies' subjects).
std::vector<std::string> kinds(const model::Model& model) {
  std::vector<std::string> out;
  for (const model::MetricDefinition& d : model.definitions) out.push_back(d.resource_kind.value);
  for (const model::MetricPolicy& p : model.policies) out.push_back(p.subject_kind.value);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

class SpanName final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"naming/span-name", "a span name is not {Operation}{Resource} in UpperCamelCase",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    if (context.profile != Profile::datum) return;
    const Names names{context.config.span_operations, kinds(context.model)};
    for (const model::Registry& r : context.model.registries)
      for (const model::SemconvGroup& g : r.groups)
        if (g.span_name) check_name(*g.span_name, names, out);
  }

 private:
  struct Names {
    const std::vector<std::string>& extra_operations;
    std::vector<std::string> kinds;
    [[nodiscard]] bool operation(std::string_view word) const {
      return std::find(kOperations.begin(), kOperations.end(), word) != kOperations.end() ||
             std::find(extra_operations.begin(), extra_operations.end(), word) != extra_operations.end();
    }
  };

  static void check_name(const model::Str& name, const Names& names, Reporter& out) {
    const std::string& n = name.value;
    if (!is_upper(n[0]) || !std::all_of(n.begin(), n.end(), is_alnum)) {
      out.report(name.span, fmt::format("span name '{}' is not UpperCamelCase", n))
          .hint(fmt::format("write '{}'; span names are {{Operation}}{{Resource}} in UpperCamelCase", upper_camel(n)));
      return;
    }
    const auto w = words(n);
    if (w.size() < 2)
      out.report(name.span, fmt::format("span name '{}' has no resource; the pattern is {{Operation}}{{Resource}}", n))
          .hint("name the kind the operation acts on, e.g. 'CreateVirtualMachine'");
    else if (!names.operation(w.front()))
      report_operation(name, w, names, out);
    else
      check_resource(name, joined(w, 1, w.size()), names, out);
  }

  static void report_operation(const model::Str& name, const std::vector<std::string>& words, const Names& names,
                               Reporter& out) {
    if (names.operation(words.back()))
      out.report(name.span, fmt::format("span name '{}' puts the operation '{}' last", name.value, words.back()))
          .hint(fmt::format("write '{}{}'; span names are {{Operation}}{{Resource}}", words.back(),
                            joined(words, 0, words.size() - 1)));
    else
      out.report(name.span, fmt::format("span name '{}' does not start with an operation", name.value))
          .hint(
              "start with a verb such as Create, Get, List, Reconcile or Delete; list project verbs in .telc.yaml "
              "naming.spanOperations");
  }

  /// A near miss of a declared kind is a typo; an unrelated resource may simply have no metrics.
  static void check_resource(const model::Str& name, const std::string& resource, const Names& names, Reporter& out) {
    const std::string singular = resource.ends_with("s") ? resource.substr(0, resource.size() - 1) : resource;
    const auto& k = names.kinds;
    if (k.empty() || std::find(k.begin(), k.end(), resource) != k.end() ||
        std::find(k.begin(), k.end(), singular) != k.end())
      return;
    if (const auto near = diag::closest(resource, k))
      out.report(name.span,
                 fmt::format("span name '{}' names resource '{}', which no input declares", name.value, resource))
          .hint(fmt::format("did you mean '{}'?", *near));
  }
};

}  // namespace

std::unique_ptr<Rule> make_naming_span_name() { return std::make_unique<SpanName>(); }

}  // namespace telc::lint
