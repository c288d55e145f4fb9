// Inputs that are not plain files of a sane size: FIFOs, devices, endless standard input, files
// above the size limit, symlink loops, and directory walks that meet an entry they cannot read.
// Every case provokes its failure in a way root cannot read past, so none passes by skipping.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <istream>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

#include "golden.hpp"
#include "model/inputs.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;
using telc::test::run_telc;
using telc::test::write_text;

namespace {

fs::path fresh_dir(const std::string& name) { return telc::test::fresh_dir("telc-input-files-test", name); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// `size` bytes of YAML comment lines, produced as they are read; counts what was taken.
class GeneratedInput : public std::streambuf {
 public:
  explicit GeneratedInput(std::size_t size) : left_(size) {}
  [[nodiscard]] std::size_t served() const { return served_; }

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    const std::size_t n = std::min(left_, sizeof line_ - 1);
    setg(line_, line_, line_ + n);
    left_ -= n, served_ += n;
    return traits_type::to_int_type(line_[0]);
  }

 private:
  char line_[16] = "# endless text\n";
  std::size_t left_;
  std::size_t served_ = 0;
};

long peak_kilobytes() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/// A chain of directories below `dir` whose deepest path is longer than PATH_MAX: no process,
/// root included, can open it by its path. Made with mkdirat, which takes one name at a time.
class DeepChain {
 public:
  explicit DeepChain(const fs::path& dir) : name_(200, 'd') {
    fds_.push_back(::open(dir.c_str(), O_RDONLY | O_DIRECTORY));
    for (int level = 0; level < 24 && fds_.back() >= 0; ++level) {
      ::mkdirat(fds_.back(), name_.c_str(), 0755);
      fds_.push_back(::openat(fds_.back(), name_.c_str(), O_RDONLY | O_DIRECTORY));
    }
  }
  ~DeepChain() {  // bottom up, through the descriptors: remove_all would need the long paths
    for (std::size_t i = fds_.size() - 1; i > 0; --i) {
      ::close(fds_[i]);
      ::unlinkat(fds_[i - 1], name_.c_str(), AT_REMOVEDIR);
    }
    ::close(fds_[0]);
  }
  DeepChain(const DeepChain&) = delete;
  DeepChain& operator=(const DeepChain&) = delete;
  [[nodiscard]] bool complete() const { return fds_.size() == 25 && fds_.back() >= 0; }

 private:
  std::string name_;
  std::vector<int> fds_;
};

const std::string kBrokenRules = "groups: [\n";  // a syntax error: shows that a file was checked

}  // namespace

TEST_CASE("a FIFO given as a path is refused without reading it") {
  const fs::path fifo = fresh_dir("fifo") / "policy.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // Hold a writer that closes after a while, so that a telc that reads the FIFO gets this text
  // and ends instead of hanging; a telc that refuses it never waits for the writer.
  const int writer = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
  REQUIRE(writer >= 0);
  REQUIRE(::write(writer, "groups: []\n", 11) == 11);
  std::thread closer([writer] {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    ::close(writer);
  });
  auto r = run_telc({"validate", fifo.string()});
  closer.join();
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(contains(r.err, "policy.yaml: error: cannot read a FIFO (named pipe): telc reads regular files [io/read]"));
}

TEST_CASE("a FIFO named as the configuration is refused too") {
  const fs::path dir = fresh_dir("fifo-config");
  REQUIRE(::mkfifo((dir / "telc.yaml").c_str(), 0600) == 0);
  write_text(dir / "rules.yaml", "groups: []\n");
  auto r = run_telc({"validate", "--config", (dir / "telc.yaml").string(), (dir / "rules.yaml").string()});
  INFO(r.err);
  CHECK(contains(r.err, "telc.yaml': cannot read a FIFO (named pipe): telc reads regular files [io/read]"));
}

TEST_CASE("a device given as a path is refused, not read without end") {
  auto r = run_telc({"validate", "--format", "json", "/dev/zero"});
  CHECK(r.code == 2);
  CHECK(contains(r.out, "\"message\": \"cannot read a character device: telc reads regular files\""));
}

TEST_CASE("standard input is read up to the size limit and no further") {
  GeneratedInput endless(telc::model::kMaxInputBytes + (8u << 20));
  std::istream in(&endless);
  auto r = run_telc({"validate", "-"}, in);
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(contains(r.err, "<stdin>: error: standard input is more than the 67108864 bytes telc reads [io/too-large]"));
  CHECK(endless.served() <= telc::model::kMaxInputBytes + (1u << 20));
}

TEST_CASE("a file above the size limit is refused from its size, before reading") {
  const fs::path big = fresh_dir("big") / "big.yaml";
  write_text(big, "groups: []\n");
  fs::resize_file(big, 200u << 20);  // sparse: costs no disk
  const long peak_before = peak_kilobytes();
  auto r = run_telc({"validate", big.string()});
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(contains(r.err, "big.yaml: error: file is 209715200 bytes, more than the 67108864 telc reads"));
  CHECK(peak_kilobytes() - peak_before < 65536);  // kilobytes: not the 200 MB, not the 64 MiB limit either
  fs::remove(big);
}

TEST_CASE("a file that grows while it is read is still bounded") {
  // A /proc file is regular with a size of 0, and reading it gives more: as a growing file does.
  REQUIRE(fs::file_size("/proc/self/status") == 0);
  const telc::model::ReadResult small = telc::model::read_file("/proc/self/status", 64);
  REQUIRE_FALSE(small.text);
  CHECK(small.failure.code == "io/too-large");
  CHECK(small.failure.message == "file grew past the 64 bytes telc reads while it was read");
  CHECK(telc::model::read_file("/proc/self/status").text.has_value());
}

TEST_CASE("a symlink loop is called one") {
  const fs::path dir = fresh_dir("loop");
  fs::create_symlink("b.yaml", dir / "a.yaml");
  fs::create_symlink("a.yaml", dir / "b.yaml");
  auto r = run_telc({"validate", (dir / "a.yaml").string()});
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(contains(r.err, "a.yaml: error: a symlink loop: resolving it leads back to itself [io/read]"));
  CHECK_FALSE(contains(r.err, "no such file"));
}

TEST_CASE("a directory walk reports an entry it cannot read and checks every other file") {
  SECTION("a YAML name that is a symlink loop") {
    const fs::path dir = fresh_dir("walk-loop");
    write_text(dir / "a.yaml", "groups: []\n");
    fs::create_symlink("loop.yaml", dir / "loop.yaml");
    write_text(dir / "sub" / "y.yaml", kBrokenRules);
    write_text(dir / "z.yaml", kBrokenRules);
    auto r = run_telc({"validate", dir.string()});
    INFO(r.err);
    CHECK(r.code == 2);
    CHECK(contains(r.err, "loop.yaml: error: a symlink loop"));
    CHECK(contains(r.err, "sub/y.yaml:1:9: error: '[' is never closed"));
    CHECK(contains(r.err, "z.yaml:1:9: error: '[' is never closed"));
  }
  SECTION("a subdirectory that cannot be opened") {
    const fs::path dir = fresh_dir("walk-deep");
    write_text(dir / "a.yaml", "groups: []\n");
    fs::create_directory(dir / "deep");
    write_text(dir / "z.yaml", kBrokenRules);
    const DeepChain chain(dir / "deep");
    REQUIRE(chain.complete());
    const telc::model::YamlFiles found = telc::model::yaml_files_under(dir);
    CHECK(found.files == std::vector<fs::path>{dir / "a.yaml", dir / "z.yaml"});
    REQUIRE(found.failures.size() == 1);
    CHECK(found.failures[0].second == std::errc::filename_too_long);
    auto r = run_telc({"validate", dir.string()});
    INFO(r.err.substr(0, 2000));
    CHECK(r.code == 2);
    CHECK(contains(r.err, ": error: cannot read: File name too long [io/read]"));
    CHECK(contains(r.err, "z.yaml:1:9: error: '[' is never closed"));
  }
}

TEST_CASE("a directory that holds only unreadable entries is not said to hold no YAML") {
  const fs::path dir = fresh_dir("only-loop");
  fs::create_symlink("x.yaml", dir / "x.yaml");
  auto r = run_telc({"validate", dir.string()});
  CHECK(r.code == 2);
  CHECK(contains(r.err, "x.yaml: error: a symlink loop"));
  CHECK_FALSE(contains(r.err, "no *.yaml"));
}
