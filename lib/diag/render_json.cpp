#include <nlohmann/json.hpp>

#include "diag/render.hpp"

namespace telc::diag {
namespace {

nlohmann::json to_json(const Diagnostic& diagnostic, const SourceManager& sources) {
  nlohmann::json j = {
      {"file", display_path(sources, diagnostic.span)},
      {"line", diagnostic.span.begin.line},
      {"column", diagnostic.span.begin.column},
      {"end_line", diagnostic.span.end.line},
      {"end_column", diagnostic.span.end.column},
      {"severity", to_string(diagnostic.severity)},
      {"code", diagnostic.code},
      {"message", diagnostic.message},
      {"hint", diagnostic.hint ? nlohmann::json(*diagnostic.hint) : nlohmann::json(nullptr)},
  };
  for (const Note& n : diagnostic.notes)
    j["notes"].push_back({{"file", display_path(sources, n.span)},
                          {"line", n.span.begin.line},
                          {"column", n.span.begin.column},
                          {"message", n.message}});
  return j;
}

}  // namespace

std::string render_json(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources) {
  nlohmann::json list = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) list.push_back(to_json(d, sources));
  return nlohmann::json{{"diagnostics", std::move(list)}}.dump(2, ' ', false,
                                                               nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace telc::diag
