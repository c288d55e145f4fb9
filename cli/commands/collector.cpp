// `telc collector check`: checks hand-written OpenTelemetry Collector configs.
#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "driver/collector_check.hpp"

namespace telc::cli {
namespace {

struct CollectorCheckArgs {
  std::vector<std::string> paths;
  otelcol::CheckOptions check;
  ReportOptions report;
};

int run_check(const CollectorCheckArgs& args, Io& io) {
  if (const std::string problem = otelcol::options_error(args.check); !problem.empty()) {
    io.err << "telc: " << problem << "\n";
    return kUsage;
  }
  diag::SourceManager sources;
  diag::Sink sink;
  auto read_stdin = [&io](std::size_t max_bytes) { return read_at_most(io.in, max_bytes); };
  const auto result = driver::check_collector_configs(args.paths, args.check, read_stdin, sources, sink);
  const int code = report(sink, sources, args.report, io, nullptr, result.files);
  return result.io_failed ? kUsage : code;
}

}  // namespace

void add_collector_command(CLI::App& parent, RunState& state) {
  CLI::App* collector = parent.add_subcommand("collector", "Work with OpenTelemetry Collector configs");
  collector->require_subcommand(1);
  auto args = std::make_shared<CollectorCheckArgs>();
  CLI::App* check = collector->add_subcommand(
      "check", "Check collector configs like `otelcol validate`, plus auth, distribution, $ and secret rules");
  check->add_option("paths", args->paths, "Config files, directories (*.yaml, *.yml) or - for stdin")->required();
  check->add_option("--version", args->check.version, "Collector version the configs target")->capture_default_str();
  check
      ->add_option("--distribution", args->check.distribution,
                   "otelcol, otelcol-contrib, otelcol-k8s, otelcol-otlp or otelcol-kyma")
      ->capture_default_str();
  add_report_options(*check, args->report, true);
  set_examples(*collector, "  telc collector check otelcol.yaml       check a hand-written collector config");
  set_examples(*check, R"(  telc collector check otelcol.yaml                       as the release telc defaults to
  telc collector check --version 0.146.0 otelcol.yaml     as collector 0.146.0 would load it
  telc collector check --distribution otelcol-k8s conf/   every config under a directory)");
  check->callback([args, &state] { state.exit_code = run_check(*args, state.io); });
}

}  // namespace telc::cli
