#!/usr/bin/env bash
# Installs what is missing, builds FrontDesk and starts it on the default SQLite database.
# Extra arguments go to frontdesk (e.g. --database URL).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/stage.sh

stage "install dependencies" scripts/install-deps.sh
stage "configure" cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFRONTDESK_BUILD_TESTS=OFF
stage "build" cmake --build build/release --target frontdesk

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display: starting FrontDesk under xvfb-run (set DISPLAY to see the window)."
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/release/app/frontdesk "$@"
fi
exec build/release/app/frontdesk "$@"
