#include "schema/validate.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "schema/fast_validate.hpp"
#include "schema/keywords.hpp"
#include "schema/messages.hpp"
#include "schema/schema_nav.hpp"

namespace telc::schema {
namespace {

void run_valijson(const CompiledSchema& schema, const Document& doc, const Locator& where, diag::Sink& sink,
                  std::vector<std::string>& invalid, std::vector<std::string>& errors) {
  // One validator per thread: it caches compiled std::regex patterns, which dominate otherwise.
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc.value);
  if (validator.validate(schema.reference(), adapter, &results)) return;
  std::set<std::pair<std::string, std::string>> seen;  // valijson repeats errors via $ref paths
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    const std::string pointer = context_pointer(e.context);
    if (!seen.emplace(pointer, e.description).second) continue;
    auto diagnostic = describe(schema, where, pointer, e.description);
    if (!diagnostic) continue;
    // A missing field is absent anyway, and a list that is too long still has usable items.
    if (diagnostic->code != "schema/required" && diagnostic->code != "schema/items") invalid.push_back(pointer);
    errors.push_back(pointer);
    sink.report(std::move(*diagnostic));
  }
}

void report_deprecation(const CompiledSchema& schema, const Locator& where, diag::Sink& sink) {
  auto it = schema.json.find("x-telc-deprecated");
  if (it == schema.json.end()) return;
  sink.report({diag::Severity::warning,
               "schema/deprecated",
               it->get<std::string>(),
               where.value("/apiVersion"),
               "change apiVersion to the current group",
               {}});
}

}  // namespace

Validated validate_with(const CompiledSchema& schema, const Document& doc, const diag::SourceManager& sources,
                        diag::Sink& sink) {
  // Most documents are valid: the compiled validator says so without valijson's generic visitor.
  if (schema.fast && schema.fast->accepts(doc.value)) {
    report_deprecation(schema, Locator(sources, doc), sink);
    return Validated{&schema, true, {}, {}};
  }
  return validate_reference(schema, doc, sources, sink);
}

Validated validate_reference(const CompiledSchema& schema, const Document& doc, const diag::SourceManager& sources,
                             diag::Sink& sink) {
  const Locator where(sources, doc);
  const std::size_t errors_before = sink.error_count();
  Validated out{&schema, false, {}, {}};
  report_deprecation(schema, where, sink);
  run_valijson(schema, doc, where, sink, out.invalid, out.errors);
  check_keywords(schema, doc, where, sink, out.invalid, out.errors);
  out.ok = sink.error_count() == errors_before;
  for (auto* list : {&out.invalid, &out.errors}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return out;
}

}  // namespace telc::schema
