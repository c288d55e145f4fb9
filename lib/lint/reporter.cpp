#include "lint/rule.hpp"

namespace telc::lint {

Finding::~Finding() { to_.emit(std::move(d_)); }

Finding& Finding::hint(std::string text) {
  d_.hint = std::move(text);
  return *this;
}

Finding& Finding::note(diag::SourceSpan span, std::string message) {
  d_.notes.push_back({span, std::move(message)});
  return *this;
}

void Reporter::emit(diag::Diagnostic diagnostic) {
  const auto severity = severity_(diagnostic.span.file);
  if (!severity) return;
  diagnostic.severity = *severity;
  sink_.report(std::move(diagnostic));
}

}  // namespace telc::lint
