#include "otelcol/codes.hpp"

namespace telc::otelcol {
namespace {

// clang-format off
constexpr diag::CodeInfo kCodes[] = {
    {"collector/ambiguous-id",        "a connector has the same ID as a receiver or exporter"},
    {"collector/auth-insecure",       "an authenticator that requires TLS is used over plaintext gRPC"},
    {"collector/auth-not-enabled",    "an authenticator extension is not listed in service.extensions"},
    {"collector/auth-undefined",      "an authenticator names an extension that is not defined"},
    {"collector/bad-duration",        "a value is not a Go duration"},
    {"collector/bad-id",              "a component ID is not type[/name]"},
    {"collector/bad-pipeline-id",     "a pipeline ID is not traces|metrics|logs[/name]"},
    {"collector/batch-size",          "batch send_batch_max_size is below send_batch_size"},
    {"collector/check-interval",      "memory_limiter check_interval is not greater than 0"},
    {"collector/conflict",            "a component sets fields that exclude each other"},
    {"collector/connector-wiring",    "a connector lacks its partner pipeline on the other side"},
    {"collector/deprecated-type",     "a component type name is a deprecated alias"},
    {"collector/duplicate-processor", "a pipeline lists a processor twice"},
    {"collector/empty-pipeline",      "a pipeline has no receivers or no exporters"},
    {"collector/enum",                "a value outside a component's allowed set"},
    {"collector/env-syntax",          "a ${...} reference is malformed"},
    {"collector/limit",               "a value outside the range a component's Validate() accepts"},
    {"collector/literal-secret",      "a credential is written in the config instead of referenced"},
    {"collector/memory-limiter-order", "memory_limiter is not the first processor of a pipeline"},
    {"collector/no-pipelines",        "the service defines no pipelines"},
    {"collector/not-an-authenticator", "an authenticator names an extension that does not authenticate"},
    {"collector/not-in-distribution", "a component is not shipped in the target distribution"},
    {"collector/pipeline-cycle",      "pipelines feed each other in a cycle through connectors"},
    {"collector/required",            "a component lacks a field it requires"},
    {"collector/signal-unsupported",  "a component is in a pipeline of a signal it cannot carry"},
    {"collector/type",                "a config value has the wrong type"},
    {"collector/type-too-new",        "a component type name does not exist yet in the target version"},
    {"collector/undefined-component", "a pipeline or service.extensions names an undefined component"},
    {"collector/unescaped-dollar",    "a $NAME that the collector keeps literally instead of expanding"},
    {"collector/unknown-key",         "a key the collector does not accept"},
    {"collector/unknown-type",        "a component type telc does not know"},
    {"collector/unused-component",    "a component is defined but not enabled"},
};
// clang-format on

}  // namespace

std::span<const diag::CodeInfo> codes() { return kCodes; }

}  // namespace telc::otelcol
