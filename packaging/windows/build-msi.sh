#!/usr/bin/env bash
# Builds the FrontDesk MSI with wixl (msitools) from a deployed Windows tree (frontdesk.exe, windeployqt's
# output, the VC++ runtime DLLs). The files besides frontdesk.exe are listed by wixl-heat into Files.wxs.
#
#   packaging/windows/build-msi.sh SOURCE_DIR VERSION ICON.ico OUTPUT.msi
# On Windows, WiX 3's heat/candle/light do the same (BUILDING-WINDOWS.md).
set -euo pipefail

here=$(dirname "$(realpath "$0")")
source_dir=$(realpath "${1:?usage: $0 SOURCE_DIR VERSION ICON.ico OUTPUT.msi}")
version=${2:?version}
icon=$(realpath "${3:?icon}")
output=$(realpath -m "${4:?output}")
for tool in wixl wixl-heat; do
    command -v "$tool" >/dev/null || { echo "build-msi: $tool is missing (package wixl)" >&2; exit 1; }
done
[ -f "$source_dir/frontdesk.exe" ] || { echo "build-msi: $source_dir/frontdesk.exe is missing" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-msi.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Every deployed file except frontdesk.exe, which FrontDesk.wxs installs itself (the shortcut points at it).
(cd "$source_dir" && find . -type f ! -path ./frontdesk.exe | sed 's|^\./||' | sort) \
    | wixl-heat --prefix "" --var var.SourceDir --directory-ref INSTALLDIR --component-group AppFiles \
        --win64 >"$work/Files.wxs"

# wixl resolves sources relative to its working folder only.
ln -s "$source_dir" "$work/SourceDir"
cp "$icon" "$work/FrontDesk.ico"
(cd "$work" && wixl --arch x64 -D Win64=yes -D Version="$version" -D SourceDir=SourceDir -D IconFile=FrontDesk.ico \
    -o "$output" "$here/FrontDesk.wxs" Files.wxs)
echo "$output"
