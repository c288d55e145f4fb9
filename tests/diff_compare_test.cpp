// telc::diff::compare() over the cases of testdata/diff/<case>/{base,current}/, each side modelled
// by the real pipeline (driver::validate): the changes' codes, elements, names, the names queries
// see, and where each change points in both models.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "diff/codes.hpp"
#include "diff/diff.hpp"
#include "driver/validate.hpp"

namespace fs = std::filesystem;
using telc::diff::Change;
using telc::model::PrometheusNaming;

namespace {

struct Compared {
  telc::diag::SourceManager sources;
  std::vector<Change> changes;

  /// Where a span points: "<base|current>: <the line, trimmed>", or "unknown".
  [[nodiscard]] std::string where(const telc::diag::SourceSpan& span) const {
    if (!span.known()) return "unknown";
    const std::string& path = sources.file(span.file).path;
    std::string line(sources.line_text(span.file, span.begin.line));
    line.erase(0, line.find_first_not_of(' '));
    return (path.find("/current/") != std::string::npos ? "current: " : "base: ") + line;
  }

  /// The one change of `code` on `name` (and `label`, when given).
  [[nodiscard]] const Change& one(const std::string& code, const std::string& name,
                                  const std::string& label = "") const {
    std::vector<const Change*> found;
    for (const Change& change : changes)
      if (change.code == code && change.name == name && (label.empty() || change.label == label))
        found.push_back(&change);
    INFO(code << " " << name << " " << label);
    REQUIRE(found.size() == 1);
    return *found.front();
  }

  [[nodiscard]] std::set<std::string> codes() const {
    std::set<std::string> out;
    for (const Change& change : changes) out.insert(change.code);
    return out;
  }
};

telc::model::Model load(const fs::path& dir, telc::diag::SourceManager& sources) {
  telc::diag::Sink sink;
  telc::driver::ValidateResult result = telc::driver::validate(
      {{dir.string()}, 1, std::nullopt, false, false}, [](std::size_t) { return std::string(); }, sources, sink);
  INFO(dir.string());
  CHECK_FALSE(sink.has_errors());
  telc::model::Model out;
  for (telc::driver::Project& project : result.projects) out.merge(std::move(project.model));
  return out;
}

void run(Compared& out, const std::string& name, PrometheusNaming mode = PrometheusNaming::underscore_suffixes) {
  const fs::path dir = fs::path(TESTDATA_DIR) / "diff" / name;
  const telc::model::Model base = load(dir / "base", out.sources);
  const telc::model::Model current = load(dir / "current", out.sources);
  out.changes = telc::diff::compare(base, current, mode);
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("diff: nothing changed, though entries moved and briefs were reworded") {
  Compared diff;
  run(diff, "clean");
  CHECK(diff.changes.empty());
}

TEST_CASE("diff: a v1 registry") {
  Compared diff;
  run(diff, "registry-v1");
  CHECK(diff.changes.size() == 12);

  const Change& removed = diff.one("diff/removed", "shop.item.count");
  CHECK(removed.element == "attribute");
  CHECK(removed.stability == "stable");
  CHECK(removed.message == "attribute 'shop.item.count' was removed");
  CHECK(diff.where(removed.at) == "unknown");
  CHECK(diff.where(removed.baseline_at) == "base: - id: shop.item.count");
  CHECK(removed.metrics.empty());  // no metric carries it

  const Change& renamed = diff.one("diff/renamed", "shop.region");
  CHECK(renamed.renamed_to == "shop.zone");
  CHECK(renamed.label == "shop.region");
  CHECK(renamed.metrics ==
        Names{"shop.checkout.duration", "shop_checkout_duration_seconds", "shop.orders", "shop_orders_total"});
  CHECK(diff.where(renamed.at) == "current: renamed_to: shop.zone");

  const Change& type = diff.one("diff/type-changed", "shop.cart.id");
  CHECK(type.message == "attribute 'shop.cart.id' changed type (was 'string', now 'int')");
  CHECK(diff.where(type.at) == "current: type: int");
  CHECK(diff.where(type.baseline_at) == "base: type: string");

  const Change& member_removed = diff.one("diff/member-removed", "shop.order.state/closed");
  CHECK(member_removed.element == "member");
  CHECK(member_removed.label == "shop.order.state");
  CHECK(member_removed.metrics == Names{"shop.checkout.duration", "shop_checkout_duration_seconds"});
  const Change& member_value = diff.one("diff/member-changed", "shop.order.state/open");
  CHECK(member_value.message == "enum member 'shop.order.state/open' changed value (was 'open', now 'opened')");
  CHECK(diff.where(member_value.at) == "current: value: \"opened\"");

  const Change& unit = diff.one("diff/unit-changed", "shop.checkout.duration");
  CHECK(unit.element == "metric");
  CHECK(unit.metrics == Names{"shop.checkout.duration", "shop_checkout_duration_seconds"});
  CHECK(unit.new_prometheus_name == "shop_checkout_duration_milliseconds");
  CHECK(diff.where(unit.at) == "current: unit: ms");
  CHECK(diff.where(unit.baseline_at) == "base: unit: s");

  const Change& instrument = diff.one("diff/instrument-changed", "shop.orders");
  CHECK(instrument.message == "metric 'shop.orders' changed instrument (was 'counter', now 'updowncounter')");
  CHECK(instrument.metrics == Names{"shop.orders", "shop_orders_total"});
  CHECK(instrument.new_prometheus_name == "shop_orders");  // no more _total

  CHECK(diff.one("diff/attribute-dropped", "shop.checkout.duration", "shop.region").element == "metric");
  const Change& added = diff.one("diff/attribute-added", "shop.checkout.duration", "shop.customer");
  CHECK(diff.where(added.at) == "current: - ref: shop.customer");
  CHECK(added.new_prometheus_name.empty());

  // A v1 span is named by its id without `span.`, the type it gets in the v2 syntax.
  const Change& kind = diff.one("diff/span-kind-changed", "shop.checkout");
  CHECK(kind.message == "span 'shop.checkout' changed kind (was 'server', now 'client')");
  CHECK(diff.where(kind.at) == "current: span_kind: client");

  CHECK(diff.one("diff/removed", "shop.abandoned").element == "event");
  const Change& identity = diff.one("diff/identity-changed", "shop.store", "shop.customer");
  CHECK(identity.element == "entity");
  CHECK(identity.metrics.empty());
}

TEST_CASE("diff: a v2 registry") {
  Compared diff;
  run(diff, "registry-v2");
  // The internal group is free to change; the development metric's instrument change is reported
  // (queries see it), with its stability, so the driver makes it a note.
  CHECK(diff.changes.size() == 8);
  const Change& instrument = diff.one("diff/instrument-changed", "pay.latency");
  CHECK(instrument.stability == "development");
  CHECK(instrument.new_prometheus_name.empty());  // histogram → gauge in seconds: still pay_latency_seconds

  const Change& attribute = diff.one("diff/stability-downgraded", "pay.amount");
  CHECK(attribute.element == "attribute");
  CHECK(diff.where(attribute.at) == "current: stability: development");
  CHECK(diff.where(attribute.baseline_at) == "base: stability: stable");

  CHECK(diff.one("diff/attribute-dropped", "pay.common", "pay.currency").element == "attribute_group");
  const Change& added = diff.one("diff/attribute-added", "pay.common", "pay.amount");
  CHECK(added.message == "attribute group 'pay.common' now has required or recommended attribute 'pay.amount'");

  const Change& renamed = diff.one("diff/renamed", "pay.requests");
  CHECK(renamed.element == "metric");
  CHECK(renamed.renamed_to == "pay.request.count");
  CHECK(renamed.metrics == Names{"pay.requests", "pay_requests_total"});
  CHECK(renamed.new_prometheus_name == "pay_request_count_total");
  CHECK(diff.where(renamed.at) == "current: renamed_to: pay.request.count");
  CHECK(diff.where(renamed.baseline_at) == "base: - name: pay.requests");

  CHECK(diff.one("diff/stability-downgraded", "pay.authorize").element == "span");
  const Change& dropped = diff.one("diff/attribute-dropped", "pay.authorize", "pay.method");
  CHECK(diff.where(dropped.baseline_at) == "base: - ref: pay.method");
  CHECK(diff.where(dropped.at) == "current: - type: pay.authorize");

  const Change& entity = diff.one("diff/removed", "pay.terminal");
  CHECK(entity.element == "entity");
  CHECK(entity.stability == "development");
}

TEST_CASE("diff: MetricDefinitions") {
  Compared diff;
  run(diff, "definitions");
  CHECK(diff.changes.size() == 7);  // deprecating a stable definition is not a downgrade
  const std::string latency = "shop.example.com.store.checkout.latency";
  const Names latency_names{latency, "shop_example_com_store_checkout_latency_seconds"};

  const Change& unit = diff.one("diff/unit-changed", latency);
  CHECK(unit.metrics == latency_names);
  CHECK(unit.new_prometheus_name == "shop_example_com_store_checkout_latency_milliseconds");
  CHECK(diff.where(unit.at) == "current: unit: milliseconds");
  CHECK(diff.where(unit.baseline_at) == "base: unit: seconds");

  const Change& temporality = diff.one("diff/temporality-changed", latency);
  CHECK(temporality.message == "metric '" + latency + "' changed temporality (was 'cumulative', now 'delta')");
  CHECK(diff.where(temporality.at) == "current: aggregationTemporality: delta");

  const Change& stability = diff.one("diff/stability-downgraded", latency);
  CHECK(stability.stability == "stable");
  CHECK(diff.where(stability.at) == "current: stability: beta");

  const Change& dropped = diff.one("diff/attribute-dropped", latency, "region");
  CHECK(dropped.metrics == latency_names);
  CHECK(diff.where(dropped.baseline_at) == "base: - key: region");

  const Change& required = diff.one("diff/made-required", latency + "/status");
  CHECK(required.element == "label");
  CHECK(required.label == "status");
  CHECK(diff.where(required.at) == "current: - key: status");

  const Change& instrument = diff.one("diff/instrument-changed", "shop.example.com.store.orders");
  CHECK(instrument.metrics == Names{"shop.example.com.store.orders", "shop_example_com_store_orders_total"});
  CHECK(instrument.new_prometheus_name == "shop_example_com_store_orders_ratio");  // a unit-1 gauge

  const Change& removed = diff.one("diff/removed", "shop.example.com.store.queue.size");
  CHECK(removed.metrics == Names{"shop.example.com.store.queue.size", "shop_example_com_store_queue_size_ratio"});
  CHECK(diff.where(removed.at) == "unknown");
  CHECK(diff.where(removed.baseline_at) == "base: name: shop.example.com.store.queue.size");
}

TEST_CASE("diff: names in the dotted naming mode") {
  Compared diff;
  run(diff, "definitions", PrometheusNaming::dotted);
  const Change& unit = diff.one("diff/unit-changed", "shop.example.com.store.checkout.latency");
  CHECK(unit.metrics == Names{"shop.example.com.store.checkout.latency"});  // stored as written
  CHECK(unit.new_prometheus_name.empty());                                  // the name does not change
}

TEST_CASE("diff: every code but diff/baseline (the driver's) is reported by a case, in order") {
  std::set<std::string> seen;
  for (const char* name : {"registry-v1", "registry-v2", "definitions"}) {
    Compared diff;
    run(diff, name);
    for (const std::string& code : diff.codes()) seen.insert(code);
    CHECK(std::is_sorted(diff.changes.begin(), diff.changes.end(), [](const Change& lhs, const Change& rhs) {
      return std::tie(lhs.element, lhs.name, lhs.code) < std::tie(rhs.element, rhs.name, rhs.code);
    }));
  }
  for (const telc::diag::CodeInfo& info : telc::diff::codes()) {
    if (info.code == "diff/baseline") continue;
    INFO(info.code);
    CHECK(seen.count(std::string(info.code)) == 1);
  }
}

TEST_CASE("diff: the same inputs twice give the same changes") {
  Compared first;
  Compared second;
  run(first, "registry-v1");
  run(second, "registry-v1");
  REQUIRE(first.changes.size() == second.changes.size());
  for (std::size_t i = 0; i < first.changes.size(); ++i) CHECK(first.changes[i].message == second.changes[i].message);
}
