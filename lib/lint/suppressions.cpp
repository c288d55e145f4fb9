#include "lint/suppressions.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "lint/registry.hpp"

namespace telc::lint {
namespace {

constexpr std::string_view kMarker = "telc:disable";

struct Word {
  std::string text;
  std::size_t offset;  // byte offset in the line
};

std::vector<Word> words(std::string_view line, std::size_t from) {
  std::vector<Word> out;
  for (std::size_t i = from; i < line.size();) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    const std::size_t start = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > start) out.push_back({std::string(line.substr(start, i - start)), start});
  }
  return out;
}

/// Where the marker's comment starts: `#` at the line start or after a blank, then the marker.
std::optional<std::size_t> marker_at(std::string_view line) {
  for (std::size_t hash = line.find('#'); hash != std::string_view::npos; hash = line.find('#', hash + 1)) {
    if (hash > 0 && !std::isspace(static_cast<unsigned char>(line[hash - 1]))) continue;
    std::size_t i = hash + 1;
    while (i < line.size() && line[i] == ' ') ++i;
    if (line.substr(i, kMarker.size()) == kMarker) return i;
  }
  return std::nullopt;
}

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  return std::all_of(text.begin(), text.end(),
                     [](char ch) { return ch == '-' || std::isdigit(static_cast<unsigned char>(ch)); });
}

std::vector<std::string> rule_codes() {
  std::vector<std::string> out;
  for (const auto& r : all_rules()) out.emplace_back(r->info().code);
  return out;
}

class LineScanner {
 public:
  LineScanner(const diag::SourceManager& sources, diag::FileId file, std::uint32_t line, diag::Sink& sink)
      : sources_(sources), file_(file), line_(line), text_(sources.line_text(file, line)), sink_(sink) {}

  std::optional<Suppression> scan(std::size_t marker, const std::string& today) {
    const auto ws = words(text_, marker + kMarker.size());
    if (ws.empty())
      return report(diag::Severity::error, "lint/bad-suppression", "'telc:disable' names no rule", marker,
                    kMarker.size(), "write '# telc:disable group/name reason'");
    Suppression out{{}, file_, target(marker)};
    bool ok = true;
    for (std::size_t start = 0, comma = 0; comma != std::string::npos; start = comma + 1) {
      comma = ws[0].text.find(',', start);
      const std::string code = ws[0].text.substr(start, comma == std::string::npos ? comma : comma - start);
      ok = known(code, ws[0].offset + start) && ok;
      out.codes.push_back(code);
    }
    if (ws.size() >= 2 && ws[1].text == "until" && !check_until(ws, today)) return std::nullopt;
    return ok ? std::optional(std::move(out)) : std::nullopt;
  }

 private:
  /// A comment alone on its line silences the next line; after content, its own line.
  std::uint32_t target(std::size_t marker) const {
    const std::size_t hash = text_.rfind('#', marker);
    const bool alone = text_.find_first_not_of(" \t") == hash;
    return alone ? line_ + 1 : line_;
  }

  bool known(const std::string& code, std::size_t offset) {
    if (find_rule(code) != nullptr) return true;
    const auto codes = rule_codes();
    const auto near = diag::closest(code, codes);
    report(diag::Severity::error, "lint/unknown-rule", fmt::format("no lint rule has the code '{}'", code), offset,
           std::max<std::size_t>(code.size(), 1),
           near ? fmt::format("did you mean '{}'?", *near) : "see 'telc rules list'");
    return false;
  }

  bool check_until(const std::vector<Word>& ws, const std::string& today) {
    if (ws.size() < 3 || !is_date(ws[2].text))
      return report(diag::Severity::error, "lint/bad-suppression", "'until' needs a date", ws[1].offset,
                    ws.size() < 3 ? 5 : ws[2].offset + ws[2].text.size() - ws[1].offset, "write 'until YYYY-MM-DD'"),
             false;
    if (ws[2].text >= today) return true;
    report(diag::Severity::warning, "lint/expired-suppression",
           fmt::format("this suppression expired on {} and no longer applies", ws[2].text), ws[2].offset,
           ws[2].text.size(), "fix the finding, or move the date if the exception still holds");
    return false;
  }

  std::nullopt_t report(diag::Severity severity, const char* code, std::string message, std::size_t offset,
                        std::size_t length, std::string hint) {
    const std::size_t line_start = sources_.offset(file_, {line_, 1});
    sink_.report({severity,
                  code,
                  std::move(message),
                  sources_.span(file_, line_start + offset, line_start + offset + length - 1),
                  std::move(hint),
                  {}});
    return std::nullopt;
  }

  const diag::SourceManager& sources_;
  diag::FileId file_;
  std::uint32_t line_;
  std::string_view text_;
  diag::Sink& sink_;
};

}  // namespace

std::vector<Suppression> scan_suppressions(const diag::SourceManager& sources, diag::FileId file,
                                           const std::string& today, diag::Sink& sink) {
  std::vector<Suppression> out;
  const diag::SourceFile& f = sources.file(file);
  if (f.text.find(kMarker) == std::string::npos) return out;  // the common case: one search
  for (std::uint32_t line = 1; line <= f.line_starts.size(); ++line) {
    const std::string_view text = sources.line_text(file, line);
    if (auto marker = marker_at(text))
      if (auto s = LineScanner(sources, file, line, sink).scan(*marker, today)) out.push_back(std::move(*s));
  }
  return out;
}

bool is_suppressed(const diag::Diagnostic& diagnostic, const std::vector<Suppression>& active) {
  return std::any_of(active.begin(), active.end(), [&](const Suppression& suppression) {
    return suppression.file == diagnostic.span.file && suppression.line == diagnostic.span.begin.line &&
           std::find(suppression.codes.begin(), suppression.codes.end(), diagnostic.code) != suppression.codes.end();
  });
}

}  // namespace telc::lint
