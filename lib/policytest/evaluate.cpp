#include "policytest/evaluate.hpp"

#include <algorithm>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "policytest/series_builder.hpp"

namespace telc::policytest {
namespace {

Expression expression(const ir::Cel& cel) { return {cel.text, &cel.root(), cel.span(cel.root())}; }

std::vector<std::pair<std::string, Expression>> label_exprs(std::span<const ir::LabelBinding> bindings) {
  std::vector<std::pair<std::string, Expression>> out;
  for (const ir::LabelBinding& b : bindings) out.emplace_back(b.key, expression(b.value));
  return out;
}

/// A MetricPolicy being run: its builder, its labels, its subject.
struct Run {
  const ir::MetricPolicy& policy;
  SeriesBuilder series;
  std::vector<std::pair<std::string, Expression>> labels;

  [[nodiscard]] bool of_subject(const model::ResourceObject& object) const {
    return object.group == policy.subject_group && object.kind == policy.subject_kind;
  }
};

/// The items of one object, or nullopt (and a failure) when dropIf or the path fails.
std::optional<cel::ValueList> items_of(const Run& run, const ir::ResourceFieldsInput& in,
                                       const model::ResourceObject& object, const std::string& source) {
  const cel::Activation activation{{"resource", object.value}};
  if (in.drop_if) {
    const cel::Value drop = cel::evaluate(in.drop_if->root(), activation);
    const bool* yes = drop.get<bool>();
    if (yes == nullptr) {
      run.series.fail(expression(*in.drop_if),
                      drop.is_error() ? drop.get<cel::Error>()->message
                                      : fmt::format("dropIf gave {}, not a bool", cel::to_display(drop)),
                      object.span, source);
      return std::nullopt;
    }
    if (*yes) return cel::ValueList{};
  }
  if (in.per_object()) return cel::ValueList{object.value};
  const cel::Value list = cel::evaluate(in.series_from.root(), activation);
  if (const auto* items = list.get<std::shared_ptr<const cel::ValueList>>()) return **items;
  run.series.fail(expression(in.series_from),
                  list.is_error() ? list.get<cel::Error>()->message
                                  : fmt::format("seriesFrom.path gave {}, not a list", cel::to_display(list)),
                  object.span, source);
  return std::nullopt;
}

void resource_fields(const Run& run, std::span<const model::ResourceObject> objects) {
  const ir::ResourceFieldsInput& in = *run.policy.resource_fields;
  for (const model::ResourceObject& object : objects) {
    if (!run.of_subject(object)) continue;
    const std::string source = model::describe(object);
    const auto items = items_of(run, in, object, source);
    if (!items) continue;
    for (const cel::Value& item : *items) {
      const cel::Activation activation{{"item", item}, {"resource", object.value}};
      auto labels = run.series.labels(run.labels, activation, LabelRules::controller, object.span, source);
      if (!labels) continue;
      for (const auto& [key, value] : in.static_labels) labels->emplace_back(key, value);
      if (auto value = run.series.value(expression(in.value), activation, object.span, source))
        run.series.emit(std::move(*labels), *value, object.span, source);
    }
  }
}

/// The sample attribute `key` as a string (scalars in their string form), or nullopt if absent.
std::optional<std::string> attribute(const Sample& sample, std::string_view key) {
  const auto* map = sample.attributes.get<std::shared_ptr<const cel::ValueMap>>();
  if (map == nullptr) return std::nullopt;
  for (const auto& [k, v] : **map)
    if (const auto* name = k.get<std::string>(); name != nullptr && *name == key) {
      const cel::Value text = cel::to_label(v);
      if (const auto* s = text.get<std::string>()) return *s;
    }
  return std::nullopt;
}

/// attributeFilters, each regex compiled once per policy rather than once per sample.
using Filters = std::vector<std::pair<std::string_view, std::unique_ptr<RE2>>>;

Filters compile_filters(const ir::DataPlaneInput& in) {
  Filters out;
  for (const ir::AttributeFilter& filter : in.filters)
    out.emplace_back(filter.attribute, std::make_unique<RE2>(filter.regex, RE2::Quiet));
  return out;
}

bool selected(const ir::DataPlaneInput& in, const Filters& filters, const Sample& sample) {
  if (sample.metric != in.metric_name) return false;
  if (in.temporality != ir::Temporality::unspecified && sample.temporality != ir::Temporality::unspecified &&
      in.temporality != sample.temporality)
    return false;
  return std::all_of(filters.begin(), filters.end(), [&](const auto& filter) {
    const auto value = attribute(sample, filter.first);
    return value && RE2::PartialMatch(*value, *filter.second);
  });
}

/// Whether every attributeSelector binds the sample to `object`.
bool binds(const Run& run, const ir::DataPlaneInput& in, const Sample& sample, const model::ResourceObject& object) {
  const cel::Activation activation{{"resource", object.value}};
  for (const ir::AttributeBinding& selector : in.selectors) {
    const cel::Value want = cel::to_label(cel::evaluate(selector.value_from.root(), activation));
    if (const auto* e = want.get<cel::Error>()) {
      run.series.fail(expression(selector.value_from), e->message, object.span, model::describe(object));
      return false;
    }
    if (attribute(sample, selector.attribute) != *want.get<std::string>()) return false;
  }
  return true;
}

void transform(const Run& run, const ir::DataPlaneInput& in, const Sample& sample, const cel::Value* object,
               const std::string& source) {
  cel::Activation activation{{"attributes", sample.attributes}, {"value", cel::Value::dbl(sample.value)}};
  if (object != nullptr) activation.emplace("resource", *object);
  auto labels = run.series.labels(run.labels, activation, LabelRules::collector, sample.span, source);
  if (!labels) return;
  const std::optional<double> value = in.value
                                          ? run.series.value(expression(*in.value), activation, sample.span, source)
                                          : std::optional<double>(sample.value);
  if (value) run.series.emit(std::move(*labels), *value, sample.span, source);
}

void data_plane(const Run& run, std::span<const model::ResourceObject> objects, std::span<const Sample> samples) {
  const ir::DataPlaneInput& in = *run.policy.data_plane;
  const Filters filters = compile_filters(in);
  for (const Sample& sample : samples) {
    if (!selected(in, filters, sample)) continue;
    if (in.selectors.empty()) {  // nothing binds the sample to an object
      transform(run, in, sample, nullptr, describe(sample));
      continue;
    }
    for (const model::ResourceObject& object : objects)
      if (run.of_subject(object) && binds(run, in, sample, object))
        transform(run, in, sample, &object.value, fmt::format("{} of {}", describe(sample), model::describe(object)));
  }
}

Producer producer(const ir::Program& program, const ir::MetricPolicy& policy) {
  Producer out{"MetricPolicy", policy.name, program.metrics[policy.metric].name, policy.provenance, std::nullopt, {}};
  const auto& labels = policy.data_plane ? policy.data_plane->labels : policy.resource_fields->labels;
  for (const ir::LabelBinding& label : labels) out.labels.emplace_back(label.key, label.value.span(label.value.root()));
  const ir::Cel* value = policy.resource_fields ? &policy.resource_fields->value
                                                : (policy.data_plane->value ? &*policy.data_plane->value : nullptr);
  if (value != nullptr) out.value = value->span(value->root());
  return out;
}

}  // namespace

void evaluate(const ir::Program& program, std::size_t policy, std::span<const model::ResourceObject> objects,
              std::span<const Sample> samples, Evaluation& out) {
  const ir::MetricPolicy& p = program.metric_policies[policy];
  out.producers.push_back(producer(program, p));
  const auto& bindings = p.data_plane ? p.data_plane->labels : p.resource_fields->labels;
  const Run run{p, SeriesBuilder(out, out.producers.size() - 1), label_exprs(bindings)};
  if (p.resource_fields) resource_fields(run, objects);
  if (p.data_plane) data_plane(run, objects, samples);
}

std::string describe(const Sample& sample) { return fmt::format("sample {}", sample.metric); }

}  // namespace telc::policytest
