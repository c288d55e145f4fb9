#include "driver/test.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "driver/objects.hpp"
#include "ir/lower.hpp"
#include "model/config.hpp"

namespace telc::driver {
namespace {

namespace fs = std::filesystem;

/// A suite's inputs, validated and lowered; no program when they had an error.
struct Inputs {
  std::optional<ir::Program> program;
  std::vector<model::ResourceMetricsPolicy> resource_metrics;
};

/// `input` of the suite in `test_file`, as a path relative to where telc runs (like the path the
/// test file was given by), or nullopt after an error when it does not exist.
std::optional<std::string> resolve(const std::string& test_file, const model::Str& input, diag::Sink& sink) {
  const fs::path base = test_file == "-" ? fs::path() : fs::path(test_file).parent_path();
  const fs::path path =
      fs::path(input.value).is_absolute() ? fs::path(input.value) : (base / input.value).lexically_normal();
  std::error_code ec;
  if (fs::exists(path, ec)) return path.generic_string();
  sink.report({diag::Severity::error,
               "test/missing-input",
               fmt::format("'{}' does not exist", path.generic_string()),
               input.span,
               "paths are files or folders relative to this test file",
               {}});
  return std::nullopt;
}

Inputs load(const std::vector<std::string>& paths, const TestOptions& options, const model::ReadStdin& read_stdin,
            diag::SourceManager& sources, diag::Sink& sink) {
  ValidateOptions validate_options;
  validate_options.paths = paths;
  validate_options.jobs = options.jobs;
  validate_options.config_path = options.config_path;
  validate_options.with_context = false;
  diag::Sink own;
  ValidateResult validated = validate(validate_options, read_stdin, sources, own);
  const bool failed = own.has_errors() || validated.io_failed;
  sink.merge(std::move(own));
  if (failed) return {};
  Project& project = validated.projects.front();
  return {ir::lower(project.model, project.config, {sources, model::project_root(project.config, paths.front())}),
          std::move(project.model.resource_metrics_policies)};
}

class Runner {
 public:
  Runner(const TestOptions& options, const model::ReadStdin& read_stdin, diag::SourceManager& sources, diag::Sink& sink)
      : options_(options), read_stdin_(read_stdin), sources_(sources), sink_(sink) {}

  SuiteResult run(const model::PolicyTest& suite) {
    SuiteResult out{suite.origin.name.value, suite.origin.file, {}};
    const std::string& file = sources_.file(suite.origin.file).path;
    std::vector<std::string> paths;
    bool missing = false;
    for (const model::Str& input : suite.inputs) {
      if (auto path = resolve(file, input, sink_))
        paths.push_back(std::move(*path));
      else
        missing = true;
    }
    if (missing || paths.empty()) return out;
    const Inputs& inputs = inputs_of(paths);
    if (!inputs.program) return out;
    if (inputs.program->metric_policies.empty() && inputs.resource_metrics.empty()) {
      sink_.report({diag::Severity::error,
                    "test/no-policies",
                    "the inputs hold no MetricPolicy or ResourceMetricsPolicy",
                    suite.inputs.front().span,
                    "name the files or folders that hold the policies under test",
                    {}});
      return out;
    }
    const std::optional<model::PolicyTest> with_files = with_object_files(suite, file);
    if (!with_files) return out;
    out.cases = policytest::run(*with_files, {*inputs.program, inputs.resource_metrics}, sink_);
    return out;
  }

 private:
  /// The suite with each test's `objectFiles` read into its objects; nullopt after an error for a
  /// file that is missing or unreadable.
  std::optional<model::PolicyTest> with_object_files(const model::PolicyTest& suite, const std::string& file) {
    model::PolicyTest out = suite;
    bool ok = true;
    for (model::PolicyTestCase& test : out.tests) {
      std::vector<std::string> paths;
      for (const model::Str& path : test.object_files) {
        auto resolved = resolve(file, path, sink_);
        if (resolved) paths.push_back(std::move(*resolved));
        ok = ok && resolved.has_value();
      }
      if (paths.empty()) continue;
      auto objects = load_objects(paths, read_stdin_, sources_, sink_);
      if (!objects) {
        ok = false;
        continue;
      }
      test.objects.insert(test.objects.end(), std::make_move_iterator(objects->begin()),
                          std::make_move_iterator(objects->end()));
    }
    if (!ok) return std::nullopt;
    return out;
  }

  const Inputs& inputs_of(const std::vector<std::string>& paths) {
    auto it = cache_.find(paths);
    if (it == cache_.end())
      it = cache_.emplace(paths, std::make_unique<Inputs>(load(paths, options_, read_stdin_, sources_, sink_))).first;
    return *it->second;
  }

  const TestOptions& options_;
  const model::ReadStdin& read_stdin_;
  diag::SourceManager& sources_;
  diag::Sink& sink_;
  std::map<std::vector<std::string>, std::unique_ptr<Inputs>> cache_;
};

/// A file named on the command line without a PolicyTest is an error (`telc test` runs tests; a
/// folder may hold other files), and so are inputs without any.
void report_missing_tests(const TestOptions& options, const ValidateResult& validated,
                          const diag::SourceManager& sources, diag::Sink& sink) {
  const auto has_tests = [&](diag::FileId file) {
    for (const Project& project : validated.projects)
      for (const model::PolicyTest& suite : project.model.policy_tests)
        if (suite.origin.file == file) return true;
    return false;
  };
  const std::string hint =
      "give telc test the test files (apiVersion: telc.dev/v1alpha1, kind: PolicyTest); they name the policies "
      "under test in spec.inputs";
  bool any = false;
  for (const diag::FileId file : validated.inputs.files) {
    any |= has_tests(file);
    const std::string& path = sources.file(file).path;
    const bool named = std::find(options.paths.begin(), options.paths.end(), path) != options.paths.end();
    if (named && !has_tests(file))
      sink.report({diag::Severity::error,
                   "test/no-tests",
                   fmt::format("{} holds no PolicyTest", path),
                   {file, {1, 1}, {1, 1}},
                   hint,
                   {}});
  }
  if (!any && !validated.inputs.files.empty() && !sink.has_errors())
    sink.report({diag::Severity::error, "test/no-tests", "the inputs hold no PolicyTest", {}, hint, {}});
}

}  // namespace

TestResult test(const TestOptions& options, const model::ReadStdin& read_stdin, diag::SourceManager& sources,
                diag::Sink& sink) {
  TestResult out;
  ValidateOptions validate_options;
  validate_options.paths = options.paths;
  validate_options.jobs = options.jobs;
  validate_options.config_path = options.config_path;
  validate_options.with_context = false;
  ValidateResult validated = validate(validate_options, read_stdin, sources, sink);
  out.io_failed = validated.io_failed;
  out.inputs = validated.inputs;
  report_missing_tests(options, validated, sources, sink);
  Runner runner(options, read_stdin, sources, sink);
  for (const Project& project : validated.projects)
    for (const model::PolicyTest& suite : project.model.policy_tests)
      out.suites.push_back(suite.origin.complete ? runner.run(suite)
                                                 : SuiteResult{suite.origin.name.value, suite.origin.file, {}});
  return out;
}

}  // namespace telc::driver
