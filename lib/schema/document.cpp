#include "schema/document.hpp"

#include "diag/utf8.hpp"
#include "schema/scalar_text.hpp"

#include <algorithm>

namespace telc::schema {
namespace {

/// The last character before an exclusive end position on the same line, or `begin`.
diag::SourcePos inclusive_end(diag::SourcePos begin, diag::SourcePos end) {
  if (end.line == begin.line && end.column > begin.column) return {end.line, end.column - 1};
  return begin;
}

}  // namespace

void append_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~')
      pointer += "~0";
    else if (c == '/')
      pointer += "~1";
    else
      pointer += c;
  }
}

std::string child_pointer(std::string_view parent, std::string_view token) {
  std::string p(parent);
  append_token(p, token);
  return p;
}

std::string child_pointer(std::string_view parent, std::size_t index) {
  return std::string(parent) + "/" + std::to_string(index);
}

namespace {

/// The child of `at` named by one reference token, or nullptr. `unescaped` is scratch space.
const nlohmann::json* child(const nlohmann::json& at, std::string_view token, std::string& unescaped) {
  if (token.find('~') != std::string_view::npos) {
    unescaped.clear();
    for (std::size_t i = 0; i < token.size(); ++i)
      unescaped += token[i] == '~' && i + 1 < token.size() ? (token[++i] == '0' ? '~' : '/') : token[i];
    token = unescaped;
  }
  if (at.is_object()) {
    auto it = at.find(token);
    return it == at.end() ? nullptr : &*it;
  }
  if (!at.is_array()) return nullptr;
  std::size_t index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return nullptr;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return token.empty() || index >= at.size() ? nullptr : &at[index];
}

/// Splits the first reference token off `pointer` ("/a/b" → "a", leaving "/b").
std::string_view next_token(std::string_view& pointer) {
  const std::size_t end = pointer.find('/', 1);
  const std::string_view token = pointer.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
  pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
  return token;
}

}  // namespace

bool at_or_below(std::string_view pointer, std::string_view ancestor) {
  return pointer.starts_with(ancestor) && (pointer.size() == ancestor.size() || pointer[ancestor.size()] == '/');
}

const nlohmann::json* find_pointer(const nlohmann::json& root, std::string_view pointer) {
  const nlohmann::json* at = &root;
  std::string unescaped;
  while (at != nullptr && !pointer.empty()) at = child(*at, next_token(pointer), unescaped);
  return at;
}

const nlohmann::json* PointerCache::find(const nlohmann::json& root, std::string_view pointer) {
  if (path_.empty() || path_.front().node != &root) {
    path_.assign(1, {0, &root});
    pointer_.clear();
  }
  // Keep the deepest cached node whose pointer is a whole-token prefix of this one.
  while (path_.size() > 1 && !at_or_below(pointer, std::string_view(pointer_).substr(0, path_.back().length)))
    path_.pop_back();
  pointer_.resize(path_.back().length);
  const nlohmann::json* at = path_.back().node;
  std::string_view rest = pointer.substr(pointer_.size());
  while (at != nullptr && !rest.empty()) {
    const std::size_t before = rest.size();
    at = child(*at, next_token(rest), unescaped_);
    if (at == nullptr || !at->is_structured()) break;
    pointer_.append(pointer.substr(pointer.size() - before, before - rest.size()));
    path_.push_back({pointer_.size(), at});
  }
  return at != nullptr && rest.empty() ? at : nullptr;
}

void LocationTable::set_value_end(std::size_t entry, diag::SourcePos value_end) {
  entries_[entry].offsets.value_end = value_end;
}

void LocationTable::add(std::string_view pointer, NodeOffsets offsets) {
  if ((entries_.size() + 1) * 2 > slots_.size()) grow();
  entries_.push_back({static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(pointer.size()),
                      std::hash<std::string_view>{}(pointer), offsets});
  text_.append(pointer);
  insert_slot(static_cast<std::uint32_t>(entries_.size()));
}

LocationTable LocationTable::below(std::string_view pointer) const {
  // The loader adds nodes in document order, each before its children, so a node's subtree is the
  // run of entries that starts at it: copying it costs the subtree, not the document (a List of
  // 10,000 items is split in linear time).
  LocationTable out;
  for (std::size_t i = entry_index(pointer); i < entries_.size(); ++i) {
    const std::string_view at = pointer_of(entries_[i]);
    if (!at_or_below(at, pointer)) break;
    out.add(at.substr(pointer.size()), entries_[i].offsets);
  }
  return out;
}

Document subdocument(const Document& doc, std::string_view pointer) {
  const nlohmann::json* node = find_pointer(doc.value, pointer);
  return {doc.file, doc.index, node != nullptr ? *node : nlohmann::json(), doc.locations.below(pointer)};
}

void LocationTable::insert_slot(std::uint32_t entry) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = entries_[entry - 1].hash & mask;
  while (slots_[i] != 0) {
    // A duplicate key's value comes second: the first stays, as in the JSON the value is kept from.
    if (pointer_of(entries_[slots_[i] - 1]) == pointer_of(entries_[entry - 1])) return;
    i = (i + 1) & mask;
  }
  slots_[i] = entry;
}

void LocationTable::grow() {
  slots_.assign(std::max<std::size_t>(64, slots_.size() * 2), 0);
  for (std::uint32_t e = 1; e <= entries_.size(); ++e) insert_slot(e);
}

std::size_t LocationTable::entry_index(std::string_view pointer) const {
  if (slots_.empty()) return entries_.size();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = std::hash<std::string_view>{}(pointer)&mask; slots_[i] != 0; i = (i + 1) & mask)
    if (pointer_of(entries_[slots_[i] - 1]) == pointer) return slots_[i] - 1;
  return entries_.size();
}

const NodeOffsets* LocationTable::find(std::string_view pointer) const {
  const std::size_t i = entry_index(pointer);
  return i < entries_.size() ? &entries_[i].offsets : nullptr;
}

std::pair<std::string_view, NodeOffsets> LocationTable::nearest(std::string_view pointer) const {
  while (true) {
    if (const NodeOffsets* found = find(pointer)) return {pointer, *found};
    if (pointer.empty()) return {pointer, {}};
    pointer = pointer.substr(0, pointer.rfind('/'));
  }
}

diag::SourceSpan Locator::value(std::string_view pointer) const {
  const auto [at, n] = doc_.locations.nearest(pointer);
  if (n.value.line == 0) return {doc_.file, {1, 1}, {1, 1}};
  if (n.style == '|' || n.style == '>') {  // a block scalar: its header line stands for it
    const auto line = sources_.line_text(doc_.file, n.value.line);
    return {doc_.file, n.value, {n.value.line, static_cast<std::uint32_t>(diag::code_points(line))}};
  }
  const bool collection = n.style == 'b' || n.style == '[' || n.style == '{';
  return {doc_.file, n.value, collection ? n.value : inclusive_end(n.value, n.value_end)};
}

diag::SourceSpan Locator::key(std::string_view pointer) const {
  const auto [at, n] = doc_.locations.nearest(pointer);
  if (n.key.line == 0) return value(at);
  return {doc_.file, n.key, inclusive_end(n.key, n.key_end)};
}

diag::SourceSpan Locator::extent(std::string_view pointer) const {
  const auto [at, n] = doc_.locations.nearest(pointer);
  if (n.value.line == 0) return {doc_.file, {1, 1}, {1, 1}};
  diag::SourcePos last = n.value_end;  // exclusive: step back one column, or to the line before
  if (last.column > 1)
    --last.column;
  else if (last.line > n.value.line)
    last = {last.line - 1, UINT32_MAX};
  return {doc_.file, n.value, std::max(n.value, last)};
}

std::string_view Locator::written(std::string_view pointer) const {
  const NodeOffsets* n = doc_.locations.find(pointer);
  if (n == nullptr || n->value.line == 0) return {};
  const std::size_t begin = sources_.offset(doc_.file, n->value);
  const std::size_t end = sources_.offset(doc_.file, n->value_end);
  return std::string_view(sources_.file(doc_.file).text).substr(begin, end > begin ? end - begin : 0);
}

diag::EmbeddedText Locator::text(std::string_view pointer) const {
  const nlohmann::json* node = find_pointer(doc_.value, pointer);
  std::string_view expected;
  if (node != nullptr && node->is_string())
    expected = node->get_ref<const std::string&>();
  else if (node != nullptr && (node->is_number() || node->is_boolean()))
    expected = written(pointer);
  return text(pointer, expected);
}

diag::EmbeddedText Locator::text(std::string_view pointer, std::string_view value) const {
  const NodeOffsets* n = doc_.locations.find(pointer);
  if (n == nullptr || n->value.line == 0) return diag::EmbeddedText::uniform(doc_.file, {1, 1}, value.size());
  return map_scalar(sources_, doc_.file, sources_.offset(doc_.file, n->value), value);
}

}  // namespace telc::schema
