#pragma once
// Stage 1: paths → source files. Directories are searched recursively for *.yaml / *.yml.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::model {

/// The largest input telc reads, checked before reading: a larger one is refused, not parsed.
inline constexpr std::size_t kMaxInputBytes = schema::LoadLimits{}.max_file_bytes;

/// Reads standard input, at most `max_bytes` bytes of it (the CLI owns the stream).
using ReadStdin = std::function<std::string(std::size_t max_bytes)>;

struct LoadedInputs {
  std::vector<diag::FileId> files;
  bool io_failed = false;  // a path was missing or unreadable: exit code 2
};

/// What a directory walk found. It goes on past a directory it cannot list or an entry it cannot
/// stat; those are `failures`, so nothing is left out silently. (A YAML name whose link leads
/// nowhere is among `files`: reading it says what is wrong.)
struct YamlFiles {
  std::vector<std::filesystem::path> files;  // sorted
  std::vector<std::pair<std::filesystem::path, std::error_code>> failures;
};

/// The YAML files below `dir`; hidden files and directories (.telc.yaml, .github/, .git/) are left
/// out: they are tooling, not policy. Symbolic links to files are followed, to directories not.
[[nodiscard]] YamlFiles yaml_files_under(const std::filesystem::path& dir);

/// Why a file was not read, phrased for a diagnostic about it.
struct ReadFailure {
  std::string code;  // io/read or io/too-large
  std::string message;
  std::string hint;
};

/// A file's whole text, or why it was not read.
struct ReadResult {
  std::optional<std::string> text;
  ReadFailure failure;  // when `text` is empty
};

/// Reads a regular file of at most `max_bytes`: the size is checked before reading and the read
/// stops there, so a growing file is bounded too. Anything else (a FIFO would block, /dev/zero
/// never ends) is refused without being read.
[[nodiscard]] ReadResult read_file(const std::filesystem::path& path, std::size_t max_bytes = kMaxInputBytes);

/// Reads every input; "-" reads `read_stdin(kMaxInputBytes + 1)`, more than kMaxInputBytes being
/// an error. Files are in argument order, directory contents sorted by path, each file once.
[[nodiscard]] LoadedInputs load_inputs(const std::vector<std::string>& paths, const ReadStdin& read_stdin,
                                       diag::SourceManager& sources, diag::Sink& sink);

}  // namespace telc::model
