#include "schema/yaml_builder.hpp"

#include <charconv>

#include <fmt/format.h>

namespace telc::schema {
namespace {

using Json = nlohmann::json;

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

Json scalar_value(const YamlNode& node) {
  std::string text(node.text);
  if (node.tag == nullptr)
    return node.plain_implicit && node.style == 'p' ? resolve_plain(std::move(text)) : Json(std::move(text));
  const std::string_view t(node.tag);
  constexpr std::string_view kCore = "tag:yaml.org,2002:";
  if (t.substr(0, kCore.size()) != kCore) return text;
  const Json resolved = resolve_plain_scalar(text);
  const std::string_view kind = t.substr(kCore.size());
  const bool fits = (kind == "int" && resolved.is_number_integer()) || (kind == "float" && resolved.is_number()) ||
                    (kind == "bool" && resolved.is_boolean()) || (kind == "null" && resolved.is_null());
  return fits ? resolved : Json(text);
}

DocumentBuilder::DocumentBuilder(const diag::SourceManager& sources, diag::FileId file, Chunk chunk,
                                 const ConvertLimits& limits, Document& doc)
    : sources_(sources),
      file_(file),
      chunk_(chunk),
      limits_(limits),
      doc_(doc),
      lines_(sources.file(file).line_starts.size()) {}

diag::SourcePos DocumentBuilder::pos(YamlMark mark) const {
  // At the end of a text without a final line break libyaml starts a line that does not exist;
  // that is the end of the last one.
  const diag::SourcePos at{chunk_.first_line + static_cast<std::uint32_t>(mark.line),
                           static_cast<std::uint32_t>(mark.column + 1)};
  return at.line > lines_ ? sources_.clamp(file_, at) : at;
}

bool DocumentBuilder::fail(YamlMark at, std::string code, std::string message, std::string hint) {
  if (failed_) return false;
  failed_ = true;
  const diag::SourcePos p = pos(at);
  sink_.report({diag::Severity::error, std::move(code), std::move(message), {file_, p, p}, std::move(hint), {}});
  return false;
}

bool DocumentBuilder::read_key(Frame& frame, const YamlNode& node) {
  if (node.kind != YamlNodeKind::scalar)
    return fail(node.start, "yaml/complex-key", "mapping key is not a scalar", "use a plain string key");
  frame.key.assign(node.text);
  frame.key_at = pos(node.start);
  frame.key_end = pos(node.end);
  frame.index = 1;
  return true;
}

Json* DocumentBuilder::slot(diag::SourcePos& key, diag::SourcePos& key_end) {
  if (stack_.empty()) return &doc_.value;
  Frame& parent = stack_.back();
  if (parent.value->is_array()) {
    pointer_ += '/';
    pointer_ += std::to_string(parent.index++);
    parent.value->push_back(nullptr);
    return &parent.value->back();
  }
  key = parent.key_at;
  key_end = parent.key_end;
  append_token(pointer_, parent.key);
  auto [it, inserted] = parent.value->get_ref<Json::object_t&>().try_emplace(parent.key);
  if (inserted) return &it->second;
  report_duplicate(parent);
  return discarded_.emplace_back(std::make_unique<Json>()).get();
}

bool DocumentBuilder::node(const YamlNode& node) {
  if (failed_) return false;
  if (!stack_.empty() && stack_.back().value->is_object() && stack_.back().index == 0)
    return read_key(stack_.back(), node);
  diag::SourcePos key, key_end;
  Json* value = slot(key, key_end);
  doc_.locations.add(pointer_, {key, key_end, pos(node.start), pos(node.end), node.style});
  const std::size_t entry = doc_.locations.size() - 1;
  if (++nodes_ > limits_.max_nodes)
    return fail(node.start, "yaml/too-large", "document has more nodes than telc accepts",
                "split it into several documents");
  if (stack_.size() > limits_.max_depth)
    return fail(node.start, "yaml/too-deep",
                fmt::format("nesting is deeper than the {} levels telc accepts", limits_.max_depth),
                "flatten the structure; policies never need this depth");
  switch (node.kind) {
    case YamlNodeKind::scalar:
      *value = scalar_value(node);
      keep_anchor(std::string(node.anchor), *value, nodes_);
      break;
    case YamlNodeKind::alias:
      *value = alias(node);
      if (failed_) return false;
      break;
    case YamlNodeKind::sequence:
    case YamlNodeKind::mapping:
      *value = node.kind == YamlNodeKind::sequence ? Json::array() : Json::object();
      stack_.push_back({value, pointer_.size(), entry, nodes_, std::string(node.anchor), 0, {}, {}, {}});
      return true;
  }
  close_child();
  return true;
}

bool DocumentBuilder::end(YamlMark at) {
  if (failed_ || stack_.empty()) return false;
  Frame& frame = stack_.back();
  doc_.locations.set_value_end(frame.entry, pos(at));
  keep_anchor(frame.anchor, *frame.value, frame.nodes_before);
  stack_.pop_back();
  close_child();
  return true;
}

void DocumentBuilder::close_child() {
  if (stack_.empty()) return pointer_.clear();
  Frame& parent = stack_.back();
  pointer_.resize(parent.pointer_size);
  if (parent.value->is_object()) parent.index = 0;
}

void DocumentBuilder::keep_anchor(const std::string& anchor, const Json& value, std::size_t nodes_before) {
  if (!anchor.empty()) anchors_[anchor] = {value, nodes_ - nodes_before + 1};
}

Json DocumentBuilder::alias(const YamlNode& node) {
  const std::string name(node.text);
  auto it = anchors_.find(name);
  if (it == anchors_.end())
    return fail(node.start, "yaml/syntax", fmt::format("alias '*{}' refers to no anchor", name),
                fmt::format("define '&{}' before using '*{}'", name, name)),
           nullptr;
  nodes_ += it->second.second;
  if (nodes_ > limits_.max_nodes)
    return fail(node.start, "yaml/too-large",
                "aliases expand the document beyond the nodes telc accepts (an alias bomb?)",
                "avoid deeply repeated YAML aliases (*name); write the values out"),
           nullptr;
  return it->second.first;
}

void DocumentBuilder::report_duplicate(const Frame& frame) {
  const diag::SourcePos key = frame.key_at, key_end = frame.key_end;
  diag::Diagnostic d{diag::Severity::error,
                     "yaml/duplicate-key",
                     fmt::format("duplicate key '{}'", frame.key),
                     {file_, key, {key_end.line, key_end.column - 1}},
                     "remove one of them; YAML parsers disagree on which one wins",
                     {}};
  if (const NodeOffsets* first = doc_.locations.find(pointer_))
    d.notes.push_back({{file_, first->key, {first->key_end.line, first->key_end.column - 1}}, "first defined here"});
  sink_.report(std::move(d));
}

}  // namespace telc::schema
