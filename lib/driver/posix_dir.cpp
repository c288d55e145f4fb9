#include "driver/posix_dir.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <random>
#include <utility>

#include <fmt/format.h>

namespace telc::driver::posix {
namespace {

std::error_code last_error() { return {errno, std::generic_category()}; }

std::error_code result(int status) { return status == 0 ? std::error_code() : last_error(); }

/// Writes all of `content`, resuming after a partial write or a signal.
std::error_code write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) return last_error();
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return {};
}

/// Reads the rest of `fd`, resuming after a signal.
std::error_code read_all(int fd, std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return last_error();
    if (got == 0) return {};
    out.append(buffer, static_cast<std::size_t>(got));
  }
}

}  // namespace

Dir::Dir(Dir&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

Dir& Dir::operator=(Dir&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

Dir::~Dir() {
  if (fd_ >= 0) ::close(fd_);
}

Dir Dir::open(const std::filesystem::path& path, std::error_code& ec) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  ec = fd < 0 ? last_error() : std::error_code();
  return Dir(fd);
}

Dir Dir::sub(const std::string& name, std::error_code& ec) const {
  const int fd = ::openat(fd_, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  ec = fd < 0 ? last_error() : std::error_code();
  return Dir(fd);
}

EntryKind Dir::kind(const std::string& name) const {
  struct stat info {};
  if (::fstatat(fd_, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) return EntryKind::missing;
  if (S_ISLNK(info.st_mode)) return EntryKind::symlink;
  if (S_ISDIR(info.st_mode)) return EntryKind::directory;
  return S_ISREG(info.st_mode) ? EntryKind::file : EntryKind::other;
}

std::error_code Dir::make_dir(const std::string& name) const { return result(::mkdirat(fd_, name.c_str(), 0777)); }

std::error_code Dir::create_file(const std::string& name, std::string_view content) const {
  const int fd = ::openat(fd_, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) return last_error();
  std::error_code ec = write_all(fd, content);
  if (::close(fd) != 0 && !ec) ec = last_error();  // NFS reports a failed write on close
  if (ec) ::unlinkat(fd_, name.c_str(), 0);
  return ec;
}

std::error_code Dir::read_file(const std::string& name, std::string& out) const {
  out.clear();
  const int fd = ::openat(fd_, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return last_error();
  struct stat info {};
  std::error_code ec = ::fstat(fd, &info) != 0 ? last_error() : std::error_code();
  if (!ec && !S_ISREG(info.st_mode)) ec = std::make_error_code(std::errc::invalid_argument);
  if (!ec) ec = read_all(fd, out);
  ::close(fd);
  return ec;
}

std::error_code Dir::link(const std::string& from, const std::string& to) const {
  return result(::linkat(fd_, from.c_str(), fd_, to.c_str(), 0));
}

std::error_code Dir::rename(const std::string& from, const std::string& to) const {
  return result(::renameat(fd_, from.c_str(), fd_, to.c_str()));
}

std::error_code Dir::remove_file(const std::string& name) const { return result(::unlinkat(fd_, name.c_str(), 0)); }

std::error_code Dir::remove_dir(const std::string& name) const {
  return result(::unlinkat(fd_, name.c_str(), AT_REMOVEDIR));
}

std::string random_suffix() {
  std::random_device random;
  return fmt::format("{:08x}{:08x}", random(), random());
}

}  // namespace telc::driver::posix
