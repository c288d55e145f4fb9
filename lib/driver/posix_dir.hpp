#pragma once
// The POSIX calls the writer needs, on an open directory: every name is resolved in it (openat and
// friends), so a path is checked once and cannot be swapped for a symbolic link afterwards.
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace telc::driver::posix {

enum class EntryKind { missing, file, directory, symlink, other };

/// An open directory, closed on destruction. Errors come back as std::error_code (errno values).
class Dir {
 public:
  Dir() = default;
  Dir(const Dir&) = delete;
  Dir& operator=(const Dir&) = delete;
  Dir(Dir&& other) noexcept;
  Dir& operator=(Dir&& other) noexcept;
  ~Dir();

  /// Opens `path` (symbolic links in it are followed: the caller named it).
  [[nodiscard]] static Dir open(const std::filesystem::path& path, std::error_code& ec);
  /// The subdirectory `name`, never through a symbolic link (ELOOP, or ENOTDIR for a non-directory).
  [[nodiscard]] Dir sub(const std::string& name, std::error_code& ec) const;

  [[nodiscard]] EntryKind kind(const std::string& name) const;
  /// Creates the directory `name` (mode 0777 less the umask).
  [[nodiscard]] std::error_code make_dir(const std::string& name) const;
  /// Creates the file `name` with `content` (mode 0666 less the umask); fails if anything, a
  /// symbolic link included, already has that name (O_CREAT|O_EXCL|O_NOFOLLOW).
  [[nodiscard]] std::error_code create_file(const std::string& name, std::string_view content) const;
  /// Reads the regular file `name`, never through a symbolic link (O_NOFOLLOW); a name that is
  /// not a regular file is ENOENT-like (EINVAL), so a caller treats it as not telc's file.
  [[nodiscard]] std::error_code read_file(const std::string& name, std::string& out) const;
  /// A second name for the entry `from` itself (a symbolic link is not followed).
  [[nodiscard]] std::error_code link(const std::string& from, const std::string& to) const;
  /// Atomically replaces `to` (a symbolic link there is replaced, not followed).
  [[nodiscard]] std::error_code rename(const std::string& from, const std::string& to) const;
  std::error_code remove_file(const std::string& name) const;
  std::error_code remove_dir(const std::string& name) const;

 private:
  explicit Dir(int fd) : fd_(fd) {}
  int fd_ = -1;
};

/// A name no one can guess: 16 hexadecimal digits from the system's random source.
[[nodiscard]] std::string random_suffix();

}  // namespace telc::driver::posix
