#!/usr/bin/env bash
# Installs telc's build and test dependencies from Debian packages (Debian 12), skipping any
# already present. Runs apt-get through sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libfmt-dev libyaml-dev nlohmann-json3-dev libcli11-dev tao-pegtl-dev
  libvalijson-dev libre2-dev catch2 clang-format clang-tidy
  prometheus victoria-metrics tidy chromium git pre-commit libxml2-utils
)

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
