#!/usr/bin/env bash
# --format junit and --format checkstyle, checked against telc's own XSDs with xmllint (Debian
# package libxml2-utils) for every command that has --format: clean inputs, findings, file names
# with markup characters and UTF-8, control characters in messages. Output must be the same twice.
# Usage: run.sh TELC_BINARY SOURCE_DIR
set -uo pipefail
telc=$1
src=$2
here=$src/tests/xml
work=$(mktemp -d "${TMPDIR:-/tmp}/telc-xml.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$work/in"
cp "$src/testdata/validate/wrong-type-maxsize-string/input.yaml" "$work/in/a b&<c>.yaml"
cp "$src/testdata/validate/wrong-type-maxsize-string/input.yaml" "$work/in/ü:#1.yaml"
printf 'apiVersion: telemetry.miloapis.com/v1alpha1\nkind: "Export\\u001bPolicy"\n' >"$work/in/ctl.yaml"
printf 'sum(rate(x[5m])\n' >"$work/q1.metricsql"
printf 'rate(x[5m])\n' >"$work/q2.metricsql"
printf 'receivers: {otlp: {protocols: {grpc: {}}}}\nexporters: {nope: {}}\nservice: {pipelines: {}}\n' >"$work/otelcol.yaml"

check() {  # FORMAT XSD ARGS...
  local format=$1 xsd=$2
  shift 2
  "$telc" "$@" --format "$format" >"$work/out.xml" 2>"$work/err.txt"
  local code=$?
  [ "$code" -le 2 ] || fail "telc $* --format $format exited $code: $(cat "$work/err.txt")"
  xmllint --noout --schema "$here/$xsd" "$work/out.xml" 2>"$work/lint.txt" ||
    fail "telc $* --format $format: $(cat "$work/lint.txt")"
  "$telc" "$@" --format "$format" >"$work/again.xml" 2>/dev/null
  cmp -s "$work/again.xml" "$work/out.xml" || fail "telc $* --format $format: not deterministic"
}

for pair in junit:junit.xsd checkstyle:checkstyle.xsd; do
  format=${pair%%:*}
  xsd=${pair#*:}
  check "$format" "$xsd" validate "$src/examples"
  check "$format" "$xsd" validate "$work/in"
  check "$format" "$xsd" lint "$src/examples" "$work/in"
  check "$format" "$xsd" compile -o "$work/out" "$work/in"
  check "$format" "$xsd" collector check "$work/otelcol.yaml"
  check "$format" "$xsd" metricsql check "$work/q1.metricsql" "$work/q2.metricsql"
  check "$format" "$xsd" validate "$work/no-such-file.yaml"
  check "$format" "$xsd" test "$src/examples/metrics/httproute-policies.test.yaml"
  check "$format" "$xsd" test "$src/testdata/test/mismatches/input.test.yaml" "$src/testdata/test/bad-inputs"
done
echo "junit and checkstyle output valid against tests/xml/*.xsd"
