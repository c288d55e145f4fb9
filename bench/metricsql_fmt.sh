#!/usr/bin/env bash
# Throughput of `telc metricsql fmt --jsonl` against the Go reference (metricsql-oracle) on the
# same ~100k corpus queries, run alternately, each pinned to one core. Prints queries/s of each,
# the ratio, and peak RSS. Timing is reported, never asserted.
#
#   bench/metricsql_fmt.sh [ROUNDS] [CPU]        defaults: 3 rounds on CPU 1
# Env: TELC (default build/cli/telc), SHARED (default ../shared), COPIES (corpus copies, 5)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$HERE/../shared}
TELC=${TELC:-$HERE/build/cli/telc}
ORACLE_DIR=$SHARED/metricsql-oracle
ORACLE=$ORACLE_DIR/bin/metricsql-oracle
ROUNDS=${1:-3}
CPU=${2:-1}
COPIES=${COPIES:-5}

[ -x "$TELC" ] || { echo "telc not built at $TELC (cmake --build build)" >&2; exit 2; }
if [ ! -x "$ORACLE" ]; then
  echo "building the Go reference ($ORACLE_DIR/build.sh)..." >&2
  (cd "$ORACLE_DIR" && ./build.sh) >&2
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
QUERIES=$TMP/queries.jsonl
CORPUS=$SHARED/metricsql-corpus
# Every corpus query ({"q": ...} only), repeated COPIES times: about 100k lines.
for _ in $(seq "$COPIES"); do
  jq -c '{q}' "$CORPUS"/oracle-output/v0.87.0/*.jsonl "$CORPUS/mutants-v0.87.jsonl"
done > "$QUERIES"
N=$(wc -l < "$QUERIES")

# run NAME CMD...: prints "seconds max_rss_kb" of one pinned run
run() {
  local name=$1; shift
  GOMAXPROCS=1 /usr/bin/time -f '%e %M' -o "$TMP/$name.time" taskset -c "$CPU" "$@" > "$TMP/$name.out"
  [ "$(wc -l < "$TMP/$name.out")" -eq "$N" ] || { echo "$name: wrong number of output lines" >&2; exit 1; }
  cat "$TMP/$name.time"
}

: > "$TMP/telc.all"; : > "$TMP/go.all"
for _ in $(seq "$ROUNDS"); do
  run telc "$TELC" metricsql fmt --jsonl "$QUERIES" >> "$TMP/telc.all"
  run go "$ORACLE" -jsonl -procs 1 -in "$QUERIES" >> "$TMP/go.all"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
T_TELC=$(cut -d' ' -f1 "$TMP/telc.all" | median)
T_GO=$(cut -d' ' -f1 "$TMP/go.all" | median)
RSS_TELC=$(cut -d' ' -f2 "$TMP/telc.all" | sort -n | tail -1)
RSS_GO=$(cut -d' ' -f2 "$TMP/go.all" | sort -n | tail -1)
echo "# $N queries, $ROUNDS alternating rounds, pinned to CPU $CPU, median wall time"
awk -v n="$N" -v tt="$T_TELC" -v tg="$T_GO" -v rt="$RSS_TELC" -v rg="$RSS_GO" 'BEGIN {
  qt = n / tt; qg = n / tg
  printf "%-22s %12s %10s %14s\n", "program", "queries/s", "seconds", "peak RSS (kB)"
  printf "%-22s %12.0f %10.2f %14d\n", "telc metricsql fmt", qt, tt, rt
  printf "%-22s %12.0f %10.2f %14d\n", "metricsql-oracle (Go)", qg, tg, rg
  printf "ratio telc/Go: %.2fx (goal: >= 4x)\n", qt / qg
}'
