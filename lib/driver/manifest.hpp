#pragma once
// The output manifest: which files below an output directory telc wrote, with their hashes, so
// that the next compile can remove those no input generates any more (and only those).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "backends/backend.hpp"

namespace telc::driver {

/// The manifest's name in the output directory.
inline constexpr std::string_view kManifestName = ".telc-manifest";

/// The names of a relative, '/'-separated path; empty when it would leave the directory (an
/// absolute path, "..", ".", or an empty name).
[[nodiscard]] std::vector<std::string> path_names(const std::string& relative);

/// One line per file, sorted by path, in `sha256sum`'s format (`<sha256>  <path>`, with its
/// backslash escape for a path holding a backslash or a line break), so `sha256sum -c` checks
/// it. No timestamps: the same files give the same bytes.
[[nodiscard]] std::string render_manifest(const backends::OutputTree& files);

/// Path → SHA-256 of a manifest's text. Lines that are not well-formed, and paths that would
/// leave the directory or name the manifest itself, are ignored: they cannot be telc's.
[[nodiscard]] std::map<std::string, std::string> parse_manifest(std::string_view text);

}  // namespace telc::driver
