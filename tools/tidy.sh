#!/usr/bin/env bash
# Runs clang-tidy (the committed .clang-tidy) over lib/ and cli/, one process per core.
# Usage: tools/tidy.sh [BUILD_DIR [CLANG_TIDY]]   (a built tree: it holds compile_commands.json
# and the generated sources). Exits non-zero on any finding (.clang-tidy: WarningsAsErrors).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
clang_tidy="${2:-clang-tidy}"
[ -f "$build/compile_commands.json" ] || { echo "tools/tidy.sh: configure $build first (cmake -S . -B $build)" >&2; exit 2; }
find lib cli -name '*.cpp' -print0 | sort -z | xargs -0 -P "$(nproc)" -n 4 "$clang_tidy" -p "$build" --quiet
