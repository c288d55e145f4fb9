// The OTTL of Kyma pipelines, checked as the Telemetry Manager's admission webhook checks it
// before it writes any collector config: every path carries its context prefix (the contexts are
// inferred), a transform's statements and conditions must parse in one of the signal's contexts,
// and a filter's conditions may use converters only. The manager's parser sets differ from a
// plain collector's: a trace filter has no spanevent context, and a metric filter's metric
// context has only the standard converters.
#include <array>

#include "model/checks/checks.hpp"
#include "ottl/check.hpp"

namespace telc::model::checks {
namespace {

using ottl::Context;

/// The pkg/ottl release the webhook parses with: telemetry-manager go.mod (v0.158.0 at 67492f6f5).
constexpr unsigned kManagerOttlMinor = 158;

struct Parsers {
  ottl::Signal signal;
  std::span<const Context> transform;
  std::span<const Context> filter;
};

// internal/validators/ottl/{transform,filter}_spec_validator.go: the parsers per signal, and the
// resource and scope parsers every signal has.
constexpr std::array kLogContexts{Context::resource, Context::scope, Context::log};
constexpr std::array kMetricContexts{Context::resource, Context::scope, Context::metric, Context::datapoint};
constexpr std::array kSpanTransform{Context::resource, Context::scope, Context::span, Context::spanevent};
constexpr std::array kSpanFilter{Context::resource, Context::scope, Context::span};

std::optional<Parsers> parsers_of(std::string_view kind) {
  if (kind == "LogPipeline") return Parsers{ottl::Signal::logs, kLogContexts, kLogContexts};
  if (kind == "MetricPipeline") return Parsers{ottl::Signal::metrics, kMetricContexts, kMetricContexts};
  if (kind == "TracePipeline") return Parsers{ottl::Signal::traces, kSpanTransform, kSpanFilter};
  return std::nullopt;
}

std::vector<ottl::Text> texts(const std::vector<model::EmbeddedStr>& items) {
  std::vector<ottl::Text> out;
  out.reserve(items.size());
  for (const model::EmbeddedStr& item : items) out.push_back({item.text.value, &item.where});
  return out;
}

void check_groups(const std::vector<model::KymaOttlGroup>& groups, const ottl::Options& options, diag::Sink& sink) {
  for (const model::KymaOttlGroup& group : groups) {
    const std::vector<ottl::Text> statements = texts(group.statements);
    const std::vector<ottl::Text> conditions = texts(group.conditions);
    (void)ottl::check_group(statements, conditions, options, sink);
  }
}

}  // namespace

void check_kyma_pipeline_ottl(const model::KymaPipeline& pipeline, diag::Sink& sink) {
  const std::optional<Parsers> parsers = parsers_of(pipeline.origin.kind);
  if (!parsers) return;
  ottl::Options options;
  options.minor = kManagerOttlMinor;
  options.signal = parsers->signal;
  options.processor = ottl::Processor::transform;
  options.contexts = parsers->transform;
  check_groups(pipeline.transforms, options, sink);
  options.processor = ottl::Processor::filter;
  options.contexts = parsers->filter;
  check_groups(pipeline.filters, options, sink);
}

}  // namespace telc::model::checks
