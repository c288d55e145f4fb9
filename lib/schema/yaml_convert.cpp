#include "schema/yaml_convert.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace telc::schema {
namespace {

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

class Converter {
 public:
  Converter(const diag::SourceManager& sources, std::size_t base, std::size_t max_nodes,
            Document& doc, diag::Sink& sink)
      : sources_(sources), base_(base), budget_(max_nodes), doc_(doc), sink_(sink) {}

  bool run(const YAML::Node& root) {
    std::string pointer;
    doc_.value = convert(root, pointer, NodeOffsets::kNone);
    return !exhausted_;
  }

 private:
  std::size_t offset(const YAML::Node& node) const {
    return base_ + static_cast<std::size_t>(std::max(node.Mark().pos, 0));
  }

  nlohmann::json convert(const YAML::Node& node, std::string& pointer, std::size_t key_offset) {
    if (exhausted_ || budget_-- == 0) return exhaust(node);
    doc_.locations.add(pointer, {key_offset, offset(node)});
    switch (node.Type()) {
      case YAML::NodeType::Map: return convert_map(node, pointer);
      case YAML::NodeType::Sequence: return convert_sequence(node, pointer);
      case YAML::NodeType::Scalar: return convert_scalar(node);
      default: return nullptr;
    }
  }

  nlohmann::json exhaust(const YAML::Node& node) {
    if (!exhausted_) {
      const std::size_t at = offset(node);
      sink_.report({diag::Severity::error, "yaml/too-large",
                    "document expands to more nodes than telc accepts (an alias bomb?)",
                    sources_.span(doc_.file, at, at),
                    "avoid deeply repeated YAML aliases (*name); write the values out", {}});
    }
    exhausted_ = true;
    return nullptr;
  }

  nlohmann::json convert_sequence(const YAML::Node& node, std::string& pointer) {
    nlohmann::json out = nlohmann::json::array();
    const std::size_t length = pointer.size();
    std::size_t index = 0;
    for (const YAML::Node& item : node) {
      pointer += '/';
      pointer += std::to_string(index++);
      out.push_back(convert(item, pointer, NodeOffsets::kNone));
      pointer.resize(length);
    }
    return out;
  }

  nlohmann::json convert_map(const YAML::Node& node, std::string& pointer) {
    nlohmann::json out = nlohmann::json::object();
    const std::size_t length = pointer.size();
    for (const auto& pair : node) {
      const YAML::Node key = pair.first;  // copies: yaml-cpp's pair members are proxies
      if (!key.IsScalar()) {
        report_key(key, "yaml/complex-key", "mapping key is not a scalar", "use a plain string key");
        continue;
      }
      const std::string& name = key.Scalar();
      if (out.contains(name)) {
        report_duplicate(key, pointer, name);
        continue;
      }
      append_token(pointer, name);
      out[name] = convert(pair.second, pointer, offset(key));
      pointer.resize(length);
    }
    return out;
  }

  void report_key(const YAML::Node& key, std::string code, std::string message, std::string hint) {
    const std::size_t at = offset(key);
    sink_.report({diag::Severity::error, std::move(code), std::move(message),
                  sources_.span(doc_.file, at, at), std::move(hint), {}});
  }

  void report_duplicate(const YAML::Node& key, const std::string& parent, const std::string& name) {
    const std::string_view text = sources_.file(doc_.file).text;
    const std::size_t at = offset(key);
    diag::Diagnostic d{diag::Severity::error, "yaml/duplicate-key",
                       fmt::format("duplicate key '{}'", name),
                       sources_.span(doc_.file, at, scalar_end_of(text, at, name)),
                       "remove one of them; YAML parsers disagree on which one wins", {}};
    if (const NodeOffsets* first = doc_.locations.find(child_pointer(parent, name)))
      d.notes.push_back({sources_.span(doc_.file, first->key, scalar_end_of(text, first->key, name)),
                         "first defined here"});
    sink_.report(std::move(d));
  }

  static std::size_t scalar_end_of(std::string_view text, std::size_t at, const std::string& name) {
    return text.substr(at, name.size()) == name && !name.empty() ? at + name.size() - 1 : at;
  }

  nlohmann::json convert_scalar(const YAML::Node& node) {
    const std::string& tag = node.Tag();
    const std::string& text = node.Scalar();
    if (tag == "?") return resolve_plain_scalar(text);
    if (tag == "!" || tag.rfind(kTagPrefix, 0) != 0) return text;
    const std::string_view kind = std::string_view(tag).substr(kTagPrefix.size());
    nlohmann::json resolved = resolve_plain_scalar(text);
    const bool fits = (kind == "int" && resolved.is_number_integer()) ||
                      (kind == "float" && resolved.is_number()) ||
                      (kind == "bool" && resolved.is_boolean()) || (kind == "null" && resolved.is_null());
    return fits ? resolved : nlohmann::json(text);
  }

  const diag::SourceManager& sources_;
  std::size_t base_;
  std::size_t budget_;
  Document& doc_;
  diag::Sink& sink_;
  bool exhausted_ = false;
};

std::optional<nlohmann::json> parse_integer(const std::string& s) {
  std::string_view v = s;
  bool negative = false;
  if (!v.empty() && (v[0] == '-' || v[0] == '+')) negative = v[0] == '-', v.remove_prefix(1);
  int base = 10;
  if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'o')) base = v[1] == 'x' ? 16 : 8, v.remove_prefix(2);
  if (v.empty() || (base != 10 && s[0] == '-')) return std::nullopt;
  std::uint64_t magnitude = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), magnitude, base);
  if (ec != std::errc() || end != v.data() + v.size()) return std::nullopt;
  if (!negative) return nlohmann::json(magnitude);
  if (magnitude > static_cast<std::uint64_t>(INT64_MAX) + 1) return std::nullopt;
  return nlohmann::json(static_cast<std::int64_t>(0 - magnitude));
}

std::size_t digits(std::string_view s, std::size_t i) {
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

/// YAML 1.2 core float: [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_float(std::string_view s) {
  std::size_t i = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
  const std::size_t int_end = digits(s, i);
  std::size_t end = int_end;
  if (end < s.size() && s[end] == '.') end = digits(s, end + 1);
  if (end == i || (int_end == i && end == i + 1)) return false;  // no digits at all
  if (end < s.size() && (s[end] == 'e' || s[end] == 'E')) {
    std::size_t e = end + 1;
    if (e < s.size() && (s[e] == '-' || s[e] == '+')) ++e;
    end = digits(s, e);
    if (end == e) return false;
  }
  return end == s.size();
}

}  // namespace

nlohmann::json resolve_plain_scalar(const std::string& s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  const char c = s[0];
  if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.')) return s;
  if (auto integer = parse_integer(s)) return *integer;
  if (is_float(s)) return std::strtod(s.c_str(), nullptr);
  if (s == ".inf" || s == ".Inf" || s == ".INF" || s == "+.inf") return s;  // JSON has no infinity
  return s;
}

bool convert_document(const diag::SourceManager& sources, const YAML::Node& root, std::size_t base,
                      std::size_t max_nodes, Document& doc, diag::Sink& sink) {
  return Converter(sources, base, max_nodes, doc, sink).run(root);
}

}  // namespace telc::schema
