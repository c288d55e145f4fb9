#include "schema/precheck.hpp"

#include <fmt/format.h>

namespace telc::schema {
namespace {

/// Length of the UTF-8 sequence at text[i], or 0 when it is malformed.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;                          // overlong
  if (n == 3 && c == 0xE0 && byte(i + 1) < 0xA0) return 0;   // overlong
  if (n == 3 && c == 0xED && byte(i + 1) >= 0xA0) return 0;  // surrogates
  if (n == 4 && (c > 0xF4 || (c == 0xF0 && byte(i + 1) < 0x90) || (c == 0xF4 && byte(i + 1) >= 0x90))) return 0;
  return n;
}

void report_at(const diag::SourceManager& sources, diag::FileId file, std::size_t at, std::string code,
               std::string message, std::string hint, diag::Sink& sink) {
  sink.report(
      {diag::Severity::error, std::move(code), std::move(message), sources.span(file, at, at), std::move(hint), {}});
}

}  // namespace

bool precheck(const diag::SourceManager& sources, diag::FileId file, std::size_t max_bytes, diag::Sink& sink) {
  const std::string_view text = sources.file(file).text;
  if (text.size() > max_bytes) {
    report_at(sources, file, 0, "io/too-large",
              fmt::format("file is {} bytes, more than the {} telc reads", text.size(), max_bytes),
              "split the file; policy files are small", sink);
    return false;
  }
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\0') {
      report_at(sources, file, i, "yaml/invalid-character", "NUL byte in a YAML file",
                "is this a binary file? YAML text cannot contain NUL", sink);
      return false;
    }
    const std::size_t n = utf8_length(text, i);
    if (n == 0) {
      report_at(sources, file, i, "yaml/invalid-utf8",
                fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(text[i])),
                "save the file as UTF-8", sink);
      return false;
    }
    i += n;
  }
  return true;
}

}  // namespace telc::schema
