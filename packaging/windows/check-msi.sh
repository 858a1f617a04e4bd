#!/usr/bin/env bash
# Compiles FrontDesk.wxs with wixl over a staged tree and checks the MSI with msiinfo/msiextract: per-machine
# x64 install under Program Files\FrontDesk, the Start-menu shortcut to frontdesk.exe, the fixed UpgradeCode
# with a new ProductCode per build, major upgrades (an older version removed, a newer one refused), and the
# staged files inside byte for byte.
#
#   packaging/windows/check-msi.sh BUILD_DIR
# The staged tree is this build's installed frontdesk (as frontdesk.exe) and README.md: real files, but a
# Linux binary, so this MSI checks the installer's structure and is not shipped (BUILDING-WINDOWS.md builds
# the real one on Windows).
set -euo pipefail

here=$(dirname "$(realpath "$0")")
repo=$(realpath "$here/../..")
build=$(realpath "${1:?usage: $0 BUILD_DIR}")
for tool in wixl wixl-heat msiinfo msiextract; do
    command -v "$tool" >/dev/null || { echo "check-msi: $tool is missing (packages wixl msitools)" >&2; exit 1; }
done
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
upgrade_code=$(grep -o 'UpgradeCode="[^"]*"' "$here/FrontDesk.wxs" | cut -d'"' -f2)

work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-msi-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
table() { msiinfo export "$1" "$2" | tr -d '\r' | tail -n +4; } # rows only, tab-separated
has_row() { # has_row MSI TABLE REGEX NAME
    if table "$1" "$2" | grep -Eq "$3"; then pass "$4"; else fail "$4 (no row /$3/ in $2:)"; table "$1" "$2" | sed 's/^/     /'; fi
}

DESTDIR=$work/install cmake --install "$build" --prefix /usr >/dev/null
mkdir -p "$work/stage/docs"
cp "$work/install/usr/bin/frontdesk" "$work/stage/frontdesk.exe"
cp "$repo/README.md" "$work/stage/docs/README.md"

newer=$(awk -F. '{ printf "%d.%d.%d", $1, $2 + 1, $3 }' <<<"$version")
"$here/build-msi.sh" "$work/stage" "$version" "$repo/resources/desktop/frontdesk.ico" "$work/old.msi" >/dev/null
"$here/build-msi.sh" "$work/stage" "$newer" "$repo/resources/desktop/frontdesk.ico" "$work/new.msi" >/dev/null
msi=$work/old.msi

msiinfo suminfo "$msi" | grep -q '^Template: x64;1033$' && pass "x64 package, English" || fail "not an x64 package"
has_row "$msi" Property $'^ALLUSERS\t1$' "per-machine install (ALLUSERS=1)"
has_row "$msi" Property "^UpgradeCode	\\{$upgrade_code\\}$" "UpgradeCode is the fixed $upgrade_code"
has_row "$msi" Property $'^ProductVersion\t'"${version//./\\.}"'$' "ProductVersion $version"
has_row "$msi" Directory $'^INSTALLDIR\tProgramFiles64Folder\tFrontDesk$' "installs into Program Files\\FrontDesk"
has_row "$msi" Directory $'^ProgramMenuDir\tProgramMenuFolder\tFrontDesk$' "Start-menu folder FrontDesk"
has_row "$msi" Shortcut $'^[^\t]+\tProgramMenuDir\tFrontDesk\t[^\t]+\t\\[INSTALLDIR\\]frontdesk\\.exe\t' \
    "Start-menu shortcut FrontDesk starts [INSTALLDIR]frontdesk.exe"
has_row "$msi" Upgrade "^\\{$upgrade_code\\}		${version//./\\.}		1		WIX_UPGRADE_DETECTED$" \
    "an installed older version is found and removed"
has_row "$msi" Upgrade "^\\{$upgrade_code\\}	${version//./\\.}			2		WIX_DOWNGRADE_DETECTED$" \
    "an installed newer version is detected"
has_row "$msi" LaunchCondition $'^NOT WIX_DOWNGRADE_DETECTED\t' "installing over a newer version is refused"
has_row "$msi" InstallExecuteSequence $'^RemoveExistingProducts\t' "the older version is removed during the upgrade"
has_row "$msi" Icon '^FrontDeskIcon' "the icon is embedded"

old_product=$(table "$work/old.msi" Property | awk -F'\t' '$1 == "ProductCode" { print $2 }')
new_product=$(table "$work/new.msi" Property | awk -F'\t' '$1 == "ProductCode" { print $2 }')
new_upgrade=$(table "$work/new.msi" Property | awk -F'\t' '$1 == "UpgradeCode" { print $2 }')
if [ -n "$old_product" ] && [ "$old_product" != "$new_product" ] && [ "$new_upgrade" = "{$upgrade_code}" ]; then
    pass "$newer gets a new ProductCode and keeps the UpgradeCode (a major upgrade of $version)"
else
    fail "ProductCode/UpgradeCode across builds: $old_product/$new_product, upgrade code $new_upgrade"
fi

mkdir -p "$work/extracted"
(cd "$work/extracted" && msiextract "$msi" >/dev/null)
for file in frontdesk.exe docs/README.md; do
    found=$(find "$work/extracted" -path "*/FrontDesk/$file" | head -n 1)
    if [ -n "$found" ] && cmp -s "$found" "$work/stage/$file"; then
        pass "$file is in the MSI, identical to the staged file"
    else
        fail "$file is missing from the MSI or differs"
    fi
done
exit $failed
