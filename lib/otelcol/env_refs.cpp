#include "otelcol/env_refs.hpp"

#include <fmt/format.h>

#include "diag/ascii.hpp"
#include "otelcol/context.hpp"

namespace telc::otelcol {
namespace {

// Providers in the official distributions (confmap/provider/*).
constexpr std::string_view kSchemes[] = {"env", "file", "http", "https", "yaml"};

/// ^[a-zA-Z_][a-zA-Z0-9_]*$ (confmap/internal/envvar/pattern.go).
bool is_env_name(std::string_view name) {
  if (name.empty() || (!diag::is_ascii_alpha(name.front()) && name.front() != '_')) return false;
  for (char c : name)
    if (!diag::is_ascii_alpha(c) && !diag::is_ascii_digit(c) && c != '_') return false;
  return true;
}

bool is_scheme(std::string_view text) {
  if (text.empty() || !diag::is_ascii_alpha(text.front())) return false;
  for (char c : text)
    if (!diag::is_ascii_alpha(c) && !diag::is_ascii_digit(c) && c != '+' && c != '.' && c != '-') return false;
  return true;
}

RefProblem env_problem(std::string_view rest) {
  const std::string_view name = rest.substr(0, rest.find(":-"));
  if (is_env_name(name)) return {};
  return {fmt::format("'{}' is not a valid environment variable name", name),
          "names are letters, digits and '_', not starting with a digit"};
}

RefProblem scheme_problem(std::string_view scheme, std::string_view rest) {
  if (!rest.empty() && rest.front() == '-')
    return {fmt::format("'${{{}:{}}}' reads provider '{}', not a variable with a default", scheme, rest, scheme),
            fmt::format("write '${{env:{}:{}}}': a default needs the env: scheme", scheme, rest)};
  return {fmt::format("unknown config provider '{}'", scheme),
          "providers: env, file, http, https, yaml; write '$$' for a literal '$'"};
}

struct Scan {
  const Context& cx;
  const std::string& pointer;
  std::string_view text;
};

void report_at(const Scan& scan, std::string_view code, std::size_t begin, std::size_t end, std::string message,
               std::string hint) {
  const diag::SourceSpan span = scan.cx.where.text(scan.pointer).span(begin, end);
  scan.cx.error(code, span, std::move(message), std::move(hint));
}

/// A `$` that is neither `$$` nor `${`: confmap (expand.go, resolver.go escapeDollarSigns; the
/// same from 0.120 to 0.159) keeps it as it is, so `$1` in a regex replacement and `}$` are
/// literal. Only `$NAME` is worth a warning: it reads like a shell variable but is never expanded.
void report_bare_dollar(const Scan& scan, std::size_t at) {
  std::size_t end = at + 1;
  while (end < scan.text.size() &&
         (diag::is_ascii_alpha(scan.text[end]) || diag::is_ascii_digit(scan.text[end]) || scan.text[end] == '_'))
    ++end;
  const std::string_view word = scan.text.substr(at + 1, end - at - 1);
  if (!is_env_name(word)) return;
  const diag::SourceSpan span = scan.cx.where.text(scan.pointer).span(at, end - 1);
  scan.cx.report(
      diag::Severity::warning, "collector/unescaped-dollar", span,
      fmt::format("'${}' is kept literally: the collector expands only ${{…}} references", word),
      fmt::format("write '${{env:{}}}' to read the environment variable, or '$${}' to keep the text and silence this",
                  word, word));
}

/// Returns where scanning continues.
std::size_t check_reference(const Scan& scan, std::size_t at) {
  const std::size_t close = scan.text.find('}', at + 2);
  if (close == std::string_view::npos) {
    // expandValue skips a string without '}', so the text stays literal: a warning, not an error.
    const diag::SourceSpan span = scan.cx.where.text(scan.pointer).span(at, scan.text.size() - 1);
    scan.cx.report(diag::Severity::warning, "collector/env-syntax", span,
                   "unterminated '${' is kept literally, not expanded",
                   "close it with '}', or write '$$' for a literal '$'");
    return scan.text.size();
  }
  const RefProblem p = reference_problem(scan.text.substr(at + 2, close - at - 2));
  if (!p.message.empty()) report_at(scan, "collector/env-syntax", at, close, p.message, p.hint);
  return close + 1;
}

void scan_string(const Scan& scan) {
  for (std::size_t i = scan.text.find('$'); i != std::string_view::npos; i = scan.text.find('$', i)) {
    const char next = i + 1 < scan.text.size() ? scan.text[i + 1] : '\0';
    if (next == '$') {
      i += 2;
    } else if (next == '{') {
      i = check_reference(scan, i);
    } else {
      report_bare_dollar(scan, i);
      i += 1;
    }
  }
}

void walk(const Context& cx, const nlohmann::json& node, std::string& pointer) {
  const std::size_t length = pointer.size();
  if (node.is_string()) {
    const auto& text = node.get_ref<const std::string&>();
    if (text.find('$') != std::string::npos) scan_string({cx, pointer, text});
  } else if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      schema::append_token(pointer, key);
      walk(cx, value, pointer);
      pointer.resize(length);
    }
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      pointer += '/';
      pointer += std::to_string(i);
      walk(cx, node[i], pointer);
      pointer.resize(length);
    }
  }
}

}  // namespace

RefProblem reference_problem(std::string_view inside) {
  if (inside.empty()) return {"empty reference '${}'", "write '${env:NAME}', or '$$' for a literal '$'"};
  if (inside.find('$') != std::string_view::npos)
    return {"a '${…}' reference cannot contain '$'", "nested references are not expanded"};
  const auto colon = inside.find(':');
  if (colon == std::string_view::npos) return env_problem(inside);
  const std::string_view scheme = inside.substr(0, colon), rest = inside.substr(colon + 1);
  if (scheme == "env") return env_problem(rest);
  if (!is_scheme(scheme) || std::find(std::begin(kSchemes), std::end(kSchemes), scheme) == std::end(kSchemes))
    return scheme_problem(scheme, rest);
  if (rest.empty()) return {fmt::format("'${{{}:}}' names nothing", scheme), "give the provider a location"};
  return {};
}

bool is_secret_reference(std::string_view value) {
  if (value.size() < 4 || value.substr(0, 2) != "${" || value.back() != '}') return false;
  const std::string_view inside = value.substr(2, value.size() - 3);
  if (inside.find('}') != std::string_view::npos || !reference_problem(inside).message.empty()) return false;
  const auto colon = inside.find(':');
  const std::string_view scheme = colon == std::string_view::npos ? "env" : inside.substr(0, colon);
  return scheme == "env" || scheme == "file";
}

bool has_reference(std::string_view value) { return value.find("${") != std::string_view::npos; }

void check_strings(const Context& cx) {
  std::string pointer;
  walk(cx, cx.root(), pointer);
}

}  // namespace telc::otelcol
