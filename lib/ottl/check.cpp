// check_group(): parse every text, settle the group's context (explicit, or inferred), then walk
// each tree. Version rules: context prefixes and inference exist in the transform processor
// from 0.120 and in the filter processor from 0.146; the filter's legacy per-context lists
// parse a prefix naming their own context only from 0.122.
#include "ottl/check.hpp"

#include <fmt/format.h>

#include <vector>

#include "ottl/checker.hpp"
#include "ottl/contexts.hpp"
#include "ottl/infer.hpp"
#include "ottl/parse.hpp"

namespace telc::ottl {
namespace {

constexpr unsigned kFilterInfersFrom = 146;
constexpr unsigned kFilterPrefixesFrom = 122;

struct Item {
  const Text* text;
  bool is_condition;
  ParseResult parsed;
};

void report_at_text(diag::Sink& sink, const Text* text, std::string_view code, std::string message, std::string hint) {
  diag::Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  if (text != nullptr && text->where != nullptr) {
    d.span = text->where->span(0, text->text.empty() ? 0 : text->text.size() - 1);
  }
  d.hint = std::move(hint);
  sink.report(std::move(d));
}

/// The group's context when it is explicit, or reported and nullopt when it cannot serve.
std::optional<Scope> explicit_scope(const Options& opt, const Text* first, diag::Sink& sink) {
  const Context c = *opt.context;
  if ((allowed_mask(opt) & bit(c)) == 0) {
    report_at_text(sink, first, "ottl/context", no_context_message(opt, c),
                   fmt::format("use one of {}", contexts_list(allowed_mask(opt))));
    return std::nullopt;
  }
  const bool legacy_filter = opt.processor == Processor::filter && opt.minor < kFilterPrefixesFrom;
  return Scope{c, true, opt.prefixed_paths_in_explicit_context && !legacy_filter};
}

}  // namespace

GroupResult check_group(std::span<const Text> statements, std::span<const Text> conditions, const Options& options,
                        diag::Sink& sink) {
  GroupResult result;
  std::vector<Item> items;
  for (const Text& t : statements) items.push_back({&t, false, parse(t.text, false)});
  for (const Text& t : conditions) items.push_back({&t, true, parse(t.text, true)});
  std::vector<Parsed> parsed;
  for (const Item& item : items) {
    if (item.parsed.ok()) {
      parsed.push_back({item.text, &item.parsed.tree()});
    } else {
      report(*item.parsed.error(), item.text->where, sink);
      result.ok = false;
    }
  }
  if (parsed.empty()) return result;
  std::optional<Scope> scope;
  if (options.context) {
    scope = explicit_scope(options, parsed.front().text, sink);
  } else if (options.processor == Processor::filter && options.minor < kFilterInfersFrom) {
    report_at_text(sink, parsed.front().text, "ottl/infer",
                   fmt::format("the filter processor infers contexts from collector 0.{}; the target is 0.{}",
                               kFilterInfersFrom, options.minor),
                   "use the per-context condition lists (e.g. metrics.datapoint) for this version");
  } else if (auto c = infer_context(parsed, options, sink, result.ok)) {
    scope = Scope{*c, false, true};
  }
  if (!scope) {
    result.ok = false;
    return result;
  }
  result.context = scope->context;
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    Checker checker(options, *scope, *parsed[i].text, sink);
    const bool is_condition = std::find_if(items.begin(), items.end(), [&](const Item& it) {
                                return it.text == parsed[i].text;
                              })->is_condition;
    if (is_condition) {
      checker.condition(*parsed[i].tree);
    } else {
      checker.statement(*parsed[i].tree);
    }
    result.ok = result.ok && checker.ok();
  }
  return result;
}

std::string first_error(std::string_view text, bool is_condition, const Options& options) {
  diag::Sink sink;
  const Text t{text, nullptr};
  const std::span<const Text> one(&t, 1);
  check_group(is_condition ? std::span<const Text>() : one, is_condition ? one : std::span<const Text>(), options,
              sink);
  for (const diag::Diagnostic& d : sink.all()) {
    if (d.severity == diag::Severity::error) return d.message;
  }
  return "";
}

}  // namespace telc::ottl
