#pragma once
// Reads located values out of a schema-valid document. Types were checked by the schema, so a
// missing or mistyped value here is absent, never an exception.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "schema/document.hpp"
#include "schema/validate.hpp"

namespace telc::model {

/// What the builders keep besides the model's values.
struct BuildOptions {
  /// Each rule expression's syntax tree, which lint walks. Without it a rule query keeps only
  /// whether it parsed: `telc validate` of a large rule file then holds one tree at a time.
  bool query_trees = true;
};

class Reader {
 public:
  /// `validation` says which nodes the schema found unusable: they read as absent, so a document
  /// with errors is still modelled, from what is well-formed.
  explicit Reader(const schema::Locator& where, const schema::Validated* validation = nullptr,
                  BuildOptions options = {})
      : where_(where), validation_(validation), options_(options) {}

  [[nodiscard]] const nlohmann::json* at(const std::string& pointer) const;
  [[nodiscard]] bool has(const std::string& pointer) const { return at(pointer) != nullptr; }
  [[nodiscard]] std::size_t size(const std::string& pointer) const;
  /// The pointers of a list's items that are present (not made unusable by an error), in order.
  [[nodiscard]] std::vector<std::string> items(const std::string& pointer) const;
  [[nodiscard]] std::vector<std::string> keys(const std::string& pointer) const;

  [[nodiscard]] Str str(const std::string& pointer) const;
  [[nodiscard]] std::optional<Str> opt_str(const std::string& pointer) const;
  /// A string, or a number or boolean as written: what Go's YAML readers put in a string field.
  [[nodiscard]] std::optional<Str> opt_scalar(const std::string& pointer) const;
  [[nodiscard]] EmbeddedStr embedded(const std::string& pointer) const;
  [[nodiscard]] std::optional<EmbeddedStr> opt_embedded(const std::string& pointer) const;
  [[nodiscard]] std::optional<diag::Located<std::int64_t>> opt_int(const std::string& pointer) const;
  [[nodiscard]] std::optional<bool> opt_bool(const std::string& pointer) const;
  [[nodiscard]] std::optional<Duration> opt_duration(const std::string& pointer) const;
  [[nodiscard]] std::vector<Str> strings(const std::string& pointer) const;
  /// A `name: value` map of scalars (as opt_scalar reads them), in the order the keys are written.
  [[nodiscard]] std::vector<std::pair<Str, Str>> scalar_map(const std::string& pointer) const;
  [[nodiscard]] diag::SourceSpan key_span(const std::string& pointer) const { return where_.key(pointer); }
  [[nodiscard]] diag::SourceSpan value_span(const std::string& pointer) const { return where_.value(pointer); }
  [[nodiscard]] diag::SourceSpan extent(const std::string& pointer) const { return where_.extent(pointer); }
  [[nodiscard]] const schema::Locator& locator() const { return where_; }
  [[nodiscard]] const BuildOptions& options() const { return options_; }

  [[nodiscard]] Origin origin() const;
  /// No schema error at or below `pointer`: the node is as its schema says.
  [[nodiscard]] bool complete(std::string_view pointer) const;

 private:
  [[nodiscard]] bool unusable(std::string_view pointer) const;

  const schema::Locator& where_;
  const schema::Validated* validation_;
  BuildOptions options_;
  mutable schema::PointerCache nodes_;  // a Reader is used by one thread
};

}  // namespace telc::model
