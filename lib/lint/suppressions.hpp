#pragma once
// Inline suppressions: `# telc:disable CODE[,CODE...] [until YYYY-MM-DD] reason` on the finding's
// line, or alone on the line above it. The YAML parser drops comments, so the raw text is scanned.
#include <string>
#include <vector>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"

namespace telc::lint {

struct Suppression {
  std::vector<std::string> codes;
  diag::FileId file = diag::kNoFile;
  std::uint32_t line = 0;  // the line whose findings it silences
};

/// The active suppressions of one file. Unknown codes and malformed comments are errors, expired
/// ones warnings (and silence nothing); `today` is YYYY-MM-DD.
[[nodiscard]] std::vector<Suppression> scan_suppressions(const diag::SourceManager& sources, diag::FileId file,
                                                         const std::string& today, diag::Sink& sink);

[[nodiscard]] bool is_suppressed(const diag::Diagnostic& diagnostic, const std::vector<Suppression>& active);

}  // namespace telc::lint
