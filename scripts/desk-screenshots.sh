#!/usr/bin/env bash
# Screenshots of the reception desk (login, first-run wizard, each tab; light and dark palette; 2x scale)
# under a virtual X display. Usage: scripts/desk-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=${1:-build/desk}
out=${2:-docs/screenshots}
tool="$build/tests/gui/desk_screenshots"
[ -x "$tool" ] || { echo "desk-screenshots: build $tool first" >&2; exit 1; }
mkdir -p "$out"
run() { xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb "$@"; }
run "$tool" "$out"
run env FRONTDESK_SHOTS_DARK=1 "$tool" "$out"
# The desk in Hindi and Tamil (Devanagari and Tamil script must render).
run env FRONTDESK_SHOTS_LANGUAGE=hi "$tool" "$out"
run env FRONTDESK_SHOTS_LANGUAGE=ta "$tool" "$out"
# High DPI: the same screens at twice the size, checked for clipped or blurry parts.
mkdir -p "$out/2x"
run env QT_SCALE_FACTOR=2 "$tool" "$out/2x"
