#include "ottl_test_util.hpp"

#include <fmt/format.h>

namespace telc::ottl::test {

diag::EmbeddedText embedded(std::string_view text) {
  diag::EmbeddedText out(0);
  for (std::size_t i = 0; i <= text.size(); ++i) out.push({1, static_cast<std::uint32_t>(i + 1)});
  return out;
}

std::string render(const diag::Sink& sink) {
  std::string out;
  for (const diag::Diagnostic& d : sink.all()) {
    out += fmt::format("{}-{} {}: {}", d.span.begin.column, d.span.end.column, d.code, d.message);
    if (d.hint) out += " | " + *d.hint;
    out += "\n";
  }
  return out;
}

std::string diagnose(const std::vector<std::string>& statements, const std::vector<std::string>& conditions,
                     const Options& options, GroupResult* result) {
  std::vector<diag::EmbeddedText> where;
  where.reserve(statements.size() + conditions.size());
  std::vector<Text> s;
  std::vector<Text> c;
  for (const std::string& t : statements) s.push_back({t, &where.emplace_back(embedded(t))});
  for (const std::string& t : conditions) c.push_back({t, &where.emplace_back(embedded(t))});
  diag::Sink sink;
  const GroupResult r = check_group(s, c, options, sink);
  if (result != nullptr) *result = r;
  return render(sink);
}

Options in(Signal signal, std::optional<Context> context, Processor processor, unsigned minor) {
  Options o;
  o.signal = signal;
  o.context = context;
  o.processor = processor;
  o.minor = minor;
  return o;
}

}  // namespace telc::ottl::test
