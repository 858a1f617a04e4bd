#!/usr/bin/env bash
# Installs what is missing, builds FrontDesk with warnings as errors and runs every test: data tests on
# SQLite and on a real PostgreSQL server the tests start themselves, command-line and UI tests.
# Environment: FRONTDESK_TEST_PG_URL to use an existing server instead; JOBS for parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/stage.sh

jobs=${JOBS:-$(nproc)}
build=${BUILD_DIR:-build/test}
stage "install dependencies" scripts/install-deps.sh
stage "configure" cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFRONTDESK_WERROR=ON \
    ${FRONTDESK_CMAKE_ARGS:-}
stage "build" cmake --build "$build" -j "$jobs"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
stage "tests" ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 600
# The fuzz smoke replays a fixed number of generated inputs from a fixed seed: the same every run.
stage "fuzz smoke" env FUZZ_RUNS="${FUZZ_RUNS:-50000}" scripts/fuzz.sh
