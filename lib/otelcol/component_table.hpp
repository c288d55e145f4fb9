#pragma once
// What telc knows about collector components: the shape of their configuration, the signals they
// carry, the distributions that ship them and the versions their type names exist in.
// The tables describe OpenTelemetry Collector 0.120.0 to 0.159.0 (core and contrib; sources in
// README.md): keys and type names that changed in that range carry the minor they changed in.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace telc::otelcol {

inline constexpr std::string_view kTablesVersion = "0.159.0";
inline constexpr unsigned kOldestMinor = 120;  // the oldest 0.x release the tables describe

enum class Kind : std::uint8_t { receiver, processor, exporter, connector, extension };

/// Pipeline signals as bits, so a component's supported set is one byte.
enum Signal : std::uint8_t { kTraces = 1, kMetrics = 2, kLogs = 4, kAllSignals = 7 };

/// Official distributions as bits (opentelemetry-collector-releases manifests at 0.159.0), and
/// Kyma's (kyma-project/opentelemetry-collector-components otel-collector/builder-config.yaml),
/// which the Telemetry Manager's configs run on.
enum Distribution : std::uint8_t { kCore = 1, kContrib = 2, kK8s = 4, kOtlp = 8, kKyma = 16 };

/// How a configuration value is checked.
enum class ValueKind : std::uint8_t {
  any,            // not checked beyond `$` escaping
  object,         // a mapping checked against `shape` (null means defaults)
  objects,        // a list whose mapping items are checked against `shape`
  duration,       // a Go duration (time.ParseDuration): ns us µs ms s m h, no d/w
  enumerated,     // one of `values` (compared case-insensitively, as the collector's unmarshalers do)
  secret,         // a credential: expected as ${env:…} / ${file:…}
  secrets,        // a list of credentials
  headers,        // a header map or {name, value} list; values of credential-like names are secrets
  unsupported,    // a key the component rejects (e.g. `remote_write` inside the prometheus receiver)
  integer,        // a Go int: a number, or a string that strconv parses (WeaklyTypedInput)
  number,         // a Go float64: same rule as integer
  boolean,        // a Go bool: true/false, 0/1, or a string strconv.ParseBool accepts
  string,         // a Go string: a scalar (numbers and bools are converted)
  prom_duration,  // a Prometheus duration: a Go duration's units plus d, w, y
};

struct Shape;

struct Field {
  std::string_view name;
  ValueKind kind = ValueKind::any;
  const Shape* shape = nullptr;                // object / objects
  std::span<const std::string_view> values{};  // enumerated
  std::uint8_t since = 0;                      // first 0.x minor that accepts the key (0: all)
  std::uint8_t until = 0;                      // first 0.x minor that rejects it again (0: none)
};

/// Whether `field` exists in collector 0.`minor`.
[[nodiscard]] constexpr bool field_exists(const Field& field, unsigned minor) {
  return minor >= field.since && (field.until == 0 || minor < field.until);
}

/// A mapping's allowed keys. `bases` are squashed structs (Go `mapstructure:",squash"`), so
/// their keys are allowed at the same level. An open shape accepts keys it does not list.
struct Shape {
  std::span<const Field> fields;  // sorted by name
  std::span<const Shape* const> bases{};
  bool open = false;
  std::string_view open_suffix{};  // keys ending in it are accepted unchecked (Prometheus *_sd_configs)
};

struct ComponentInfo {
  Kind kind;
  std::string_view type;
  std::uint8_t signals = kAllSignals;  // for connectors: signals on both sides, same signal only
  std::uint8_t distributions = 0;
  std::string_view since{};             // the version the type name appeared in ("" = always)
  std::string_view deprecated_since{};  // the version from which the name is a deprecated alias
  std::string_view replacement{};       // the current name of a deprecated alias
  const Shape* shape = nullptr;         // nullptr: known type, configuration not modelled
  bool requires_tls_on_grpc = false;    // extensions: gRPC PerRPCCredentials.RequireTransportSecurity
  bool authenticator = false;           // extensions: usable as `auth.authenticator`
  std::string_view removed_since{};     // the version that dropped the type (`replacement` says what to use)
};

/// Every component type telc knows, for one kind (sorted by type).
[[nodiscard]] std::span<const ComponentInfo> components(Kind kind);
[[nodiscard]] const ComponentInfo* find_component(Kind kind, std::string_view type);
/// The field `name` in `shape` or one of its bases.
[[nodiscard]] const Field* find_field(const Shape& shape, std::string_view name);

[[nodiscard]] std::string_view kind_name(Kind kind);     // "receiver"
[[nodiscard]] std::string_view section_name(Kind kind);  // "receivers"

struct DistributionInfo {
  std::string_view name;
  Distribution bit;
  bool complete;  // telc's tables list every component it ships
};
[[nodiscard]] std::span<const DistributionInfo> distributions();
[[nodiscard]] const DistributionInfo* find_distribution(std::string_view name);

/// Semantic versions as (major, minor, patch); a leading 'v' is accepted.
struct Version {
  unsigned major = 0, minor = 0, patch = 0;
  friend auto operator<=>(const Version&, const Version&) = default;
};
[[nodiscard]] std::optional<Version> parse_version(std::string_view text);

}  // namespace telc::otelcol
