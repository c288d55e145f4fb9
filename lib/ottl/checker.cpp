// The walk of one statement or condition: calls, paths, enums. Messages name the offending
// function, path or symbol and come with a did-you-mean where a near name exists.
#include "ottl/checker.hpp"

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "ottl/contexts.hpp"

namespace telc::ottl {
namespace {

std::string join_names(const Node& node, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i <= last; ++i) {
    if (!out.empty()) out += '.';
    out += node.segments[i].name;
  }
  return out;
}

std::vector<std::string> path_names(Context context) {
  std::vector<std::string> out;
  for (const PathInfo& p : paths()) {
    if (p.context == context) out.emplace_back(p.name);
  }
  return out;
}

std::vector<std::string> function_names(const Options& opt, Context context, bool editors) {
  std::vector<std::string> out;
  for (const Function& f : functions()) {
    if (is_editor_name(std::string(f.name)) == editors && offered(f, opt.processor, context)) out.emplace_back(f.name);
  }
  return out;
}

}  // namespace

std::optional<std::string> suggest(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto near = diag::closest(word, candidates)) return fmt::format("did you mean '{}'?", *near);
  return std::nullopt;
}

bool offered(const Function& function, Processor processor, Context context) {
  if ((function.contexts & bit(context)) == 0) return false;
  const bool editor = is_editor_name(std::string(function.name));
  switch (processor) {
    case Processor::transform: return (function.processors & kTransform) != 0;
    // The filter processor evaluates conditions only: it registers no editors.
    case Processor::filter: return !editor && (function.processors & kFilter) != 0;
    // The routing connector: route() and the standard converters, no processor's own functions.
    case Processor::routing: return editor ? (function.processors & kRouting) != 0 : function.processors == kBoth;
  }
  return false;
}

void Checker::report(std::string_view code, std::size_t begin, std::size_t end, std::string message,
                     std::optional<std::string> hint) {
  diag::Diagnostic d;
  d.severity = diag::Severity::error;
  d.code = std::string(code);
  d.message = std::move(message);
  if (text_.where != nullptr) d.span = text_.where->span(begin, end);
  d.hint = std::move(hint);
  sink_.report(std::move(d));
  ok_ = false;
}

void Checker::statement(const Tree& tree) {
  call(*tree.root, true);
  if (tree.where) value(*tree.where);
}

void Checker::condition(const Tree& tree) { value(*tree.root); }

void Checker::value(const Node& node) {
  switch (node.kind) {
    case NodeKind::path: path(node); return;
    case NodeKind::call: call(node, false); return;
    case NodeKind::name: enum_symbol(node); return;
    default: break;
  }
  for (const NodePtr& kid : node.kids) value(*kid);
}

void Checker::call(const Node& node, bool as_statement) {
  const std::size_t name_end = node.begin + node.text.size() - 1;
  const bool editor = is_editor_name(node.text);
  if (as_statement && !editor) {
    report("ottl/function-kind", node.begin, name_end, fmt::format("converter '{}' cannot be a statement", node.text),
           "a statement starts with an editor (lowercase), such as set(...); converters go inside its arguments");
  } else if (!as_statement && editor) {
    report("ottl/function-kind", node.begin, name_end,
           fmt::format("editor '{}' cannot be used as a value or condition", node.text),
           "only converters (uppercase names) return values; editors start a statement");
    for (const NodePtr& kid : node.kids) value(*kid);  // one finding for the call itself
    return;
  }
  const Function* f = find_function(node.text);
  if (f == nullptr) {
    auto hint = suggest(node.text, function_names(opt_, scope_.context, editor));
    report("ottl/unknown-function", node.begin, name_end,
           fmt::format("unknown {} '{}'", editor ? "editor" : "converter", node.text),
           hint ? hint : std::optional<std::string>("see pkg/ottl/ottlfuncs/README.md for the functions"));
  } else if (available(*f, node)) {
    check_arguments(*this, node, *f);
  }
  for (const NodePtr& key : node.keys) value(*key);
  if (f == nullptr) {
    for (const NodePtr& kid : node.kids) value(*kid);
  }
}

bool Checker::available(const Function& function, const Node& node) {
  const std::size_t name_end = node.begin + node.text.size() - 1;
  if (!offered(function, opt_.processor, scope_.context)) {
    std::string where;
    if (opt_.processor == Processor::routing) {
      where = "the routing connector offers route() and the standard converters only";
    } else if (opt_.processor == Processor::filter && is_editor_name(node.text)) {
      where = "the filter processor takes conditions only; editors belong to the transform processor";
    } else if ((function.processors & (opt_.processor == Processor::transform ? kTransform : kFilter)) == 0) {
      where = fmt::format("it belongs to the {} processor",
                          opt_.processor == Processor::transform ? "filter" : "transform");
    } else {
      where = fmt::format("it is available in the {} context", contexts_list(function.contexts));
    }
    const std::string place = opt_.processor == Processor::routing
                                  ? std::string("the routing connector")
                                  : fmt::format("the {} context", context_name(scope_.context));
    report("ottl/unknown-function", node.begin, name_end,
           fmt::format("function '{}' is not available in {}", node.text, place), where);
    return false;
  }
  if (function.since > opt_.minor) {
    report("ottl/too-new", node.begin, name_end,
           fmt::format("function '{}' exists from collector 0.{}; the target is 0.{}", node.text, function.since,
                       opt_.minor),
           "raise the target collector version or rewrite without it");
  }
  return true;
}

void Checker::enum_symbol(const Node& node) {
  const EnumInfo* e = find_enum(node.text);
  if (e != nullptr && (e->contexts & bit(scope_.context)) != 0) return;
  std::vector<std::string> names;
  for (const EnumInfo& info : enums()) {
    if ((info.contexts & bit(scope_.context)) != 0) names.emplace_back(info.name);
  }
  if (e != nullptr) {
    report("ottl/unknown-enum", node.begin, node.end,
           fmt::format("enum '{}' is not defined in the {} context", node.text, context_name(scope_.context)),
           fmt::format("it belongs to the {} context", contexts_list(e->contexts)));
    return;
  }
  const bool converter_like = find_function(node.text) != nullptr;
  report("ottl/unknown-enum", node.begin, node.end, fmt::format("unknown enum '{}'", node.text),
         converter_like ? std::optional<std::string>(fmt::format("call the converter: {}(...)", node.text))
                        : suggest(node.text, names));
}

void Checker::converter_reference(const Node& node) {
  const Function* f = find_function(node.text);
  if (f != nullptr && !is_editor_name(node.text) && offered(*f, opt_.processor, scope_.context)) return;
  report("ottl/unknown-function", node.begin, node.end, fmt::format("unknown converter '{}'", node.text),
         suggest(node.text, function_names(opt_, scope_.context, false)));
}

void Checker::check_keys(const Node& node) {
  for (const Segment& s : node.segments) {
    for (const NodePtr& key : s.keys) value(*key);
  }
}

void Checker::path(const Node& node) {
  check_keys(node);
  const Segment& head = node.segments.front();
  const auto prefix = node.segments.size() > 1 && head.keys.empty() ? prefix_context(head.name) : std::nullopt;
  if (!prefix) {
    if (!scope_.explicit_context) return;  // infer.cpp reports unprefixed paths once, before the walk
    path_in(node, scope_.context, 0);
    return;
  }
  const std::size_t prefix_end = head.end;
  if ((allowed_mask(opt_) & bit(*prefix)) == 0) {
    report("ottl/context", head.begin, prefix_end, no_context_message(opt_, *prefix),
           fmt::format("the contexts here are {}", contexts_list(allowed_mask(opt_))));
    return;
  }
  if ((reachable_from(scope_.context) & bit(*prefix)) == 0) {
    report("ottl/context", head.begin, prefix_end,
           fmt::format("the {} context cannot reach {} paths", context_name(scope_.context), context_name(*prefix)),
           fmt::format("from {} only {} paths are reachable", context_name(scope_.context),
                       contexts_list(reachable_from(scope_.context))));
    return;
  }
  const bool own = *prefix == scope_.context || head.name == "scope";
  if (scope_.explicit_context && own && !scope_.prefixes_allowed) {
    report("ottl/context", head.begin, prefix_end,
           fmt::format("the target collector cannot parse the prefix '{}.' in an explicit {} context", head.name,
                       context_name(scope_.context)),
           fmt::format("remove the prefix: '{}'", join_names(node, 1, node.segments.size() - 1)));
    return;
  }
  path_in(node, *prefix, 1);
}

void Checker::path_in(const Node& node, Context target, std::size_t first) {
  std::size_t known = first;  // segments [first, known) name a path of `target`
  const PathInfo* info = nullptr;
  for (std::size_t i = first; i < node.segments.size(); ++i) {
    const PathInfo* next = find_path(target, join_names(node, first, i));
    if (next == nullptr) break;
    info = next;
    known = i + 1;
    if (!node.segments[i].keys.empty()) break;  // below a key the value's own shape decides
  }
  if (known == first) {
    const Segment& s = node.segments[first];
    auto hint = suggest(s.name, path_names(target));
    report(
        "ottl/unknown-path", s.begin, s.end,
        fmt::format("unknown path '{}' in the {} context", s.name, context_name(target)),
        hint ? hint
             : std::optional<std::string>(fmt::format("see pkg/ottl/contexts/ottl{}/README.md", context_name(target))));
    return;
  }
  const Segment& last = node.segments[known - 1];
  if (known < node.segments.size() && last.keys.empty()) {
    const Segment& s = node.segments[known];
    report("ottl/unknown-path", s.begin, s.end,
           fmt::format("path '{}' of the {} context has no field '{}'", join_names(node, first, known - 1),
                       context_name(target), s.name),
           suggest(join_names(node, first, known), path_names(target)));
    return;
  }
  if (!last.keys.empty() && !info->keys) {
    report("ottl/unknown-path", last.keys.front()->begin - 1, node.end,
           fmt::format("path '{}' takes no keys", join_names(node, first, known - 1)), std::nullopt);
    return;
  }
  if (info->since > opt_.minor) {
    report("ottl/too-new", node.segments[first].begin, last.end,
           fmt::format("path '{}' exists from collector 0.{}; the target is 0.{}", join_names(node, first, known - 1),
                       info->since, opt_.minor),
           "raise the target collector version");
  }
}

}  // namespace telc::ottl
