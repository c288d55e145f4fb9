#!/usr/bin/env bash
# Start-up: `telc validate` of one small policy vs `promtool check rules` of a one-rule file, run
# alternately (the machine is noisy, so only the ratio of medians from one run means anything).
# Usage: bench/startup.sh [RUNS]   (TELC_BIN=path overrides the telc under test)
source "$(dirname "$0")/lib.sh"
runs="${1:-200}"
ensure_built
TELC="${TELC_BIN:-$TELC}"
ensure_package promtool prometheus

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp "$ROOT/examples/export-policies/exportpolicy-sample.yaml" "$work/policy.yaml"
cat > "$work/rules.yaml" <<'RULES'
groups:
  - name: example
    rules:
      - alert: HighErrorRate
        expr: sum(rate(http_requests_total{code=~"5.."}[5m])) by (job) > 0.1
        for: 10m
        labels: {severity: warning}
RULES
"$TELC" validate "$work/policy.yaml"
promtool check rules "$work/rules.yaml" >/dev/null

: > "$work/telc.us"; : > "$work/promtool.us"
for ((i = 0; i < runs; i++)); do
  now_us t0; "$TELC" validate "$work/policy.yaml"; now_us t1
  promtool check rules "$work/rules.yaml" >/dev/null; now_us t2
  echo $((t1 - t0)) >> "$work/telc.us"; echo $((t2 - t1)) >> "$work/promtool.us"
done
telc_ms=$(median < "$work/telc.us" | awk '{printf "%.2f", $1 / 1e3}')
prom_ms=$(median < "$work/promtool.us" | awk '{printf "%.2f", $1 / 1e3}')
echo "startup, median of $runs alternating runs:"
echo "  telc validate (one ExportPolicy):   ${telc_ms} ms"
echo "  promtool check rules (one rule):    ${prom_ms} ms"
awk -v a="$prom_ms" -v b="$telc_ms" 'BEGIN {printf "  telc is %.1fx faster (goal: >= 10x)\n", a / b}'
