// The registry as one self-contained HTML page: inline style and script, no external assets. Each
// attribute and signal is a card that reflows on a narrow screen; the search box filters the cards
// by name and brief as you type.
#include <fmt/format.h>

#include "backends/docs/html_text.hpp"
#include "backends/docs/registry_docs.hpp"

namespace telc::backends::docs {
namespace {

constexpr std::string_view kRegistryStyle =
    "nav a{margin-right:.6rem;display:inline-block}\n"
    ".item{border:1px solid #d0d7de;border-radius:6px;padding:.2rem 1rem;margin:.8rem 0}\n"
    ".item h4{margin:.6rem 0 .3rem}.facts{margin:.3rem 0}\n"
    ".badge{display:inline-block;border-radius:1em;padding:0 .55em;font-size:.8em;border:1px solid #d0d7de;"
    "white-space:nowrap}\n"
    ".stable{background:#dafbe1;border-color:#4ac26b}.deprecated{background:#ffebe9;border-color:#ff8182}\n"
    ".development,.experimental,.alpha,.beta,.release_candidate{background:#fff8c5;border-color:#d4a72c}\n"
    ".uses{padding-left:1.2rem}.uses li{margin:.15rem 0}\n";

constexpr std::string_view kRegistryScript = R"(<script>
(function () {
  var search = document.getElementById('search');
  var empty = document.getElementById('no-match');
  search.addEventListener('input', function () {
    var q = search.value.toLowerCase().trim();
    var shown = 0;
    document.querySelectorAll('.ns').forEach(function (ns) {
      var any = false;
      ns.querySelectorAll('.item').forEach(function (item) {
        var hit = q === '' || item.getAttribute('data-search').indexOf(q) >= 0;
        item.hidden = !hit;
        any = any || hit;
        shown += hit ? 1 : 0;
      });
      ns.hidden = !any;
    });
    empty.hidden = shown > 0;
  });
})();
</script>
)";

std::string badge(const std::string& level) {
  if (level.empty()) return "";
  return fmt::format(" <span class=\"badge {0}\">{0}</span>", esc(level));
}

std::string attribute_ref(const std::string& key, const AttributeHomes& homes) {
  if (!homes.contains(key)) return fmt::format("<code class=\"name\">{}</code>", name_html(key));
  return fmt::format("<a href=\"#attr-{}\"><code class=\"name\">{}</code></a>", esc(key), name_html(key));
}

std::string search_text(const std::string& name, const std::string& brief) {
  std::string out = name + " " + brief;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return esc(out);
}

void deprecation_html(std::string& out, const ir::SemconvDeprecation& what, const AttributeHomes& homes) {
  out += "<p><span class=\"badge deprecated\">deprecated</span>";
  if (!what.renamed_to.empty()) out += " Renamed to " + attribute_ref(what.renamed_to, homes) + ".";
  if (!what.note.empty()) out += " " + brief_html(what.note);
  out += "</p>\n";
}

void members(std::string& out, const ir::SemconvAttribute& attr) {
  if (attr.members.empty()) return;
  out += "<p>Values:</p>\n<ul class=\"uses\">\n";
  for (const ir::SemconvMember& m : attr.members) {
    out += fmt::format("<li><code class=\"text\">{}</code>{}{}", esc(m.value), badge(m.stability),
                       m.deprecated ? badge("deprecated") : "");
    if (!m.brief.empty()) out += " — " + brief_html(m.brief);
    out += "</li>\n";
  }
  out += "</ul>\n";
}

void attribute_card(std::string& out, const ir::SemconvAttribute& attr, const AttributeHomes& homes) {
  out += fmt::format(
      "<article class=\"item\" id=\"attr-{}\" data-search=\"{}\">\n<h4><code class=\"name\">{}</code></h4>\n",
      esc(attr.key), search_text(attr.key, attr.brief), name_html(attr.key));
  out += fmt::format("<p class=\"facts\"><code class=\"name\">{}</code>{}</p>\n", name_html(attr.type),
                     badge(attr.stability));
  if (!attr.brief.empty()) out += fmt::format("<p>{}</p>\n", brief_html(attr.brief));
  if (attr.deprecated) deprecation_html(out, *attr.deprecated, homes);
  if (!attr.examples.empty()) {
    out += "<p>Examples:";
    for (std::size_t i = 0; i < attr.examples.size(); ++i)
      out += fmt::format("{} <code class=\"text\">{}</code>", i == 0 ? "" : ",", esc(attr.examples[i]));
    out += "</p>\n";
  }
  members(out, attr);
  out += "</article>\n";
}

void uses(std::string& out, const std::vector<ir::SemconvAttributeUse>& list, const AttributeHomes& homes) {
  if (list.empty()) return void(out += "<p class=\"muted\">No attributes.</p>\n");
  out += "<ul class=\"uses\">\n";
  for (const ir::SemconvAttributeUse& u : list) {
    out += "<li>" + attribute_ref(u.key, homes);
    out += fmt::format(" <span class=\"{}\">{}{}</span>", u.requirement == "required" ? "req" : "muted",
                       u.identifying ? "identifying, " : "", esc(requirement_text(u)));
    if (!u.condition.empty()) out += " — " + brief_html(u.condition);
    out += badge(u.stability) + (u.deprecated ? badge("deprecated") : "") + "</li>\n";
  }
  out += "</ul>\n";
}

void signal_card(std::string& out, const ir::SemconvSignal& signal, const AttributeHomes& homes) {
  out +=
      fmt::format("<article class=\"item\" id=\"{}-{}\" data-search=\"{}\">\n<h4><code class=\"name\">{}</code></h4>\n",
                  signal.kind, esc(signal.name), search_text(signal.name, signal.brief), name_html(signal.name));
  out += "<p class=\"facts\">" + esc(signal.kind) + badge(signal.stability);
  if (!signal.instrument.empty())
    out += fmt::format(" · {} · unit <code class=\"unit\">{}</code>", esc(signal.instrument), esc(signal.unit));
  if (!signal.span_kind.empty()) out += fmt::format(" · kind {}", esc(signal.span_kind));
  out += "</p>\n";
  if (!signal.brief.empty()) out += fmt::format("<p>{}</p>\n", brief_html(signal.brief));
  if (signal.deprecated) deprecation_html(out, *signal.deprecated, homes);
  uses(out, signal.attributes, homes);
  if (!signal.entity_associations.empty()) {
    out += "<p>Associated entities:";
    for (const std::string& e : signal.entity_associations)
      out += fmt::format(" <code class=\"name\">{}</code>", name_html(e));
    out += "</p>\n";
  }
  for (const ir::SemconvRefinement& r : signal.refinements) {
    out += fmt::format("<p>Refinement <code class=\"name\">{}</code>{}</p>\n", name_html(r.id),
                       r.brief.empty() ? "" : ": " + brief_html(r.brief));
    uses(out, r.attributes, homes);
  }
  out += "</article>\n";
}

void namespace_section(std::string& out, const ir::SemconvNamespace& ns, const AttributeHomes& homes) {
  out += fmt::format(
      "<section class=\"ns\" id=\"ns-{0}\">\n<h2><code class=\"name\">{1}</code></h2>\n<p class=\"muted\">{2}.</p>\n",
      esc(ns.name), name_html(ns.name), esc(counts_text(ns)));
  if (!ns.attributes.empty()) out += "<h3>Attributes</h3>\n";
  for (const ir::SemconvAttribute& a : ns.attributes) attribute_card(out, a, homes);
  for_each_signal(
      ns, [&](const std::string& kind) { out += fmt::format("<h3>{}</h3>\n", kind_heading(kind)); },
      [&](const ir::SemconvSignal& signal) { signal_card(out, signal, homes); });
  out += "</section>\n";
}

}  // namespace

std::string render_registry_html(const ir::SemconvRegistry& registry) {
  const AttributeHomes homes = attribute_homes(registry);
  std::string out = "<!-- Generated by telc from the semantic-convention registry. Do not edit. -->\n";
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"telc\">\n<title>Semantic-convention registry</title>\n<style>\n";
  out += kBaseStyle;
  out += kRegistryStyle;
  out += "</style>\n</head>\n<body>\n<h1>Semantic-convention registry</h1>\n";
  out +=
      "<label for=\"search\">Search names and descriptions</label>\n"
      "<input id=\"search\" type=\"search\" placeholder=\"http.request, duration, deprecated…\">\n<nav>\n";
  for (const ir::SemconvNamespace& ns : registry.namespaces)
    out += fmt::format("<a href=\"#ns-{}\"><code class=\"name\">{}</code></a>\n", esc(ns.name), name_html(ns.name));
  out += "</nav>\n<p id=\"no-match\" hidden>No name or description matches.</p>\n";
  for (const ir::SemconvNamespace& ns : registry.namespaces) namespace_section(out, ns, homes);
  out += kRegistryScript;
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace telc::backends::docs
