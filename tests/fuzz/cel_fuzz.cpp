// libFuzzer target for lib/cel: parse never throws or crashes; a parsed expression prints to a
// canonical form that parses again and prints identically; the checker runs in every context.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cel/check.hpp"
#include "cel/parse.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

void check_everywhere(const telc::cel::Expr& e, std::string_view text) {
  using namespace telc::cel;
  const auto where = telc::diag::EmbeddedText::uniform(0, {1, 1}, text.size());
  telc::diag::Sink sink;
  check(e, data_plane_transform_env(), Expectation::value, where, sink);
  check(e, series_from_env(), Expectation::label, where, sink);
  check(e, resource_env(), Expectation::list, where, sink);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const telc::cel::ParseResult r = telc::cel::parse(text);
  if (!r.ok()) {
    const auto& e = *r.error();
    require(e.begin <= e.end && e.end <= text.size() && !e.message.empty());
    return 0;
  }
  require(r.root()->begin <= r.root()->end && r.root()->end < text.size());
  const std::string printed = to_string(*r.root());
  const telc::cel::ParseResult again = telc::cel::parse(printed);
  // A canonical form longer than the input bound is the only reprint allowed to fail.
  require(again.ok() || printed.size() > telc::cel::kMaxBytes);
  if (again.ok()) require(to_string(*again.root()) == printed);
  check_everywhere(*r.root(), text);
  return 0;
}
