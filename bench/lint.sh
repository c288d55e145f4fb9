#!/usr/bin/env bash
# Lint speed: `telc lint` against `promtool check rules` on one generated Prometheus rule file of
# 10,000 rules (1,000 groups of 5 alerting and 5 recording rules), run alternately RUNS times each.
# Prints both median wall times, the ratio and both peak memories. Goal: telc 5x faster, less memory.
# Usage: bench/lint.sh [RUNS]   (TELC_BIN=path overrides the telc under test)
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
ensure_built
TELC="${TELC_BIN:-$TELC}"
ensure_package /usr/bin/time time
ensure_package promtool prometheus

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
{
  echo "groups:"
  for ((g = 0; g < 1000; g++)); do
    printf '  - name: service-%d\n    interval: 1m\n    rules:\n' "$g"
    for ((r = 0; r < 5; r++)); do
      printf '      - record: job:svc%d_requests_%d:rate5m\n        expr: sum by (job, cluster) (rate(svc%d_http_requests_total{code=~"5..", path!="/healthz"}[5m]))\n' "$g" "$r" "$g"
      printf '      - alert: Service%dErrorRateHigh%d\n' "$g" "$r"
      printf '        expr: |\n          sum by (cluster, job) (rate(svc%d_http_requests_total{code=~"5.."}[5m]))\n            / sum by (cluster, job) (rate(svc%d_http_requests_total[5m])) > 0.05\n' "$g" "$g"
      printf '        for: 10m\n        labels:\n          team: team-%d\n          service: svc-%d\n          severity: warning\n' $((g % 17)) "$g"
      printf '        annotations:\n          description: "Error rate above 5%% in {{ $labels.cluster }} for {{ $labels.job }}."\n'
      printf '          runbook_url: https://runbooks.example.com/svc-%d/error-rate\n' "$g"
    done
  done
} > "$work/rules.yaml"

"$TELC" lint --format json "$work/rules.yaml" > "$work/telc.json" || true
promtool check rules "$work/rules.yaml" > /dev/null
: > "$work/telc_us"; : > "$work/promtool_us"
for ((i = 0; i < runs; i++)); do
  now_us t0; "$TELC" lint "$work/rules.yaml" 2>/dev/null || true; now_us t1; echo $((t1 - t0)) >> "$work/telc_us"
  now_us t0; promtool check rules "$work/rules.yaml" >/dev/null 2>&1; now_us t1; echo $((t1 - t0)) >> "$work/promtool_us"
done
telc_kb=$(/usr/bin/time -f '%M' "$TELC" lint "$work/rules.yaml" 2>&1 >/dev/null | tail -1)
promtool_kb=$(/usr/bin/time -f '%M' promtool check rules "$work/rules.yaml" 2>&1 >/dev/null | tail -1)
telc_s=$(median < "$work/telc_us" | awk '{printf "%.3f", $1 / 1e6}')
promtool_s=$(median < "$work/promtool_us" | awk '{printf "%.3f", $1 / 1e6}')
findings=$( (grep -o '"code"' "$work/telc.json" || true) | wc -l)
echo "lint: 10,000 rules in one Prometheus rule file ($(du -k "$work/rules.yaml" | cut -f1) KiB), median of $runs alternating runs"
echo "  telc lint:           ${telc_s} s, peak $((telc_kb / 1024)) MiB ($findings findings)"
echo "  promtool check rules: ${promtool_s} s, peak $((promtool_kb / 1024)) MiB"
awk -v t="$telc_s" -v p="$promtool_s" 'BEGIN {printf "  ratio:               telc is %.1fx faster (goal: >= 5x)\n", p / t}'
