#pragma once
// What a compile changes in its output directory, decided before anything is written: which
// generated files are new, changed or unchanged, and which files an earlier compile wrote that no
// input generates any more (listed in its manifest). `--check` reports the plan; compile writes it.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "diag/sink.hpp"
#include "diag/source_manager.hpp"

namespace telc::driver {

enum class FileStatus : std::uint8_t { added, changed, unchanged, removed };

[[nodiscard]] std::string_view to_string(FileStatus status);

struct PlannedFile {
  std::string path;  // relative to the output directory, '/'-separated
  FileStatus status = FileStatus::unchanged;
  std::uint32_t first_difference = 0;  // changed: the first line of the file on disk that differs
  std::string on_disk;                 // changed and removed: the file's content now
};

struct OutputPlan {
  backends::OutputTree to_write;   // new and changed files, and the manifest when it changes
  std::vector<PlannedFile> files;  // every generated file and every one to remove, by path
  std::vector<std::string> kept;   // in the old manifest, no longer generated, edited since: left alone
  [[nodiscard]] std::size_t count(FileStatus status) const;
  [[nodiscard]] std::vector<std::string> removals() const;
  [[nodiscard]] bool up_to_date() const { return count(FileStatus::unchanged) == files.size(); }
};

/// Compares `generated` with `dir` without following a symbolic link below it (a linked file is
/// not telc's: it is changed, never read through, and never removed). A file is removed only when
/// the manifest lists it, no input generates it, and its content still has the listed hash.
[[nodiscard]] OutputPlan plan_outputs(const backends::OutputTree& generated, const std::filesystem::path& dir);

/// `--check` (`check`): every file that is not unchanged is a `compile/drift` error located at
/// the file. Both: a stale file left alone because it was edited is a `compile/stale-edited`
/// warning.
void report_plan(const OutputPlan& plan, const std::filesystem::path& dir, bool check, diag::SourceManager& sources,
                 diag::Sink& sink);

}  // namespace telc::driver
