#!/usr/bin/env bash
# One large rule file: 25,680 rules (2,568 groups of 5 recording and 5 alerting rules with
# several-line expressions and long annotations, ~12.5 MB), `telc validate` against
# `vmalert -dryRun` and `promtool check rules` on the same file, run alternately RUNS times.
# Prints the median wall times and the peak memories, and telc's memory as a multiple of the file.
# Goal: telc under 1 s with peak memory <= 4x the file size.
# Usage: bench/large_rules.sh [RUNS]   (TELC_BIN=path overrides the telc under test)
source "$(dirname "$0")/lib.sh"
runs="${1:-3}"
ensure_built
TELC="${TELC_BIN:-$TELC}"
ensure_package /usr/bin/time time
ensure_package promtool prometheus
ensure_package vmalert victoria-metrics

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
awk 'BEGIN {
  print "groups:"
  for (g = 0; g < 2568; g++) {
    printf "  - name: platform-service-%d.rules\n    interval: 30s\n    rules:\n", g
    for (r = 0; r < 5; r++) {
      printf "      - record: namespace_job:svc%d_http_requests_%d:rate5m\n", g, r
      printf "        expr: |\n          sum by (namespace, job, code) (\n            rate(svc%d_http_requests_total{job=~\"api-%d|web-%d\", code!~\"2..\"}[5m])\n          )\n", g, r, r
      printf "        labels:\n          team: team-%d\n", g % 23
    }
    for (r = 0; r < 5; r++) {
      printf "      - alert: PlatformService%dSLOBurn%d\n", g, r
      printf "        expr: |\n          (\n            sum by (namespace, job) (rate(svc%d_http_requests_total{code=~\"5..\"}[5m]))\n", g
      printf "              / sum by (namespace, job) (rate(svc%d_http_requests_total[5m]))\n          ) > (14.4 * 0.001)\n", g
      printf "          and on (namespace, job)\n          histogram_quantile(0.99, sum by (le, namespace, job) (rate(svc%d_request_duration_seconds_bucket[5m]))) > 0.%d\n", g, r + 1
      printf "        for: %dm\n", 2 + r
      printf "        labels:\n          severity: %s\n          team: team-%d\n          service: svc-%d\n", (r < 2 ? "critical" : "warning"), g % 23, g
      printf "        annotations:\n          summary: Service svc-%d burns its error budget.\n", g
      printf "          description: \"{{ $labels.job }} in {{ $labels.namespace }} fails {{ $value | humanizePercentage }}.\"\n"
      printf "          runbook_url: https://runbooks.example.com/platform/svc-%d/slo-burn-%d\n", g, r
    }
  }
}' > "$work/rules.yaml"
size_kb=$(du -k "$work/rules.yaml" | cut -f1)

"$TELC" validate "$work/rules.yaml" >/dev/null || { echo "generated input does not validate" >&2; exit 1; }
promtool check rules "$work/rules.yaml" >/dev/null
vmalert -dryRun -rule="$work/rules.yaml" >/dev/null 2>&1
: > "$work/telc_us"; : > "$work/vmalert_us"; : > "$work/promtool_us"
for ((i = 0; i < runs; i++)); do
  now_us t0; "$TELC" validate "$work/rules.yaml" >/dev/null 2>&1; now_us t1; echo $((t1 - t0)) >> "$work/telc_us"
  now_us t0; vmalert -dryRun -rule="$work/rules.yaml" >/dev/null 2>&1; now_us t1; echo $((t1 - t0)) >> "$work/vmalert_us"
  now_us t0; promtool check rules "$work/rules.yaml" >/dev/null 2>&1; now_us t1; echo $((t1 - t0)) >> "$work/promtool_us"
done
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
telc_kb=$(peak "$TELC" validate "$work/rules.yaml")
vmalert_kb=$(peak vmalert -dryRun -rule="$work/rules.yaml")
promtool_kb=$(peak promtool check rules "$work/rules.yaml")
secs() { median < "$1" | awk '{printf "%.3f", $1 / 1e6}'; }
echo "large rule file: 25,680 rules, $((size_kb / 1024)) MiB, median of $runs alternating runs"
printf '  %-22s %8s s, peak %4d MiB\n' "telc validate:" "$(secs "$work/telc_us")" $((telc_kb / 1024))
printf '  %-22s %8s s, peak %4d MiB\n' "vmalert -dryRun:" "$(secs "$work/vmalert_us")" $((vmalert_kb / 1024))
printf '  %-22s %8s s, peak %4d MiB\n' "promtool check rules:" "$(secs "$work/promtool_us")" $((promtool_kb / 1024))
awk -v t="$(secs "$work/telc_us")" -v m="$telc_kb" -v f="$size_kb" 'BEGIN {
  printf "  telc: %.2f s (goal: < 1 s), peak memory %.1fx the file (goal: <= 4x)\n", t, m / f }'
