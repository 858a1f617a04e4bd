#!/usr/bin/env bash
# Renders frontdesk.ico (the Windows icon: the .exe, the Start-menu shortcut, Apps & features) from
# frontdesk.svg. The .ico is committed because Windows builds have neither rsvg-convert nor icotool.
#   resources/desktop/make-ico.sh        (packages librsvg2-bin, icoutils)
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=(16 20 24 32 40 48 64 256)
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" frontdesk.svg --output "$work/$size.png"
done
# Small sizes as bitmaps (every Windows reads them), 256 as PNG to keep the file small.
pngs=()
for size in "${sizes[@]}"; do
    if [ "$size" = 256 ]; then pngs+=("--raw=$work/$size.png"); else pngs+=("$work/$size.png"); fi
done
icotool --create --output frontdesk.ico "${pngs[@]}"
