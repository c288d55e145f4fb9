#include "driver/write.hpp"

#include <fmt/format.h>

#include "driver/manifest.hpp"
#include "driver/posix_dir.hpp"

namespace telc::driver {
namespace {

namespace fs = std::filesystem;

/// Why the tree could not be written: a one-line reason (naming the path at fault) and a hint.
struct Failure {
  std::string file;  // the generated file being written, relative to the output directory
  std::string reason;
  std::string hint = "check that the output directory is writable";
};

/// Records why, for the report; returns false to end the step.
bool fail(Failure& failure, std::string reason) {
  failure.reason = std::move(reason);
  return false;
}

/// What was at a file's name before, kept under `backup` until every file is in place.
enum class Previous { none, linked, moved_aside };

/// One generated file on its way: first a temporary file beside its target, then renamed there.
/// A removal has no temporary file: its file is renamed aside, and deleted at the end.
struct Staged {
  std::string dir;  // relative to the output directory, '/'-separated; "" for the top
  std::string name;
  std::string temp;
  std::string backup;
  Previous previous = Previous::none;
  bool placed = false;
  bool removal = false;
};

/// A relative path as its directory and its name.
Staged staged_at(const std::string& path) {
  const auto slash = path.rfind('/');
  Staged out;
  out.dir = slash == std::string::npos ? "" : path.substr(0, slash);
  out.name = path.substr(slash + 1);
  return out;
}

/// A scratch name beside `name` that no one can guess; ends in .tmp like every leftover.
std::string scratch_name(const std::string& name) { return name + ".telc-" + posix::random_suffix() + ".tmp"; }

/// Writes a whole tree or nothing: every file is staged as a temporary file (created exclusively,
/// never through a symbolic link), then all are renamed into place; on a failure what was renamed
/// is rolled back, the previous files restored, and everything created removed.
class Transaction {
 public:
  explicit Transaction(fs::path dir) : dir_(std::move(dir)) {}
  bool open_root(Failure& failure);
  bool stage(const std::string& path, const std::string& content, Failure& failure);
  bool stage_removal(const std::string& path, Failure& failure);
  bool commit(Failure& failure);
  void roll_back();
  void finish();

 private:
  [[nodiscard]] std::string shown(const std::string& relative) const { return (dir_ / relative).generic_string(); }
  bool open_dir(const std::string& relative, bool create, posix::Dir& out, Failure& failure);
  bool place(Staged& file, Failure& failure);
  bool move_aside(const posix::Dir& parent, Staged& file, Failure& failure);
  void prune(const std::string& relative);
  std::error_code keep_previous(const posix::Dir& parent, Staged& file);
  void undo(const posix::Dir& parent, const Staged& file);

  fs::path dir_;
  posix::Dir root_;
  std::vector<fs::path> created_roots_;  // the output directory and its parents, if created
  std::vector<std::string> created_;     // directories created below it, in creation order
  std::vector<Staged> staged_;
};

/// The output directory, created with its missing parents. Symbolic links on the way to it are
/// followed: the user named it.
bool Transaction::open_root(Failure& failure) {
  std::error_code ec;
  fs::path missing = dir_.has_filename() || !dir_.has_parent_path() ? dir_ : dir_.parent_path();
  std::vector<fs::path> chain;
  for (; !missing.empty() && !fs::exists(fs::symlink_status(missing, ec)); missing = missing.parent_path())
    chain.push_back(missing);
  ec.clear();  // not found is not an error here
  for (auto it = chain.rbegin(); it != chain.rend() && !ec; ++it)
    if (fs::create_directory(*it, ec)) created_roots_.push_back(*it);
  if (!ec) root_ = posix::Dir::open(dir_, ec);
  if (ec) failure = {"", fmt::format("cannot create the directory '{}': {}", dir_.generic_string(), ec.message())};
  return !ec;
}

/// The directory `relative` below the output directory, opened one name at a time without
/// following a symbolic link; missing ones are created when `create`.
bool Transaction::open_dir(const std::string& relative, bool create, posix::Dir& out, Failure& failure) {
  std::error_code ec;
  posix::Dir current = root_.sub(".", ec);
  if (ec) return fail(failure, fmt::format("'{}': {}", dir_.generic_string(), ec.message()));
  std::string walked;
  for (const std::string& name : path_names(relative)) {
    walked += (walked.empty() ? "" : "/") + name;
    posix::Dir next = current.sub(name, ec);
    if (create && ec == std::errc::no_such_file_or_directory) {
      ec = current.make_dir(name);
      if (!ec) created_.push_back(walked);
      if (!ec || ec == std::errc::file_exists) next = current.sub(name, ec);
    }
    if (ec && current.kind(name) == posix::EntryKind::symlink) {
      failure.hint = "remove the link, or give its destination with -o";
      return fail(failure, fmt::format("'{}' is a symbolic link, which telc does not follow", shown(walked)));
    }
    if (ec) return fail(failure, fmt::format("'{}': {}", shown(walked), ec.message()));
    current = std::move(next);
  }
  out = std::move(current);
  return true;
}

bool Transaction::stage(const std::string& path, const std::string& content, Failure& failure) {
  failure.file = path;
  Staged file = staged_at(path);
  if (path_names(path).empty()) return fail(failure, "not a path below the output directory");
  posix::Dir parent;
  if (!open_dir(file.dir, true, parent, failure)) return false;
  std::error_code ec = std::make_error_code(std::errc::file_exists);
  for (int attempt = 0; attempt < 100 && ec == std::errc::file_exists; ++attempt)
    ec = parent.create_file(file.temp = scratch_name(file.name), content);
  if (ec) return fail(failure, ec.message());
  staged_.push_back(std::move(file));
  return true;
}

/// A file an earlier compile wrote and no input generates now: renamed aside when everything is in
/// place, deleted at the end, restored on a rollback.
bool Transaction::stage_removal(const std::string& path, Failure& failure) {
  failure.file = path;
  if (path_names(path).empty()) return fail(failure, "not a path below the output directory");
  Staged file = staged_at(path);
  file.removal = true;
  staged_.push_back(std::move(file));
  return true;
}

/// Keeps the file being replaced under a second name, to restore it on a rollback: a hard link,
/// so its name never goes missing, or else (a file system without them) renamed aside.
std::error_code Transaction::keep_previous(const posix::Dir& parent, Staged& file) {
  file.backup = scratch_name(file.name);
  if (!parent.link(file.name, file.backup)) return file.previous = Previous::linked, std::error_code();
  const std::error_code ec = parent.rename(file.name, file.backup);
  if (!ec) file.previous = Previous::moved_aside;
  return ec;
}

bool Transaction::place(Staged& file, Failure& failure) {
  failure.file = file.dir.empty() ? file.name : file.dir + "/" + file.name;
  posix::Dir parent;
  if (Failure gone; file.removal) return !open_dir(file.dir, false, parent, gone) || move_aside(parent, file, failure);
  if (!open_dir(file.dir, false, parent, failure)) return false;
  const posix::EntryKind kind = parent.kind(file.name);
  if (kind == posix::EntryKind::directory) return fail(failure, "it is a directory");
  if (kind != posix::EntryKind::missing)
    if (const std::error_code ec = keep_previous(parent, file))
      return fail(failure, "cannot keep the previous file to restore it on failure: " + ec.message());
  if (const std::error_code ec = parent.rename(file.temp, file.name)) return fail(failure, ec.message());
  file.placed = true;
  return true;
}

/// Only a regular file is removed: whatever took its name since it was planned is not telc's.
bool Transaction::move_aside(const posix::Dir& parent, Staged& file, Failure& failure) {
  if (parent.kind(file.name) != posix::EntryKind::file) return true;
  file.backup = scratch_name(file.name);
  if (const std::error_code ec = parent.rename(file.name, file.backup))
    return fail(failure, "cannot remove it: " + ec.message());
  file.previous = Previous::moved_aside;
  file.placed = true;
  return true;
}

bool Transaction::commit(Failure& failure) {
  for (Staged& file : staged_)
    if (!place(file, failure)) return false;
  return true;
}

/// Puts back what was at the file's name (or nothing) and removes the scratch files.
void Transaction::undo(const posix::Dir& parent, const Staged& file) {
  if (!file.placed && !file.temp.empty()) (void)parent.remove_file(file.temp);
  if (file.previous == Previous::none && file.placed) (void)parent.remove_file(file.name);
  if (file.previous == Previous::linked && !file.placed) (void)parent.remove_file(file.backup);
  if (file.previous == Previous::moved_aside || (file.previous == Previous::linked && file.placed))
    (void)parent.rename(file.backup, file.name);
}

void Transaction::roll_back() {
  Failure ignored;
  for (auto it = staged_.rbegin(); it != staged_.rend(); ++it)
    if (posix::Dir parent; open_dir(it->dir, false, parent, ignored)) undo(parent, *it);
  for (auto it = created_.rbegin(); it != created_.rend(); ++it) {
    const auto slash = it->rfind('/');
    if (posix::Dir parent; open_dir(slash == std::string::npos ? "" : it->substr(0, slash), false, parent, ignored))
      (void)parent.remove_dir(it->substr(slash + 1));
  }
  std::error_code ec;
  for (auto it = created_roots_.rbegin(); it != created_roots_.rend(); ++it) fs::remove(*it, ec);
}

void Transaction::finish() {
  Failure ignored;
  for (const Staged& file : staged_)
    if (posix::Dir parent; file.previous != Previous::none && open_dir(file.dir, false, parent, ignored))
      (void)parent.remove_file(file.backup);
  for (const Staged& file : staged_)
    if (file.removal && file.placed) prune(file.dir);
}

/// Removes `relative` and its parents below the output directory while they are empty.
void Transaction::prune(const std::string& relative) {
  Failure ignored;
  for (std::string dir = relative; !dir.empty();) {
    const auto slash = dir.rfind('/');
    const std::string parent_path = slash == std::string::npos ? "" : dir.substr(0, slash);
    posix::Dir parent;
    if (!open_dir(parent_path, false, parent, ignored) || parent.remove_dir(dir.substr(slash + 1))) return;
    dir = parent_path;
  }
}

}  // namespace

bool write_tree(const backends::OutputTree& tree, const fs::path& dir, diag::Sink& sink,
                const std::vector<std::string>& removals) {
  if (tree.empty() && removals.empty()) return true;
  Transaction transaction(dir);
  Failure failure;
  bool ok = transaction.open_root(failure);
  for (auto it = tree.begin(); ok && it != tree.end(); ++it) ok = transaction.stage(it->first, it->second, failure);
  for (auto it = removals.begin(); ok && it != removals.end(); ++it) ok = transaction.stage_removal(*it, failure);
  if (ok && transaction.commit(failure)) {
    transaction.finish();
    return true;
  }
  transaction.roll_back();
  const std::string message = failure.file.empty() ? failure.reason
                                                   : fmt::format("cannot write '{}': {}",
                                                                 (dir / failure.file).generic_string(), failure.reason);
  sink.report({diag::Severity::error, "io/write", message, {}, failure.hint, {}});
  return false;
}

}  // namespace telc::driver
