// `telc schema export DIR`: the built-in JSON Schemas as files, for editors and other validators.
#include <memory>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "driver/write.hpp"
#include "schema/export.hpp"

namespace telc::cli {
namespace {

struct SchemaExportArgs {
  std::string dir;
  ReportOptions report;
};

/// Written as compile writes (a temporary file renamed into place, nothing through a symbolic
/// link below DIR); every name is a fixed "<group>/<version>/<Kind>.schema.json", never outside DIR.
int run_export(const SchemaExportArgs& args, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  const std::map<std::string, std::string> schemas = schema::exported_schemas();
  const backends::OutputTree tree(schemas.begin(), schemas.end());
  if (!driver::write_tree(tree, args.dir, sink)) {
    (void)report(sink, sources, args.report, io);
    return kUsage;
  }
  if (args.report.verbose)
    for (const auto& [path, text] : tree) io.err << args.dir << "/" << path << "\n";
  return report(sink, sources, args.report, io);
}

}  // namespace

void add_schema_command(CLI::App& parent, RunState& state) {
  CLI::App* schema = parent.add_subcommand("schema", "Work with telc's built-in JSON Schemas");
  schema->require_subcommand(1);
  auto args = std::make_shared<SchemaExportArgs>();
  CLI::App* exp = schema->add_subcommand(
      "export", "Write every built-in JSON Schema to DIR as <group>/<version>/<Kind>.schema.json, with its $id");
  exp->add_option("dir", args->dir, "Directory to write to (created when missing)")->required();
  add_report_options(*exp, args->report, false);
  exp->callback([args, &state] { state.exit_code = run_export(*args, state.io); });
}

}  // namespace telc::cli
