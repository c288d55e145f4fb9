#include "model/reader.hpp"

#include <algorithm>

#include "schema/formats.hpp"

namespace telc::model {

bool Reader::unusable(std::string_view pointer) const {
  if (validation_ == nullptr) return false;
  return std::any_of(validation_->invalid.begin(), validation_->invalid.end(),
                     [&](const std::string& bad) { return schema::at_or_below(pointer, bad); });
}

bool Reader::complete(std::string_view pointer) const {
  if (validation_ == nullptr) return true;
  return std::none_of(validation_->errors.begin(), validation_->errors.end(),
                      [&](const std::string& error) { return schema::at_or_below(error, pointer); });
}

const nlohmann::json* Reader::at(const std::string& pointer) const {
  if (unusable(pointer)) return nullptr;
  return nodes_.find(where_.document().value, pointer);
}

std::vector<std::string> Reader::items(const std::string& pointer) const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < size(pointer); ++i)
    if (std::string item = schema::child_pointer(pointer, i); at(item) != nullptr) out.push_back(std::move(item));
  return out;
}

std::size_t Reader::size(const std::string& pointer) const {
  const nlohmann::json* v = at(pointer);
  return v && (v->is_array() || v->is_object()) ? v->size() : 0;
}

std::vector<std::string> Reader::keys(const std::string& pointer) const {
  std::vector<std::string> out;
  if (const nlohmann::json* v = at(pointer); v && v->is_object())
    for (const auto& [k, _] : v->items()) out.push_back(k);
  return out;
}

Str Reader::str(const std::string& pointer) const { return opt_str(pointer).value_or(Str{{}, where_.value(pointer)}); }

std::optional<Str> Reader::opt_str(const std::string& pointer) const {
  const nlohmann::json* v = at(pointer);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  return Str{v->get<std::string>(), where_.value(pointer)};
}

std::optional<Str> Reader::opt_scalar(const std::string& pointer) const {
  const nlohmann::json* value = at(pointer);
  if (value == nullptr || !(value->is_string() || value->is_number() || value->is_boolean())) return std::nullopt;
  if (value->is_string()) return Str{value->get<std::string>(), where_.value(pointer)};
  return Str{std::string(where_.written(pointer)), where_.value(pointer)};
}

EmbeddedStr Reader::embedded(const std::string& pointer) const {
  std::optional<Str> value = opt_scalar(pointer);
  if (!value) return {Str{{}, where_.value(pointer)}, where_.text(pointer)};
  diag::EmbeddedText text = where_.text(pointer, value->value);
  return {std::move(*value), std::move(text)};
}

std::optional<EmbeddedStr> Reader::opt_embedded(const std::string& pointer) const {
  if (!has(pointer)) return std::nullopt;
  return embedded(pointer);
}

std::optional<diag::Located<std::int64_t>> Reader::opt_int(const std::string& pointer) const {
  const nlohmann::json* v = at(pointer);
  if (v == nullptr || !v->is_number_integer()) return std::nullopt;
  return diag::Located<std::int64_t>{v->get<std::int64_t>(), where_.value(pointer)};
}

std::optional<bool> Reader::opt_bool(const std::string& pointer) const {
  const nlohmann::json* v = at(pointer);
  if (v == nullptr || !v->is_boolean()) return std::nullopt;
  return v->get<bool>();
}

std::optional<Duration> Reader::opt_duration(const std::string& pointer) const {
  auto text = opt_str(pointer);
  if (!text) return std::nullopt;
  auto ns = schema::parse_go_duration(text->value);
  if (!ns) return std::nullopt;
  return Duration{*ns, text->span};
}

std::vector<Str> Reader::strings(const std::string& pointer) const {
  std::vector<Str> out;
  for (std::size_t i = 0; i < size(pointer); ++i)
    if (auto s = opt_str(pointer + "/" + std::to_string(i))) out.push_back(std::move(*s));
  return out;
}

Origin Reader::origin() const {
  return {str("/apiVersion").value, str("/kind").value,
          str("/metadata/name"),    opt_str("/metadata/namespace"),
          opt_str("/metadata/uid"), where_.document().file,
          where_.document().index,  validation_ == nullptr || validation_->ok};
}

std::vector<std::pair<Str, Str>> Reader::scalar_map(const std::string& pointer) const {
  std::vector<std::pair<Str, Str>> out;
  for (const std::string& k : keys(pointer)) {
    const std::string at = schema::child_pointer(pointer, k);
    out.emplace_back(Str{k, key_span(at)}, opt_scalar(at).value_or(Str{{}, key_span(at)}));
  }
  std::sort(out.begin(), out.end(),
            [](const auto& left, const auto& right) { return left.first.span.begin < right.first.span.begin; });
  return out;
}

}  // namespace telc::model
