// Collects the hints of context_inferrer.go (paths' prefixes, function names, enum symbols)
// from the parsed group and picks the context. Unlike upstream, functions and enums that exist
// nowhere are left out of the requirement: the checker reports them by name, which says more
// than "unable to infer a context".
#include "ottl/infer.hpp"

#include <fmt/format.h>

#include <vector>

#include "diag/spelling.hpp"
#include "ottl/checker.hpp"
#include "ottl/contexts.hpp"
#include "ottl/tables.hpp"

namespace telc::ottl {
namespace {

struct Hints {
  std::vector<std::pair<Context, const Node*>> prefixes;
  std::vector<const Node*> unprefixed;
  std::vector<const Node*> calls;  // known functions
  std::vector<const Node*> enums;  // known symbols
};

void collect(const Node& node, Hints& hints) {
  if (node.kind == NodeKind::path) {
    const Segment& head = node.segments.front();
    const auto c = node.segments.size() > 1 && head.keys.empty() ? prefix_context(head.name) : std::nullopt;
    if (c) {
      hints.prefixes.emplace_back(*c, &node);
    } else {
      hints.unprefixed.push_back(&node);
    }
    for (const Segment& s : node.segments) {
      for (const NodePtr& k : s.keys) collect(*k, hints);
    }
  }
  if (node.kind == NodeKind::call && find_function(node.text) != nullptr) hints.calls.push_back(&node);
  if (node.kind == NodeKind::name && find_enum(node.text) != nullptr) hints.enums.push_back(&node);
  for (const NodePtr& kid : node.kids) collect(*kid, hints);
  for (const NodePtr& key : node.keys) collect(*key, hints);
}

void report(diag::Sink& sink, const Text& text, std::string_view code, std::size_t begin, std::size_t end,
            std::string message, std::optional<std::string> hint) {
  diag::Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  if (text.where != nullptr) d.span = text.where->span(begin, end);
  d.hint = std::move(hint);
  sink.report(std::move(d));
}

/// The first node of the group that `context` cannot serve, or nullptr.
const Node* unsupported(const Hints& hints, Context context, const Options& opt) {
  for (const Node* call : hints.calls) {
    // An editor where only converters go (a filter) is the checker's to name, not a context's.
    if (opt.processor == Processor::filter && is_editor_name(call->text)) continue;
    if (!offered(*find_function(call->text), opt.processor, context)) return call;
  }
  for (const Node* e : hints.enums) {
    if ((find_enum(e->text)->contexts & bit(context)) == 0) return e;
  }
  return nullptr;
}

std::string prefix_hint(const Node& path, const Options& options) {
  std::vector<Context> order(allowed_contexts(options).begin(), allowed_contexts(options).end());
  std::sort(order.begin(), order.end(),
            [](Context left, Context right) { return inference_priority(left) < inference_priority(right); });
  for (Context c : order) {
    if (find_path(c, path.segments.front().name) != nullptr) {
      return fmt::format("write '{}.{}', or give the group an explicit context", context_name(c),
                         path.segments.front().name);
    }
  }
  return "prefix the path with its context (e.g. 'resource.'), or give the group an explicit context";
}

struct Located {
  const Text* text;
  Hints hints;
};

void report_unprefixed(const Located& group, const Options& opt, diag::Sink& sink) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < kContextCount; ++i) names.emplace_back(context_name(static_cast<Context>(i)));
  for (const Node* path : group.hints.unprefixed) {
    const Segment& head = path->segments.front();
    auto near = path->segments.size() > 1 ? diag::closest(head.name, names) : std::nullopt;
    if (near) {
      report(sink, *group.text, "ottl/unknown-context", head.begin, head.end,
             fmt::format("unknown context '{}'", head.name), fmt::format("did you mean '{}'?", *near));
    } else {
      report(sink, *group.text, "ottl/unprefixed-path", head.begin, head.end,
             fmt::format("path '{}' has no context prefix, which an inferred context needs", head.name),
             prefix_hint(*path, opt));
    }
  }
}

std::optional<Context> choose(const std::vector<Located>& group, const Options& opt, diag::Sink& sink) {
  std::optional<Context> best;
  for (const Located& l : group) {
    for (const auto& [c, node] : l.hints.prefixes) {
      if (!best || inference_priority(c) < inference_priority(*best)) best = c;
    }
  }
  const Text& first = *group.front().text;
  if (!best) {
    // Unprefixed paths were reported one by one: "no prefix" again would say the same twice.
    for (const Located& l : group)
      if (!l.hints.unprefixed.empty()) return std::nullopt;
    report(sink, first, "ottl/infer", 0, first.text.empty() ? 0 : first.text.size() - 1,
           "cannot infer the context: no path in the group has a context prefix",
           "name a prefixed path (e.g. 'resource.attributes[\"k\"]') or give the group an explicit context");
    return std::nullopt;
  }
  if ((allowed_mask(opt) & bit(*best)) == 0) return best;  // the checker reports each such path
  std::vector<Context> candidates{*best};
  for (Context c : lower_contexts(*best, opt)) candidates.push_back(c);
  const Node* blocker = nullptr;
  const Text* blocker_text = nullptr;
  for (Context c : candidates) {
    bool fits = true;
    for (const Located& l : group) {
      if (const Node* n = unsupported(l.hints, c, opt); n != nullptr) {
        if (blocker == nullptr) blocker = n, blocker_text = l.text;
        fits = false;
        break;
      }
    }
    if (fits) return c;
  }
  const std::size_t end = blocker->kind == NodeKind::call ? blocker->begin + blocker->text.size() - 1 : blocker->end;
  report(sink, *blocker_text, "ottl/infer", blocker->begin, end,
         fmt::format("cannot infer the context: '{}' is not available in the {} context or below it", blocker->text,
                     context_name(*best)),
         "give the group an explicit context, or name a path of the context that offers it");
  return std::nullopt;
}

}  // namespace

std::optional<Context> infer_context(std::span<const Parsed> group, const Options& options, diag::Sink& sink,
                                     bool& ok) {
  if (group.empty()) return std::nullopt;
  std::vector<Located> located;
  for (const Parsed& p : group) {
    Located l{p.text, {}};
    collect(*p.tree->root, l.hints);
    if (p.tree->where) collect(*p.tree->where, l.hints);
    if (!l.hints.unprefixed.empty()) ok = false;
    report_unprefixed(l, options, sink);
    located.push_back(std::move(l));
  }
  auto chosen = choose(located, options, sink);
  if (!chosen) ok = false;
  return chosen;
}

}  // namespace telc::ottl
