#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (with the committed .clang-format) makes of
# it. Run by CTest; `tools/format.sh` fixes what it reports.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format="${1:-clang-format}"
find lib cli tests tools \( -name '*.cpp' -o -name '*.hpp' \) -print0 | sort -z |
  xargs -0 "$clang_format" --dry-run --Werror --style=file
