# Shared helpers for bench scripts: build telc, install a Debian package on demand, time a command.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TELC="$ROOT/build/cli/telc"

ensure_built() {
  "$ROOT/tools/deps.sh"
  [ -x "$TELC" ] || { cmake -S "$ROOT" -B "$ROOT/build" -G Ninja >/dev/null && cmake --build "$ROOT/build" >/dev/null; }
}

ensure_package() {  # ensure_package COMMAND PACKAGE
  command -v "$1" >/dev/null && return 0
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null
}

# Timestamps in microseconds without forking a process (bash 5's EPOCHREALTIME): `date` would add
# about a millisecond to every sample, which swamps a start-up measurement.
now_us() { printf -v "$1" '%s' "${EPOCHREALTIME/./}"; }

# median of numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# time_compile WORK RUNS: `telc compile -j 2` of WORK/in into WORK/out, RUNS times; leaves the
# times (µs) in WORK/us, the peak memory of one more run in $rss_kb, and that run's output in WORK/out.
time_compile() {
  local work=$1 runs=$2 t0 t1
  : > "$work/us"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    now_us t0; "$TELC" compile -j 2 -o "$work/out" "$work/in" 2>/dev/null; now_us t1; echo $((t1 - t0)) >> "$work/us"
  done
  rm -rf "$work/out"
  rss_kb=$(/usr/bin/time -f '%M' "$TELC" compile -j 2 -o "$work/out" "$work/in" 2>&1 >/dev/null | tail -1)
}
