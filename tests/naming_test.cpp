#include <catch2/catch.hpp>

#include "model/naming.hpp"

using telc::model::prometheus_label;
using telc::model::prometheus_name;
using telc::model::PrometheusNaming;

TEST_CASE("OTel names translate like the Prometheus translator") {
  const auto p = PrometheusNaming::underscore_suffixes;
  CHECK(prometheus_name("http.server.request.duration", "histogram", "s", p) == "http_server_request_duration_seconds");
  CHECK(prometheus_name("gateway.networking.k8s.io.httproute.delivery.upstream_request.latency", "Histogram", "seconds",
                        p) == "gateway_networking_k8s_io_httproute_delivery_upstream_request_latency_seconds");
  CHECK(prometheus_name("gateway.networking.k8s.io.httproute.delivery.upstream_request.count", "counter", "1", p) ==
        "gateway_networking_k8s_io_httproute_delivery_upstream_request_count_total");
  CHECK(prometheus_name("system.cpu.utilization", "gauge", "1", p) == "system_cpu_utilization_ratio");
  CHECK(prometheus_name("foo.bar", "counter", "By", p) == "foo_bar_bytes_total");
  CHECK(prometheus_name("requests_total", "counter", "{request}", p) == "requests_total");  // no duplicate suffix
  CHECK(prometheus_name("net.io", "counter", "By/s", p) == "net_io_bytes_per_second_total");
  CHECK(prometheus_name("queue..depth__now", "updowncounter", "1", p) == "queue_depth_now");
  CHECK(prometheus_name("latency.seconds", "histogram", "seconds", p) == "latency_seconds");
  CHECK(prometheus_name("foo.bar", "counter", "By", PrometheusNaming::no_suffixes) == "foo_bar");
  CHECK(prometheus_name("foo.bar", "counter", "By", PrometheusNaming::dotted) == "foo.bar");
  CHECK(prometheus_label("k8s.namespace.name", p) == "k8s_namespace_name");
  CHECK(prometheus_label("resource_name", p) == "resource_name");
}
