#include "driver/compile.hpp"

#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "backends/kyma/release.hpp"
#include "driver/objects.hpp"
#include "ir/bind_objects.hpp"
#include "ir/lower.hpp"
#include "model/config.hpp"
#include "model/inputs.hpp"
#include "model/resources.hpp"
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
  const otelcol::CheckOptions kyma{std::string(backends::kyma::kCollectorVersion),
                                   std::string(backends::kyma::kCollectorDistribution)};
  for (const auto& [path, content] : files) {
    const bool kyma_config = path.starts_with("kyma/") && path != "kyma/secret-keys.yaml";
    if (!path.starts_with("collector/") && !kyma_config) continue;
    const diag::FileId id = sources.add("<generated>/" + path, content);
    for (const schema::Document& doc : schema::load_yaml(sources, id, sink))
      otelcol::check_config(schema::Locator(sources, doc), kyma_config ? kyma : options, sink);
  }
}

/// One compile writes one project's outputs: its targets, platform and secrets come from one
/// `.telc.yaml`, so inputs under two of them are not merged silently.
void report_several_projects(const std::vector<Project>& projects, diag::Sink& sink) {
  std::vector<std::string> configs;
  configs.reserve(projects.size());
  for (const Project& project : projects)
    configs.push_back(project.config.path ? *project.config.path : std::string("(no .telc.yaml)"));
  sink.report(
      {diag::Severity::error,
       "compile/several-projects",
       fmt::format("the inputs are under {} different configurations: {}", configs.size(), fmt::join(configs, ", ")),
       {},
       "compile each project on its own, or name one configuration for all with --config",
       {}});
}

/// An input kind no selected target compiles gets one note, at its first document, so a compile
/// never passes over an input in silence without repeating itself for every file of a folder.
/// Rule files and registries without a kind are lint's and docs' business.
void note_not_compiled(const model::Model& model, const std::vector<const backends::Backend*>& targets,
                       diag::Sink& sink) {
  std::set<std::string_view> compiled;
  for (const backends::Backend* backend : targets)
    compiled.insert(backend->info().kinds.begin(), backend->info().kinds.end());
  std::vector<const model::Origin*> origins;
  for (const auto& p : model.export_policies) origins.push_back(&p.origin);
  for (const auto& d : model.definitions) origins.push_back(&d.origin);
  for (const auto& p : model.policies) origins.push_back(&p.origin);
  for (const auto& p : model.resource_metrics_policies) origins.push_back(&p.origin);
  for (const auto& p : model.pipelines) origins.push_back(&p.origin);
  std::map<std::string, std::vector<const model::Origin*>> left_out;  // by kind
  for (const model::Origin* origin : origins)
    if (!origin->kind.empty() && !compiled.contains(origin->kind)) left_out[origin->kind].push_back(origin);
  for (const auto& [kind, documents] : left_out) {
    std::string names;
    for (const auto& backend : backends::all_backends())
      for (std::string_view k : backend->info().kinds)
        if (k == kind) names += (names.empty() ? "" : ", ") + std::string(backend->info().name);
    const model::Origin& first = *documents.front();
    const std::string more = documents.size() > 1 ? fmt::format(" (and {} more)", documents.size() - 1) : "";
    sink.report({diag::Severity::note,
                 "compile/not-compiled",
                 fmt::format("{} '{}'{} compiled by no selected target", kind, first.name.value,
                             more.empty() ? " is" : more + " are"),
                 first.name.span,
                 names.empty() ? std::string("telc validates and lints this kind; no target compiles it")
                               : fmt::format("add --target {} to compile it", names),
                 {}});
  }
}

/// Where generated files name their inputs from (model::project_root), found from the first input.
std::filesystem::path project_root(const model::ProjectConfig& config, const std::vector<std::string>& paths) {
  std::error_code ec;
  if (paths.empty() || paths.front() == "-") return model::project_root(config, std::filesystem::current_path(ec));
  return model::project_root(config, paths.front());
}

}  // namespace

CompileResult compile(const CompileOptions& options, const model::ReadStdin& read_stdin, diag::SourceManager& sources,
                      diag::Sink& sink) {
  CompileResult out;
  ValidateOptions inputs = options.inputs;
  inputs.with_context = false;  // what is compiled is what is named
  ValidateResult validated = validate(inputs, read_stdin, sources, sink);
  out.io_failed = validated.io_failed;
  out.inputs = std::move(validated.inputs);
  if (validated.projects.size() > 1) report_several_projects(validated.projects, sink);
  std::optional<std::vector<model::ResourceObject>> objects;
  if (!options.resources.empty()) {
    objects = load_objects(options.resources, read_stdin, sources, sink);
    if (!objects) out.io_failed = true;
  }
  if (sink.has_errors()) return out;
  const Project& project = validated.projects.front();
  const model::ProjectConfig& config = project.config;
  ir::Program program = ir::lower(project.model, config, {sources, project_root(config, options.inputs.paths)});
  if (objects) ir::bind_objects(program, *objects, sink);
  const backends::EmitOptions emit{options.merge, !options.targets.empty()};
  const std::vector<const backends::Backend*> targets = selected(options);
  note_not_compiled(project.model, targets, sink);
  for (const backends::Backend* backend : targets) backend->emit(program, emit, out.files, sink);
  if (!sink.has_errors()) verify_collector_configs(out.files, config, sources, sink);
  if (sink.has_errors()) out.files.clear();
  return out;
}

}  // namespace telc::driver
