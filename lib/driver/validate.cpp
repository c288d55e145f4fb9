#include "driver/validate.hpp"

#include "diag/parallel.hpp"
#include "model/build.hpp"
#include "model/checks/checks.hpp"
#include "model/inputs.hpp"
#include "model/kinds.hpp"
#include "model/reader.hpp"
#include "schema/schema_store.hpp"
#include "schema/validate.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::driver {
namespace {

struct FileResult {
  diag::Sink sink;
  model::Model model;
  std::size_t documents = 0;
};

/// Documents this large (in nodes) are modelled while a second thread validates them: a single
/// big file (10,000 alert rules) would otherwise leave a core idle.
constexpr std::size_t kSpeculateFrom = 20'000;

const schema::CompiledSchema& schema_of(const model::Kind& kind) {
  // Every row has its schema (tests/kinds_test.cpp): both are built from schemas/.
  return *schema::SchemaStore::builtin().find(kind.api_version, kind.kind);
}

void build(const model::Kind& kind, const schema::Locator& where, model::Model& out, diag::Sink& sink) {
  if (kind.build != nullptr) kind.build(model::Reader(where), out, sink);
}

/// Stages 3 and 4 for one document, one after the other.
void process_document(const diag::SourceManager& sources, const schema::Document& doc, FileResult& out) {
  const schema::Locator where(sources, doc);
  const model::Kind* kind = model::identify(where, out.sink);
  if (kind == nullptr || !schema::validate_with(schema_of(*kind), doc, sources, out.sink).ok)
    return model::note_invalid(doc.value, out.model);
  build(*kind, where, out.model, out.sink);
}

/// Stages 3 and 4 side by side; the model (built from the document whatever its validity: the
/// reader never trusts types) is kept only when validation passed, as in process_document.
void process_large_document(const diag::SourceManager& sources, const schema::Document& doc, FileResult& out) {
  const schema::Locator where(sources, doc);
  const model::Kind* kind = model::identify(where, out.sink);
  if (kind == nullptr) return model::note_invalid(doc.value, out.model);
  diag::Sink validation;
  bool valid = false;
  FileResult built;
  diag::parallel_for(2, 2, [&](std::size_t task) {
    if (task == 0)
      valid = schema::validate_with(schema_of(*kind), doc, sources, validation).ok;
    else
      build(*kind, where, built.model, built.sink);
  });
  out.sink.merge(std::move(validation));
  if (!valid) return model::note_invalid(doc.value, out.model);
  out.sink.merge(std::move(built.sink));
  out.model.merge(std::move(built.model));
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

}  // namespace

ValidateResult validate(const ValidateOptions& options, const std::function<std::string()>& read_stdin,
                        diag::SourceManager& sources, diag::Sink& sink) {
  ValidateResult out;
  const model::LoadedInputs inputs = model::load_inputs(options.paths, read_stdin, sources, sink);
  out.io_failed = inputs.io_failed;
  std::vector<FileResult> results(inputs.files.size());
  diag::parallel_for(inputs.files.size(), options.jobs,
                     [&](std::size_t index) { process_file(sources, inputs.files[index], results[index]); });
  for (FileResult& result : results) {  // merged in input order: output never depends on timing
    sink.merge(std::move(result.sink));
    out.model.merge(std::move(result.model));
    out.documents += result.documents;
  }
  model::link(out.model);
  model::checks::check_metrics(out.model, sink);
  model::checks::check_registries(out.model, sink);
  return out;
}

}  // namespace telc::driver
