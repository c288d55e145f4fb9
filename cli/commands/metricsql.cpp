// `telc metricsql fmt|check|parse`: canonical printing, diagnostics and the AST as JSON.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/commands/metricsql_ast_json.hpp"
#include "cli/commands/metricsql_jsonl.hpp"
#include "cli/output.hpp"
#include "diag/source_manager.hpp"
#include "metricsql/parse.hpp"
#include "model/inputs.hpp"

namespace telc::cli {
namespace {

struct MetricsqlOptions {
  bool jsonl = false;
  bool json = false;
  std::string file;
  std::vector<std::string> files;
  ReportOptions report;
};

/// FILE, or stdin for "" and "-", read as every input is (a FIFO, a device or more than the size
/// limit refused); nullopt after a diagnostic located at the file.
std::optional<diag::FileId> read_input(const std::string& path, Io& io, diag::SourceManager& sources,
                                       diag::Sink& sink) {
  model::ReadResult read;
  const bool from_stdin = path.empty() || path == "-";
  if (from_stdin) {
    read.text = read_at_most(io.in, model::kMaxInputBytes + 1);
    if (read.text->size() > model::kMaxInputBytes) {
      read.text.reset();
      read.failure = {"io/too-large", "standard input is more than the size limit telc reads", "split the input"};
    }
  } else {
    read = model::read_file(path);
  }
  const std::string name = from_stdin ? "-" : path;
  if (read.text) return sources.add(name, std::move(*read.text));
  std::optional<std::string> hint;
  if (!read.failure.hint.empty()) hint = read.failure.hint;
  sink.report({diag::Severity::error,
               read.failure.code,
               read.failure.message,
               diag::SourceSpan{sources.add(name, ""), {}, {}},
               hint,
               {}});
  return std::nullopt;
}

void append_result(std::string& out, std::string_view query, const metricsql::ParseResult& result) {
  out += "{\"q\":";
  append_json_string(out, query);
  out += result.ok() ? ",\"ok\":true,\"canonical\":" : ",\"ok\":false,\"canonical\":";
  if (result.ok()) {
    std::string canonical;
    metricsql::append_canonical(canonical, *result.root());
    append_json_string(out, canonical);
    out += ",\"error\":\"\"}\n";
  } else {
    out += "\"\",\"error\":";
    append_json_string(out, result.error()->message);
    out += "}\n";
  }
}

// One output line per input line, in order; a line that is not {"q": ...} gets ok=false.
int format_jsonl(std::istream& in, Io& io) {
  std::string line;
  std::string out;
  while (std::getline(in, line)) {
    if (const auto q = read_query_line(line)) {
      append_result(out, *q, metricsql::parse(*q));
    } else {
      out +=
          "{\"q\":\"\",\"ok\":false,\"canonical\":\"\",\"error\":\"input line is not a JSON object with a string "
          "\\\"q\\\"\"}\n";
    }
    if (out.size() > (1 << 16)) {
      io.out.write(out.data(), static_cast<std::streamsize>(out.size()));
      out.clear();
    }
  }
  io.out.write(out.data(), static_cast<std::streamsize>(out.size()));
  io.out.flush();
  return kClean;
}

diag::EmbeddedText whole_file(diag::FileId id, const diag::SourceManager& sources) {
  diag::EmbeddedText where(id);
  const std::string& text = sources.file(id).text;
  for (std::size_t i = 0; i <= text.size(); ++i) where.push(sources.position(id, i));
  return where;
}

// Parses each file as one query and reports into `sink`; false when a file cannot be read (the
// others are still checked).
bool check_files(const std::vector<std::string>& files, diag::SourceManager& sources, diag::Sink& sink, Io& io) {
  bool all_read = true;
  for (const std::string& path : files) {
    const auto id = read_input(path, io, sources, sink);
    if (!id) {
      all_read = false;
      continue;
    }
    const auto result = metricsql::parse(sources.file(*id).text);
    if (!result.ok()) {
      metricsql::report(*result.error(), whole_file(*id, sources), sink);
    }
  }
  return all_read;
}

int run_fmt(MetricsqlOptions& options, Io& io) {
  if (options.jsonl) {
    if (options.file.empty() || options.file == "-") {
      return format_jsonl(io.in, io);
    }
    std::ifstream in(options.file, std::ios::binary);
    if (!in) {
      io.err << "telc: cannot read " << options.file << "\n";
      return kUsage;
    }
    return format_jsonl(in, io);
  }
  diag::SourceManager sources;
  diag::Sink sink;
  if (!check_files({options.file.empty() ? std::string("-") : options.file}, sources, sink, io)) {
    (void)report(sink, sources, options.report, io);
    return kUsage;
  }
  if (sink.has_errors()) {
    return report(sink, sources, options.report, io);
  }
  io.out << metricsql::to_canonical(*metricsql::parse(sources.file(0).text).root()) << "\n";
  return kClean;
}

int run_check(MetricsqlOptions& options, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  const bool all_read = check_files(options.files, sources, sink, io);
  std::vector<diag::FileId> files(sources.size());
  std::iota(files.begin(), files.end(), diag::FileId{0});
  const int code = report(sink, sources, options.report, io, nullptr, files);
  return all_read ? code : kUsage;
}

int run_parse(MetricsqlOptions& options, Io& io) {
  diag::SourceManager sources;
  diag::Sink sink;
  if (!check_files({options.file.empty() ? std::string("-") : options.file}, sources, sink, io)) {
    (void)report(sink, sources, options.report, io);
    return kUsage;
  }
  if (sink.has_errors()) {
    return report(sink, sources, options.report, io);
  }
  io.out << ast_to_json(*metricsql::parse(sources.file(0).text).root()).dump(2) << "\n";
  return kClean;
}

}  // namespace

void add_metricsql_command(CLI::App& parent, RunState& state) {
  auto* cmd = parent.add_subcommand("metricsql", "MetricsQL tools: format, check, parse");
  cmd->require_subcommand(1);
  auto options = std::make_shared<MetricsqlOptions>();

  auto* fmt = cmd->add_subcommand("fmt", "Print the canonical form of a query (or of JSON lines)");
  fmt->add_flag("--jsonl", options->jsonl, "Input lines are {\"q\": ...}; print one result object per line");
  fmt->add_option("FILE", options->file, "Input file (default: standard input)");
  add_report_options(*fmt, options->report, false);
  fmt->callback([options, &state] { state.exit_code = run_fmt(*options, state.io); });

  auto* check = cmd->add_subcommand("check", "Report syntax errors; each FILE holds one query");
  check->add_option("FILE", options->files, "Query files")->required();
  add_report_options(*check, options->report, false);
  check->callback([options, &state] { state.exit_code = run_check(*options, state.io); });

  auto* parse = cmd->add_subcommand("parse", "Print the expanded syntax tree");
  parse->add_flag("--json", options->json, "Print JSON (the only format)");
  parse->add_option("FILE", options->file, "Input file (default: standard input)");
  add_report_options(*parse, options->report, false);
  set_examples(*cmd, R"(  echo 'sum(rate(x[5m]))by(job)' | telc metricsql fmt   canonical MetricsQL
  telc metricsql check alert.metricsql                  syntax errors with their position)");
  set_examples(*fmt, R"(  echo 'sum(rate(x[5m]))by(job)' | telc metricsql fmt   canonical MetricsQL
  telc metricsql fmt --jsonl queries.jsonl              one {"q": ...} per line, one result per line)");
  set_examples(*check, "  telc metricsql check a.metricsql b.metricsql        each file holds one query");
  set_examples(*parse, "  echo 'rate(x[5m])' | telc metricsql parse --json     the expanded syntax tree");
  parse->callback([options, &state] { state.exit_code = run_parse(*options, state.io); });
}

}  // namespace telc::cli
