#include "diag/sink.hpp"
#include "diag/utf8.hpp"

#include <algorithm>
#include <tuple>

namespace telc::diag {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "note") return Severity::note;
  if (text == "warning") return Severity::warning;
  if (text == "error") return Severity::error;
  return std::nullopt;
}

namespace {

/// A message is one line: a value quoted from a hostile input (a unit of megabytes) is cut, at a
/// character boundary; the caret still shows where all of it is.
void cap(std::string& text) {
  if (text.size() <= kMaxMessageBytes) return;
  std::size_t cut = kMaxMessageBytes;
  while (cut > 0 && is_continuation(static_cast<unsigned char>(text[cut]))) --cut;
  text.resize(cut);
  text += "...";
}

}  // namespace

void Sink::report(Diagnostic diagnostic) {
  cap(diagnostic.message);
  if (diagnostic.hint) cap(*diagnostic.hint);
  if (diagnostic.severity == Severity::error) ++errors_;
  items_.push_back(std::move(diagnostic));
}

void Sink::merge(Sink&& other) {
  errors_ += other.errors_;
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
  other.items_.clear();
  other.errors_ = 0;
}

std::size_t Sink::count(Severity at_least) const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [&](const Diagnostic& diagnostic) { return diagnostic.severity >= at_least; }));
}

void Sink::retain(const std::function<bool(const Diagnostic&)>& keep) {
  std::erase_if(items_, [&](const Diagnostic& diagnostic) { return !keep(diagnostic); });
  errors_ = count(Severity::error);
}

void Sink::sort() {
  auto key = [](const Diagnostic& diagnostic) {
    return std::tie(diagnostic.span.file, diagnostic.span.begin.line, diagnostic.span.begin.column, diagnostic.code,
                    diagnostic.message);
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](const Diagnostic& left, const Diagnostic& right) { return key(left) < key(right); });
}

}  // namespace telc::diag
