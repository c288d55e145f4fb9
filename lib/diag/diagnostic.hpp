#pragma once
// The data every stage reports: severity, stable code, one-line message, span, hint, notes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telc::diag {

enum class Severity : std::uint8_t { note, warning, error };

[[nodiscard]] std::string_view to_string(Severity severity);
[[nodiscard]] std::optional<Severity> parse_severity(std::string_view text);

using FileId = std::uint32_t;
inline constexpr FileId kNoFile = 0xffffffffu;

/// 1-based line and column; columns count Unicode code points, as editors show them.
struct SourcePos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
  friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

/// A range in one file; `end` is inclusive (the last character a caret run covers).
struct SourceSpan {
  FileId file = kNoFile;
  SourcePos begin;
  SourcePos end;
  [[nodiscard]] bool known() const { return file != kNoFile && begin.line != 0; }
};

struct Note {
  SourceSpan span;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;     // stable, documented: "schema/unknown-field"
  std::string message;  // one line, lowercase start, no trailing period
  SourceSpan span;
  std::optional<std::string> hint;
  std::vector<Note> notes;
};

/// Every user-supplied value in the model carries where it came from.
template <typename T> struct Located {
  T value{};
  SourceSpan span;
};

/// Describes a diagnostic code for SARIF `rules` and `telc rules list`.
struct CodeInfo {
  std::string_view code;
  std::string_view summary;
  std::optional<Severity> default_severity = std::nullopt;  // lint rules: their configurable level
  std::string_view help_path = {};                          // the rule's documentation in the repository
};

}  // namespace telc::diag
