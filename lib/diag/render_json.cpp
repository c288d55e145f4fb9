#include <nlohmann/json.hpp>

#include "diag/render.hpp"

namespace telc::diag {
namespace {

nlohmann::json to_json(const Diagnostic& d, const SourceManager& sources) {
  nlohmann::json j = {
      {"file", display_path(sources, d.span)},
      {"line", d.span.begin.line},
      {"column", d.span.begin.column},
      {"end_line", d.span.end.line},
      {"end_column", d.span.end.column},
      {"severity", to_string(d.severity)},
      {"code", d.code},
      {"message", d.message},
      {"hint", d.hint ? nlohmann::json(*d.hint) : nlohmann::json(nullptr)},
  };
  for (const Note& n : d.notes)
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
