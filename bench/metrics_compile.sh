#!/usr/bin/env bash
# Metric compile speed: 10,000 MetricDefinitions, each with one MetricPolicy (half DataPlane, half
# ResourceFields), validated and compiled to every target, both cores; prints the wall time
# (median of RUNS) and the peak resident memory. Goal: under 2 s.
# Usage: bench/metrics_compile.sh [RUNS]
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
ensure_built
ensure_package /usr/bin/time time

work="${BENCH_KEEP:-$(mktemp -d)}"; [ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for ((f = 0; f < 20; f++)); do
  for ((d = 0; d < 500; d++)); do
    n=$((f * 500 + d)); kind="Kind$((n % 50))"; group="svc$((n % 7)).example.com"
    printf -- '---\napiVersion: telemetry.miloapis.com/v1alpha1\nkind: MetricDefinition\nmetadata:\n  name: metric-%d\nspec:\n  resource: {group: %s, kind: %s}\n  metric:\n    name: %s.%s.metric_%d\n    description: Benchmark metric %d.\n' "$n" "$group" "$kind" "$group" "${kind,,}" "$n" "$n"
    if ((n % 2 == 0)); then
      printf '    instrument: {type: counter, unit: "1", aggregationTemporality: cumulative}\n'
    else
      printf '    instrument: {type: gauge, unit: "1"}\n'
    fi
    printf '  labels:\n    - {key: resource_name, description: Name, required: true}\n    - {key: resource_uid, description: Uid, required: true}\n    - {key: zone, description: Zone, values: [a, b]}\n'
    printf -- '---\napiVersion: telemetry.miloapis.com/v1alpha1\nkind: MetricPolicy\nmetadata:\n  name: policy-%d\nspec:\n  subject: {group: %s, version: v1, kind: %s}\n  targetMetric: {name: %s.%s.metric_%d}\n  source:\n' "$n" "$group" "$kind" "$group" "${kind,,}" "$n"
    if ((n % 2 == 0)); then
      printf '    type: DataPlane\n    dataPlane:\n      selector:\n        otel:\n          metricName: source.metric_%d\n          temporality: delta\n          attributeSelectors:\n            - {key: k8s.name, valueFrom: resource.metadata.name}\n            - {key: k8s.uid, valueFrom: resource.metadata.uid}\n      transform:\n        value: {cel: "value * 8.0"}\n        labels:\n          resource_name: resource.metadata.name\n          resource_uid: string(resource.metadata.uid)\n          zone: "attributes['"'"'zone'"'"']"\n' "$n"
    else
      printf '    type: ResourceFields\n    resourceFields:\n      seriesFrom:\n        path: resource.status.items\n        value: {cel: item.count}\n        labels:\n          resource_name: resource.metadata.name\n          resource_uid: resource.metadata.uid\n          zone: item.zone\n'
    fi
  done > "$work/in/metrics-$f.yaml"
done

time_compile "$work" "$runs"
files=$(find "$work/out" -type f | wc -l)
bytes=$(du -sb "$work/out" | cut -f1)
median_s=$(median < "$work/us" | awk '{printf "%.3f", $1 / 1e6}')
echo "metrics compile: 10000 MetricDefinitions + 10000 MetricPolicies -> $files files ($((bytes / 1024)) KiB), all targets, 2 workers, median of $runs runs"
echo "  wall time:      ${median_s} s (goal: < 2 s)"
echo "  peak memory:    $((rss_kb / 1024)) MiB"
