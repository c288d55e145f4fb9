#pragma once
// Golden files: compare, or rewrite them when UPDATE_GOLDEN=1 (never edit them by hand).
#include <filesystem>
#include <string>
#include <vector>

namespace telc::test {

/// The case directories below `root`, sorted.
std::vector<std::filesystem::path> case_dirs(const std::filesystem::path& root);

std::string read_text(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);
/// True when `actual` equals the golden file (rewritten first under UPDATE_GOLDEN=1). On a
/// mismatch writes `observed.*` beside it for a diff.
bool matches_golden(const std::filesystem::path& golden, const std::string& actual);

}  // namespace telc::test
