#include "model/inputs.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace telc::model {
namespace {

namespace fs = std::filesystem;

bool is_yaml(const fs::path& path) { return path.extension() == ".yaml" || path.extension() == ".yml"; }

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

std::vector<fs::path> yaml_files_under(const fs::path& dir, std::error_code& ec) {
  std::vector<fs::path> out;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (is_hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_yaml(it->path())) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// The path as shown in diagnostics: as the user typed it, relative, with '/' separators.
std::string display(const fs::path& path) { return path.lexically_normal().generic_string(); }

/// Reports an input problem; `located` names the file it is about.
void io_error(diag::Sink& sink, std::optional<diag::FileId> located, ReadFailure failure) {
  diag::SourceSpan span;
  if (located) span.file = *located;
  std::optional<std::string> hint;
  if (!failure.hint.empty()) hint = std::move(failure.hint);
  sink.report({diag::Severity::error, std::move(failure.code), std::move(failure.message), span, hint, {}});
}

class Loader {
 public:
  Loader(const ReadStdin& read_stdin, diag::SourceManager& sources, diag::Sink& sink)
      : read_stdin_(read_stdin), sources_(sources), sink_(sink) {}

  void input(const std::string& path) {
    if (path == "-") return standard_input();
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (fs::is_directory(status)) return directory(path);
    if (status.type() == fs::file_type::not_found && !fs::is_symlink(fs::symlink_status(path, ec)))
      return unlocated(fmt::format("no such file or directory: '{}'", path), "check the path");
    file(path);  // reading says what else it is: a symlink loop, a FIFO, a dangling link
  }

  LoadedInputs take() { return std::move(out_); }

 private:
  void standard_input() {
    std::string text = read_stdin_(kMaxInputBytes + 1);
    if (text.size() <= kMaxInputBytes) return out_.files.push_back(sources_.add("-", std::move(text)));
    fail("-", {"io/too-large", fmt::format("standard input is more than the {} bytes telc reads", kMaxInputBytes),
               "split the input; policy files are small"});
  }

  void directory(const std::string& path) {
    const std::vector<fs::path> files = model::yaml_files_under(path);
    if (files.empty())
      unlocated(fmt::format("no *.yaml or *.yml files under '{}'", path),
                "name YAML files or a directory that holds some");
    for (const auto& f : files) file(f);
  }

  void file(const fs::path& path) {
    if (!seen_.insert(display(path)).second) return;
    ReadResult read = read_file(path);
    if (read.text) return out_.files.push_back(sources_.add(display(path), std::move(*read.text)));
    fail(path, std::move(read.failure));
  }

  /// An input that was not read, located at its path (line 0: the whole file).
  void fail(const fs::path& path, ReadFailure failure) {
    io_error(sink_, sources_.add(display(path), ""), std::move(failure));
    out_.io_failed = true;
  }

  /// A path that names nothing to read.
  void unlocated(std::string message, std::string hint) {
    io_error(sink_, std::nullopt, {"io/read", std::move(message), std::move(hint)});
    out_.io_failed = true;
  }

  const ReadStdin& read_stdin_;
  diag::SourceManager& sources_;
  diag::Sink& sink_;
  LoadedInputs out_;
  std::set<std::string> seen_;
};

}  // namespace

std::vector<fs::path> yaml_files_under(const fs::path& dir) {
  std::error_code ec;
  return yaml_files_under(dir, ec);
}

LoadedInputs load_inputs(const std::vector<std::string>& paths, const ReadStdin& read_stdin,
                         diag::SourceManager& sources, diag::Sink& sink) {
  Loader loader(read_stdin, sources, sink);
  for (const std::string& path : paths) loader.input(path);
  return loader.take();
}

}  // namespace telc::model
