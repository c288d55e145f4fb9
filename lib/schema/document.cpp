#include "schema/document.hpp"

#include "schema/scalar_text.hpp"

namespace telc::schema {

void append_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~') pointer += "~0";
    else if (c == '/') pointer += "~1";
    else pointer += c;
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

const NodeOffsets* LocationTable::find(std::string_view pointer) const {
  auto it = table_.find(std::string(pointer));
  return it == table_.end() ? nullptr : &it->second;
}

std::pair<std::string_view, NodeOffsets> LocationTable::nearest(std::string_view pointer) const {
  while (true) {
    if (const NodeOffsets* found = find(pointer)) return {pointer, *found};
    if (pointer.empty()) return {pointer, {}};
    pointer = pointer.substr(0, pointer.rfind('/'));
  }
}

diag::SourceSpan Locator::value(std::string_view pointer) const {
  const auto [at, offsets] = doc_.locations.nearest(pointer);
  if (offsets.value == NodeOffsets::kNone) return {doc_.file, {1, 1}, {1, 1}};
  const std::string& text = sources_.file(doc_.file).text;
  const std::size_t end = scalar_end(text, offsets.value);
  return sources_.span(doc_.file, offsets.value, end);
}

diag::SourceSpan Locator::key(std::string_view pointer) const {
  const auto [at, offsets] = doc_.locations.nearest(pointer);
  if (offsets.key == NodeOffsets::kNone) return value(at);
  const std::string& text = sources_.file(doc_.file).text;
  return sources_.span(doc_.file, offsets.key, scalar_end(text, offsets.key));
}

diag::EmbeddedText Locator::text(std::string_view pointer) const {
  const NodeOffsets* offsets = doc_.locations.find(pointer);
  const nlohmann::json* node = nullptr;
  try {
    node = &doc_.value.at(nlohmann::json::json_pointer(std::string(pointer)));
  } catch (const nlohmann::json::exception&) {
  }
  const std::string expected = node && node->is_string() ? node->get<std::string>() : std::string();
  if (offsets == nullptr) return diag::EmbeddedText::uniform(doc_.file, {1, 1}, expected.size());
  return map_scalar(sources_, doc_.file, offsets->value, expected);
}

}  // namespace telc::schema
