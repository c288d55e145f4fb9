// Kyma LogPipeline, TracePipeline and MetricPipeline: the schema checks their shape; the model
// keeps what the `kyma` target compiles (inputs, the OTLP output, transforms and filters) and
// what checks and lint read (the OTTL, the OAuth2 token URL). v1alpha1 is read into v1beta1's
// shape the way the manager's conversion webhook converts it.
#include <algorithm>

#include "model/build.hpp"
#include "model/reader.hpp"

namespace telc::model {
namespace {

std::vector<EmbeddedStr> embedded_items(const Reader& document, const std::string& pointer) {
  std::vector<EmbeddedStr> out;
  for (const std::string& item : document.items(pointer))
    if (document.at(item)->is_string()) out.push_back(document.embedded(item));
  return out;
}

std::vector<std::string> plain_strings(const Reader& document, const std::string& pointer) {
  std::vector<std::string> out;
  for (Str& item : document.strings(pointer)) out.push_back(std::move(item.value));
  return out;
}

std::optional<KymaValue> value_at(const Reader& document, const std::string& pointer) {
  if (!document.has(pointer)) return std::nullopt;
  KymaValue out{document.opt_scalar(pointer + "/value"), std::nullopt, pointer, document.extent(pointer)};
  const std::string ref = pointer + "/valueFrom/secretKeyRef";
  if (document.has(ref))
    out.secret =
        KymaSecretKeyRef{document.str(ref + "/name"), document.str(ref + "/namespace"), document.str(ref + "/key")};
  return out;
}

KymaValue required_value(const Reader& document, const std::string& pointer) {
  return value_at(document, pointer).value_or(KymaValue{{}, {}, pointer, document.extent(pointer)});
}

std::optional<KymaNamespaces> namespaces_at(const Reader& document, const std::string& pointer) {
  if (!document.has(pointer)) return std::nullopt;
  return KymaNamespaces{plain_strings(document, pointer + "/include"), plain_strings(document, pointer + "/exclude")};
}

std::optional<KymaTls> tls_at(const Reader& document, const std::string& pointer) {
  if (!document.has(pointer)) return std::nullopt;
  KymaTls out;
  out.insecure = document.opt_bool(pointer + "/insecure").value_or(false);
  out.insecure_skip_verify = document.opt_bool(pointer + "/insecureSkipVerify").value_or(false);
  out.ca = value_at(document, pointer + "/ca");
  out.cert = value_at(document, pointer + "/cert");
  out.key = value_at(document, pointer + "/key");
  return out;
}

std::optional<KymaOAuth2> oauth2_at(const Reader& document, const std::string& pointer) {
  if (!document.has(pointer)) return std::nullopt;
  KymaOAuth2 out{required_value(document, pointer + "/tokenURL"),
                 required_value(document, pointer + "/clientID"),
                 required_value(document, pointer + "/clientSecret"),
                 plain_strings(document, pointer + "/scopes"),
                 {}};
  for (auto& [key, value] : document.scalar_map(pointer + "/params")) out.params.emplace_back(key.value, value.value);
  std::sort(out.params.begin(), out.params.end());
  return out;
}

std::optional<KymaOtlpOutput> otlp_output(const Reader& document) {
  const std::string at = "/spec/output/otlp";
  if (!document.has(at)) return std::nullopt;
  KymaOtlpOutput out;
  if (auto protocol = document.opt_str(at + "/protocol")) out.protocol = protocol->value;
  out.endpoint = required_value(document, at + "/endpoint");
  out.path = document.opt_str(at + "/path").value_or(Str{}).value;
  out.basic_user = value_at(document, at + "/authentication/basic/user");
  out.basic_password = value_at(document, at + "/authentication/basic/password");
  out.oauth2 = oauth2_at(document, at + "/authentication/oauth2");
  for (const std::string& header : document.items(at + "/headers"))
    out.headers.push_back({document.str(header + "/name").value,
                           document.opt_str(header + "/prefix").value_or(Str{}).value,
                           required_value(document, header)});
  out.tls = tls_at(document, at + "/tls");
  out.compression = document.opt_str(at + "/compression").value_or(Str{}).value;
  if (auto temporality = document.opt_str(at + "/temporality")) out.temporality = temporality->value;
  out.span = document.key_span(at);
  return out;
}

KymaInput input_at(const Reader& document, const std::string& at) {
  KymaInput out;
  out.present = document.has(at);
  if (!out.present) return out;
  out.span = document.key_span(at);
  out.enabled = document.opt_bool(at + "/enabled");
  if (auto disabled = document.opt_bool(at + "/disabled")) out.enabled = !*disabled;  // v1alpha1 otlp
  out.namespaces = namespaces_at(document, at + "/namespaces");
  out.containers = namespaces_at(document, at + "/containers");
  out.keep_original_body = document.opt_bool(at + "/keepOriginalBody");
  out.diagnostic_metrics = document.opt_bool(at + "/diagnosticMetrics/enabled");
  out.envoy_metrics = document.opt_bool(at + "/envoyMetrics/enabled");
  for (const std::string& resource : document.keys(at + "/resources"))
    if (auto enabled = document.opt_bool(std::string(at).append("/resources/").append(resource).append("/enabled")))
      out.resources.emplace_back(resource, *enabled);
  out.additional_metrics = plain_strings(document, at + "/additionalMetrics");
  return out;
}

// v1alpha1 `input.application`, converted as the manager converts it: no namespace selection at
// all (and `system` unset) means the system namespaces are excluded.
KymaInput application_input(const Reader& document) {
  KymaInput out = input_at(document, "/spec/input/application");
  if (!out.present) return out;
  KymaNamespaces selected = out.namespaces.value_or(KymaNamespaces{});
  const bool system = document.opt_bool("/spec/input/application/namespaces/system").value_or(false);
  if (selected.include.empty() && selected.exclude.empty() && !system)
    selected.exclude = {"kyma-system", "kube-system", "istio-system"};
  out.namespaces = selected;
  return out;
}

std::vector<KymaFluentBitField> fluent_bit_fields(const Reader& document) {
  std::vector<KymaFluentBitField> out;
  for (const char* pointer :
       {"/spec/output/http", "/spec/output/custom", "/spec/filters", "/spec/variables", "/spec/files"})
    if (document.has(pointer)) out.push_back({pointer, document.key_span(pointer)});
  return out;
}

}  // namespace

KymaPipeline build_kyma_pipeline(const Reader& document) {
  KymaPipeline out;
  out.origin = document.origin();
  out.token_url = document.opt_str("/spec/output/otlp/authentication/oauth2/tokenURL/value");
  for (const std::string& transform : document.items("/spec/transform")) {
    KymaOttlGroup group{embedded_items(document, transform + "/statements"),
                        embedded_items(document, transform + "/conditions")};
    out.statements.insert(out.statements.end(), group.statements.begin(), group.statements.end());
    out.transforms.push_back(std::move(group));
  }
  for (const std::string& filter : document.items("/spec/filter"))
    out.filters.push_back({{}, embedded_items(document, filter + "/conditions")});
  out.otlp = otlp_output(document);
  out.runtime =
      document.has("/spec/input/application") ? application_input(document) : input_at(document, "/spec/input/runtime");
  out.otlp_input = input_at(document, "/spec/input/otlp");
  out.prometheus = input_at(document, "/spec/input/prometheus");
  out.istio = input_at(document, "/spec/input/istio");
  out.fluent_bit = fluent_bit_fields(document);
  return out;
}

}  // namespace telc::model
