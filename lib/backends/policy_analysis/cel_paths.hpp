#pragma once
// What the metric backends share about a policy's CEL: plain field paths (`resource.a.b`,
// `item.type`, `attributes['k']`) and where a label's value comes from at run time. Each backend
// still translates the expressions into its own language; this only classifies them.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cel/ast.hpp"
#include "diag/diagnostic.hpp"
#include "ir/ir.hpp"

namespace telc::backends::policy_analysis {

/// `root.f1.f2` / `root['f1']` / `root[0]`: the variable and the field names, in order.
struct Path {
  std::string root;
  std::vector<std::string> fields;
  friend bool operator==(const Path&, const Path&) = default;
};

/// The path `e` is, when it is nothing but selections and constant indexes of one variable.
[[nodiscard]] std::optional<Path> plain_path(const cel::Expr& expr);

/// `text` (the source of `root`) with every use of variable `from` renamed to `to`, keeping the
/// user's spelling everywhere else; nullopt when a macro binds `from` or `to` (a rename could
/// then change which variable a name means).
[[nodiscard]] std::optional<std::string> rename_variable(const std::string& text, const cel::Expr& root,
                                                         std::string_view from, std::string_view to);
/// The same for several variables at once, all renamed `to`.
[[nodiscard]] std::optional<std::string> rename_variables(const std::string& text, const cel::Expr& root,
                                                          const std::vector<std::string_view>& from,
                                                          std::string_view to);

/// `string(x)` is `x` where a value becomes a label anyway; anything else is itself.
[[nodiscard]] const cel::Expr& without_string_conversion(const cel::Expr& expr);

/// Why a construct cannot be expressed, and the token to point at.
struct Unexpressible {
  const cel::Expr* at = nullptr;
  std::string why;
  std::string hint;
  const ir::Cel* owner = nullptr;  // the expression `at` is in (its offsets are relative to it)

  /// Records the failure, keeping `owner`.
  void fail(const cel::Expr* node, std::string message, std::string fix) {
    at = node, why = std::move(message), hint = std::move(fix);
  }

  /// Where to report: the token, or `fallback` when there is none.
  [[nodiscard]] diag::SourceSpan span(diag::SourceSpan fallback) const {
    return at != nullptr && owner != nullptr ? owner->span(*at) : fallback;
  }
};

/// Where a DataPlane label's value comes from in the sample: an attribute (directly, or through an
/// attributeSelector binding the resource field to an attribute) or a string constant.
/// With --resources, a label that needs the object is `per_object`: its values are in
/// DataPlaneInput::objects, keyed on the attributeSelectors.
struct LabelSource {
  enum class Kind : std::uint8_t { attribute, constant, per_object };
  Kind kind = Kind::attribute;
  std::string value;  // the attribute key, or the constant
};

/// The source of `label`, or why it has none that a data-plane pipeline can see. `per_object`:
/// whether the target can take one value per --resources object.
[[nodiscard]] std::optional<LabelSource> data_plane_label_source(const ir::Cel& label, const ir::DataPlaneInput& in,
                                                                 const ir::MetricPolicy& policy,
                                                                 std::string_view target, Unexpressible& why,
                                                                 bool per_object = false);

/// An `emit/not-expressible` diagnostic: an error when the target was requested by name, else a
/// note (another target may express the policy).
[[nodiscard]] diag::Diagnostic not_expressible(bool requested, std::string message, diag::SourceSpan span,
                                               std::string hint);

/// The label-value text (`string(x)` removed) printed, for messages.
[[nodiscard]] std::string show(const cel::Expr& expr);

}  // namespace telc::backends::policy_analysis
