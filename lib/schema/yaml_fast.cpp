#include "schema/yaml_fast.hpp"

#include "diag/utf8.hpp"
#include "schema/yaml_fast_text.hpp"

#include <algorithm>
#include <string>

namespace telc::schema {
namespace {

constexpr std::size_t kMaxNesting = 512;     // the builder's depth limit stops deeper documents first
constexpr std::size_t kMaxSimpleKey = 1000;  // libyaml rejects keys longer than 1024 characters

bool is_flow_indicator(char ch) { return ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}'; }

struct Scalar {
  std::string_view text;
  char style = 'p';
  YamlMark start, end;
  bool key = false;          // followed by ':' and a blank: a key (the reader is at the ':')
  bool at_line_end = false;  // a plain scalar that reached its line's end: it could go on below
};

class Reader {
 public:
  Reader(std::string_view text, DocumentBuilder& builder) : s_(text), b_(builder) {}

  bool document() {
    if (!acceptable_bytes(s_, ascii_)) return false;
    next_token();
    if (eof()) return false;
    if (marker("---")) {
      i_ += 3;
      if (!line_done()) return false;
      next_token();
      if (eof()) return false;
    }
    if (at(i_) == '%' || marker("---") || marker("...")) return false;
    if (!block_node(-1)) return false;
    next_token();
    return eof() && !b_.failed();
  }

 private:
  // The text and the position in it. at() is '\0' past the end; the text holds no NUL.
  [[nodiscard]] char at(std::size_t index) const { return index < s_.size() ? s_[index] : '\0'; }
  [[nodiscard]] bool eof() const { return i_ >= s_.size(); }
  [[nodiscard]] bool blankz(std::size_t index) const {
    const char c = at(index);
    return c == ' ' || c == '\n' || c == '\0';
  }
  [[nodiscard]] bool entry_here() const { return at(i_) == '-' && blankz(i_ + 1); }
  [[nodiscard]] bool marker(std::string_view text) const {
    return i_ == line_start_ && s_.compare(i_, 3, text) == 0 && blankz(i_ + 3);
  }
  /// The column (in characters) of a byte on the current line. Outside ASCII it counts on from
  /// the last byte asked about, so a long line costs its length once, not once per token.
  [[nodiscard]] std::size_t column(std::size_t index) const {
    if (ascii_) return index - line_start_;
    if (counted_to_ < line_start_ || index < counted_to_) counted_to_ = line_start_, counted_ = 0;
    counted_ += diag::code_points(s_.substr(counted_to_, index - counted_to_));
    counted_to_ = index;
    return counted_;
  }
  [[nodiscard]] long indent_here() const { return static_cast<long>(column(i_)); }
  [[nodiscard]] YamlMark mark(std::size_t index) const { return {line_, column(index)}; }
  [[nodiscard]] YamlMark here() const { return mark(i_); }

  /// The mark of an end event, the reader being at the next token or the end. At the end libyaml
  /// closes the collections deeper than the column reached there, then the rest at the start of
  /// the line after.
  [[nodiscard]] YamlMark end_mark(long indent) const {
    const YamlMark at = here();
    if (!eof() || indent > static_cast<long>(at.column) || at.column == 0) return at;
    return {line_ + 1, 0};
  }

  void skip_spaces() {
    while (at(i_) == ' ') ++i_;
  }
  /// Skips blanks and a comment; whether the line ends there.
  bool line_done() {
    skip_spaces();
    if (at(i_) == '#')
      while (!eof() && s_[i_] != '\n') ++i_;
    return eof() || s_[i_] == '\n';
  }
  void new_line() {
    ++i_;
    ++line_;
    line_start_ = i_;
  }
  void next_token() {
    while (line_done() && !eof()) new_line();
  }

  bool emit(const Scalar& token) {
    return b_.node(
        {YamlNodeKind::scalar, token.style, token.text, {}, nullptr, token.style == 'p', token.start, token.end});
  }
  bool empty(YamlMark at) { return b_.node({YamlNodeKind::scalar, 'p', {}, {}, nullptr, true, at, at}); }

  bool block_node(long indent, bool after_key = false);
  bool block_node_at(long indent, bool after_key);
  bool block_mapping(Scalar key);
  bool mapping_value(long indent, YamlMark value_end);
  bool block_sequence(bool indentless);
  bool after_scalar(const Scalar& token, long indent);
  [[nodiscard]] bool plain_goes_on(long indent) const;
  bool block_scalar(long indent);
  void block_breaks(std::size_t& indent, long parent_indent, std::string& breaks, YamlMark& end);
  bool flow_node();
  bool flow_item();
  bool flow_collection();
  bool flow_key();
  bool close_flow();
  bool scalar(Scalar& token, bool flow);
  bool plain(Scalar& token, bool flow);
  bool quoted(Scalar& token);

  std::string_view s_;
  DocumentBuilder& b_;
  std::size_t i_ = 0;
  std::size_t line_ = 0;
  std::size_t line_start_ = 0;
  bool ascii_ = true;
  mutable std::size_t counted_to_ = 0, counted_ = 0;  // column()'s last byte and its column
  std::size_t depth_ = 0;
  std::string scratch_;  // a scalar's value when it is not a piece of the text
};

bool Reader::block_node(long indent, bool after_key) {
  if (++depth_ > kMaxNesting) return false;
  const bool ok = block_node_at(indent, after_key);
  --depth_;
  return ok;
}

/// A node starting at the reader, inside a block collection at `indent` (-1: the root). Right
/// after a key's ": " on its line (`after_key`) no block sequence or further key may start.
bool Reader::block_node_at(long indent, bool after_key) {
  const char c = s_[i_];
  if (entry_here()) return !after_key && block_sequence(false);
  if (c == '|' || c == '>') return block_scalar(indent);
  if (c == '[' || c == '{') return flow_node() && line_done();
  Scalar token;
  if (!scalar(token, false)) return false;
  if (token.key) return !after_key && block_mapping(token);
  return emit(token) && after_scalar(token, indent);
}

bool Reader::after_scalar(const Scalar& token, long indent) {
  if (token.style == 'p' && token.at_line_end) return !plain_goes_on(indent);
  return line_done();
}

/// Whether libyaml would read the next lines as more of a plain scalar that reached its line's
/// end: a non-empty line indented deeper than the collection, not a comment.
bool Reader::plain_goes_on(long indent) const {
  std::size_t index = i_;
  while (at(index) == '\n') {
    ++index;
    long col = 0;
    while (at(index) == ' ') ++index, ++col;
    if (at(index) == '\n') continue;
    return index < s_.size() && col > indent && at(index) != '#';
  }
  return false;
}

/// A block mapping whose first key has been read (the reader is at its ':').
bool Reader::block_mapping(Scalar key) {
  const std::size_t col = key.start.column;
  if (!b_.node({YamlNodeKind::mapping, 'b', {}, {}, nullptr, true, key.start, key.start})) return false;
  for (;;) {
    if (!emit(key)) return false;
    const YamlMark value_end = mark(i_ + 1);
    ++i_;
    if (!mapping_value(static_cast<long>(col), value_end)) return false;
    next_token();
    if (eof()) return b_.end(end_mark(static_cast<long>(col)));
    const std::size_t next = column(i_);
    if (next < col) return b_.end(here());
    if (next > col || !scalar(key, false) || !key.key) return false;
  }
}

/// The value after a key's ':' (`value_end` is just after it), in a mapping at `indent`.
bool Reader::mapping_value(long indent, YamlMark value_end) {
  if (line_done()) {
    next_token();
    if (eof()) return empty(value_end);
    if (indent_here() > indent) return block_node(indent);
    if (indent_here() == indent && entry_here()) return block_sequence(true);
    return empty(value_end);
  }
  return block_node(indent, true);
}

/// A block sequence at the reader's '-'; an indentless one is a mapping's value at its column.
bool Reader::block_sequence(bool indentless) {
  const std::size_t col = column(i_);
  const YamlMark start = here();
  const YamlMark end = indentless ? mark(i_ + 1) : start;
  if (!b_.node({YamlNodeKind::sequence, 'b', {}, {}, nullptr, true, start, end})) return false;
  for (;;) {
    ++i_;
    if (line_done()) {
      next_token();
      if (eof() || column(i_) <= col) return false;  // an empty entry
    }
    if (!block_node(static_cast<long>(col))) return false;
    next_token();
    if (eof()) return b_.end(end_mark(static_cast<long>(col)));
    const std::size_t next = column(i_);
    if (next == col && entry_here()) continue;
    if (next < col || (next == col && indentless)) return b_.end(here());
    return false;
  }
}

/// A literal or folded block scalar, as libyaml's scan_block_scalar reads it.
bool Reader::block_scalar(long parent_indent) {
  const YamlMark start = here();
  const bool literal = s_[i_] == '|';
  ++i_;
  int chomping = 0;
  if (at(i_) == '+' || at(i_) == '-') chomping = s_[i_++] == '+' ? 1 : -1;
  if (at(i_) >= '0' && at(i_) <= '9') return false;  // an indentation indicator
  if (!line_done()) return false;
  if (!eof()) new_line();
  YamlMark end = here();
  std::size_t indent = 0;
  bool leading_break = false;  // the last content line ended with a break (LF only here)
  std::string trailing_breaks;
  scratch_.clear();
  block_breaks(indent, parent_indent, trailing_breaks, end);
  bool leading_blank = false;
  while (column(i_) == indent && !eof()) {
    const bool trailing_blank = s_[i_] == ' ';
    if (!literal && leading_break && !leading_blank && !trailing_blank) {
      if (trailing_breaks.empty()) scratch_ += ' ';
    } else if (leading_break) {
      scratch_ += '\n';
    }
    leading_break = false;
    scratch_ += trailing_breaks;
    trailing_breaks.clear();
    leading_blank = s_[i_] == ' ';
    const std::size_t eol = std::min(s_.find('\n', i_), s_.size());
    scratch_.append(s_, i_, eol - i_);
    i_ = eol;
    if (!eof()) leading_break = true, new_line();
    block_breaks(indent, parent_indent, trailing_breaks, end);
  }
  if (chomping != -1 && leading_break) scratch_ += '\n';
  if (chomping == 1) scratch_ += trailing_breaks;
  return emit({scratch_, literal ? '|' : '>', start, end});
}

/// libyaml's scan_block_scalar_breaks: indentation and empty lines, fixing the indent if unset.
void Reader::block_breaks(std::size_t& indent, long parent_indent, std::string& breaks, YamlMark& end) {
  std::size_t max_indent = 0;
  end = here();
  for (;;) {
    while ((indent == 0 || column(i_) < indent) && at(i_) == ' ') ++i_;
    max_indent = std::max(max_indent, column(i_));
    if (at(i_) != '\n') break;
    breaks += '\n';
    new_line();
    end = here();
  }
  if (indent == 0) indent = static_cast<std::size_t>(std::max({static_cast<long>(max_indent), parent_indent + 1, 1L}));
}

bool Reader::flow_node() {
  if (++depth_ > kMaxNesting) return false;
  const bool ok = flow_collection();
  --depth_;
  return ok;
}

bool Reader::flow_item() {
  if (at(i_) == '[' || at(i_) == '{') return flow_node();
  Scalar token;
  return scalar(token, true) && emit(token);
}

bool Reader::close_flow() {
  const YamlMark at = here();
  ++i_;
  return b_.end(at);
}

/// A flow sequence or mapping on one line: no empty entries, no single-pair mappings in a
/// sequence, every mapping key a scalar followed by ": " and a value.
bool Reader::flow_collection() {
  const bool mapping = s_[i_] == '{';
  const char close = mapping ? '}' : ']';
  const YamlMark start = here();
  ++i_;
  const YamlNodeKind kind = mapping ? YamlNodeKind::mapping : YamlNodeKind::sequence;
  if (!b_.node({kind, mapping ? '{' : '[', {}, {}, nullptr, true, start, here()})) return false;
  skip_spaces();
  if (at(i_) == close) return close_flow();
  for (;;) {
    if (mapping && !flow_key()) return false;
    if (at(i_) == ',' || at(i_) == close || !flow_item()) return false;
    skip_spaces();
    if (at(i_) == close) return close_flow();
    if (at(i_) != ',') return false;
    ++i_;
    skip_spaces();
    if (at(i_) == close || at(i_) == ',') return false;
  }
}

/// A flow mapping's key and its ": ", the reader left at the value.
bool Reader::flow_key() {
  const std::size_t begin = i_;
  Scalar key;
  if (at(i_) == '[' || at(i_) == '{' || !scalar(key, true)) return false;
  skip_spaces();
  if (at(i_) != ':' || at(i_ + 1) != ' ' || i_ - begin > kMaxSimpleKey || !emit(key)) return false;
  ++i_;
  skip_spaces();
  return true;
}

/// A one-line plain or quoted scalar; in block context also whether it is a key.
bool Reader::scalar(Scalar& token, bool flow) {
  token = {};
  const std::size_t begin = i_;
  token.start = here();
  const char c = s_[i_];
  if (!(c == '\'' || c == '"' ? quoted(token) : plain(token, flow))) return false;
  if (flow) return true;
  std::size_t index = i_;
  while (at(index) == ' ') ++index;
  if (at(index) == ':' && blankz(index + 1)) {
    if (index - begin > kMaxSimpleKey) return false;
    i_ = index;
    token.key = true;
  }
  return true;
}

bool Reader::plain(Scalar& token, bool flow) {
  const char c = s_[i_];
  constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(c) != std::string_view::npos && !(c == '-' && !blankz(i_ + 1) && !is_flow_indicator(at(i_ + 1))))
    return false;
  const std::size_t begin = i_;
  std::size_t end = i_;
  for (;;) {
    while (!blankz(i_)) {
      const char ch = s_[i_];
      if (ch == ':') {
        if (blankz(i_ + 1)) break;
        if (flow && (is_flow_indicator(at(i_ + 1)) || at(i_ + 1) == '?')) return false;
      }
      if (flow && is_flow_indicator(ch)) break;
      end = ++i_;
    }
    if (at(i_) != ' ') break;
    std::size_t index = i_;
    while (at(index) == ' ') ++index;
    i_ = index;
    if (at(index) == '#' || at(index) == '\n' || index >= s_.size()) break;
  }
  token.text = s_.substr(begin, end - begin);
  token.style = 'p';
  token.end = mark(end);
  token.at_line_end = eof() || s_[i_] == '\n';
  return true;
}

/// A quoted scalar closed on its line.
bool Reader::quoted(Scalar& token) {
  const char q = s_[i_];
  ++i_;
  std::size_t piece = i_;
  bool copied = false;
  for (;;) {
    const char c = at(i_);
    if (c == '\0' || c == '\n') return false;
    if (c == q && !(q == '\'' && at(i_ + 1) == '\'')) break;
    if (c != q && !(q == '"' && c == '\\')) {
      ++i_;
      continue;
    }
    if (!copied) scratch_.clear(), copied = true;
    scratch_.append(s_, piece, i_ - piece);
    if (c == q) {
      scratch_ += q;
      i_ += 2;
    } else {
      const std::size_t length = append_escape(s_, i_, scratch_);
      if (length == 0) return false;
      i_ += length;
    }
    piece = i_;
  }
  if (copied) scratch_.append(s_, piece, i_ - piece);
  token.text = copied ? std::string_view(scratch_) : s_.substr(piece, i_ - piece);
  ++i_;
  token.style = q;
  token.end = here();
  return true;
}

}  // namespace

bool read_common_yaml(std::string_view text, DocumentBuilder& builder) { return Reader(text, builder).document(); }

}  // namespace telc::schema
