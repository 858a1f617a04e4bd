#!/usr/bin/env bash
# Checks the desktop integration files as installed by `cmake --install`: the .desktop entry
# (desktop-file-validate), the AppStream metainfo (appstreamcli validate --no-net), the icon in every PNG
# size and as SVG, the Windows .ico, and that the three name each other and this version consistently.
#   packaging/check-desktop-files.sh BUILD_DIR
set -euo pipefail

repo=$(realpath "$(dirname "$0")/..")
build=$(realpath "${1:?usage: $0 BUILD_DIR}")
for tool in desktop-file-validate appstreamcli file icotool; do
    command -v "$tool" >/dev/null || { echo "check-desktop-files: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
app_id=$(sed -n 's/^FRONTDESK_APP_ID:INTERNAL=//p' "$build/CMakeCache.txt")
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
sizes=$(sed -n 's/^FRONTDESK_ICON_SIZES:INTERNAL=//p' "$build/CMakeCache.txt" | tr ';' ' ')

work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-desktop.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }

DESTDIR=$work cmake --install "$build" --prefix /usr >/dev/null
share=$work/usr/share
desktop=$share/applications/$app_id.desktop
metainfo=$share/metainfo/$app_id.metainfo.xml

if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then pass "desktop-file-validate"; else fail "desktop-file-validate: $out"; fi
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then pass "appstreamcli validate --no-net"; else fail "appstreamcli: $out"; fi
grep -qx "Icon=$app_id" "$desktop" && pass "the entry's icon is $app_id" || fail "Icon= is not $app_id"
grep -qx "Exec=frontdesk" "$desktop" && pass "the entry starts frontdesk" || fail "Exec= is not frontdesk"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    && pass "the metainfo launches $app_id.desktop" || fail "the metainfo's launchable is not $app_id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" && pass "the metainfo's release is $version" \
    || fail "the metainfo has no release $version"
[ -s "$share/icons/hicolor/scalable/apps/$app_id.svg" ] && pass "scalable SVG icon" || fail "no SVG icon"
for size in $sizes; do
    png=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if file "$png" 2>/dev/null | grep -q "PNG image data, $size x $size, 8-bit/color RGBA"; then
        pass "${size}x${size} PNG"
    else
        fail "${size}x${size} PNG: $(file "$png" 2>&1)"
    fi
done
ico_sizes=$(icotool -l "$repo/resources/desktop/frontdesk.ico" | sed -n 's/.*--width=\([0-9]*\).*/\1/p' | tr '\n' ' ')
[ "$ico_sizes" = "16 20 24 32 40 48 64 256 " ] && pass "frontdesk.ico holds 16–256 px" || fail "frontdesk.ico sizes: $ico_sizes"
exit $failed
