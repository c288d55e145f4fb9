#include "cel_test_util.hpp"

#include <fmt/format.h>

namespace telc::cel::test {

diag::EmbeddedText embedded(std::string_view text) {
  diag::EmbeddedText out(0);
  diag::SourcePos pos{1, 1};
  for (std::size_t i = 0; i < text.size(); ++i) {
    out.push(pos);  // continuation bytes share their character's position
    const bool next_continues = i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80;
    if (text[i] == '\n')
      pos = {pos.line + 1, 1};
    else if (!next_continues)
      ++pos.column;
  }
  out.push(pos);
  return out;
}

std::string render(const diag::Sink& sink) {
  std::string out;
  for (const diag::Diagnostic& d : sink.all()) {
    out += fmt::format("{}:{}-{} {} {}: {}\n", d.span.begin.line, d.span.begin.column, d.span.end.column,
                       diag::to_string(d.severity), d.code, d.message);
    if (d.hint) out += fmt::format("  hint: {}\n", *d.hint);
  }
  return out;
}

std::string diagnose(std::string_view expr, const Environment& env, Expectation expect) {
  diag::Sink sink;
  const ParseResult r = parse_and_check(expr, env, expect, embedded(expr), sink);
  return render(sink);
}

std::string canonical(std::string_view expr) {
  const ParseResult r = parse(expr);
  return r.ok() ? to_string(*r.root()) : "error: " + r.error()->message;
}

std::string evaluated(std::string_view expr, const Activation& activation, const EvalLimits& limits) {
  const ParseResult r = parse(expr);
  return r.ok() ? to_display(evaluate(*r.root(), activation, limits)) : "parse error: " + r.error()->message;
}

namespace {

Value object(std::initializer_list<std::pair<const char*, Value>> fields) {
  ValueMap map;
  for (const auto& [k, v] : fields) map.emplace_back(Value::string(k), v);
  return Value::map(std::move(map));
}

Value container(const char* name, const char* image, const char* cpu) {
  return object({{"name", Value::string(name)},
                 {"image", Value::string(image)},
                 {"resources", object({{"limits", object({{"cpu", Value::string(cpu)}})}})}});
}

}  // namespace

Activation policy_activation() {
  const Value labels = object({{"app", Value::string("web")}, {"tier", Value::string("frontend")}});
  const Value metadata = object({{"name", Value::string("web-1")},
                                 {"namespace", Value::string("prod")},
                                 {"labels", labels},
                                 {"creationTimestamp", Value::string("2024-03-01T12:00:00Z")}});
  const Value containers =
      Value::list({container("app", "nginx:1.25", "500m"), container("log-shipper", "fluent-bit:3.0", "100m")});
  const Value conditions =
      Value::list({object({{"type", Value::string("Available")}, {"status", Value::string("True")}}),
                   object({{"type", Value::string("Progressing")}, {"status", Value::string("False")}})});
  const Value resource =
      object({{"metadata", metadata},
              {"spec", object({{"replicas", Value::integer(3)}, {"containers", containers}})},
              {"status", object({{"readyReplicas", Value::integer(2)}, {"conditions", conditions}})}});
  const Value attributes = object({{"http.method", Value::string("GET")}, {"status_code", Value::integer(200)}});
  return {{"resource", resource},
          {"item", (**containers.get<std::shared_ptr<const ValueList>>()).front()},
          {"value", Value::dbl(1536.0)},
          {"attributes", attributes}};
}

}  // namespace telc::cel::test
