#!/usr/bin/env bash
# Installs telc's dependencies from Debian packages (Debian 12), skipping any already present.
# Runs apt-get through sudo when not root.
# Usage: tools/deps.sh build   what building telc needs (compiler, CMake, Ninja, the -dev packages)
#        tools/deps.sh test    that and what the tests use (also the default, with no argument)
set -euo pipefail

build=(
  build-essential cmake ninja-build pkg-config
  libfmt-dev libyaml-dev nlohmann-json3-dev libcli11-dev tao-pegtl-dev
  libvalijson-dev libre2-dev libjemalloc-dev
)
# catch2: the unit tests; clang-format/clang-tidy: the source checks; prometheus (promtool),
# victoria-metrics (vmalert), tidy and chromium: generated outputs checked by the real tools;
# git and pre-commit: the hooks; bash, zsh and fish: the completion scripts; dpkg-dev: the .deb
# (dpkg-shlibdeps); libxml2-utils (xmllint): the junit and checkstyle XML formats; python3:
# tools/cel_conformance.py on telc's own CEL cases.
test=(
  catch2 clang-format clang-tidy python3
  prometheus victoria-metrics tidy chromium git pre-commit
  bash zsh fish dpkg-dev libxml2-utils
)

case "${1:-test}" in
  build) packages=("${build[@]}") ;;
  test) packages=("${build[@]}" "${test[@]}") ;;
  *) echo "usage: tools/deps.sh [build|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
