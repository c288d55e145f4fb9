#include "driver/compile.hpp"

#include "ir/lower.hpp"
#include "model/config.hpp"
#include "otelcol/check.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::driver {
namespace {

/// The targets to run: those named, or every backend (a backend with nothing to say writes nothing).
std::vector<const backends::Backend*> selected(const CompileOptions& options) {
  std::vector<const backends::Backend*> out;
  for (const std::string& name : options.targets)
    if (const auto* backend = backends::find_backend(name)) out.push_back(backend);
  if (!options.targets.empty()) return out;
  for (const auto& backend : backends::all_backends()) out.push_back(backend.get());
  return out;
}

/// Every generated collector config is read back and checked like a hand-written one: a finding
/// there is telc's bug, and it stops the files from being written.
void verify_collector_configs(const backends::OutputTree& files, const model::ProjectConfig& config,
                              diag::SourceManager& sources, diag::Sink& sink) {
  const otelcol::CheckOptions options{config.collector_version, config.distribution};
  for (const auto& [path, content] : files) {
    if (path.rfind("collector/", 0) != 0) continue;
    const diag::FileId id = sources.add("<generated>/" + path, content);
    for (const schema::Document& doc : schema::load_yaml(sources, id, sink))
      otelcol::check_config(schema::Locator(sources, doc), options, sink);
  }
}

}  // namespace

CompileResult compile(const CompileOptions& options, const std::function<std::string()>& read_stdin,
                      diag::SourceManager& sources, diag::Sink& sink) {
  CompileResult out;
  const model::ProjectConfig config = model::load_config(
      model::config_file(options.config_path, options.search_config, options.inputs.paths), sources, sink);
  ValidateResult validated = validate(options.inputs, read_stdin, sources, sink);
  out.io_failed = validated.io_failed;
  out.inputs = std::move(validated.inputs);
  if (sink.has_errors()) return out;
  const ir::Program program = ir::lower(validated.model, config, sources);
  const backends::EmitOptions emit{options.merge, !options.targets.empty()};
  for (const backends::Backend* backend : selected(options)) backend->emit(program, emit, out.files, sink);
  if (!sink.has_errors()) verify_collector_configs(out.files, config, sources, sink);
  if (sink.has_errors()) out.files.clear();
  return out;
}

}  // namespace telc::driver
