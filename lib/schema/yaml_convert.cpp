#include "schema/yaml_convert.hpp"

#include <yaml.h>

#include "schema/yaml_errors.hpp"
#include "schema/yaml_fast.hpp"

namespace telc::schema {
namespace {

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

YamlMark mark(const yaml_mark_t& from) { return {from.line, from.column}; }

std::string_view view(const yaml_char_t* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

char scalar_style(yaml_scalar_style_t style) {
  switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: return '\'';
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return '"';
    case YAML_LITERAL_SCALAR_STYLE: return '|';
    case YAML_FOLDED_SCALAR_STYLE: return '>';
    default: return 'p';
  }
}

/// The node an event starts; false for an end (or stream and document) event.
bool node_of(const yaml_event_t& event, YamlNode& node) {
  node.start = mark(event.start_mark);
  node.end = mark(event.end_mark);
  switch (event.type) {
    case YAML_SCALAR_EVENT:
      node.kind = YamlNodeKind::scalar;
      node.style = scalar_style(event.data.scalar.style);
      node.text = {reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length};
      node.anchor = view(event.data.scalar.anchor);
      node.tag = reinterpret_cast<const char*>(event.data.scalar.tag);
      node.plain_implicit = event.data.scalar.plain_implicit != 0;
      return true;
    case YAML_SEQUENCE_START_EVENT:
      node.kind = YamlNodeKind::sequence;
      node.style = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? '[' : 'b';
      node.anchor = view(event.data.sequence_start.anchor);
      return true;
    case YAML_MAPPING_START_EVENT:
      node.kind = YamlNodeKind::mapping;
      node.style = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? '{' : 'b';
      node.anchor = view(event.data.mapping_start.anchor);
      return true;
    case YAML_ALIAS_EVENT:
      node.kind = YamlNodeKind::alias;
      node.style = '*';
      node.text = view(event.data.alias.anchor);
      return true;
    default: return false;
  }
}

void report_parse_error(const diag::SourceManager& sources, diag::FileId file, Chunk chunk, const yaml_parser_t& parser,
                        DocumentBuilder& builder) {
  // A reader error (a control character) has no mark, only the byte offset in the chunk.
  const diag::SourcePos problem_at = parser.error == YAML_READER_ERROR
                                         ? sources.position(file, chunk.begin + parser.problem_offset)
                                         : builder.pos(mark(parser.problem_mark));
  YamlError e{parser.problem ? parser.problem : "invalid YAML", parser.context ? parser.context : "", problem_at,
              parser.context ? builder.pos(mark(parser.context_mark)) : diag::SourcePos{}, chunk.begin};
  builder.diagnostics().report(explain_yaml_error(sources, file, e));
}

}  // namespace

bool read_with_libyaml(const diag::SourceManager& sources, diag::FileId file, Chunk chunk, DocumentBuilder& builder) {
  EventStream events(std::string_view(sources.file(file).text).substr(chunk.begin, chunk.end - chunk.begin));
  auto advance = [&] {
    if (events.next()) return true;
    report_parse_error(sources, file, chunk, events.parser(), builder);
    return false;
  };
  if (!advance() || !advance()) return false;  // STREAM-START, then DOCUMENT-START or STREAM-END
  if (events.event().type != YAML_DOCUMENT_START_EVENT || !advance()) return false;
  std::size_t open = 0;
  YamlNode node;
  do {
    const yaml_event_t& e = events.event();
    if (node_of(e, node)) {
      if (!builder.node(node)) return false;
      open += node.kind == YamlNodeKind::sequence || node.kind == YamlNodeKind::mapping;
    } else if (e.type == YAML_SEQUENCE_END_EVENT || e.type == YAML_MAPPING_END_EVENT) {
      if (!builder.end(mark(e.start_mark))) return false;
      --open;
    }
    node = {};
  } while (open > 0 && advance());
  return open == 0 && !builder.failed();
}

bool convert_chunk(const diag::SourceManager& sources, diag::FileId file, Chunk chunk, const ConvertLimits& limits,
                   Document& doc, diag::Sink& sink) {
  const std::string_view text = std::string_view(sources.file(file).text).substr(chunk.begin, chunk.end - chunk.begin);
  {
    DocumentBuilder builder(sources, file, chunk, limits, doc);
    if (read_common_yaml(text, builder)) {
      sink.merge(std::move(builder.diagnostics()));
      return true;
    }
  }
  doc.value = nullptr;
  doc.locations = {};
  DocumentBuilder builder(sources, file, chunk, limits, doc);
  const bool ok = read_with_libyaml(sources, file, chunk, builder);
  sink.merge(std::move(builder.diagnostics()));
  return ok;
}

}  // namespace telc::schema
