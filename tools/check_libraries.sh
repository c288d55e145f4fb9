#!/usr/bin/env bash
# Libraries report into a diag::Sink and return; only cli/ talks to the terminal, ends the process
# or reads the environment (NO_COLOR, GITHUB_STEP_SUMMARY, UPDATE_GOLDEN are read there or in
# tests). Fails, naming file:line, when code in lib/ prints, exits or reads the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='std::(cout|cerr|clog|printf|puts|exit|quick_exit|_Exit|abort|system|getenv)\b|[^:_[:alnum:]](printf|fprintf|puts|fputs|exit|_exit|abort|getenv|secure_getenv|system|setenv|putenv)[[:space:]]*\(|\benviron\b|#include <iostream>'
# Comments are skipped: a line whose code part (before //) is empty cannot offend.
found=$(grep -rnE --include='*.cpp' --include='*.hpp' "$pattern" lib | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//' || true)
if [ -n "$found" ]; then
  echo "lib/ must not print, exit or read the environment (report into a diag::Sink instead):"
  echo "$found"
  exit 1
fi
echo "lib/: no printing, exiting or environment access"
