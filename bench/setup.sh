#!/usr/bin/env bash
# Set-up: the README's first command from scratch (its build folder and install prefix in a scratch
# folder; the Debian packages already installed), timed once in each build mode so that the ratio
# shows what unity batches buy on this machine: as the README runs it (TELC_UNITY=ON) and with one
# object per source file (TELC_UNITY=OFF). No compiler cache is used.
# Usage: bench/setup.sh
source "$(dirname "$0")/lib.sh"
"$ROOT/tools/deps.sh" build

line=$(grep -m1 '^tools/deps.sh build && ' "$ROOT/README.md")
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
run() {  # run UNITY: prints wall and CPU seconds of the build-and-install part
  local unity=$1 t0 t1
  rm -rf "$work/build" "$work/prefix"
  local command=${line//-B build /-B "$work/build" }
  command=${command//--build build /--build "$work/build" }
  command=${command//cmake --install build/cmake --install "$work/build" --prefix "$work/prefix"}
  command=${command//-DTELC_UNITY=ON/-DTELC_UNITY=$unity}
  command=${command//&& telc validate/\&\& "$work/prefix/bin/telc" validate}
  now_us t0
  /usr/bin/time -f '%U %S' -o "$work/cpu" bash -c "cd '$ROOT' && CMAKE_CXX_COMPILER_LAUNCHER= $command" >/dev/null 2>&1
  now_us t1
  read -r user sys < "$work/cpu"
  awk -v u="$unity" -v w=$((t1 - t0)) -v c="$user $sys" \
    'BEGIN { split(c, t, " "); printf "UNITY=%-4s wall %6.1f s   cpu %6.1f s\n", u, w / 1e6, t[1] + t[2] }'
}
run ON
run OFF
