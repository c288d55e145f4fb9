#include "ir/bind_objects.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

#include <fmt/format.h>

#include "cel/visit.hpp"

namespace telc::ir {
namespace {

/// `cel` reads nothing but the object: it can be evaluated without a sample.
bool object_only(const Cel& expr) { return cel::reads_only(expr.root(), "resource"); }

/// The label value of `cel` on `object`, or nullopt after a warning at the expression.
std::optional<std::string> evaluate_on(const Cel& cel, const model::ResourceObject& object, diag::Sink& sink) {
  const cel::Activation activation{{"resource", object.value}};
  const cel::Value result = cel::to_label(cel::evaluate(cel.root(), activation));
  if (const auto* s = result.get<std::string>()) return *s;
  const auto* error = result.get<cel::Error>();
  const std::string why = error != nullptr ? error->message : cel::to_display(result);
  sink.report({diag::Severity::warning,
               "resources/eval",
               fmt::format("'{}' fails on {}: {}", cel.text, model::describe(object), why),
               cel.span(cel.root()),
               "fix the expression or the object; the object is left out here",
               {{object.span, fmt::format("{} is here", model::describe(object))}}});
  return std::nullopt;
}

/// The labels that read nothing but the object, in key order: the ones evaluated per object.
std::vector<const LabelBinding*> object_labels(const DataPlaneInput& in) {
  std::vector<const LabelBinding*> out;
  for (const LabelBinding& label : in.labels)
    if (object_only(label.value)) out.push_back(&label);
  return out;
}

std::optional<BoundObject> bind_object(const DataPlaneInput& in, std::span<const LabelBinding* const> labels,
                                       const model::ResourceObject& object, diag::Sink& sink) {
  BoundObject out{model::describe(object), {}, {}};
  for (const AttributeBinding& b : in.selectors) {
    auto value = evaluate_on(b.value_from, object, sink);
    if (!value) return std::nullopt;
    out.selector_values.push_back(std::move(*value));
  }
  for (const LabelBinding* label : labels)
    if (auto value = evaluate_on(label->value, object, sink)) out.labels.emplace_back(label->key, std::move(*value));
  return out;
}

}  // namespace

void bind_objects(Program& program, std::span<const model::ResourceObject> objects, diag::Sink& sink) {
  std::vector<const model::ResourceObject*> sorted;
  for (const model::ResourceObject& o : objects) sorted.push_back(&o);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* left, const auto* right) {
    return std::tie(left->name_space, left->name) < std::tie(right->name_space, right->name);
  });
  for (MetricPolicy& policy : program.metric_policies) {
    if (!policy.data_plane) continue;
    const std::vector<const LabelBinding*> labels = object_labels(*policy.data_plane);
    if (labels.empty()) continue;
    policy.data_plane->bound = true;
    bool any = false;
    for (const model::ResourceObject* o : sorted) {
      if (o->group != policy.subject_group || o->kind != policy.subject_kind) continue;
      any = true;
      if (auto bound = bind_object(*policy.data_plane, labels, *o, sink))
        policy.data_plane->objects.push_back(std::move(*bound));
    }
    if (!any)
      sink.report({diag::Severity::warning,
                   "resources/no-objects",
                   fmt::format("policy '{}' has labels that need a {} object, and --resources gives none", policy.name,
                               policy.subject_kind),
                   policy.provenance,
                   fmt::format("add the {} objects (kubectl get {} -A -o yaml) to --resources", policy.subject_kind,
                               policy.subject_kind),
                   {}});
  }
}

}  // namespace telc::ir
