#include "compiler/driver.hpp"

#include <atomic>
#include <thread>

#include "compiler/checks/checks.hpp"
#include "compiler/collector/check.hpp"
#include "compiler/inputs.hpp"
#include "compiler/ir/lower.hpp"
#include "compiler/model/build.hpp"
#include "schema/document.hpp"
#include "schema/schema_store.hpp"
#include "schema/validate.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::compiler {
namespace {

struct FileResult {
  diag::Sink sink;
  model::Model model;
  std::size_t documents = 0;
};

struct Counts {
  std::size_t exports, definitions, policies;
};

Counts counts(const model::Model& m) { return {m.export_policies.size(), m.definitions.size(), m.policies.size()}; }

/// The checks that need one resource only, for what the last document added.
void check_local(const model::Model& m, Counts from, diag::Sink& sink) {
  for (std::size_t i = from.exports; i < m.export_policies.size(); ++i)
    checks::check_export_policy(m.export_policies[i], sink);
  for (std::size_t i = from.definitions; i < m.definitions.size(); ++i)
    checks::check_metric_definition(m.definitions[i], sink);
  for (std::size_t i = from.policies; i < m.policies.size(); ++i) checks::check_metric_policy_cel(m.policies[i], sink);
}

/// Stages 2–4 for one file; touches only its own result, so files run in parallel.
template <typename T> void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append_model(model::Model& to, model::Model& from) {
  append(to.export_policies, from.export_policies);
  append(to.definitions, from.definitions);
  append(to.policies, from.policies);
  append(to.rule_files, from.rule_files);
  append(to.registries, from.registries);
  append(to.pipelines, from.pipelines);
  to.registry_has_dependencies |= from.registry_has_dependencies;
  append(to.broken_definitions, from.broken_definitions);
}

/// Documents this large (in nodes) are modelled while a second thread validates them: a single
/// big file (10,000 alert rules) would otherwise leave a core idle.
constexpr std::size_t kSpeculateFrom = 20'000;

/// Stages 3 and 4 for one document, one after the other.
void process_document(const diag::SourceManager& sources, const schema::Document& doc, FileResult& out) {
  const schema::Validated v = schema::validate_document(doc, sources, schema::SchemaStore::builtin(), out.sink);
  if (!v.ok) return model::note_broken(doc, out.model);
  const Counts before = counts(out.model);
  model::build(schema::Locator(sources, doc), out.model, out.sink);
  check_local(out.model, before, out.sink);
}

/// Stages 3 and 4 side by side; the model (built from the document whatever its validity: the
/// reader never trusts types) is kept only when validation passed, as in process_document.
void process_large_document(const diag::SourceManager& sources, const schema::Document& doc, FileResult& out) {
  diag::Sink validation;
  schema::Validated v;
  std::thread validator(
      [&] { v = schema::validate_document(doc, sources, schema::SchemaStore::builtin(), validation); });
  FileResult built;
  model::build(schema::Locator(sources, doc), built.model, built.sink);
  check_local(built.model, {0, 0, 0}, built.sink);
  validator.join();
  out.sink.merge(std::move(validation));
  if (!v.ok) return model::note_broken(doc, out.model);
  out.sink.merge(std::move(built.sink));
  append_model(out.model, built.model);
}

/// Stages 2–4 for one file; touches only its own result, so files run in parallel.
void process_file(const diag::SourceManager& sources, diag::FileId file, FileResult& out) {
  for (const schema::Document& doc : schema::load_yaml(sources, file, out.sink)) {
    ++out.documents;
    if (doc.locations.size() >= kSpeculateFrom)
      process_large_document(sources, doc, out);
    else
      process_document(sources, doc, out);
  }
}

void run_parallel(const diag::SourceManager& sources, const std::vector<diag::FileId>& files, unsigned jobs,
                  std::vector<FileResult>& results) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) process_file(sources, files[i], results[i]);
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
}

}  // namespace

ValidateResult validate(const ValidateOptions& options, const std::function<std::string()>& read_stdin,
                        diag::SourceManager& sources, diag::Sink& sink) {
  ValidateResult out;
  const LoadedInputs inputs = load_inputs(options.paths, read_stdin, sources, sink);
  out.io_failed = inputs.io_failed;
  std::vector<FileResult> results(inputs.files.size());
  run_parallel(sources, inputs.files, options.jobs, results);
  for (FileResult& r : results) {  // merged in input order: output never depends on timing
    sink.merge(std::move(r.sink));
    append_model(out.model, r.model);
    out.documents += r.documents;
  }
  model::link(out.model);
  checks::check_metrics(out.model, sink);
  checks::check_registries(out.model, sink);
  return out;
}

namespace {

/// The targets to run: those named, or every backend (a backend with nothing to say writes nothing).
std::vector<const backends::Backend*> selected(const CompileOptions& options) {
  std::vector<const backends::Backend*> out;
  for (const std::string& name : options.targets)
    if (const auto* b = backends::find_backend(name)) out.push_back(b);
  if (!options.targets.empty()) return out;
  for (const auto& b : backends::all_backends()) out.push_back(b.get());
  return out;
}

/// Every generated collector config is read back and checked like a hand-written one: a finding
/// there is telc's bug, and it stops the files from being written.
void verify_collector_configs(const backends::OutputTree& files, const ProjectConfig& config,
                              diag::SourceManager& sources, diag::Sink& sink) {
  const collector::CheckOptions options{config.collector_version, config.distribution};
  for (const auto& [path, content] : files) {
    if (path.rfind("collector/", 0) != 0) continue;
    const diag::FileId id = sources.add("<generated>/" + path, content);
    for (const schema::Document& doc : schema::load_yaml(sources, id, sink))
      collector::check_config(schema::Locator(sources, doc), options, sink);
  }
}

}  // namespace

CompileResult compile(const CompileOptions& options, const std::function<std::string()>& read_stdin,
                      diag::SourceManager& sources, diag::Sink& sink) {
  CompileResult out;
  const ProjectConfig config =
      load_config(config_file(options.config_path, options.search_config, options.inputs.paths), sources, sink);
  ValidateResult validated = validate(options.inputs, read_stdin, sources, sink);
  out.io_failed = validated.io_failed;
  if (sink.has_errors()) return out;
  const ir::Program program = ir::lower(validated.model, config, sources);
  const backends::EmitOptions emit{options.merge, !options.targets.empty()};
  for (const backends::Backend* b : selected(options)) b->emit(program, emit, out.files, sink);
  if (!sink.has_errors()) verify_collector_configs(out.files, config, sources, sink);
  if (sink.has_errors()) out.files.clear();
  return out;
}

}  // namespace telc::compiler
