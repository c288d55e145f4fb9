#!/usr/bin/env bash
# Registry documentation speed: `telc compile --target docs` of the OpenTelemetry
# semantic-conventions `model/` (every namespace's Markdown page and the one HTML page); prints the
# wall time (median of RUNS) and the peak resident memory. Goal: under 2 s. Weaver, the peer that
# renders this registry, is not packaged for Debian, so no peer figure is printed.
# Usage: bench/registry_docs.sh [RUNS] [SEMCONV_CHECKOUT]
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
ensure_built
ensure_package /usr/bin/time time
ensure_package git git

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
semconv="${2:-}"
if [ -z "$semconv" ]; then
  semconv="$work/semantic-conventions"
  git clone -q --depth 1 https://github.com/open-telemetry/semantic-conventions "$semconv"
fi
in="$semconv/model"

time_compile_docs() {
  local t0 t1
  : > "$work/us"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    now_us t0; "$TELC" compile --target docs -o "$work/out" "$in" >/dev/null 2>&1; now_us t1
    echo $((t1 - t0)) >> "$work/us"
  done
  rm -rf "$work/out"
  rss_kb=$(/usr/bin/time -f '%M' "$TELC" compile --target docs -o "$work/out" "$in" 2>&1 >/dev/null | tail -1)
}

time_compile_docs
files=$(find "$work/out" -type f | wc -l)
yaml=$(find -L "$in" -name '*.yaml' | wc -l)
median_s=$(median < "$work/us" | awk '{printf "%.3f", $1 / 1e6}')
echo "registry docs: semantic-conventions model/ ($yaml YAML files) -> $files files, median of $runs runs"
echo "  wall time:      ${median_s} s (goal: < 2 s)"
echo "  peak memory:    $((rss_kb / 1024)) MiB"
