#include "driver/write.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace telc::driver {
namespace {

namespace fs = std::filesystem;

bool write_one(const fs::path& target, const std::string& content, std::string& error) {
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return error = ec.message(), false;
  const fs::path temp = target.string() + fmt::format(".telc-{}.tmp", ::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) return error = "cannot write " + temp.generic_string(), fs::remove(temp, ec), false;
  }
  fs::rename(temp, target, ec);
  if (ec) return error = ec.message(), fs::remove(temp, ec), false;
  return true;
}

}  // namespace

bool write_tree(const backends::OutputTree& tree, const fs::path& dir, diag::Sink& sink) {
  for (const auto& [path, content] : tree) {
    std::string error;
    if (write_one(dir / path, content, error)) continue;
    sink.report({diag::Severity::error,
                 "io/write",
                 fmt::format("cannot write '{}': {}", (dir / path).generic_string(), error),
                 {},
                 "check that the output directory is writable",
                 {}});
    return false;
  }
  return true;
}

std::vector<std::string> differing_files(const backends::OutputTree& tree, const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& [path, content] : tree) {
    std::ifstream in(dir / path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || text.str() != content) out.push_back(path);
  }
  return out;
}

}  // namespace telc::driver
