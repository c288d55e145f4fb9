#include "driver/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>

namespace telc::driver {
namespace {

struct Pipe {
  std::array<int, 2> fds{-1, -1};
  bool open() { return ::pipe2(fds.data(), O_CLOEXEC) == 0; }
  void close_end(int index) {
    if (fds.at(index) >= 0) ::close(fds.at(index));
    fds.at(index) = -1;
  }
  ~Pipe() {
    close_end(0);
    close_end(1);
  }
};

/// The child: the pipes become its standard streams, then it becomes `argv`.
[[noreturn]] void exec_child(const std::vector<std::string>& argv, Pipe& in, Pipe& out, Pipe& err) {
  ::dup2(in.fds[0], STDIN_FILENO);
  ::dup2(out.fds[1], STDOUT_FILENO);
  ::dup2(err.fds[1], STDERR_FILENO);
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  ::execvp(args[0], args.data());
  ::_exit(127);  // NOLINT: only the forked child ends here, before it could do anything else
}

/// While alive, a write to a child that has exited fails with EPIPE instead of killing telc with
/// SIGPIPE; a SIGPIPE raised meanwhile is consumed before the thread's mask is restored.
class SigpipeBlocked {
 public:
  SigpipeBlocked() {
    sigemptyset(&pipe_);
    sigaddset(&pipe_, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
  }
  ~SigpipeBlocked() {
    const timespec now{0, 0};
    while (sigtimedwait(&pipe_, nullptr, &now) == SIGPIPE) {
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  SigpipeBlocked(const SigpipeBlocked&) = delete;
  SigpipeBlocked& operator=(const SigpipeBlocked&) = delete;

 private:
  sigset_t pipe_{}, old_{};
};

/// Feeds `input` and drains both outputs at once, so neither side blocks on a full pipe.
void exchange(int to_child, int from_out, int from_err, const std::string& input, ProcessResult& result) {
  const SigpipeBlocked quiet;
  std::size_t written = 0;
  if (input.empty()) ::close(to_child), to_child = -1;
  std::array<char, 65536> buffer{};
  while (from_out >= 0 || from_err >= 0) {
    std::array<pollfd, 3> fds{pollfd{from_out, POLLIN, 0}, pollfd{from_err, POLLIN, 0}, pollfd{to_child, POLLOUT, 0}};
    if (::poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR) break;
    if (to_child >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
      const ssize_t n = ::write(to_child, input.data() + written, input.size() - written);
      written += n > 0 ? static_cast<std::size_t>(n) : 0;
      if (n < 0 || written == input.size()) ::close(to_child), to_child = -1;
    }
    for (int index : {0, 1}) {
      int& fd = index == 0 ? from_out : from_err;
      if (fd < 0 || (fds.at(index).revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      const ssize_t n = ::read(fd, buffer.data(), buffer.size());
      if (n > 0)
        (index == 0 ? result.out : result.err).append(buffer.data(), static_cast<std::size_t>(n));
      else if (n == 0 || errno != EINTR)
        ::close(fd), fd = -1;
    }
  }
  if (to_child >= 0) ::close(to_child);
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input) {
  ProcessResult result;
  Pipe in, out, err;
  if (argv.empty() || !in.open() || !out.open() || !err.open()) return result;
  const pid_t pid = ::fork();
  if (pid < 0) return result;
  if (pid == 0) exec_child(argv, in, out, err);
  in.close_end(0);
  out.close_end(1);
  err.close_end(1);
  exchange(in.fds[1], out.fds[0], err.fds[0], input, result);
  in.fds[1] = out.fds[0] = err.fds[0] = -1;  // closed by exchange()
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace telc::driver
