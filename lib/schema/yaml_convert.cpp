#include "schema/yaml_convert.hpp"

#include <yaml.h>

#include <charconv>
#include <unordered_map>

#include <fmt/format.h>

#include "schema/yaml_errors.hpp"

namespace telc::schema {
namespace {

using Json = nlohmann::json;

Json resolve_plain(std::string&& text);

struct Anchor {
  Json value;
  std::size_t nodes = 0;
};

/// Owns a libyaml parser over one chunk and the current event.
class EventStream {
 public:
  EventStream(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~EventStream() {
    if (has_event_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;

  bool next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = yaml_parser_parse(&parser_, &event_) == 1;
    return has_event_;
  }
  const yaml_event_t& event() const { return event_; }
  const yaml_parser_t& parser() const { return parser_; }

 private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
  bool has_event_ = false;
};

char style_of(const yaml_event_t& event) {
  switch (event.type) {
    case YAML_SCALAR_EVENT:
      switch (event.data.scalar.style) {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return '\'';
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return '"';
        case YAML_LITERAL_SCALAR_STYLE: return '|';
        case YAML_FOLDED_SCALAR_STYLE: return '>';
        default: return 'p';
      }
    case YAML_SEQUENCE_START_EVENT: return event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? '[' : 'b';
    case YAML_MAPPING_START_EVENT: return event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? '{' : 'b';
    case YAML_ALIAS_EVENT: return '*';
    default: return 0;
  }
}

const char* anchor_of(const yaml_event_t& event) {
  const yaml_char_t* a = event.type == YAML_SCALAR_EVENT           ? event.data.scalar.anchor
                         : event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                         : event.type == YAML_MAPPING_START_EVENT  ? event.data.mapping_start.anchor
                                                                   : nullptr;
  return reinterpret_cast<const char*>(a);
}

Json scalar_value(const yaml_event_t& event) {
  std::string text(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
  const char* tag = reinterpret_cast<const char*>(event.data.scalar.tag);
  if (tag == nullptr)
    return event.data.scalar.plain_implicit && style_of(event) == 'p' ? resolve_plain(std::move(text))
                                                                      : Json(std::move(text));
  const std::string_view t(tag);
  constexpr std::string_view kCore = "tag:yaml.org,2002:";
  if (t.substr(0, kCore.size()) != kCore) return text;
  const Json resolved = resolve_plain_scalar(text);
  const std::string_view kind = t.substr(kCore.size());
  const bool fits = (kind == "int" && resolved.is_number_integer()) || (kind == "float" && resolved.is_number()) ||
                    (kind == "bool" && resolved.is_boolean()) || (kind == "null" && resolved.is_null());
  return fits ? resolved : Json(text);
}

class Converter {
 public:
  Converter(const diag::SourceManager& sources, diag::FileId file, Chunk chunk, const ConvertLimits& limits,
            Document& doc, diag::Sink& sink)
      : sources_(sources),
        file_(file),
        chunk_(chunk),
        limits_(limits),
        doc_(doc),
        sink_(sink),
        events_(std::string_view(sources.file(file).text).substr(chunk.begin, chunk.end - chunk.begin)),
        lines_(sources.file(file).line_starts.size()) {}

  bool run() {
    if (!advance() || !advance()) return false;  // STREAM-START, then DOCUMENT-START or STREAM-END
    if (events_.event().type != YAML_DOCUMENT_START_EVENT || !advance()) return false;
    std::string pointer;
    doc_.value = node(pointer, {}, {}, 0);
    return !failed_;
  }

 private:
  /// libyaml's 0-based mark in the chunk → the file's position. At the end of a text without a
  /// final line break libyaml starts a line that does not exist; that is the end of the last one.
  diag::SourcePos pos(const yaml_mark_t& mark) const {
    const diag::SourcePos at{chunk_.first_line + static_cast<std::uint32_t>(mark.line),
                             static_cast<std::uint32_t>(mark.column + 1)};
    return at.line > lines_ ? sources_.clamp(file_, at) : at;
  }

  bool advance() {
    if (failed_) return false;
    if (events_.next()) return true;
    report_parse_error();
    return failed_ = true, false;
  }

  void report_parse_error() {
    const yaml_parser_t& p = events_.parser();
    // A reader error (a control character) has no mark, only the byte offset in the chunk.
    const diag::SourcePos problem_at =
        p.error == YAML_READER_ERROR ? sources_.position(file_, chunk_.begin + p.problem_offset) : pos(p.problem_mark);
    YamlError e{p.problem ? p.problem : "invalid YAML", p.context ? p.context : "", problem_at,
                p.context ? pos(p.context_mark) : diag::SourcePos{}, chunk_.begin};
    sink_.report(explain_yaml_error(sources_, file_, e));
  }

  void fail(const yaml_mark_t& at, std::string code, std::string message, std::string hint) {
    if (failed_) return;
    failed_ = true;
    const diag::SourcePos p = pos(at);
    sink_.report({diag::Severity::error, std::move(code), std::move(message), {file_, p, p}, std::move(hint), {}});
  }

  Json node(std::string& pointer, diag::SourcePos key, diag::SourcePos key_end, std::size_t depth) {
    const yaml_event_t& e = events_.event();
    doc_.locations.add(pointer, {key, key_end, pos(e.start_mark), pos(e.end_mark), style_of(e)});
    const std::size_t entry = doc_.locations.size() - 1;
    if (++nodes_ > limits_.max_nodes)
      return fail(e.start_mark, "yaml/too-large", "document has more nodes than telc accepts",
                  "split it into several documents"),
             nullptr;
    if (depth > limits_.max_depth)
      return fail(e.start_mark, "yaml/too-deep",
                  fmt::format("nesting is deeper than the {} levels telc accepts", limits_.max_depth),
                  "flatten the structure; policies never need this depth"),
             nullptr;
    const std::string anchor = anchor_of(e) ? anchor_of(e) : "";
    const std::size_t nodes_before = nodes_;
    Json value;
    switch (e.type) {
      case YAML_SCALAR_EVENT: value = scalar_value(e); break;
      case YAML_SEQUENCE_START_EVENT:
        value = sequence(pointer, depth);
        doc_.locations.set_value_end(entry, pos(events_.event().start_mark));
        break;
      case YAML_MAPPING_START_EVENT:
        value = mapping(pointer, depth);
        doc_.locations.set_value_end(entry, pos(events_.event().start_mark));
        break;
      case YAML_ALIAS_EVENT: value = alias(e); break;
      default: break;
    }
    if (!anchor.empty()) anchors_[anchor] = {value, nodes_ - nodes_before + 1};
    return value;
  }

  Json alias(const yaml_event_t& event) {
    const std::string name(reinterpret_cast<const char*>(event.data.alias.anchor));
    auto it = anchors_.find(name);
    if (it == anchors_.end())
      return fail(event.start_mark, "yaml/syntax", fmt::format("alias '*{}' refers to no anchor", name),
                  fmt::format("define '&{}' before using '*{}'", name, name)),
             nullptr;
    nodes_ += it->second.nodes;
    if (nodes_ > limits_.max_nodes)
      return fail(event.start_mark, "yaml/too-large",
                  "aliases expand the document beyond the nodes telc accepts (an alias bomb?)",
                  "avoid deeply repeated YAML aliases (*name); write the values out"),
             nullptr;
    return it->second.value;
  }

  Json sequence(std::string& pointer, std::size_t depth) {
    Json out = Json::array();
    const std::size_t length = pointer.size();
    for (std::size_t i = 0; advance() && events_.event().type != YAML_SEQUENCE_END_EVENT; ++i) {
      pointer += '/';
      pointer += std::to_string(i);
      out.push_back(node(pointer, {}, {}, depth + 1));
      pointer.resize(length);
    }
    return out;
  }

  Json mapping(std::string& pointer, std::size_t depth) {
    Json out = Json::object();
    const std::size_t length = pointer.size();
    while (advance() && events_.event().type != YAML_MAPPING_END_EVENT) {
      const yaml_event_t& k = events_.event();
      if (k.type != YAML_SCALAR_EVENT)
        return fail(k.start_mark, "yaml/complex-key", "mapping key is not a scalar", "use a plain string key"), out;
      const std::string name(reinterpret_cast<const char*>(k.data.scalar.value), k.data.scalar.length);
      const diag::SourcePos key = pos(k.start_mark), key_end = pos(k.end_mark);
      if (!advance()) break;
      append_token(pointer, name);
      auto [slot, inserted] = out.get_ref<Json::object_t&>().try_emplace(name);
      if (!inserted) report_duplicate(name, pointer, key, key_end);
      Json value = node(pointer, key, key_end, depth + 1);
      if (inserted) slot->second = std::move(value);
      pointer.resize(length);
    }
    return out;
  }

  void report_duplicate(const std::string& name, const std::string& pointer, diag::SourcePos key,
                        diag::SourcePos key_end) {
    diag::Diagnostic d{diag::Severity::error,
                       "yaml/duplicate-key",
                       fmt::format("duplicate key '{}'", name),
                       {file_, key, {key_end.line, key_end.column - 1}},
                       "remove one of them; YAML parsers disagree on which one wins",
                       {}};
    if (const NodeOffsets* first = doc_.locations.find(pointer))
      d.notes.push_back({{file_, first->key, {first->key_end.line, first->key_end.column - 1}}, "first defined here"});
    sink_.report(std::move(d));
  }

  const diag::SourceManager& sources_;
  diag::FileId file_;
  Chunk chunk_;
  ConvertLimits limits_;
  Document& doc_;
  diag::Sink& sink_;
  EventStream events_;
  std::unordered_map<std::string, Anchor> anchors_;
  std::size_t lines_;  // the file's, for pos()
  std::size_t nodes_ = 0;
  bool failed_ = false;
};

std::optional<Json> parse_integer(const std::string& text) {
  std::string_view v = text;
  bool negative = false;
  if (!v.empty() && (v[0] == '-' || v[0] == '+')) negative = v[0] == '-', v.remove_prefix(1);
  int base = 10;
  if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'o')) base = v[1] == 'x' ? 16 : 8, v.remove_prefix(2);
  if (v.empty() || (base != 10 && text[0] == '-')) return std::nullopt;
  std::uint64_t magnitude = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), magnitude, base);
  if (ec != std::errc() || end != v.data() + v.size()) return std::nullopt;
  if (!negative) return Json(magnitude);
  if (magnitude > static_cast<std::uint64_t>(INT64_MAX) + 1) return std::nullopt;
  return Json(static_cast<std::int64_t>(0 - magnitude));
}

std::size_t digits(std::string_view text, std::size_t index) {
  while (index < text.size() && std::isdigit(static_cast<unsigned char>(text[index]))) ++index;
  return index;
}

/// YAML 1.2 core float: [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_float(std::string_view text) {
  std::size_t i = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  const std::size_t int_end = digits(text, i);
  std::size_t end = int_end;
  if (end < text.size() && text[end] == '.') end = digits(text, end + 1);
  if (end == i || (int_end == i && end == i + 1)) return false;
  if (end < text.size() && (text[end] == 'e' || text[end] == 'E')) {
    std::size_t e = end + 1;
    if (e < text.size() && (text[e] == '-' || text[e] == '+')) ++e;
    end = digits(text, e);
    if (end == e) return false;
  }
  return end == text.size();
}

/// resolve_plain_scalar, keeping the text without a copy when it stays a string.
Json resolve_plain(std::string&& text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  const char c = text[0];
  if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.')) return std::move(text);
  if (auto integer = parse_integer(text)) return *integer;
  if (is_float(text)) return std::strtod(text.c_str(), nullptr);
  return std::move(text);  // .inf and .nan have no JSON form; no policy field takes them
}

}  // namespace

Json resolve_plain_scalar(const std::string& text) { return resolve_plain(std::string(text)); }

bool convert_chunk(const diag::SourceManager& sources, diag::FileId file, Chunk chunk, const ConvertLimits& limits,
                   Document& doc, diag::Sink& sink) {
  return Converter(sources, file, chunk, limits, doc, sink).run();
}

}  // namespace telc::schema
