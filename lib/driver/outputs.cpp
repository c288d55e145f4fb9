#include "driver/outputs.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "driver/manifest.hpp"
#include "driver/posix_dir.hpp"
#include "driver/sha256.hpp"

namespace telc::driver {
namespace {

namespace fs = std::filesystem;

/// Reads files below the output directory one name at a time, never through a symbolic link.
class Reader {
 public:
  explicit Reader(const fs::path& dir) {
    std::error_code ec;
    root_ = posix::Dir::open(dir, ec);
    open_ = !ec;
  }

  /// The regular file at `relative`; nothing when it is missing, not a regular file, or behind a
  /// symbolic link.
  [[nodiscard]] std::optional<std::string> read(const std::string& relative) const {
    std::vector<std::string> names = path_names(relative);
    if (!open_ || names.empty()) return std::nullopt;
    std::error_code ec;
    posix::Dir current = root_.sub(".", ec);
    for (std::size_t i = 0; i + 1 < names.size() && !ec; ++i) current = current.sub(names[i], ec);
    std::string content;
    if (ec || current.read_file(names.back(), content)) return std::nullopt;
    return content;
  }

 private:
  posix::Dir root_;
  bool open_ = false;
};

/// The 1-based line of `on_disk` where it first differs from `wanted`.
std::uint32_t first_difference(const std::string& on_disk, const std::string& wanted) {
  const auto mismatch = std::mismatch(on_disk.begin(), on_disk.end(), wanted.begin(), wanted.end()).first;
  std::size_t at = static_cast<std::size_t>(mismatch - on_disk.begin());
  if (at == on_disk.size() && at > 0 && on_disk.back() == '\n') --at;  // shorter: its last line
  return static_cast<std::uint32_t>(
      std::count(on_disk.begin(), on_disk.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1);
}

PlannedFile plan_generated(const Reader& reader, const std::string& path, const std::string& content) {
  std::optional<std::string> on_disk = reader.read(path);
  if (!on_disk) return {path, FileStatus::added, 0, {}};
  if (*on_disk == content) return {path, FileStatus::unchanged, 0, {}};
  return {path, FileStatus::changed, first_difference(*on_disk, content), std::move(*on_disk)};
}

/// Files the old manifest lists that no input generates now: removed when unedited, else kept.
void plan_stale(const Reader& reader, const backends::OutputTree& generated, OutputPlan& plan) {
  const std::optional<std::string> manifest = reader.read(std::string(kManifestName));
  if (!manifest) return;
  for (const auto& [path, hash] : parse_manifest(*manifest)) {
    if (generated.count(path) != 0) continue;
    std::optional<std::string> on_disk = reader.read(path);
    if (!on_disk) continue;  // gone already, or not a regular file: not telc's
    if (sha256_hex(*on_disk) == hash)
      plan.files.push_back({path, FileStatus::removed, 1, std::move(*on_disk)});
    else
      plan.kept.push_back(path);
  }
}

/// The manifest is written when it changes, except into a directory telc never wrote to that
/// gets no files now (a compile with nothing to write creates nothing, as before).
void plan_manifest(const Reader& reader, const backends::OutputTree& generated, OutputPlan& plan) {
  const std::string wanted = render_manifest(generated);
  const std::optional<std::string> previous = reader.read(std::string(kManifestName));
  if (previous == wanted || (!previous && generated.empty())) return;
  plan.to_write[std::string(kManifestName)] = wanted;
}

diag::Diagnostic drift(const PlannedFile& file) {
  switch (file.status) {
    case FileStatus::added:
      return {diag::Severity::error,
              "compile/drift",
              "missing: the inputs compile to this file",
              {},
              "run telc compile",
              {}};
    case FileStatus::changed:
      return {diag::Severity::error,
              "compile/drift",
              fmt::format("differs from what the inputs compile to, from line {}", file.first_difference),
              {},
              "run telc compile",
              {}};
    default:
      return {diag::Severity::error,
              "compile/drift",
              "stale: no input generates this file any more",
              {},
              "run telc compile, which removes it",
              {}};
  }
}

}  // namespace

std::string_view to_string(FileStatus status) {
  switch (status) {
    case FileStatus::added: return "new";
    case FileStatus::changed: return "changed";
    case FileStatus::unchanged: return "unchanged";
    case FileStatus::removed: return "removed";
  }
  return "unchanged";
}

std::size_t OutputPlan::count(FileStatus status) const {
  return static_cast<std::size_t>(
      std::count_if(files.begin(), files.end(), [status](const PlannedFile& file) { return file.status == status; }));
}

std::vector<std::string> OutputPlan::removals() const {
  std::vector<std::string> out;
  for (const PlannedFile& file : files)
    if (file.status == FileStatus::removed) out.push_back(file.path);
  return out;
}

OutputPlan plan_outputs(const backends::OutputTree& generated, const fs::path& dir) {
  const Reader reader(dir);
  OutputPlan plan;
  for (const auto& [path, content] : generated) {
    plan.files.push_back(plan_generated(reader, path, content));
    if (plan.files.back().status != FileStatus::unchanged) plan.to_write[path] = content;
  }
  plan_stale(reader, generated, plan);
  plan_manifest(reader, generated, plan);
  std::sort(plan.files.begin(), plan.files.end(),
            [](const PlannedFile& left, const PlannedFile& right) { return left.path < right.path; });
  return plan;
}

void report_plan(const OutputPlan& plan, const fs::path& dir, bool check, diag::SourceManager& sources,
                 diag::Sink& sink) {
  for (const std::string& path : plan.kept) {
    diag::Diagnostic d{diag::Severity::warning,
                       "compile/stale-edited",
                       "no input generates this file any more, but it was edited since telc wrote it: left in place",
                       {sources.add((dir / path).generic_string(), ""), {}, {}},
                       "delete it if it is no longer needed; telc no longer tracks it",
                       {}};
    sink.report(std::move(d));
  }
  if (!check) return;
  for (const PlannedFile& file : plan.files) {
    if (file.status == FileStatus::unchanged) continue;
    diag::Diagnostic d = drift(file);
    d.span.file = sources.add((dir / file.path).generic_string(), file.on_disk);
    if (file.first_difference != 0) d.span.begin = d.span.end = {file.first_difference, 1};
    sink.report(std::move(d));
  }
}

}  // namespace telc::driver
