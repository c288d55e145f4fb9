#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "diag/render.hpp"

namespace telc::diag {
namespace {

std::string_view level(Severity severity) {
  return severity == Severity::error ? "error" : severity == Severity::warning ? "warning" : "note";
}

/// Rule ids: every known code plus any code a diagnostic used, sorted, each with its index.
std::map<std::string, CodeInfo> rule_table(const std::vector<Diagnostic>& diagnostics,
                                           std::span<const CodeInfo> codes) {
  std::map<std::string, CodeInfo> rules;
  for (const CodeInfo& c : codes) rules.emplace(std::string(c.code), c);
  for (const Diagnostic& d : diagnostics) rules.emplace(d.code, CodeInfo{});
  return rules;
}

nlohmann::json rule_json(const std::string& code, const CodeInfo& info) {
  nlohmann::json rule = {{"id", code}};
  if (!info.summary.empty()) rule["shortDescription"] = {{"text", info.summary}};
  if (info.default_severity) rule["defaultConfiguration"] = {{"level", level(*info.default_severity)}};
  if (!info.help_path.empty()) {
    rule["help"] = {{"text", "see " + std::string(info.help_path) + ", or run: telc rules explain " + code}};
    rule["properties"] = {{"helpPath", info.help_path}};
  }
  return rule;
}

bool is_unreserved(unsigned char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' ||
         ch == '_' || ch == '~';
}

/// What a path segment may hold unencoded (RFC 3986 pchar, less '%'): unreserved, sub-delims, '@'
/// and ':' (but ':' not in the first segment of a relative reference, where it would read as a scheme).
bool is_path_char(unsigned char ch, bool colon_allowed) {
  static constexpr std::string_view kSubDelims = "!$&'()*+,;=@";
  return is_unreserved(ch) || kSubDelims.find(static_cast<char>(ch)) != std::string_view::npos ||
         (ch == ':' && colon_allowed);
}

}  // namespace

std::string uri_reference(std::string_view path) {
  std::string out;
  bool first_segment = path.empty() || path.front() != '/';
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '/') {
      first_segment = false;
      out += '/';
    } else if (is_path_char(c, !first_segment)) {
      out += ch;
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

namespace {

nlohmann::json sarif_location(const SourceManager& sources, const SourceSpan& span) {
  nlohmann::json region = {{"startLine", span.begin.line}, {"startColumn", span.begin.column}};
  if (span.end.line != 0) {
    region["endLine"] = span.end.line;
    region["endColumn"] = span.end.column + 1;  // SARIF's end column is exclusive
  }
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", uri_reference(display_path(sources, span))}}}, {"region", region}}}};
}

nlohmann::json result(const Diagnostic& diagnostic, const SourceManager& sources, std::size_t rule_index) {
  std::string text = diagnostic.message;
  if (diagnostic.hint) text += "\nhint: " + *diagnostic.hint;
  nlohmann::json r = {{"ruleId", diagnostic.code},
                      {"ruleIndex", rule_index},
                      {"level", level(diagnostic.severity)},
                      {"message", {{"text", text}}}};
  if (diagnostic.span.known()) r["locations"] = nlohmann::json::array({sarif_location(sources, diagnostic.span)});
  for (const Note& n : diagnostic.notes)
    if (n.span.known()) {
      nlohmann::json related = sarif_location(sources, n.span);
      related["message"] = {{"text", n.message}};
      r["relatedLocations"].push_back(std::move(related));
    }
  return r;
}

}  // namespace

std::string render_sarif(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                         std::span<const CodeInfo> codes, std::string_view tool_version) {
  const auto rules = rule_table(diagnostics, codes);
  std::map<std::string, std::size_t> index;
  nlohmann::json rule_list = nlohmann::json::array();
  for (const auto& [code, info] : rules) {
    index[code] = rule_list.size();
    rule_list.push_back(rule_json(code, info));
  }
  nlohmann::json results = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) results.push_back(result(d, sources, index[d.code]));
  nlohmann::json driver = {{"name", "telc"}, {"version", tool_version}, {"rules", rule_list}};
  nlohmann::json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                          {"version", "2.1.0"},
                          {"runs", nlohmann::json::array({{{"tool", {{"driver", driver}}}, {"results", results}}})}};
  return sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace telc::diag
