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

}  // namespace

std::span<const std::string> function_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out(kBuiltins.begin(), kBuiltins.end());
    out.insert(out.end(), kPrometheus.begin(), kPrometheus.end());
    std::sort(out.begin(), out.end());
    return out;
  }();
  return names;
}

bool is_function(std::string_view name) {
  const std::span<const std::string> names = function_names();
  return std::binary_search(names.begin(), names.end(), name, std::less<>());
}

}  // namespace telc::gotemplate
