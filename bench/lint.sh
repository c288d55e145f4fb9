#!/usr/bin/env bash
# Lint speed: `telc lint` against `promtool check rules` on two generated Prometheus rule files of
# 10,000 rules each: alert-heavy (1,000 groups of 5 alerting and 5 recording rules, ~4 MB) and
# recording-heavy (1,000 groups of 10 recording rules, ~1.5 MB). Each pair of commands runs
# alternately RUNS times. Prints both median wall times, the ratio and both peak memories.
# Goal: telc >= 10x faster than promtool on both, with lower peak memory.
# Usage: bench/lint.sh [RUNS]   (TELC_BIN=path overrides the telc under test)
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
ensure_built
TELC="${TELC_BIN:-$TELC}"
ensure_package /usr/bin/time time
ensure_package promtool prometheus

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
awk 'BEGIN {
  print "groups:"
  for (g = 0; g < 1000; g++) {
    printf "  - name: service-%d\n    interval: 1m\n    rules:\n", g
    for (r = 0; r < 5; r++) {
      printf "      - record: job:svc%d_requests_%d:rate5m\n        expr: sum by (job, cluster) (rate(svc%d_http_requests_total{code=~\"5..\", path!=\"/healthz\"}[5m]))\n", g, r, g
      printf "      - alert: Service%dErrorRateHigh%d\n", g, r
      printf "        expr: |\n          sum by (cluster, job) (rate(svc%d_http_requests_total{code=~\"5..\"}[5m]))\n            / sum by (cluster, job) (rate(svc%d_http_requests_total[5m])) > 0.05\n", g, g
      printf "        for: 10m\n        labels:\n          team: team-%d\n          service: svc-%d\n          severity: warning\n", g % 17, g
      printf "        annotations:\n          description: \"Error rate above 5%% in {{ $labels.cluster }} for {{ $labels.job }}.\"\n"
      printf "          runbook_url: https://runbooks.example.com/svc-%d/error-rate\n", g
    }
  }
}' > "$work/alerting.yaml"
awk 'BEGIN {
  print "groups:"
  for (g = 0; g < 1000; g++) {
    printf "  - name: service-%d\n    interval: 1m\n    rules:\n", g
    for (r = 0; r < 10; r++)
      printf "      - record: job:svc%d_requests_%d:rate5m\n        expr: sum by (job, cluster) (rate(svc%d_http_requests_total{code=~\"5..\"}[5m]))\n", g, r, g
  }
}' > "$work/recording.yaml"

# bench_file NAME: times telc lint and promtool check rules on WORK/NAME.yaml and prints the figures
bench_file() {
  local file="$work/$1.yaml" t0 t1 telc_kb promtool_kb telc_s promtool_s findings
  "$TELC" lint --format json "$file" > "$work/telc.json" || true
  promtool check rules "$file" > /dev/null
  : > "$work/telc_us"; : > "$work/promtool_us"
  for ((i = 0; i < runs; i++)); do
    now_us t0; "$TELC" lint "$file" >/dev/null 2>&1 || true; now_us t1; echo $((t1 - t0)) >> "$work/telc_us"
    now_us t0; promtool check rules "$file" >/dev/null 2>&1; now_us t1; echo $((t1 - t0)) >> "$work/promtool_us"
  done
  telc_kb=$(/usr/bin/time -f '%M' "$TELC" lint "$file" 2>&1 >/dev/null | tail -1)
  promtool_kb=$(/usr/bin/time -f '%M' promtool check rules "$file" 2>&1 >/dev/null | tail -1)
  telc_s=$(median < "$work/telc_us" | awk '{printf "%.3f", $1 / 1e6}')
  promtool_s=$(median < "$work/promtool_us" | awk '{printf "%.3f", $1 / 1e6}')
  findings=$( (grep -o '"code"' "$work/telc.json" || true) | wc -l)
  echo "lint, $1-heavy: 10,000 rules in one rule file ($(du -k "$file" | cut -f1) KiB), median of $runs alternating runs"
  echo "  telc lint:            ${telc_s} s, peak $((telc_kb / 1024)) MiB ($findings findings)"
  echo "  promtool check rules: ${promtool_s} s, peak $((promtool_kb / 1024)) MiB"
  awk -v t="$telc_s" -v p="$promtool_s" -v tm="$telc_kb" -v pm="$promtool_kb" 'BEGIN {
    printf "  ratio:                telc is %.1fx faster (goal: >= 10x), %.2fx the memory (goal: < 1x)\n", p / t, tm / pm }'
}
bench_file alerting
bench_file recording
