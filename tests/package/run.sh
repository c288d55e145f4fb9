#!/usr/bin/env bash
# The .deb and the install tree, judged by dpkg: `cpack -G DEB` builds telc_<version>_<arch>.deb
# from BUILD_DIR; its control fields are checked, its files extracted (dpkg-deb -x) and installed
# into a scratch root (dpkg -i --root, a database of its own; the machine's is never touched), and
# the telc found there checks the examples and prints the same completion scripts it packaged.
# Usage: tests/package/run.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build="$1" source="$2" version="$3"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; exit 1; }
arch=$(dpkg --print-architecture)
deb="$tmp/out/telc_${version}_${arch}.deb"
[ -f "$deb" ] || fail "no $deb; cpack made: $(ls "$tmp/out")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = telc ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
[[ $(field Maintainer) == *@* ]] || fail "Maintainer: $(field Maintainer)"
[[ $(field Description) == *telemetry* ]] || fail "Description: $(field Description)"

# A static telc depends on nothing; a dynamic one on the libraries it links (dpkg-shlibdeps).
dpkg-deb -x "$deb" "$tmp/x"
if readelf -l "$tmp/x/usr/bin/telc" | grep -q 'program interpreter'; then
  [[ $(field Depends) == *libc6* ]] || fail "a dynamic telc without Depends on libc6: '$(field Depends)'"
else
  [ -z "$(field Depends)" ] || fail "a static telc with Depends: $(field Depends)"
fi
readelf -S "$tmp/x/usr/bin/telc" | grep -q '\.symtab' && fail "usr/bin/telc is not stripped"

installed=(usr/bin/telc usr/share/man/man1/telc.1 usr/share/bash-completion/completions/telc
  usr/share/zsh/vendor-completions/_telc usr/share/fish/vendor_completions.d/telc.fish)
for page in validate lint compile collector metricsql rules completion; do
  installed+=("usr/share/man/man1/telc-$page.1")
done

# The real installation, into a scratch root with its own dpkg database.
root="$tmp/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log="$tmp/dpkg.log" --force-not-root --force-depends --force-script-chrootless \
  -i "$deb" >"$tmp/dpkg.out" 2>&1 || { cat "$tmp/dpkg.out"; fail "dpkg -i"; }
[ "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' telc)" = "install ok installed" ] ||
  fail "dpkg does not list telc as installed"
listed=$(dpkg-query --admindir="$root/var/lib/dpkg" -L telc)
for f in "${installed[@]}"; do
  grep -qxF "/$f" <<<"$listed" || fail "the package does not hold /$f"
  [ -f "$root/$f" ] || fail "dpkg did not install /$f"
done

grep -q "^\.SH EXIT STATUS" "$root/usr/share/man/man1/telc-validate.1" || fail "telc-validate.1 has no EXIT STATUS"

telc="$root/usr/bin/telc"
"$telc" --version | grep -qxF "telc $version" || fail "telc --version: $("$telc" --version)"
(cd "$tmp" && "$telc" validate "$source/examples/") || fail "the installed telc on examples/"
cmp -s <("$telc" completion bash) "$root/usr/share/bash-completion/completions/telc" || fail "bash script differs"
cmp -s <("$telc" completion zsh) "$root/usr/share/zsh/vendor-completions/_telc" || fail "zsh script differs"
cmp -s <("$telc" completion fish) "$root/usr/share/fish/vendor_completions.d/telc.fish" || fail "fish script differs"
echo "ok: $(basename "$deb"), $(field Installed-Size) KiB installed, Depends: '$(field Depends)'"
