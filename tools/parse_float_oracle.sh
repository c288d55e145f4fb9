#!/usr/bin/env bash
# Regenerates testdata/parse-float/: inputs for telc's copy of Go's strconv.ParseFloat
# (metricsql::go_parse_float: MetricsQL numbers, and the string values the resource-metrics
# controller converts) and what Go itself returns for each ("ERR", or the value in
# strconv.FormatFloat(f, 'g', -1, 64) form). Needs Go (golang-go).
# tests/policytest_test.cpp compares metricsql::go_parse_float with the stored answers.
set -euo pipefail
cd "$(dirname "$0")/.."
out=testdata/parse-float
work=$(mktemp -d "${TMPDIR:-/tmp}/telc-parse-float.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat >"$work/main.go" <<'GO'
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		f, err := strconv.ParseFloat(in.Text(), 64)
		if err != nil {
			fmt.Println("ERR")
		} else {
			fmt.Println(strconv.FormatFloat(f, 'g', -1, 64))
		}
	}
}
GO
(cd "$work" && GO111MODULE=off go build -o parse_float main.go)
python3 - "$out/inputs.txt" <<'PY'
import random, sys
random.seed(20261201)
lines = set()
alphabet = "0123456789+-._eExXpPinfINFaAtyT"
while len(lines) < 3000:  # anything: mostly not numbers
    lines.add("".join(random.choice(alphabet) for _ in range(random.randint(1, 9))))
while len(lines) < 6000:  # number shapes: decimal, hexadecimal, separators, signs, range edges
    k = random.random()
    if k < 0.4:
        m = "".join(random.choice("0123456789") for _ in range(random.randint(1, 25)))
        if random.random() < 0.5:
            p = random.randint(0, len(m)); m = m[:p] + "." + m[p:]
        if random.random() < 0.6:
            m += random.choice("eE") + random.choice(["", "+", "-"]) + str(random.randint(0, 400))
    elif k < 0.7:
        m = "0x" + "".join(random.choice("0123456789abcdefABCDEF") for _ in range(random.randint(1, 20)))
        if random.random() < 0.4:
            p = random.randint(2, len(m)); m = m[:p] + "." + m[p:]
        m += random.choice("pP") + random.choice(["", "+", "-"]) + str(random.randint(0, 1100))
    else:
        d = "".join(random.choice("0123456789") for _ in range(random.randint(1, 8)))
        m = "_".join(d[i:i + random.randint(1, 3)] for i in range(0, len(d), 2))
        if random.random() < 0.5:
            m += "e" + str(random.randint(0, 30))
    if random.random() < 0.3:
        m = random.choice("+-") + m
    lines.add(m)
for special in ["inf", "Inf", "+INF", "-Infinity", "infinity", "nan", "NaN", "+nan", "infin", "0x1p-2",
                "0x_1p0", "0x1__0p0", "1_.5", "1e-400", "1e400", "4.9e-324", "2e-324",
                "1.7976931348623157e308", "1.8e308", "0x1p-1080", "0x1p1024", " 1", "1 ", ""]:
    lines.add(special)
open(sys.argv[1], "w").write("\n".join(sorted(lines)) + "\n")
PY
"$work/parse_float" <"$out/inputs.txt" >"$out/go-answers.txt"
echo "$(wc -l <"$out/inputs.txt") inputs, $(grep -vc '^ERR$' "$out/go-answers.txt") accepted by Go ($(go version))"
