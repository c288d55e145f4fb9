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
