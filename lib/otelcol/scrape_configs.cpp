// Rules Prometheus itself enforces on the prometheus receiver's scrape configs when it loads
// them (prometheus config/config.go ScrapeConfig.Validate, common/config/http_config.go
// HTTPClientConfig.Validate): the collector fails to start on them.
#include <fmt/format.h>

#include "otelcol/context.hpp"
#include "otelcol/duration.hpp"
#include "otelcol/env_refs.hpp"

namespace telc::otelcol {
namespace {

constexpr double kDefaultInterval = 60e9;  // GlobalConfig default scrape_interval: 1m

struct Scrape {
  const Context& cx;
  std::string pointer;  // of the scrape config
  const nlohmann::json& config;
  std::string job;
};

/// Nanoseconds of a Prometheus duration at `key` of `map`; nullopt when absent or unknowable.
std::optional<double> prom_ns(const nlohmann::json& map, std::string_view key) {
  const auto it = map.find(std::string(key));
  if (it == map.end() || !it->is_string() || has_reference(it->get_ref<const std::string&>())) return std::nullopt;
  return parse_prom_duration(it->get_ref<const std::string&>());
}

void check_timeout(const Scrape& scrape, const nlohmann::json* global) {
  const auto timeout = prom_ns(scrape.config, "scrape_timeout");
  if (!timeout) return;
  std::optional<double> interval = prom_ns(scrape.config, "scrape_interval");
  if (!interval && !scrape.config.contains("scrape_interval"))
    interval = global && global->is_object() && global->contains("scrape_interval")
                   ? prom_ns(*global, "scrape_interval")
                   : std::optional(kDefaultInterval);
  if (!interval || *timeout <= *interval) return;
  scrape.cx.error("collector/limit", scrape.cx.where.value(schema::child_pointer(scrape.pointer, "scrape_timeout")),
                  fmt::format("scrape_timeout of scrape job '{}' is greater than its scrape_interval", scrape.job),
                  "make scrape_timeout at most scrape_interval (default interval 1m, from global)");
}

/// At most one of `keys` may be set in `map` (HTTPClientConfig.Validate's "at most one of").
void at_most_one(const Scrape& scrape, const nlohmann::json& map, const std::string& pointer,
                 std::initializer_list<std::string_view> keys) {
  std::vector<std::string_view> set;
  for (std::string_view k : keys)
    if (const auto it = map.find(std::string(k)); it != map.end() && !it->is_null()) set.push_back(k);
  if (set.size() < 2) return;
  scrape.cx.error("collector/conflict", scrape.cx.where.key(schema::child_pointer(pointer, set[1])),
                  fmt::format("scrape job '{}' sets both '{}' and '{}'", scrape.job, set[0], set[1]),
                  fmt::format("Prometheus accepts at most one of {}", fmt::join(keys, ", ")));
}

void check_auth(const Scrape& scrape) {
  at_most_one(scrape, scrape.config, scrape.pointer, {"basic_auth", "authorization", "oauth2", "bearer_token"});
  at_most_one(scrape, scrape.config, scrape.pointer, {"bearer_token", "bearer_token_file"});
  if (const auto it = scrape.config.find("basic_auth"); it != scrape.config.end() && it->is_object()) {
    const std::string at = schema::child_pointer(scrape.pointer, "basic_auth");
    at_most_one(scrape, *it, at, {"username", "username_file", "username_ref"});
    at_most_one(scrape, *it, at, {"password", "password_file", "password_ref"});
  }
  if (const auto it = scrape.config.find("authorization"); it != scrape.config.end() && it->is_object())
    at_most_one(scrape, *it, schema::child_pointer(scrape.pointer, "authorization"),
                {"credentials", "credentials_file", "credentials_ref"});
}

void check_receiver(const Context& cx, const std::string& id) {
  const std::string config_at = schema::child_pointer(entry_pointer("receivers", id), "config");
  const nlohmann::json* list = cx.at(schema::child_pointer(config_at, "scrape_configs"));
  if (list == nullptr || !list->is_array()) return;
  const nlohmann::json* global = cx.at(schema::child_pointer(config_at, "global"));
  for (std::size_t i = 0; i < list->size(); ++i) {
    const nlohmann::json& item = (*list)[i];
    if (!item.is_object()) continue;
    const auto name = item.find("job_name");
    const Scrape scrape{cx, schema::child_pointer(schema::child_pointer(config_at, "scrape_configs"), i), item,
                        name != item.end() && name->is_string() ? name->get<std::string>() : fmt::format("#{}", i + 1)};
    check_timeout(scrape, global);
    check_auth(scrape);
  }
}

}  // namespace

void check_scrape_configs(const Context& cx) {
  for (const auto& [id, defined] : cx.of(Kind::receiver))
    if (defined.type == "prometheus") check_receiver(cx, id);
}

}  // namespace telc::otelcol
