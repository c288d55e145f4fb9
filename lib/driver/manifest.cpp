#include "driver/manifest.hpp"

#include <sstream>

#include "driver/sha256.hpp"

namespace telc::driver {
namespace {

/// sha256sum's escape of a file name: a backslash and line breaks written as \\, \n and \r.
std::string escape_name(const std::string& path, bool& escaped) {
  std::string out;
  escaped = false;
  for (const char c : path) {
    const char* replacement = c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
    if (replacement != nullptr) escaped = true;
    if (replacement != nullptr) out += replacement;
    if (replacement == nullptr) out += c;
  }
  return out;
}

/// The escaped name read back; false when an escape is not one sha256sum writes.
bool unescape_name(std::string_view text, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
      continue;
    }
    if (++i == text.size()) return false;
    const char c = text[i];
    if (c != '\\' && c != 'n' && c != 'r') return false;
    out += c == '\\' ? '\\' : c == 'n' ? '\n' : '\r';
  }
  return true;
}

bool is_hex_digest(std::string_view text) {
  if (text.size() != 64) return false;
  for (const char c : text)
    if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) return false;
  return true;
}

/// One manifest line into `files`, when it is well-formed and names a path below the directory.
void parse_line(std::string_view line, std::map<std::string, std::string>& files) {
  const bool escaped = !line.empty() && line.front() == '\\';
  if (escaped) line.remove_prefix(1);
  if (line.size() < 67 || !is_hex_digest(line.substr(0, 64)) || line.substr(64, 2) != "  ") return;
  std::string path(line.substr(66));
  if (escaped && !unescape_name(line.substr(66), path)) return;
  if (!path_names(path).empty() && path != kManifestName) files[path] = std::string(line.substr(0, 64));
}

}  // namespace

std::vector<std::string> path_names(const std::string& relative) {
  std::vector<std::string> out;
  std::istringstream in(relative);
  for (std::string name; std::getline(in, name, '/');) {
    if (name.empty() || name == "." || name == "..") return {};
    out.push_back(name);
  }
  if (!relative.empty() && relative.back() == '/') return {};
  return out;
}

std::string render_manifest(const backends::OutputTree& files) {
  std::string out;
  for (const auto& [path, content] : files) {
    bool escaped = false;
    const std::string name = escape_name(path, escaped);
    out += (escaped ? "\\" : "") + sha256_hex(content) + "  " + name + "\n";
  }
  return out;
}

std::map<std::string, std::string> parse_manifest(std::string_view text) {
  std::map<std::string, std::string> out;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    parse_line(text.substr(0, end), out);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  return out;
}

}  // namespace telc::driver
