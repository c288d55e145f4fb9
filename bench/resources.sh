#!/usr/bin/env bash
# compile --resources: the design's DataPlane policy (its resource_uid needs the HTTPRoute object)
# with 10,000 HTTPRoute objects in one `kubectl get -o yaml` List; prints the wall time of the
# whole compile (median of RUNS) and, from the same run, the compile without --resources, so the
# difference is what evaluating the objects costs. Goal: under 1 s.
# Usage: bench/resources.sh [RUNS]
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
ensure_built

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
cp "$ROOT/testdata/compile/metrics-resources/input/"*.yaml "$work/in/"
{
  printf 'apiVersion: v1\nkind: List\nitems:\n'
  for ((n = 0; n < 10000; n++)); do
    printf '  - apiVersion: gateway.networking.k8s.io/v1\n    kind: HTTPRoute\n    metadata:\n      name: route-%d\n      namespace: ns-%d\n      uid: %08x-0000-4000-8000-%012d\n    spec:\n      parentRefs: [{name: edge}]\n      hostnames: [route-%d.example.com]\n' "$n" $((n % 100)) "$n" "$n" "$n"
  done
} > "$work/routes.yaml"

timed() {  # timed OUT_FILE ARGS...: RUNS compiles, the times (µs) in OUT_FILE
  local file=$1 t0 t1; shift
  : > "$file"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    now_us t0; "$TELC" compile "$@" -o "$work/out" "$work/in" >/dev/null 2>&1; now_us t1
    echo $((t1 - t0)) >> "$file"
  done
}
timed "$work/plain.us"
timed "$work/with.us" --resources "$work/routes.yaml"
statements=$(grep -c 'set(attributes\["resource_uid"\]' "$work/out/collector/"*.yaml | awk -F: '{s += $NF} END {print s}')
plain=$(median < "$work/plain.us" | awk '{printf "%.3f", $1 / 1e6}')
with=$(median < "$work/with.us" | awk '{printf "%.3f", $1 / 1e6}')
echo "compile --resources: 10000 HTTPRoute objects ($(du -k "$work/routes.yaml" | cut -f1) KiB), median of $runs runs"
echo "  with --resources:    ${with} s (goal: < 1 s), ${statements} per-object statements"
echo "  without:             ${plain} s"
