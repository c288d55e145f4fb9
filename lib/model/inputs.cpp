#include "model/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

namespace telc::model {
namespace {

namespace fs = std::filesystem;

void io_error(diag::Sink& sink, std::string message, std::string hint) {
  sink.report({diag::Severity::error, "io/read", std::move(message), {}, std::move(hint), {}});
}

bool is_yaml(const fs::path& path) { return path.extension() == ".yaml" || path.extension() == ".yml"; }

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

std::vector<fs::path> yaml_files_under(const fs::path& dir, std::error_code& ec) {
  std::vector<fs::path> out;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (is_hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_yaml(it->path())) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// The path as shown in diagnostics: as the user typed it, relative, with '/' separators.
std::string display(const fs::path& path) { return path.lexically_normal().generic_string(); }

}  // namespace

std::vector<fs::path> yaml_files_under(const fs::path& dir) {
  std::error_code ec;
  return yaml_files_under(dir, ec);
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(text).str();
}

LoadedInputs load_inputs(const std::vector<std::string>& paths, const std::function<std::string()>& read_stdin,
                         diag::SourceManager& sources, diag::Sink& sink) {
  LoadedInputs out;
  std::set<std::string> seen;
  auto add = [&](const fs::path& path) {
    if (!seen.insert(display(path)).second) return;
    if (auto text = read_file(path))
      out.files.push_back(sources.add(display(path), std::move(*text)));
    else
      io_error(sink, fmt::format("cannot read '{}'", display(path)), "check the file's permissions"),
          out.io_failed = true;
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-") {
      out.files.push_back(sources.add("-", read_stdin()));
    } else if (fs::is_directory(path, ec)) {
      const auto files = yaml_files_under(path, ec);
      if (files.empty())
        io_error(sink, fmt::format("no *.yaml or *.yml files under '{}'", path),
                 "name YAML files or a directory that holds some"),
            out.io_failed = true;
      for (const auto& f : files) add(f);
    } else if (fs::exists(path, ec)) {
      add(path);
    } else {
      io_error(sink, fmt::format("no such file or directory: '{}'", path), "check the path");
      out.io_failed = true;
    }
  }
  return out;
}

}  // namespace telc::model
