#!/usr/bin/env bash
# Standard output that cannot be written (a full disk: /dev/full) is an I/O error: one line on
# stderr and exit 2, for every command that prints to it. Usage: full.sh TELC_BINARY SOURCE_DIR
set -uo pipefail
telc=$1
examples=$2/examples
[ -w /dev/full ] || { echo "SKIPPED: no /dev/full"; exit 0; }

fail() { echo "FAIL: $*"; exit 1; }
expect_io_error() {
  local err code
  err=$("$telc" "$@" 2>&1 >/dev/full)
  code=$?
  [ "$code" -eq 2 ] || fail "telc $* > /dev/full exited $code, not 2"
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "telc $* > /dev/full: not one line on stderr: $err"
  case $err in *"cannot write to standard output"*) ;; *) fail "telc $* > /dev/full: $err" ;; esac
}

expect_io_error validate --format json "$examples"
expect_io_error lint --format sarif "$examples"
expect_io_error rules list
expect_io_error --version
echo 'rate(x[5m])' >"${TMPDIR:-/tmp}/telc-full-$$.q"
expect_io_error metricsql fmt "${TMPDIR:-/tmp}/telc-full-$$.q"
rm -f "${TMPDIR:-/tmp}/telc-full-$$.q"
echo "stdout write errors: exit 2"
