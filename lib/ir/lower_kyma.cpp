// Kyma pipelines → ir::KymaPrograms, with the Telemetry Manager's defaulting webhook applied
// (webhook/{log,metric,trace}pipeline/v1beta1/defaulter.go of the pinned release): a namespace
// selection left out excludes the system namespaces, the runtime log input is on and keeps the
// original body, the OTLP input is on, and the output speaks gRPC with preserved temporality.
#include <algorithm>

#include "ir/ir.hpp"
#include "ir/lower.hpp"

namespace telc::ir {
namespace {

KymaNamespaces selection(const std::optional<model::KymaNamespaces>& written, bool default_system) {
  if (!written) return default_system ? KymaNamespaces{{}, kyma_system_namespaces()} : KymaNamespaces{};
  return {written->include, written->exclude};
}

bool enabled(const model::KymaInput& input, bool otherwise) { return input.enabled.value_or(otherwise); }

std::vector<KymaOttl> ottl_groups(const std::vector<model::KymaOttlGroup>& groups) {
  std::vector<KymaOttl> out;
  for (const model::KymaOttlGroup& group : groups) {
    KymaOttl lowered;
    for (const model::EmbeddedStr& c : group.conditions) lowered.conditions.push_back(c.text.value);
    for (const model::EmbeddedStr& s : group.statements) lowered.statements.push_back(s.text.value);
    out.push_back(std::move(lowered));
  }
  return out;
}

KymaSignal signal_of(const std::string& kind) {
  if (kind == "LogPipeline") return KymaSignal::logs;
  if (kind == "MetricPipeline") return KymaSignal::metrics;
  return KymaSignal::traces;
}

void lower_log_inputs(const model::KymaPipeline& in, KymaPipeline& out) {
  // No runtime section at all: the webhook adds one, enabled.
  out.runtime = !in.runtime.present || enabled(in.runtime, true);
  if (out.runtime) {
    out.runtime_namespaces = selection(in.runtime.namespaces, true);
    out.keep_original_body = in.runtime.keep_original_body.value_or(true);
    if (in.runtime.containers) {
      out.include_containers = in.runtime.containers->include;
      out.exclude_containers = in.runtime.containers->exclude;
    }
  }
}

void set_resource(KymaRuntimeResources& resources, const std::string& name, bool on) {
  bool* fields[] = {&resources.pod,       &resources.container,  &resources.node,        &resources.volume,
                    &resources.daemonset, &resources.deployment, &resources.statefulset, &resources.job};
  const char* names[] = {"pod", "container", "node", "volume", "daemonset", "deployment", "statefulset", "job"};
  for (std::size_t i = 0; i < std::size(names); ++i)
    if (name == names[i]) *fields[i] = on;
}

void lower_metric_inputs(const model::KymaPipeline& in, KymaPipeline& out) {
  out.runtime = enabled(in.runtime, false);
  if (out.runtime) {
    out.runtime_namespaces = selection(in.runtime.namespaces, true);
    for (const auto& [name, on] : in.runtime.resources) set_resource(out.runtime_resources, name, on);
    out.additional_metrics = in.runtime.additional_metrics;
  }
  out.prometheus = enabled(in.prometheus, false);
  if (out.prometheus) {
    out.prometheus_namespaces = selection(in.prometheus.namespaces, true);
    out.prometheus_diagnostic = in.prometheus.diagnostic_metrics.value_or(false);
  }
  out.istio = enabled(in.istio, false);
  if (out.istio) {
    out.istio_namespaces = selection(in.istio.namespaces, true);
    out.istio_diagnostic = in.istio.diagnostic_metrics.value_or(false);
    out.envoy = in.istio.envoy_metrics.value_or(false);
  }
  out.delta = in.otlp && in.otlp->temporality.value_or("preserve") == "delta";
}

KymaPipeline lower_pipeline(const model::KymaPipeline& in, const SourceNames& names) {
  KymaPipeline out;
  out.signal = signal_of(in.origin.kind);
  out.name = in.origin.name.value;
  out.source_file = names(in.origin.file);
  out.provenance = in.origin.name.span;
  out.output = *in.otlp;
  out.output.protocol = in.otlp->protocol.value_or("grpc");
  out.http = *out.output.protocol == "http";
  if (out.output.compression.empty()) out.output.compression = "gzip";
  if (out.signal != KymaSignal::traces) {
    out.otlp_input = enabled(in.otlp_input, true);
    // An enabled OTLP input with no namespaces selects all of them (not the system default).
    if (out.otlp_input) out.otlp_namespaces = selection(in.otlp_input.namespaces, false);
  }
  if (out.signal == KymaSignal::logs) lower_log_inputs(in, out);
  if (out.signal == KymaSignal::metrics) lower_metric_inputs(in, out);
  out.transforms = ottl_groups(in.transforms);
  out.filters = ottl_groups(in.filters);
  return out;
}

}  // namespace

std::vector<std::string> kyma_system_namespaces() { return {"kyma-system", "kube-system", "istio-system"}; }

KymaPrograms lower_kyma(const model::Model& model, const SourceNames& names) {
  KymaPrograms out;
  for (const model::KymaPipeline& p : model.pipelines) {
    if (!p.otlp) {  // the Fluent Bit path: not compiled (the backend says so, here)
      const bool written = !p.fluent_bit.empty();
      out.fluent_bit.push_back({p.origin.name.value, written ? p.fluent_bit.front().pointer : "/spec/output",
                                written ? p.fluent_bit.front().span : p.origin.name.span});
      continue;
    }
    KymaPipeline lowered = lower_pipeline(p, names);
    auto& list = lowered.signal == KymaSignal::logs      ? out.logs
                 : lowered.signal == KymaSignal::metrics ? out.metrics
                                                         : out.traces;
    list.push_back(std::move(lowered));
  }
  for (auto* list : {&out.logs, &out.metrics, &out.traces})
    std::stable_sort(list->begin(), list->end(),
                     [](const KymaPipeline& left, const KymaPipeline& right) { return left.name < right.name; });
  return out;
}

}  // namespace telc::ir
