#pragma once
// The built-in JSON Schemas as files for editors and other validators (`telc schema export`).
#include <map>
#include <string>
#include <string_view>

namespace telc::schema {

/// Where exported schemas say they live: `$id` is kSchemaBaseUrl + "<group>/<version>/<Kind>.schema.json".
inline constexpr std::string_view kSchemaBaseUrl = "https://telc.dev/schemas/";

/// Every built-in schema as its source file had it (`pattern` restored from the build's
/// `x-telc-pattern`), with a `$id` added, keyed by "<group>/<version>/<Kind>.schema.json" and
/// printed with two-space indents: the same bytes on every run.
[[nodiscard]] std::map<std::string, std::string> exported_schemas();

}  // namespace telc::schema
