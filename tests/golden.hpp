#pragma once
// Golden files: compare, or rewrite them when UPDATE_GOLDEN=1 (never edit them by hand).
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace telc::test {

/// The case directories below `root`, sorted.
std::vector<std::filesystem::path> case_dirs(const std::filesystem::path& root);

/// Every case below `root` (at least `min_cases`): `run(case)` must equal <case>/expected.diag;
/// "valid-*" cases report no error, every other case reports something.
void check_diag_cases(const std::filesystem::path& root, std::size_t min_cases,
                      const std::function<std::string(const std::filesystem::path&)>& run);

/// The case's input files (`input*`), sorted.
std::vector<std::string> case_inputs(const std::filesystem::path& dir);

/// `text` with every `dir/` prefix (absolute or relative) removed, so paths read as in the case.
std::string strip_dir(std::string text, const std::filesystem::path& dir);

/// Every `<case><extension>` file directly in `dir` (at least `min_cases`), in name order:
/// `run(text of the case)` must equal `<case>.expected`.
void check_golden_files(const std::filesystem::path& dir, std::string_view extension, std::size_t min_cases,
                        const std::function<std::string(const std::string&)>& run);

/// Whether something a test needs from outside the repository (a corpus in ../shared, a reference
/// tool) is `present`. Missing, it is a failure when the environment variable CI is set (a CI run
/// must never pass by skipping) and a warning on a developer's machine.
bool available(bool present, const std::string& what);

/// True under UPDATE_GOLDEN=1: goldens are rewritten instead of compared.
bool updating_goldens();

/// The warnings the bundled examples are expected to give: the operator's CRD has none of the
/// design extensions examples/export-policies/grafana-otlp.yaml shows (resourceSelectors, the
/// openTelemetry sink, bearer authentication), so each is an export/design-only warning there.
/// True when `err` (text diagnostics) holds those three and no other warning.
bool only_design_only_warnings(const std::string& err);

std::string read_text(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);
/// True when `actual` equals the golden file (rewritten first under UPDATE_GOLDEN=1). On a
/// mismatch writes `observed.*` beside it for a diff.
bool matches_golden(const std::filesystem::path& golden, const std::string& actual);

}  // namespace telc::test
