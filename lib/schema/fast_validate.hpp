#pragma once
// A schema compiled once into a tree of plain nodes, which decides whether a document has no
// error at all, several times faster than valijson and the keyword walker together. It only
// decides: when it cannot accept a document (or meets a keyword it does not know), validate_with
// runs valijson and the walker, which phrase the errors. So it must never accept what they would
// reject; tests/schema_fast_test.cpp holds it to that on every test input.
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace re2 {
class RE2;
}

namespace telc::schema {

class FastSchema {
 public:
  /// Compiles `root` (a whole schema, `$ref`s within it).
  explicit FastSchema(const nlohmann::json& root);
  ~FastSchema();
  FastSchema(const FastSchema&) = delete;
  FastSchema& operator=(const FastSchema&) = delete;

  /// True only when valijson and telc's keywords would report nothing for `value`.
  [[nodiscard]] bool accepts(const nlohmann::json& value) const;

  struct Node;
  /// A pattern compiled on first use: most runs meet few of a schema's patterns.
  struct Pattern {
    std::string text;
    mutable std::once_flag once;
    mutable std::unique_ptr<re2::RE2> re;
    [[nodiscard]] const re2::RE2& get() const;
  };

 private:
  std::uint32_t compile(const nlohmann::json& node);
  void fill(std::uint32_t index, const nlohmann::json& schema);
  [[nodiscard]] bool check(std::uint32_t node, const nlohmann::json& value) const;
  [[nodiscard]] bool check_object(const Node& node, const nlohmann::json& value) const;
  [[nodiscard]] bool check_array(const Node& node, const nlohmann::json& value) const;
  [[nodiscard]] bool check_string(const Node& node, const std::string& text) const;

  const nlohmann::json& root_;
  std::vector<Node> nodes_;
  std::unordered_map<const nlohmann::json*, std::uint32_t> compiled_;  // schema node → index
  std::deque<Pattern> patterns_;                                       // a deque: nodes point into it
};

}  // namespace telc::schema
