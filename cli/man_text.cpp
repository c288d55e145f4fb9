#include "cli/man_text.hpp"

#include <array>

namespace telc::cli {
namespace {

constexpr std::string_view kUsage =
    "A usage error (an unknown option or command, a missing argument); an input path that is missing, "
    "unreadable, larger than 64 MiB or not a regular file or directory, or a directory that holds no "
    "*.yaml or *.yml file; or standard output that cannot be written.";
constexpr std::string_view kUsageOrOutput =
    "A usage error; an input path that is missing, unreadable, larger than 64 MiB or not a regular file or "
    "directory, or a directory that holds no *.yaml or *.yml file; or an output file, an output directory or "
    "standard output that cannot be written.";
constexpr ExitStatus kInternal{3, "An internal error in telc (a bug: please report it)."};

constexpr std::array kCommon{ExitStatus{0, "Success."}, ExitStatus{2, kUsage}, kInternal};

constexpr std::array kValidate{
    ExitStatus{0,
               "No error was reported (warnings and notes do not fail a run). An empty file holds no "
               "document and is accepted, as promtool accepts an empty rule file."},
    ExitStatus{1, "At least one error was reported."}, ExitStatus{2, kUsage}, kInternal};

constexpr std::array kLint{
    ExitStatus{0, "No finding reaches the --fail-on severity (default error). An empty file is accepted."},
    ExitStatus{1, "At least one finding reaches the --fail-on severity."}, ExitStatus{2, kUsage}, kInternal};

constexpr std::array kCompile{
    ExitStatus{0,
               "No error was reported and the files were written (an empty file compiles to nothing); "
               "with --check, every generated file is up to date."},
    ExitStatus{1,
               "At least one error was reported and nothing was written; with --check, a generated file "
               "differs from the one in the output directory."},
    ExitStatus{2, kUsageOrOutput}, kInternal};

constexpr std::array kTest{
    ExitStatus{0,
               "Every test passed and no finding reaches the --fail-on severity (an expression that fails on a "
               "test's input is a warning)."},
    ExitStatus{1,
               "A test failed, a suite could not run (an input missing or invalid, a policy it names absent), or "
               "a file named holds no PolicyTest."},
    ExitStatus{2, kUsage}, kInternal};

constexpr std::array kDiff{
    ExitStatus{0, "No change reaches the --fail-on severity (default error: a change to a stable element)."},
    ExitStatus{1, "A change reaches the --fail-on severity, or the inputs have an error."},
    ExitStatus{2,
               "Usage error, an input missing or unreadable, or a --baseline that is neither a directory nor a "
               "git revision of the inputs' repository."},
    kInternal};

constexpr std::array kCollector{
    ExitStatus{0, "No error was reported."},
    ExitStatus{1,
               "At least one error was reported. An empty file is one (yaml/empty): a collector config "
               "has at least receivers, exporters and service."},
    ExitStatus{2, kUsage}, kInternal};

constexpr std::array kMetricsql{
    ExitStatus{0, "Every query parsed (fmt --jsonl: every line was read, whether its query parsed or not)."},
    ExitStatus{1, "A query has a syntax error. An empty file is one: it holds no expression."}, ExitStatus{2, kUsage},
    kInternal};

constexpr std::array kRules{ExitStatus{0, "The list or the page was printed."},
                            ExitStatus{2, "No rule has the code (a suggestion is printed), or a usage error."},
                            kInternal};

constexpr std::array kCompletion{ExitStatus{0, "The script was printed."},
                                 ExitStatus{2, "The shell is not bash, zsh or fish, or a usage error."}, kInternal};

constexpr std::array kSchema{
    ExitStatus{0, "Every schema was written."},
    ExitStatus{2, "A usage error, or DIR could not be written (nothing is left half-written)."}, kInternal};

constexpr std::array kTexts{
    CommandText{"telc validate",
                "Checks YAML syntax (duplicate keys, tabs, invalid UTF-8, NUL bytes, alias bombs and excessive "
                "nesting are errors), each document against the JSON Schema of its apiVersion and kind, and the "
                "cross-references: sink sources, one target and one authentication per sink, Go durations, URLs, "
                "units, and each MetricPolicy against its MetricDefinition. Rule expressions are parsed as "
                "MetricsQL and alert templates as Go templates.\n\n"
                "A PATH is a file, a directory (every *.yaml and *.yml below it, sorted) or - for standard input. "
                "YAML that is not telc's is skipped and counted. Cross-file checks see the whole project (the "
                "policies globs of .telc.yaml, by default the repository) even when only some files are named.",
                kValidate, 0,
                "telc validate examples/\ntelc validate --format json policy.yaml\n"
                "git show :policy.yaml | telc validate -"},
    CommandText{"telc lint",
                "Validates, then applies every enabled lint rule (telc rules list). Severities come from each rule's "
                "default and .telc.yaml (lint.rules, lint.overrides). A comment telc:disable CODE [until DATE] "
                "REASON silences one finding on its line or the line below.",
                kLint, 0, "telc lint policies/ rules/\ntelc lint --format github --fail-on warning policies/"},
    CommandText{"telc compile",
                "Validates, then writes the configurations of the real tools below the output directory: "
                "collector, vector, resource-metrics-policy, ksm, prometheus-rules, docs and kyma (without "
                "--target, every target that applies). An input of a kind no selected target compiles gets a "
                "compile/not-compiled note. Files are written to temporary files and renamed into place; "
                "nothing is written when an error was reported. A manifest (.telc-manifest) lists what was "
                "written, so the outputs of deleted inputs are removed on the next run. With --check nothing is "
                "written and every file that is missing, differs or is stale is a compile/drift error. A "
                "generated ResourceMetricsPolicy always sets spec.metricNamePrefix (resourceMetrics.metricNamePrefix "
                "in .telc.yaml; by default the words its metric names share), so the controller emits each "
                "metric's Prometheus name exactly, whatever its own default prefix.",
                kCompile, 0, "telc compile -o deploy/ policies/\ntelc compile --check -o deploy/ policies/"},
    CommandText{"telc test",
                "Runs MetricPolicy unit tests, in the spirit of promtool test rules. A PolicyTest file "
                "(apiVersion telc.dev/v1alpha1) names the files holding the policies under test and their "
                "definitions (spec.inputs, relative to the file); each test gives Kubernetes objects (what a "
                "policy reads as resource), samples for DataPlane policies (metric, temporality, attributes, "
                "value), and every series the policies must produce (metric, labels, value), and no other. "
                "ResourceFields policies run as the resource-metrics controller runs their translation: a "
                "value is a number, a bool (1 or 0) or a numeric string; a label is a string, null reads as "
                "empty, control characters become spaces and values are cut at 1024 bytes. A series that is "
                "missing, unexpected or has another value is an error at the expected series, with a note per "
                "difference at the policy expression that computed it. ResourceMetricsPolicies among the inputs are "
                "tested the same way, their series named <metricNamePrefix>_<family>.",
                kTest, 0,
                "telc test examples/metrics/httproute-policies.test.yaml\ntelc test --format junit policies/"},
    CommandText{"telc diff",
                "Reports the changes to semantic-convention registries (v1 and v2) and MetricDefinitions since "
                "--baseline: a git revision, read with git ls-tree and cat-file without a checkout, or a "
                "directory of the old files. Removed and renamed elements, type, unit, instrument, temporality, "
                "span kind and identity changes, enum members removed or changed, attributes and labels dropped "
                "or made required, stability lowered. A change to a stable element is an error, to a beta one a "
                "warning, to a younger one a note (.telc.yaml diff.severity raises them). Each change that "
                "queries can see names the Prometheus names involved and is followed by a note at every rule "
                "expression, export selector and MetricPolicy that still depends on the old shape. --format "
                "markdown writes a release-note section on standard output.",
                kDiff, std::nullopt,
                "telc diff --baseline origin/main policies/ rules/\ntelc diff --baseline v1.43.0 --format markdown "
                "model/"},
    CommandText{"telc collector",
                "check reads hand-written OpenTelemetry Collector configs as release --version (0.120.0 to "
                "0.159.0) of --distribution would load them: component types and keys, pipelines, OTTL, "
                "authenticators, environment references and unescaped $, and secrets written as values.",
                kCollector, 1, "telc collector check --version 0.146.0 otelcol.yaml"},
    CommandText{"telc metricsql",
                "fmt prints the canonical form of a query, or with --jsonl one result object per input line "
                "{\"q\": ...}. check reports syntax errors of files that each hold one query. parse prints the "
                "expanded syntax tree as JSON.",
                kMetricsql, 1, "echo 'sum(rate(x[5m]))by(job)' | telc metricsql fmt\ntelc metricsql check q.txt"},
    CommandText{"telc rules",
                "list prints every lint rule: its code, default severity and summary. explain prints one rule's "
                "page: what it checks, why, and bad and good examples.",
                kRules, std::nullopt, "telc rules list\ntelc rules explain alerting/runbook-url"},
    CommandText{"telc completion",
                "Prints the completion script of a shell, made from telc's own command model. Packages install "
                "the scripts where each shell finds them; by hand: source <(telc completion bash), or write "
                "telc completion zsh to _telc in $fpath, or telc completion fish to "
                "~/.config/fish/completions/telc.fish.",
                kCompletion, std::nullopt, "source <(telc completion bash)"},
    CommandText{"telc schema",
                "export writes every JSON Schema telc validates with to DIR, each with a stable $id, for the "
                "YAML language server (a '# yaml-language-server: $schema=...' modeline or the yaml.schemas "
                "setting) and other editors.",
                kSchema, std::nullopt, "telc schema export ~/.cache/telc-schemas"},
};

}  // namespace

const CommandText* command_text(std::string_view path) {
  for (const CommandText& text : kTexts) {
    if (text.path == path) return &text;
  }
  return nullptr;
}

std::span<const ExitStatus> common_exit_status() { return kCommon; }

}  // namespace telc::cli
