#include "gotemplate/functions.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace telc::gotemplate {
namespace {

// Go's text/template builtins (funcs.go, builtins()).
constexpr std::array<std::string_view, 19> kBuiltins = {
    "and", "call", "eq",  "ge", "gt",    "html",   "index",   "js",    "le",       "len",
    "lt",  "ne",   "not", "or", "print", "printf", "println", "slice", "urlquery",
};

// Prometheus v3.14.0, template/template.go (NewTemplateExpander's funcMap): alert templates are
// expanded in text mode, so the HTML-only "tmpl" of console templates is not among them.
constexpr std::array<std::string_view, 29> kPrometheus = {
    "args",
    "externalURL",
    "first",
    "graphLink",
    "humanize",
    "humanize1024",
    "humanizeDuration",
    "humanizePercentage",
    "humanizeTimestamp",
    "label",
    "match",
    "now",
    "parseDuration",
    "pathPrefix",
    "query",
    "reReplaceAll",
    "safeHtml",
    "sortByLabel",
    "strvalue",
    "stripDomain",
    "stripPort",
    "tableLink",
    "title",
    "toDuration",
    "toLower",
    "toTime",
    "toUpper",
    "urlQueryEscape",
    "value",
};

// vmalert v1.150.0, app/vmalert/templates/template.go (templateFuncs): Prometheus's set less
// graphLink, tableLink, toDuration and urlQueryEscape, plus its own escapes and time helpers.
constexpr std::array<std::string_view, 33> kVmalert = {
    "args",
    "crlfEscape",
    "externalURL",
    "first",
    "formatTime",
    "htmlEscape",
    "humanize",
    "humanize1024",
    "humanizeDuration",
    "humanizePercentage",
    "humanizeTimestamp",
    "jsonEscape",
    "label",
    "match",
    "now",
    "parseDuration",
    "parseDurationTime",
    "pathEscape",
    "pathPrefix",
    "query",
    "queryEscape",
    "quotesEscape",
    "reReplaceAll",
    "safeHtml",
    "sortByLabel",
    "stripDomain",
    "stripPort",
    "strvalue",
    "title",
    "toLower",
    "toTime",
    "toUpper",
    "value",
};

// Prometheus prepends "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}
// {{$externalURL := .ExternalURL}}{{$value := .Value}}" to every alert template (rules/alerting.go
// and model/rulefmt/rulefmt.go, v3.14.0); vmalert's notifier/alert.go (tplHeaders) adds more. $ is
// Go's own.
constexpr std::array<std::string_view, 4> kPrometheusPreamble = {"$labels", "$externalLabels", "$externalURL",
                                                                 "$value"};
constexpr std::array<std::string_view, 12> kVmalertPreamble = {
    "$value",       "$type",    "$labels",  "$expr",     "$interval", "$externalLabels",
    "$externalURL", "$alertID", "$groupID", "$activeAt", "$for",      "$isPartial",
};

template <typename... Tables> std::vector<std::string> sorted_union(const Tables&... tables) {
  std::vector<std::string> out;
  (out.insert(out.end(), tables.begin(), tables.end()), ...);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

template <typename... Tables> std::vector<std::string> with_dollar(const Tables&... tables) {
  std::vector<std::string> out = sorted_union(tables...);
  out.insert(out.begin(), "$");
  return out;
}

}  // namespace

std::span<const std::string> function_names(Engine engine) {
  static const std::vector<std::string> prometheus = sorted_union(kBuiltins, kPrometheus);
  static const std::vector<std::string> vmalert = sorted_union(kBuiltins, kVmalert);
  static const std::vector<std::string> either = sorted_union(kBuiltins, kPrometheus, kVmalert);
  switch (engine) {
    case Engine::prometheus: return prometheus;
    case Engine::vmalert: return vmalert;
    case Engine::either: break;
  }
  return either;
}

bool is_function(std::string_view name, Engine engine) {
  const std::span<const std::string> names = function_names(engine);
  return std::binary_search(names.begin(), names.end(), name, std::less<>());
}

std::span<const std::string> preamble(Engine engine) {
  static const std::vector<std::string> prometheus = with_dollar(kPrometheusPreamble);
  static const std::vector<std::string> vmalert = with_dollar(kVmalertPreamble);
  static const std::vector<std::string> either = with_dollar(kPrometheusPreamble, kVmalertPreamble);
  switch (engine) {
    case Engine::prometheus: return prometheus;
    case Engine::vmalert: return vmalert;
    case Engine::either: break;
  }
  return either;
}

}  // namespace telc::gotemplate
