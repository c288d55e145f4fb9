// read_file(): POSIX calls rather than a stream, because only a file descriptor can be checked
// (fstat) after opening without blocking (O_NONBLOCK: a FIFO swapped in after the stat), and read
// with a cap.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include <fmt/format.h>

#include "model/inputs.hpp"

namespace telc::model {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kChunk = std::size_t{64} << 10;  // bytes asked of each read()

/// Closes the descriptor however the read ends.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

ReadResult failed(std::string code, std::string message, std::string hint) {
  return {std::nullopt, {std::move(code), std::move(message), std::move(hint)}};
}

std::string_view kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

ReadResult not_regular(mode_t mode) {
  return failed("io/read", fmt::format("cannot read {}: telc reads regular files", kind_of(mode)),
                "to read from a pipe or device, redirect it to standard input: telc validate - < PATH");
}

ReadResult too_large(std::string message) {
  return failed("io/too-large", std::move(message), "split the file; policy files are small");
}

/// The error of a failed stat or open, said as what the path is.
ReadResult open_failure(const fs::path& path, int error) {
  if (error == ELOOP) return failed("io/read", "a symlink loop: resolving it leads back to itself", "check the link");
  std::error_code ec;
  if (error == ENOENT && fs::is_symlink(fs::symlink_status(path, ec)))
    return failed("io/read",
                  fmt::format("a symbolic link to '{}', which does not exist", fs::read_symlink(path, ec).string()),
                  "check the link");
  return failed("io/read", fmt::format("cannot read: {}", std::generic_category().message(error)),
                "check the path and the file's permissions");
}

/// Reads `fd` to its end, or fails once more than `max_bytes` arrived: never holds more than that.
ReadResult read_capped(int fd, std::size_t size_hint, std::size_t max_bytes) {
  std::string text;
  text.reserve(std::min(size_hint, max_bytes) + 1);
  for (;;) {
    const std::size_t used = text.size();
    // Fill the reserved room first: a regular file then arrives without a reallocation, and the
    // text does not hold twice its size for the rest of the run.
    const std::size_t room = text.capacity() > used ? text.capacity() - used : kChunk;
    text.resize(used + std::min(room, max_bytes + 1 - used));
    const ssize_t got = ::read(fd, text.data() + used, text.size() - used);
    const int error = errno;
    text.resize(used + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
    if (got < 0 && error == EINTR) continue;
    if (got < 0) return failed("io/read", fmt::format("cannot read: {}", std::generic_category().message(error)), "");
    if (got == 0) return {std::move(text), {}};
    if (text.size() > max_bytes)
      return too_large(fmt::format("file grew past the {} bytes telc reads while it was read", max_bytes));
  }
}

}  // namespace

ReadResult read_file(const fs::path& path, std::size_t max_bytes) {
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0) return open_failure(path, errno);
  if (!S_ISREG(before.st_mode)) return not_regular(before.st_mode);  // never opened: a FIFO would block
  if (static_cast<std::uintmax_t>(before.st_size) > max_bytes)
    return too_large(fmt::format("file is {} bytes, more than the {} telc reads", before.st_size, max_bytes));
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return open_failure(path, errno);
  struct stat opened {};
  if (::fstat(fd.get(), &opened) != 0 || !S_ISREG(opened.st_mode)) return not_regular(opened.st_mode);
  return read_capped(fd.get(), static_cast<std::size_t>(opened.st_size), max_bytes);
}

}  // namespace telc::model
