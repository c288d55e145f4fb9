#!/usr/bin/env bash
# Formats every C++ file in place with the committed .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
find lib cli tests tools \( -name '*.cpp' -o -name '*.hpp' \) -print0 | xargs -0 clang-format -i --style=file
