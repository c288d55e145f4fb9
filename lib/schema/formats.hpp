#pragma once
// String formats the schemas name with `x-telc-format`: Go durations and endpoint URLs.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace telc::schema {

/// Nanoseconds of a Go `time.ParseDuration` string ("1h30m", "500ms", "0"), or nullopt when it
/// is malformed or too large.
[[nodiscard]] std::optional<std::int64_t> parse_go_duration(std::string_view text);

enum class DurationError { malformed, too_large };

/// Why `text` is not a Go duration (too large: beyond about 290 years), or nullopt when it is one.
[[nodiscard]] std::optional<DurationError> go_duration_error(std::string_view text);

/// Why `text` is not an absolute http(s) URL with a host, or nullopt when it is one.
[[nodiscard]] std::optional<std::string> url_problem(std::string_view text);

/// `url` with the password of its user info (or a lone user name, often a token) replaced by ****,
/// so that a message quoting the URL does not repeat the secret it warns about.
[[nodiscard]] std::string redacted_url(std::string_view url);

/// Why `text` is not a URL as Go's url.ParseRequestURI reads it (and Kubernetes' CEL isURL(), which
/// calls it): an absolute URI (a scheme, then an authority, a path or opaque text) or an absolute
/// path. nullopt when it is one.
[[nodiscard]] std::optional<std::string> request_uri_problem(std::string_view text);

}  // namespace telc::schema
