#include "driver/validate.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "diag/parallel.hpp"
#include "model/build.hpp"
#include "model/checks/checks.hpp"
#include "model/inputs.hpp"
#include "model/kinds.hpp"
#include "model/reader.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"
#include "schema/validate.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::driver {
namespace {

struct FileResult {
  diag::Sink sink;
  model::Model model;
  std::size_t documents = 0;
  std::vector<SkippedDocument> skipped;
};

/// Documents this large (in nodes) are modelled while a second thread validates them: a single
/// big file (10,000 alert rules) would otherwise leave a core idle.
constexpr std::size_t kSpeculateFrom = 20'000;

const schema::CompiledSchema& schema_of(const model::Kind& kind) {
  // Every row has its schema (tests/kinds_test.cpp): both are built from schemas/.
  return *schema::SchemaStore::builtin().find(kind.api_version, kind.kind);
}

void build(const model::Kind& kind, const schema::Locator& where, const schema::Validated* validation,
           model::BuildOptions options, model::Model& out, diag::Sink& sink) {
  if (kind.build != nullptr) kind.build(model::Reader(where, validation, options), out, sink);
}

/// Stages 3 and 4 for one document of telc's. A document with schema errors is modelled too,
/// from its well-formed nodes, so its other problems (a broken query beside an unknown field) are
/// reported in the same run; references to what it declares are not reported a second time.
void check_document(const model::Kind& kind, const schema::Locator& where, model::BuildOptions options,
                    FileResult& out) {
  const schema::Document& doc = where.document();
  const schema::Validated validated = schema::validate_with(schema_of(kind), doc, where.sources(), out.sink);
  if (!validated.ok) model::note_invalid(doc.value, out.model);
  build(kind, where, &validated, options, out.model, out.sink);
}

/// Stages 3 and 4 side by side: the model is built while a second thread validates. Valid
/// documents, the common case, keep that model; an invalid one is built again from its
/// well-formed nodes, as check_document does.
void check_large_document(const model::Kind& kind, const schema::Locator& where, model::BuildOptions options,
                          FileResult& out) {
  const schema::Document& doc = where.document();
  diag::Sink validation;
  schema::Validated validated;
  FileResult built;
  diag::parallel_for(2, 2, [&](std::size_t task) {
    if (task == 0)
      validated = schema::validate_with(schema_of(kind), doc, where.sources(), validation);
    else
      build(kind, where, nullptr, options, built.model, built.sink);
  });
  out.sink.merge(std::move(validation));
  if (validated.ok) {
    out.sink.merge(std::move(built.sink));
    return out.model.merge(std::move(built.model));
  }
  model::note_invalid(doc.value, out.model);
  build(kind, where, &validated, options, out.model, out.sink);
}

/// Identifies one document and checks it when it is telc's; a `kind: List`'s items one by one
/// (`item`: the 1-based number of the item being checked, 0 for a document).
void process_document(const diag::SourceManager& sources, const schema::Document& doc, model::BuildOptions options,
                      FileResult& out, std::size_t item = 0) {
  if (model::is_list(doc.value)) {
    for (std::size_t i = 0; i < doc.value["items"].size(); ++i)
      process_document(sources, schema::subdocument(doc, schema::child_pointer("/items", i)), options, out, i + 1);
    return;
  }
  const schema::Locator where(sources, doc);
  const model::Identity identity = model::identify(where, out.sink);
  switch (identity.verdict) {
    case model::Identity::Verdict::skip:
      return out.skipped.push_back(
          {doc.file, where.value("").begin.line,
           item == 0 ? identity.skipped : fmt::format("item {} of a kind: List, {}", item, identity.skipped)});
    case model::Identity::Verdict::reject: ++out.documents; return model::note_invalid(doc.value, out.model);
    case model::Identity::Verdict::check: ++out.documents; break;
  }
  if (doc.locations.size() >= kSpeculateFrom)
    check_large_document(*identity.kind, where, options, out);
  else
    check_document(*identity.kind, where, options, out);
}

/// A YAML syntax error in a file that names nothing of telc's (no owned group, no rule-file or
/// registry key): whose file it is cannot be told, and a repository's broken example of another
/// tool is not telc's to report. Limits (nesting, alias bombs) and encoding errors are reported.
bool foreign_syntax_error(const diag::Sink& loading, std::string_view text) {
  const auto syntax = [](const diag::Diagnostic& diagnostic) {
    return diagnostic.severity != diag::Severity::error || diagnostic.code == "yaml/syntax";
  };
  return loading.has_errors() && std::all_of(loading.all().begin(), loading.all().end(), syntax) &&
         !model::may_declare(text);
}

/// Stages 2–4 for one file; touches only its own result, so files run in parallel.
void process_file(const diag::SourceManager& sources, diag::FileId file, model::BuildOptions options, FileResult& out) {
  if (const auto why = model::not_policy(sources.file(file).path, sources.file(file).text))
    return out.skipped.push_back({file, 0, *why});
  diag::Sink loading;
  const std::vector<schema::Document> docs = schema::load_yaml(sources, file, loading);
  if (foreign_syntax_error(loading, sources.file(file).text))
    return out.skipped.push_back({file, 0, "not valid YAML, and names nothing of telc's"});
  out.sink.merge(std::move(loading));
  if (docs.empty() && !out.sink.has_errors())  // as promtool, an empty rule file is fine
    return out.skipped.push_back({file, 0, "no YAML document (empty, or only comments)"});
  for (const schema::Document& doc : docs) process_document(sources, doc, options, out);
}

/// The project's other files, read as context: the `.telc.yaml` policies that are not inputs
/// already. Sorted by id. A context file that cannot be read is left out: it was not named.
std::vector<diag::FileId> load_context(const model::ProjectConfig& config, const std::vector<diag::FileId>& inputs,
                                       diag::SourceManager& sources) {
  if (inputs.empty() || sources.file(inputs.front()).path == "-") return {};
  namespace fs = std::filesystem;
  std::set<fs::path> named;
  std::error_code ec;
  for (diag::FileId file : inputs) named.insert(fs::weakly_canonical(sources.file(file).path, ec));
  std::vector<diag::FileId> out;
  for (const fs::path& path : model::context_files(config, sources.file(inputs.front()).path)) {
    if (named.count(fs::weakly_canonical(path, ec)) != 0) continue;
    auto read = model::read_file(path);
    if (read.text && model::may_declare(*read.text))
      out.push_back(sources.add(fs::relative(path, ec).generic_string(), std::move(*read.text)));
  }
  return out;
}

/// The inputs split by the `.telc.yaml` that applies to each (the nearest; --config for all), in
/// the order of their first input. Never empty: without inputs, the configuration of the paths.
std::vector<std::pair<std::optional<std::filesystem::path>, std::vector<diag::FileId>>> by_project(
    const ValidateOptions& options, const std::vector<diag::FileId>& files, const diag::SourceManager& sources) {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::optional<fs::path>, std::vector<diag::FileId>>> out;
  // Files of one directory share their configuration: the walk up the tree runs once per
  // directory, not once per file (a directory of 10,000 policies costs one lookup).
  std::map<fs::path, std::optional<fs::path>> by_directory;
  for (diag::FileId file : files) {
    const std::string& path = sources.file(file).path;
    const fs::path directory = fs::path(path).parent_path();
    auto found = by_directory.find(directory);
    if (found == by_directory.end()) {
      auto config = model::config_file(options.config_path, options.search_config, {path});
      std::error_code ec;
      if (config) config = fs::weakly_canonical(*config, ec);
      found = by_directory.emplace(directory, std::move(config)).first;
    }
    const std::optional<fs::path>& config = found->second;
    auto same = [&](const auto& project) { return project.first == config; };
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it == out.end()) it = out.insert(out.end(), {config, {}});
    it->second.push_back(file);
  }
  if (out.empty()) out.push_back({model::config_file(options.config_path, options.search_config, options.paths), {}});
  return out;
}

/// Stages 2–5 for the files of one project, with its context.
Project check_project(const ValidateOptions& options, const std::optional<std::filesystem::path>& config_path,
                      const std::vector<diag::FileId>& inputs, diag::SourceManager& sources, diag::Sink& sink,
                      InputSummary& summary) {
  Project out;
  const std::size_t files_before = sources.size();
  out.config = model::load_config(config_path, sources, sink);
  if (sources.size() > files_before) out.config_file = static_cast<diag::FileId>(files_before);
  if (options.with_context) out.context = load_context(out.config, inputs, sources);
  check_files(options, inputs, out, sources, sink, summary);
  return out;
}

}  // namespace

void check_files(const ValidateOptions& options, const std::vector<diag::FileId>& inputs, Project& out,
                 diag::SourceManager& sources, diag::Sink& sink, InputSummary& summary) {
  const std::vector<diag::FileId>& context = out.context;
  std::vector<diag::FileId> files = inputs;
  files.insert(files.end(), context.begin(), context.end());
  std::vector<FileResult> results(files.size());
  const model::BuildOptions build{options.query_trees};
  diag::parallel_for(files.size(), options.jobs,
                     [&](std::size_t index) { process_file(sources, files[index], build, results[index]); });
  diag::Sink found;
  for (std::size_t i = 0; i < results.size(); ++i) {  // merged in input order: output never depends on timing
    FileResult& result = results[i];
    found.merge(std::move(result.sink));
    out.model.merge(std::move(result.model));
    if (i >= inputs.size()) continue;  // context: not counted, not listed
    summary.documents += result.documents;
    std::move(result.skipped.begin(), result.skipped.end(), std::back_inserter(summary.skipped));
  }
  model::link(out.model);
  model::checks::check_metrics(out.model, found);
  model::checks::check_registries(out.model, found);
  if (!context.empty())  // findings only for the files named
    found.retain([&](const diag::Diagnostic& diagnostic) {
      return !std::binary_search(context.begin(), context.end(), diagnostic.span.file);
    });
  sink.merge(std::move(found));
}

ValidateResult validate(const ValidateOptions& options, const model::ReadStdin& read_stdin,
                        diag::SourceManager& sources, diag::Sink& sink) {
  ValidateResult out;
  const model::LoadedInputs inputs = model::load_inputs(options.paths, read_stdin, sources, sink);
  out.io_failed = inputs.io_failed;
  out.inputs.files = inputs.files;
  for (const auto& [config, files] : by_project(options, inputs.files, sources))
    out.projects.push_back(check_project(options, config, files, sources, sink, out.inputs));
  return out;
}

}  // namespace telc::driver
