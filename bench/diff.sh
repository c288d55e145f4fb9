#!/usr/bin/env bash
# `telc diff` speed: the OpenTelemetry semantic-conventions `model/` of one release against the
# one before, the baseline read from git (ls-tree + cat-file, no checkout); prints the wall time
# (median of RUNS), the peak resident memory and the number of changes. Goal: under 2 s. Weaver's
# diff is not packaged for Debian, so no peer figure is printed.
# Usage: bench/diff.sh [RUNS] [BASE_TAG] [CURRENT_TAG]
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
base="${2:-v1.43.0}"
current="${3:-v1.44.0}"
ensure_built
ensure_package /usr/bin/time time
ensure_package git git

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
git clone -q --filter=blob:none https://github.com/open-telemetry/semantic-conventions "$work/sc"
cd "$work/sc" && git checkout -q "$current"
: > "$work/us"
for ((i = 0; i < runs; i++)); do
  now_us t0; "$TELC" diff --baseline "$base" model/ >/dev/null 2>&1 || true; now_us t1
  echo $((t1 - t0)) >> "$work/us"
done
rss_kb=$(/usr/bin/time -f '%M' "$TELC" diff --baseline "$base" model/ 2>&1 >/dev/null | tail -1)
changes=$("$TELC" diff --baseline "$base" --format json model/ 2>/dev/null | grep -o '"code": *"diff/[a-z-]*"' | grep -vc baseline || true)
median_s=$(median < "$work/us" | awk '{printf "%.3f", $1 / 1e6}')
echo "diff: semantic-conventions model/ $current against $base (from git), median of $runs runs"
echo "  wall time:      ${median_s} s (goal: < 2 s)"
echo "  peak memory:    $((rss_kb / 1024)) MiB"
echo "  changes:        $changes"
