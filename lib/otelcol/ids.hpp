#pragma once
// Component IDs (`type[/name]`) and pipeline IDs (`signal[/name]`), as core component/identifiable.go
// and pipeline/pipeline.go define them.
#include <optional>
#include <string>
#include <string_view>

namespace telc::otelcol {

struct SplitId {
  std::string_view type;
  std::string_view name;  // empty when there is no '/'
  bool has_slash = false;
};

/// Splits at the first '/': the name may itself contain '/'.
[[nodiscard]] SplitId split_id(std::string_view id);
/// Why `type` is not a valid type ("" when it is): ^[a-zA-Z][0-9a-zA-Z_]{0,62}$.
[[nodiscard]] std::string type_error(std::string_view type);
/// Why `name` is not a valid name ("" when it is): 1–1024 characters, no whitespace, control
/// characters or symbols. Non-ASCII characters are accepted (telc has no Unicode category table).
[[nodiscard]] std::string name_error(std::string_view name);

}  // namespace telc::otelcol
