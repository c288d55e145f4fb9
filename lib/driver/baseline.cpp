#include "driver/baseline.hpp"

#include <charconv>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "driver/process.hpp"
#include "model/inputs.hpp"

namespace telc::driver {
namespace {

void fail(diag::Sink& sink, std::string message, std::string hint) {
  sink.report({diag::Severity::error, "diff/baseline", std::move(message), {}, std::move(hint), {}});
}

/// First line of git's complaint, for the message.
std::string first_line(const std::string& text) {
  const std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? std::string("git failed") : line;
}

/// A YAML file telc would read from a directory walk: .yaml / .yml, no hidden component.
bool wanted(const std::string& path) {
  if (!path.ends_with(".yaml") && !path.ends_with(".yml")) return false;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '.') return false;
    const std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

struct Blob {
  std::string sha, path;
};

/// `git ls-tree -r -z --full-tree REV -- PATHS`: "<mode> <type> <sha>\t<path>" entries, paths from
/// the repository's top.
std::vector<Blob> list_blobs(const std::string& output) {
  std::vector<Blob> out;
  for (std::size_t at = 0; at < output.size();) {
    std::size_t end = output.find('\0', at);
    if (end == std::string::npos) end = output.size();
    const std::string entry = output.substr(at, end - at);
    at = end + 1;
    const std::size_t tab = entry.find('\t');
    if (tab == std::string::npos || entry.find(" blob ") == std::string::npos) continue;
    const std::size_t sha = entry.rfind(' ', tab) + 1;
    if (wanted(entry.substr(tab + 1))) out.push_back({entry.substr(sha, tab - sha), entry.substr(tab + 1)});
  }
  return out;
}

/// `git cat-file --batch` output: per object "<sha> <type> <size>\n<bytes>\n".
bool read_blobs(const std::vector<Blob>& blobs, const std::string& output, std::vector<std::string>& texts) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    const std::size_t header_end = output.find('\n', at);
    if (header_end == std::string::npos) return false;
    const std::string header = output.substr(at, header_end - at);
    const std::size_t size_at = header.rfind(' ');
    if (size_at == std::string::npos || header.find(" blob ") == std::string::npos) return false;
    std::size_t size = 0;
    const char* digits = header.data() + size_at + 1;
    const auto parsed = std::from_chars(digits, header.data() + header.size(), size);
    if (parsed.ec != std::errc() || parsed.ptr != header.data() + header.size()) return false;
    if (header_end + 1 + size > output.size()) return false;
    texts.push_back(output.substr(header_end + 1, size));
    at = header_end + 1 + size + 1;
  }
  return true;
}

/// The repository holding the first input, and the inputs relative to its top: git runs there,
/// so telc diff works from any working directory.
struct Repository {
  std::filesystem::path top;
  std::vector<std::string> paths;
};

std::optional<Repository> repository_of(const std::vector<std::string>& paths, std::string& complaint) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path first = fs::weakly_canonical(fs::absolute(paths.front(), ec), ec);
  const fs::path start = fs::is_directory(first, ec) ? first : first.parent_path();
  const ProcessResult top = run_process({"git", "-C", start.string(), "rev-parse", "--show-toplevel"});
  if (top.exit_code != 0) {
    complaint = first_line(top.err);
    return std::nullopt;
  }
  Repository out{fs::path(top.out.substr(0, top.out.find('\n'))), {}};
  for (const std::string& path : paths) {
    const fs::path relative = fs::weakly_canonical(fs::absolute(path, ec), ec).lexically_relative(out.top);
    out.paths.push_back(relative.empty() || relative == "." ? std::string(".") : relative.generic_string());
  }
  return out;
}

/// How a baseline file is named in diagnostics: the revision, then the path as the inputs are
/// named (relative to the working directory).
std::string display_name(const std::string& ref, const std::filesystem::path& top, const std::string& path) {
  std::error_code ec;
  const std::filesystem::path here = std::filesystem::current_path(ec);
  const std::filesystem::path relative = (top / path).lexically_relative(here);
  const bool inside = !ec && !relative.empty() && !relative.generic_string().starts_with("..");
  return ref + ":" + (inside ? relative.generic_string() : path);
}

Baseline from_git(const std::string& ref, const std::vector<std::string>& paths, diag::SourceManager& sources,
                  diag::Sink& sink) {
  Baseline out{{}, false, true};
  std::string complaint;
  const auto repository = repository_of(paths, complaint);
  const std::string top = repository ? repository->top.string() : std::string(".");
  const ProcessResult commit =
      repository ? run_process({"git", "-C", top, "rev-parse", "--verify", "--quiet", ref + "^{commit}"})
                 : ProcessResult{};
  // Before the first commit HEAD names nothing yet: everything is new, and nothing can break.
  if (repository && commit.exit_code != 0 && ref == "HEAD" &&
      run_process({"git", "-C", top, "rev-list", "-n", "1", "--all"}).out.empty())
    return out;
  if (!repository || commit.exit_code != 0) {
    out.failed = true;
    fail(sink, fmt::format("'{}' is neither a directory nor a git revision of the inputs' repository", ref),
         repository ? "give a directory holding the old files, or a revision `git rev-parse` knows (origin/main, "
                      "v1.2.0, HEAD~1)"
                    : fmt::format("the inputs are not in a git repository ({}): give a directory instead", complaint));
    return out;
  }
  std::vector<std::string> ls{"git", "-C", top, "ls-tree", "-r", "-z", "--full-tree", ref, "--"};
  ls.insert(ls.end(), repository->paths.begin(), repository->paths.end());
  const ProcessResult listed = run_process(ls);
  if (listed.exit_code != 0) {
    out.failed = true;
    fail(sink, fmt::format("cannot list {} at '{}': {}", fmt::join(paths, ", "), ref, first_line(listed.err)),
         "check that the paths are in the repository's work tree");
    return out;
  }
  const std::vector<Blob> blobs = list_blobs(listed.out);
  std::string request;
  for (const Blob& blob : blobs) request += blob.sha + "\n";
  const ProcessResult objects =
      blobs.empty() ? ProcessResult{0, {}, {}} : run_process({"git", "-C", top, "cat-file", "--batch"}, request);
  std::vector<std::string> texts;
  if (objects.exit_code != 0 || !read_blobs(blobs, objects.out, texts)) {
    out.failed = true;
    fail(sink, fmt::format("cannot read the files at '{}': {}", ref, first_line(objects.err)),
         "check that git can read the repository (git cat-file --batch)");
    return out;
  }
  for (std::size_t i = 0; i < blobs.size(); ++i)
    out.files.push_back(sources.add(display_name(ref, repository->top, blobs[i].path), std::move(texts[i])));
  return out;
}

}  // namespace

Baseline load_baseline(const std::string& ref, const std::vector<std::string>& paths, diag::SourceManager& sources,
                       diag::Sink& sink) {
  std::error_code ec;
  if (!std::filesystem::is_directory(ref, ec)) return from_git(ref, paths, sources, sink);
  Baseline out;
  const model::LoadedInputs loaded = model::load_inputs(
      {ref}, [](std::size_t) { return std::string(); }, sources, sink);
  out.files = loaded.files;
  out.failed = loaded.io_failed;
  return out;
}

}  // namespace telc::driver
