#include "policytest/evaluate.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "policytest/coerce.hpp"

namespace telc::policytest {
namespace {

/// Where one policy's results go, with the context every failure names.
struct Run {
  const ir::MetricPolicy& policy;
  std::size_t index;
  const std::string& metric;
  Evaluation& out;

  void fail(const ir::Cel& expr, std::string why, diag::SourceSpan from, std::string source) const {
    out.failures.push_back({index, &expr, std::move(why), from, std::move(source)});
  }
};

bool of_subject(const ir::MetricPolicy& policy, const model::ResourceObject& object) {
  return object.group == policy.subject_group && object.kind == policy.subject_kind;
}

/// The labels of one series; nullopt (and a failure) when one fails. `sanitize`: the
/// controller's control-character and length treatment (ResourceFields only).
std::optional<std::vector<std::pair<std::string, std::string>>> labels_of(const Run& run,
                                                                          std::span<const ir::LabelBinding> bindings,
                                                                          const cel::Activation& activation,
                                                                          bool sanitize, diag::SourceSpan from,
                                                                          const std::string& source) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ir::LabelBinding& binding : bindings) {
    const cel::Value result = cel::evaluate(binding.value.root(), activation);
    if (sanitize) {
      auto label = label_value(result);
      if (const auto* e = std::get_if<cel::Error>(&label))
        return run.fail(binding.value, e->message, from, source), std::nullopt;
      out.emplace_back(binding.key, std::get<std::string>(std::move(label)));
      continue;
    }
    const cel::Value label = cel::to_label(result);
    if (const auto* e = label.get<cel::Error>()) return run.fail(binding.value, e->message, from, source), std::nullopt;
    out.emplace_back(binding.key, *label.get<std::string>());
  }
  return out;
}

/// The series value of `expr`, or nullopt (and a failure).
std::optional<double> value_of(const Run& run, const ir::Cel& expr, const cel::Activation& activation,
                               diag::SourceSpan from, const std::string& source) {
  auto value = metric_value(cel::evaluate(expr.root(), activation));
  if (const auto* why = std::get_if<std::string>(&value)) return run.fail(expr, *why, from, source), std::nullopt;
  return std::get<double>(value);
}

void emit(const Run& run, std::vector<std::pair<std::string, std::string>> labels, double value, diag::SourceSpan from,
          std::string source) {
  std::sort(labels.begin(), labels.end());
  run.out.series.push_back({run.metric, std::move(labels), value, run.index, from, std::move(source)});
}

/// `seriesFrom.path: resource`: one series per object, `item` the object itself.
bool per_object(const ir::ResourceFieldsInput& in) {
  const auto* id = cel::if_as<cel::Ident>(in.series_from.root());
  return id != nullptr && id->name == "resource" && !id->absolute;
}

/// The items of one object, or nullopt (and a failure) when dropIf or the path fails.
std::optional<cel::ValueList> items_of(const Run& run, const ir::ResourceFieldsInput& in,
                                       const model::ResourceObject& object, const std::string& source) {
  const cel::Activation activation{{"resource", object.value}};
  if (in.drop_if) {
    const cel::Value drop = cel::evaluate(in.drop_if->root(), activation);
    const bool* yes = drop.get<bool>();
    if (yes == nullptr) {
      run.fail(*in.drop_if,
               drop.is_error() ? drop.get<cel::Error>()->message
                               : fmt::format("dropIf gave {}, not a bool", cel::to_display(drop)),
               object.span, source);
      return std::nullopt;
    }
    if (*yes) return cel::ValueList{};
  }
  if (per_object(in)) return cel::ValueList{object.value};
  const cel::Value list = cel::evaluate(in.series_from.root(), activation);
  if (const auto* items = list.get<std::shared_ptr<const cel::ValueList>>()) return **items;
  run.fail(in.series_from,
           list.is_error() ? list.get<cel::Error>()->message
                           : fmt::format("seriesFrom.path gave {}, not a list", cel::to_display(list)),
           object.span, source);
  return std::nullopt;
}

void resource_fields(const Run& run, std::span<const model::ResourceObject> objects) {
  const ir::ResourceFieldsInput& in = *run.policy.resource_fields;
  for (const model::ResourceObject& object : objects) {
    if (!of_subject(run.policy, object)) continue;
    const std::string source = model::describe(object);
    const auto items = items_of(run, in, object, source);
    if (!items) continue;
    for (const cel::Value& item : *items) {
      const cel::Activation activation{{"item", item}, {"resource", object.value}};
      auto labels = labels_of(run, in.labels, activation, true, object.span, source);
      if (!labels) continue;
      for (const auto& [key, value] : in.static_labels) labels->emplace_back(key, value);
      if (auto value = value_of(run, in.value, activation, object.span, source))
        emit(run, std::move(*labels), *value, object.span, source);
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

bool selected(const ir::DataPlaneInput& in, const Sample& sample) {
  if (sample.metric != in.metric_name) return false;
  if (in.temporality != ir::Temporality::unspecified && sample.temporality != ir::Temporality::unspecified &&
      in.temporality != sample.temporality)
    return false;
  return std::all_of(in.filters.begin(), in.filters.end(), [&](const ir::AttributeFilter& filter) {
    const auto value = attribute(sample, filter.attribute);
    return value && RE2::PartialMatch(*value, RE2(filter.regex, RE2::Quiet));
  });
}

/// The sample bound to `object` by every attributeSelector (nullopt: not this object's sample).
bool binds(const Run& run, const ir::DataPlaneInput& in, const Sample& sample, const model::ResourceObject& object) {
  const cel::Activation activation{{"resource", object.value}};
  for (const ir::AttributeBinding& selector : in.selectors) {
    const cel::Value want = cel::to_label(cel::evaluate(selector.value_from.root(), activation));
    if (const auto* e = want.get<cel::Error>()) {
      run.fail(selector.value_from, e->message, object.span, model::describe(object));
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
  auto labels = labels_of(run, in.labels, activation, false, sample.span, source);
  if (!labels) return;
  const std::optional<double> value =
      in.value ? value_of(run, *in.value, activation, sample.span, source) : std::optional<double>(sample.value);
  if (value) emit(run, std::move(*labels), *value, sample.span, source);
}

void data_plane(const Run& run, std::span<const model::ResourceObject> objects, std::span<const Sample> samples) {
  const ir::DataPlaneInput& in = *run.policy.data_plane;
  for (const Sample& sample : samples) {
    if (!selected(in, sample)) continue;
    if (in.selectors.empty()) {  // nothing binds the sample to an object
      transform(run, in, sample, nullptr, describe(sample));
      continue;
    }
    for (const model::ResourceObject& object : objects)
      if (of_subject(run.policy, object) && binds(run, in, sample, object))
        transform(run, in, sample, &object.value, fmt::format("{} of {}", describe(sample), model::describe(object)));
  }
}

}  // namespace

void evaluate(const ir::Program& program, std::size_t policy, std::span<const model::ResourceObject> objects,
              std::span<const Sample> samples, Evaluation& out) {
  const ir::MetricPolicy& p = program.metric_policies[policy];
  const Run run{p, policy, program.metrics[p.metric].name, out};
  if (p.resource_fields) resource_fields(run, objects);
  if (p.data_plane) data_plane(run, objects, samples);
}

std::string describe(const Sample& sample) { return fmt::format("sample {}", sample.metric); }

}  // namespace telc::policytest
