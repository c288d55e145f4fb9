#include "model/config.hpp"
#include "model/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>

#include <fmt/format.h>

#include "schema/formats.hpp"
#include "schema/schema_nav.hpp"
#include "schema/schema_store.hpp"
#include "schema/validate.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::model {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

/// A setting: the file's value when it has one, else the schema's default.
class Settings {
 public:
  Settings(const Json& schema, const Json* values) : schema_(schema), values_(values) {}

  Json get(const std::string& pointer) const {
    if (values_ != nullptr)
      if (const Json* v = schema::find_pointer(*values_, pointer)) return *v;
    const Json* d = schema::default_at(schema_, pointer);
    return d != nullptr ? *d : Json();
  }
  std::string str(const std::string& pointer) const { return get(pointer).get<std::string>(); }
  std::int64_t integer(const std::string& pointer) const { return get(pointer).get<std::int64_t>(); }

 private:
  const Json& schema_;
  const Json* values_;
};

PrometheusNaming naming_mode(const std::string& text) {
  if (text == "no-suffixes") return PrometheusNaming::no_suffixes;
  if (text == "dotted") return PrometheusNaming::dotted;
  return PrometheusNaming::underscore_suffixes;
}

std::int64_t duration_ns(const Settings& settings, const std::string& pointer) {
  return schema::parse_go_duration(settings.str(pointer)).value_or(30'000'000'000);
}

KymaClusterConfig read_kyma(const Settings& settings) {
  KymaClusterConfig k{settings.str("/kyma/clusterName"),
                      settings.str("/kyma/clusterUID"),
                      settings.str("/kyma/cloudProvider"),
                      settings.str("/kyma/namespace"),
                      settings.str("/kyma/moduleVersion"),
                      settings.str("/kyma/serviceEnrichment"),
                      settings.get("/kyma/istio").get<bool>(),
                      settings.get("/kyma/vpa").get<bool>(),
                      {},
                      duration_ns(settings, "/kyma/collectionIntervals/runtime"),
                      duration_ns(settings, "/kyma/collectionIntervals/prometheus"),
                      duration_ns(settings, "/kyma/collectionIntervals/istio")};
  for (const Json& label : settings.get("/kyma/extractPodLabels"))
    k.extract_pod_labels.emplace_back(
        label.contains("key") ? label["key"].get<std::string>() : label["keyPrefix"].get<std::string>(),
        !label.contains("key"));
  return k;
}

ProjectConfig read(const Settings& settings) {
  ProjectConfig c;
  c.federate_endpoint = settings.str("/platform/federateEndpoint");
  c.username_env = settings.str("/platform/usernameEnv");
  c.password_env = settings.str("/platform/passwordEnv");
  c.tenancy_label = settings.str("/platform/tenancyLabel");
  c.project = settings.str("/platform/project");
  c.scrape_interval_ns = schema::parse_go_duration(settings.str("/platform/scrapeInterval")).value_or(60'000'000'000);
  c.resource_attributes = {settings.str("/platform/resourceAttributes/group"),
                           settings.str("/platform/resourceAttributes/kind"),
                           settings.str("/platform/resourceAttributes/namespace"),
                           settings.str("/platform/resourceAttributes/namespaceLabelPrefix"),
                           settings.str("/platform/resourceAttributes/resourceLabelPrefix")};
  c.platform_labels = settings.get("/platform/labels").get<std::vector<std::string>>();
  c.lint.profile = settings.str("/naming/profile");
  c.collector_version = settings.str("/collector/version");
  c.distribution = settings.str("/collector/distribution");
  c.source_mode = settings.str("/collector/sourceMode");
  c.otlp_endpoint = settings.str("/collector/otlpEndpoint");
  c.memory_limit_mib = settings.integer("/collector/memoryLimitMiB");
  c.queue_size = settings.integer("/collector/queueSize");
  c.secrets_mode = settings.str("/secrets/mode");
  c.secrets_mount_path = settings.str("/secrets/mountPath");
  c.resource_metrics_prefix = settings.str("/resourceMetrics/metricNamePrefix");
  c.prometheus_naming = naming_mode(settings.str("/naming/prometheus"));
  c.span_operations = settings.get("/naming/spanOperations").get<std::vector<std::string>>();
  c.event_prefixes = settings.get("/naming/events/prefixes").get<std::vector<std::string>>();
  c.event_verbs = settings.get("/naming/events/verbs").get<std::vector<std::string>>();
  c.alert_labels = settings.get("/alerting/requiredLabels").get<std::vector<std::string>>();
  c.alert_annotations = settings.get("/alerting/requiredAnnotations").get<std::vector<std::string>>();
  c.alert_severities = settings.get("/alerting/severities").get<std::vector<std::string>>();
  c.diff_stable = settings.str("/diff/severity/stable");
  c.diff_beta = settings.str("/diff/severity/beta");
  c.diff_alpha = settings.str("/diff/severity/alpha");
  c.kyma = read_kyma(settings);
  c.context_include = settings.get("/policies/include").get<std::vector<std::string>>();
  c.context_exclude = settings.get("/policies/exclude").get<std::vector<std::string>>();
  return c;
}

std::vector<RuleSetting> rule_settings(const schema::Locator& where, const std::string& pointer) {
  std::vector<RuleSetting> out;
  const Json* rules = schema::find_pointer(where.document().value, pointer);
  if (rules == nullptr || !rules->is_object()) return out;
  for (const auto& [code, severity] : rules->items())
    out.push_back({{code, where.key(schema::child_pointer(pointer, code))}, severity.get<std::string>()});
  return out;
}

/// Rule settings keep their spans, so an unknown code is reported where it is written.
LintConfig read_lint(const schema::Locator& where, std::string profile) {
  LintConfig out{std::move(profile), rule_settings(where, "/lint/rules"), {}};
  const Json* overrides = schema::find_pointer(where.document().value, "/lint/overrides");
  for (std::size_t i = 0; overrides != nullptr && i < overrides->size(); ++i) {
    const std::string at = "/lint/overrides/" + std::to_string(i);
    out.overrides.push_back(
        {(*overrides)[i]["paths"].get<std::vector<std::string>>(), rule_settings(where, at + "/rules")});
  }
  return out;
}

}  // namespace

std::optional<fs::path> repository_root(const fs::path& path) {
  std::error_code ec;
  fs::path dir = fs::absolute(path, ec).lexically_normal();
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir;  // a directory, or a file in a worktree
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

std::optional<fs::path> nearest_config(const fs::path& path) {
  std::error_code ec;
  fs::path dir = fs::absolute(path, ec).lexically_normal();
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / ".telc.yaml", ec)) return dir / ".telc.yaml";
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path()) break;  // discovery stops at the repository
  }
  return std::nullopt;
}

fs::path project_root(const ProjectConfig& config, const fs::path& start) {
  std::error_code ec;
  const fs::path root = config.path ? fs::absolute(fs::path(*config.path), ec).parent_path()
                                    : repository_root(start).value_or(fs::current_path(ec));
  const fs::path resolved = fs::weakly_canonical(root, ec);
  return ec ? root.lexically_normal() : resolved;
}

std::optional<fs::path> find_config(const std::vector<std::string>& inputs) {
  std::error_code ec;
  return nearest_config(inputs.empty() || inputs.front() == "-" ? fs::current_path(ec) : fs::path(inputs.front()));
}

bool glob_match(const std::string& glob, const std::string& path) {
  if (::fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
  return glob.starts_with("**/") && ::fnmatch(glob.c_str() + 3, path.c_str(), 0) == 0;
}

std::vector<fs::path> context_files(const ProjectConfig& config, const fs::path& start) {
  std::error_code ec;
  if (!config.path) {
    const auto root = repository_root(start);
    return root ? yaml_files_under(*root).files : std::vector<fs::path>();
  }
  const fs::path base = fs::absolute(fs::path(*config.path), ec).parent_path();
  if (!config.context_configured) return yaml_files_under(repository_root(base).value_or(base)).files;
  std::vector<fs::path> out;
  for (const fs::path& file : yaml_files_under(base).files) {
    const std::string relative = file.lexically_relative(base).generic_string();
    const auto matches = [&](const std::string& glob) { return glob_match(glob, relative); };
    if (std::any_of(config.context_include.begin(), config.context_include.end(), matches) &&
        std::none_of(config.context_exclude.begin(), config.context_exclude.end(), matches))
      out.push_back(file);
  }
  return out;
}

std::optional<fs::path> config_file(const std::optional<std::string>& explicit_path, bool search,
                                    const std::vector<std::string>& inputs) {
  if (explicit_path) return fs::path(*explicit_path);
  return search ? find_config(inputs) : std::nullopt;
}

ProjectConfig load_config(const std::optional<fs::path>& path, diag::SourceManager& sources, diag::Sink& sink) {
  const schema::CompiledSchema* schema = schema::SchemaStore::builtin().find("telc.dev/v1alpha1", "Config");
  ProjectConfig defaults = read(Settings(schema->json, nullptr));
  if (!path) return defaults;
  ReadResult file_text = read_file(*path);
  if (!file_text.text) {  // located at the file (line 0), so every format names it
    const diag::SourceSpan where{sources.add(path->lexically_normal().generic_string(), ""), {}, {}};
    sink.report({diag::Severity::error,
                 std::move(file_text.failure.code),
                 fmt::format("configuration '{}': {}", path->generic_string(), file_text.failure.message),
                 where,
                 "check the path",
                 {}});
    return defaults;
  }
  const diag::FileId file = sources.add(fs::relative(*path).generic_string(), std::move(*file_text.text));
  auto docs = schema::load_yaml(sources, file, sink);
  if (docs.empty()) return defaults;  // an empty .telc.yaml means the defaults
  if (!schema::validate_with(*schema, docs.front(), sources, sink).ok) return defaults;
  ProjectConfig out = read(Settings(schema->json, &docs.front().value));
  out.lint = read_lint(schema::Locator(sources, docs.front()), out.lint.profile);
  out.context_configured = docs.front().value.contains("policies");
  out.path = sources.file(file).path;
  return out;
}

}  // namespace telc::model
