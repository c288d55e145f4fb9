#!/usr/bin/env bash
# Compile speed: 1,000 ExportPolicies with 5 sources and 3 sinks each, all targets, both cores;
# prints the wall time (median of RUNS) and the peak resident memory. Goal: under 1 s.
# Usage: bench/compile.sh [RUNS]
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
ensure_built
ensure_package /usr/bin/time time

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for ((f = 0; f < 20; f++)); do
  for ((d = 0; d < 50; d++)); do
    n=$((f * 50 + d))
    printf -- '---\napiVersion: telemetry.miloapis.com/v1alpha1\nkind: ExportPolicy\nmetadata:\n  name: policy-%d\n  namespace: team-%d\nspec:\n  sources:\n' "$n" $((n % 13))
    for s in 0 1 2 3 4; do
      printf '    - name: source-%d\n      metrics:\n        metricsql: '"'"'{service_name="svc-%d.datumapis.com", resource_kind=~"Gateway|HTTPRoute", __name__=~"network_.*_%d"}'"'"'\n' $s $s $s
    done
    printf '  sinks:\n'
    for k in 0 1 2; do
      printf '    - name: sink-%d\n      sources: [source-0, source-%d, source-%d]\n      target:\n' $k $((k + 1)) $((k + 2))
      if ((k == 0)); then
        printf '        prometheusRemoteWrite:\n          endpoint: https://prw-%d.example.com/api/v1/write\n          authentication: {basicAuth: {secretRef: {name: prw-%d}}}\n          batch: {timeout: 5s, maxSize: 500}\n          retry: {maxAttempts: 3, backoffDuration: 2s}\n' "$n" "$n"
      else
        printf '        openTelemetry:\n          http: {endpoint: https://otlp-%d.example.com/otlp}\n          authentication: {bearer: {secretRef: {name: otlp-%d, key: token}}}\n' "$n" "$n"
      fi
    done
  done > "$work/in/policies-$f.yaml"
done

time_compile "$work" "$runs"
files=$(find "$work/out" -type f | wc -l)
median_s=$(median < "$work/us" | awk '{printf "%.3f", $1 / 1e6}')
echo "compile: 1000 ExportPolicies (5 sources, 3 sinks each) -> $files files, 2 workers, median of $runs runs"
echo "  wall time:      ${median_s} s (goal: < 1 s)"
echo "  peak memory:    $((rss_kb / 1024)) MiB"
