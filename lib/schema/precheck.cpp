#include "schema/precheck.hpp"

#include <fmt/format.h>

#include "diag/utf8.hpp"

namespace telc::schema {
namespace {

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
  for (std::size_t i = diag::skip_plain_ascii(text, 0); i < text.size(); i = diag::skip_plain_ascii(text, i)) {
    if (text[i] == '\0') {
      report_at(sources, file, i, "yaml/invalid-character", "NUL byte in a YAML file",
                "is this a binary file? YAML text cannot contain NUL", sink);
      return false;
    }
    const diag::Decoded decoded = diag::decode(text.substr(i));
    if (!decoded.valid) {
      report_at(sources, file, i, "yaml/invalid-utf8",
                fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(text[i])),
                "save the file as UTF-8", sink);
      return false;
    }
    i += decoded.length;
  }
  return true;
}

}  // namespace telc::schema
