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

void walk(const fs::path& dir, YamlFiles& out);

/// One directory entry: a directory is walked, a YAML file kept. A YAML name whose link cannot be
/// followed (a loop, a missing target) is kept too, so that reading it says what is wrong.
void visit(const fs::directory_entry& entry, YamlFiles& out) {
  if (is_hidden(entry.path())) return;
  std::error_code ec;
  const fs::file_status own = entry.symlink_status(ec);
  if (ec) {
    if (ec != std::errc::no_such_file_or_directory) out.failures.emplace_back(entry.path(), ec);
    return;  // else it vanished since it was listed
  }
  if (fs::is_directory(own)) return walk(entry.path(), out);
  if (!is_yaml(entry.path())) return;
  const fs::file_status target = fs::is_symlink(own) ? entry.status(ec) : own;
  if (ec || fs::is_regular_file(target)) out.files.push_back(entry.path());
}

/// Not recursive_directory_iterator: its first error ends the whole walk.
void walk(const fs::path& dir, YamlFiles& out) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) visit(*it, out);
  if (ec) out.failures.emplace_back(dir, ec);
}

/// The path as shown in diagnostics: as the user typed it, relative, with '/' separators.
std::string display(const fs::path& path) { return path.lexically_normal().generic_string(); }

/// Reports an input problem at the file it is about (line 0: the whole file).
void io_error(diag::Sink& sink, diag::FileId file, ReadFailure failure) {
  diag::SourceSpan span;
  span.file = file;
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
      return fail(path, {"io/read", "no such file or directory", "check the path"});
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
    YamlFiles found = yaml_files_under(path);
    for (const auto& [where, error] : found.failures)
      fail(where, {"io/read", fmt::format("cannot read: {}", error.message()),
                   fmt::format("check its permissions; the rest of '{}' was read", path)});
    if (found.files.empty() && found.failures.empty())
      fail(path, {"io/read", fmt::format("no *.yaml or *.yml files under '{}'", path),
                  "name YAML files or a directory that holds some"});
    for (const auto& f : found.files) file(f);
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

  const ReadStdin& read_stdin_;
  diag::SourceManager& sources_;
  diag::Sink& sink_;
  LoadedInputs out_;
  std::set<std::string> seen_;
};

}  // namespace

YamlFiles yaml_files_under(const fs::path& dir) {
  YamlFiles out;
  walk(dir, out);
  std::sort(out.files.begin(), out.files.end());
  std::sort(out.failures.begin(), out.failures.end(),
            [](const auto& left, const auto& right) { return left.first < right.first; });
  return out;
}

LoadedInputs load_inputs(const std::vector<std::string>& paths, const ReadStdin& read_stdin,
                         diag::SourceManager& sources, diag::Sink& sink) {
  Loader loader(read_stdin, sources, sink);
  for (const std::string& path : paths) loader.input(path);
  return loader.take();
}

}  // namespace telc::model
