#!/usr/bin/env bash
# Builds the FrontDesk .deb with CPack from a built build folder and checks what IT will install:
# the files, and that Depends (from dpkg-shlibdeps) names the package of every library frontdesk links.
#   packaging/deb/build-deb.sh BUILD_DIR OUTPUT_DIR      -> OUTPUT_DIR/frontdesk_<version>-1_amd64.deb
set -euo pipefail

build=$(realpath "${1:?usage: $0 BUILD_DIR OUTPUT_DIR}")
out=$(realpath -m "${2:?output dir}")
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (packages cmake, dpkg-dev)" >&2; exit 1; }
done
mkdir -p "$out"
rm -f "$out"/frontdesk_*.deb
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/frontdesk_*.deb)
echo "$deb"

work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }

dpkg-deb -x "$deb" "$work/root"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/[[:space:]]//g')
app_id=$(sed -n 's/^FRONTDESK_APP_ID:INTERNAL=//p' "$build/CMakeCache.txt")
for file in usr/bin/frontdesk "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
    [ -e "$work/root/$file" ] && pass "/$file" || fail "/$file is not in the package"
done
if find "$work/root" -path '*/include/*' -o -name '*.a' -o -name '*_tests' | grep -q .; then
    fail "headers, static libraries or tests slipped into the package"
fi
file "$work/root/usr/bin/frontdesk" | grep -q "stripped" && ! file "$work/root/usr/bin/frontdesk" | grep -q "not stripped" \
    && pass "frontdesk is stripped" || fail "frontdesk is not stripped"

provided_by() { dpkg-query -W -f='${Provides}\n' "$1" | tr ',' '\n' | sed 's/(.*//; s/[[:space:]]//g' | grep .; }
# Every library the packaged frontdesk needs must come from a package named in Depends.
while read -r name path; do
    package=$(dpkg -S "$(realpath "$path")" 2>/dev/null | head -n 1 | cut -d: -f1) || true
    [ -n "$package" ] || package=$(dpkg -S "$path" 2>/dev/null | head -n 1 | cut -d: -f1) || true
    if [ -z "$package" ]; then
        fail "$name ($path) belongs to no Debian package"
    elif grep -qxF "$package" <<<"$depends_names"; then
        :
    elif provided_by "$package" | grep -qxFf <(echo "$depends_names"); then
        : # named by a virtual package it provides (libphonenumber8 provides libphonenumber8-protobuf32)
    else
        # shlibdeps names the direct dependencies; indirect ones arrive through those packages' own Depends.
        readelf -d "$work/root/usr/bin/frontdesk" | grep -q "Shared library: \[$name\]" \
            && fail "$name is linked directly but its package $package is not in Depends"
    fi
done < <(ldd "$work/root/usr/bin/frontdesk" | awk '$2 == "=>" { print $1, $3 }')
for runtime in libqt6sql6-sqlite libqt6sql6-psql libqt6webenginecore6-bin; do
    grep -qxF "$runtime" <<<"$depends_names" && pass "Depends names $runtime (loaded at run time)" || fail "Depends lacks $runtime"
done
[ "$failed" = 0 ] && pass "Depends covers every library frontdesk links directly"
exit $failed
