#include "schema/precheck.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "diag/utf8.hpp"

namespace telc::schema {
namespace {

void report_at(const diag::SourceManager& sources, diag::FileId file, std::size_t at, std::string code,
               std::string message, std::string hint, diag::Sink& sink) {
  sink.report(
      {diag::Severity::error, std::move(code), std::move(message), sources.span(file, at, at), std::move(hint), {}});
}

/// The first byte from `at` on that is not ASCII or is NUL, looked for eight bytes at a time:
/// the bytes before it need no decoding.
std::size_t skip_plain_ascii(std::string_view text, std::size_t at) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
  for (std::uint64_t word = 0; at + sizeof word <= text.size(); at += sizeof word) {
    std::memcpy(&word, text.data() + at, sizeof word);
    if ((word & kHigh) != 0 || ((word - kOnes) & ~word & kHigh) != 0) break;  // a high bit, or a zero byte
  }
  return at;
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
  for (std::size_t i = skip_plain_ascii(text, 0); i < text.size(); i = skip_plain_ascii(text, i)) {
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
