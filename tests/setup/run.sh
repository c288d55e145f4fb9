#!/usr/bin/env bash
# The README's first command, as a new user runs it: read from README.md (the line that starts with
# `tools/deps.sh build`), with its build folder and install prefix moved into a scratch folder so the
# machine and the checkout are untouched. It must build from scratch, install telc, its man pages
# and completions, check examples/ with the installed telc found on PATH, and leave nothing
# untracked in the checkout.
# Usage: tests/setup/run.sh SOURCE_DIR
set -euo pipefail
source="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

line=$(grep -m1 '^tools/deps.sh build && ' "$source/README.md") || fail "README.md has no set-up command"
[[ $line == *"cmake --install build"* && $line == *"-B build "* && $line == *"--build build "* ]] ||
  fail "the set-up command no longer has the shape this test rewrites: $line"
command=${line//-B build /-B \"\$TELC_SETUP_BUILD\" }
command=${command//--build build /--build \"\$TELC_SETUP_BUILD\" }
command=${command//cmake --install build/cmake --install \"\$TELC_SETUP_BUILD\" --prefix \"\$TELC_SETUP_PREFIX\"}
echo "running: $command"

untracked_before=$(git -C "$source" status --porcelain --untracked-files=all 2>/dev/null || true)
export TELC_SETUP_BUILD="$tmp/build" TELC_SETUP_PREFIX="$tmp/prefix"
export PATH="$TELC_SETUP_PREFIX/bin:$PATH" CMAKE_CXX_COMPILER_LAUNCHER=
(cd "$source" && bash -euo pipefail -c "$command") >"$tmp/log" 2>&1 || { tail -40 "$tmp/log"; fail "the set-up command"; }

[ "$(command -v telc)" = "$TELC_SETUP_PREFIX/bin/telc" ] || fail "telc on PATH is $(command -v telc)"
for f in bin/telc share/man/man1/telc.1 share/man/man1/telc-validate.1 share/bash-completion/completions/telc \
  share/zsh/vendor-completions/_telc share/fish/vendor_completions.d/telc.fish; do
  [ -f "$TELC_SETUP_PREFIX/$f" ] || fail "the set-up command did not install $f"
done
readelf -S "$TELC_SETUP_PREFIX/bin/telc" | grep -q '\.symtab' && fail "the installed telc is not stripped"
untracked_after=$(git -C "$source" status --porcelain --untracked-files=all 2>/dev/null || true)
[ "$untracked_before" = "$untracked_after" ] || fail "the set-up command changed the checkout: $untracked_after"
echo "ok: $(tail -1 "$tmp/log")"
