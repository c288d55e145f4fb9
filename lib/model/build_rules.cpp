// Prometheus rule files, VMRule and PrometheusRule: rule groups whose `expr` are parsed here, so a
// syntax error is reported at its file position like any other.
#include <algorithm>
#include <optional>

#include "diag/parallel.hpp"
#include "gotemplate/check.hpp"
#include "model/build.hpp"
#include "model/reader.hpp"
#include "schema/document.hpp"

namespace telc::model {
namespace {

constexpr std::size_t kParallelFrom = 512;  // below this, a thread costs more than it saves
// A kept tree is a few KB: a run's arena is about a megabyte and wastes one block's tail at most.
constexpr std::size_t kQueriesPerArena = 256;

/// Who expands the templates of a file's alerts: Prometheus for a PrometheusRule, vmalert for a
/// VMRule; a plain rule file is read by either.
gotemplate::Engine template_engine(const Origin& origin) {
  if (origin.kind == "PrometheusRule") return gotemplate::Engine::prometheus;
  if (origin.kind == "VMRule") return gotemplate::Engine::vmalert;
  return gotemplate::Engine::either;
}

/// An alert's label and annotation values are Go templates, expanded each time it fires: an error
/// there fails the load (promtool) or the alert's notification. Recording rules' labels are not
/// expanded.
void check_templates(const Reader& reader, const std::string& pointer, gotemplate::Engine engine, diag::Sink& sink) {
  for (const std::string field : {"/labels", "/annotations"})
    for (const std::string& key : reader.keys(pointer + field)) {
      const std::optional<EmbeddedStr> text = reader.opt_embedded(schema::child_pointer(pointer + field, key));
      if (text && text->text.value.find("{{") != std::string::npos)
        gotemplate::report(gotemplate::check(text->text.value, engine), text->where, sink);
    }
}

RecordingOrAlertingRule rule(const Reader& reader, const std::string& pointer) {
  return {reader.opt_str(pointer + "/record"),
          reader.opt_str(pointer + "/alert"),
          {reader.embedded(pointer + "/expr"), nullptr},
          reader.opt_str(pointer + "/for"),
          reader.opt_str(pointer + "/keep_firing_for"),
          reader.scalar_map(pointer + "/labels"),
          reader.scalar_map(pointer + "/annotations"),
          reader.key_span(pointer),
          reader.complete(pointer)};
}

/// Parses every expression; a file of thousands of rules spends most of its time here, so large
/// files use two threads (parsing only reads the text). Errors are reported afterwards, in order.
/// A tree is kept when `keep_trees`, in an arena shared by a run of queries (an arena per query
/// was half the memory of a lint); a rejected query always keeps its error.
void parse_all(std::vector<RuleQuery*>& queries, bool keep_trees, diag::Sink& sink) {
  // An `expr` the schema refused (or that is missing) reads as empty: it was reported already.
  std::erase_if(queries, [](const RuleQuery* query) { return query->text.text.value.empty(); });
  const std::size_t runs = (queries.size() + kQueriesPerArena - 1) / kQueriesPerArena;
  diag::parallel_for(runs, queries.size() >= kParallelFrom ? 2 : 1, [&](std::size_t run) {
    const auto arena = keep_trees ? std::make_shared<metricsql::Arena>() : nullptr;
    const std::size_t end = std::min(queries.size(), (run + 1) * kQueriesPerArena);
    for (std::size_t index = run * kQueriesPerArena; index < end; ++index) {
      const std::string& text = queries[index]->text.text.value;
      metricsql::ParseResult parsed = arena ? metricsql::parse(text, arena) : metricsql::parse(text);
      if (keep_trees || !parsed.ok())
        queries[index]->parsed = std::make_shared<metricsql::ParseResult>(std::move(parsed));
    }
  });
  for (RuleQuery* q : queries)
    if (q->parsed && !q->parsed->ok()) metricsql::report(*q->parsed->error(), q->text.where, sink);
}

}  // namespace

RuleFile build_rule_file(const Reader& reader, const std::string& groups, diag::Sink& sink) {
  RuleFile out{reader.origin(), {}};
  const gotemplate::Engine engine = template_engine(out.origin);
  for (const std::string& g : reader.items(groups)) {
    RuleGroup group{reader.str(g + "/name"), reader.scalar_map(g + "/labels"), {}};
    for (const std::string& at : reader.items(g + "/rules")) {
      group.rules.push_back(rule(reader, at));
      if (group.rules.back().alert) check_templates(reader, at, engine, sink);
    }
    out.groups.push_back(std::move(group));
  }
  std::vector<RuleQuery*> queries;
  for (RuleGroup& g : out.groups)
    for (RecordingOrAlertingRule& rule : g.rules) queries.push_back(&rule.expr);
  parse_all(queries, reader.options().query_trees, sink);
  return out;
}

}  // namespace telc::model
