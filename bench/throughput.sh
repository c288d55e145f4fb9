#!/usr/bin/env bash
# Throughput: 20,000 ExportPolicy documents in 200 files validated with both cores; prints
# resources/s (median of RUNS) and the peak resident memory.
# Usage: bench/throughput.sh [RUNS]
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
ensure_built
ensure_package /usr/bin/time time

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
files=200; per_file=100; total=$((files * per_file))
for ((f = 0; f < files; f++)); do
  for ((d = 0; d < per_file; d++)); do
    n=$((f * per_file + d))
    cat <<DOC
---
apiVersion: telemetry.miloapis.com/v1alpha1
kind: ExportPolicy
metadata:
  name: policy-$n
  namespace: team-$((n % 37))
spec:
  sources:
    - name: gateway-metrics
      metrics:
        metricsql: |
          {service_name="networking.datumapis.com", resource_kind="Gateway", __name__=~"network_bytes_.*"}
    - name: telemetry-metrics
      metrics:
        metricsql: '{service_name="telemetry.miloapis.com"}'
  sinks:
    - name: grafana-cloud-metrics
      sources: [gateway-metrics, telemetry-metrics]
      target:
        prometheusRemoteWrite:
          endpoint: "https://prometheus-prod-56-prod-us-east-2.grafana.net/api/prom/push"
          authentication:
            basicAuth:
              secretRef: {name: grafana-cloud-credentials-$n}
          batch: {timeout: 5s, maxSize: 500}
          retry: {maxAttempts: 3, backoffDuration: 2s}
DOC
  done > "$work/policies-$f.yaml"
done
"$TELC" validate "$work" || { echo "generated input does not validate" >&2; exit 1; }

: > "$work/us"
for ((i = 0; i < runs; i++)); do
  now_us t0; "$TELC" validate -j 2 "$work"; now_us t1; echo $((t1 - t0)) >> "$work/us"
done
rss_kb=$(/usr/bin/time -f '%M' "$TELC" validate -j 2 "$work" 2>&1 >/dev/null | tail -1)
median_s=$(median < "$work/us" | awk '{printf "%.3f", $1 / 1e6}')
echo "throughput: $total ExportPolicy documents in $files files, 2 workers, median of $runs runs"
echo "  wall time:      ${median_s} s"
awk -v n="$total" -v s="$median_s" 'BEGIN {printf "  resources/s:    %.0f (goal: >= 50000 on 2 cores)\n", n / s}'
echo "  peak memory:    $((rss_kb / 1024)) MiB"
