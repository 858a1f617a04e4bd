#!/usr/bin/env bash
# Installs what is missing, builds FrontDesk with warnings as errors and runs every test: data tests on
# SQLite and on a real PostgreSQL server the tests start themselves, command-line and UI tests.
# Environment: FRONTDESK_TEST_PG_URL to use an existing server instead; JOBS for parallelism; TESTS_LABELS
# (a ctest label expression, e.g. "packaging|bench") runs only those tests of the plain build, for CI, where
# the sanitizer build and the Debian 13 tree run the rest again (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/stage.sh

jobs=${JOBS:-$(nproc)}
build=${BUILD_DIR:-build/test}
stage "install dependencies" scripts/install-deps.sh
stage "format check" scripts/format.sh --check
stage "configure" cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFRONTDESK_WERROR=ON \
    ${FRONTDESK_CMAKE_ARGS:-}
stage "build" cmake --build "$build" -j "$jobs"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
stage "tests${TESTS_LABELS:+ (labels $TESTS_LABELS)}" ctest --test-dir "$build" -j "$jobs" --output-on-failure \
    --timeout 600 ${TESTS_LABELS:+-L "$TESTS_LABELS"}
# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc). Waits in the
# tests are stretched (FRONTDESK_TEST_TIMEOUT_SCALE); benchmarks and packages are left out (a sanitized
# binary is never measured or shipped). SANITIZERS=0 skips this stage.
if [ "${SANITIZERS:-1}" != 0 ]; then
    asan=${ASAN_BUILD_DIR:-build/asan}
    stage "sanitizers: configure" cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFRONTDESK_WERROR=ON \
        -DFRONTDESK_SANITIZE=ON ${FRONTDESK_CMAKE_ARGS:-}
    stage "sanitizers: build" cmake --build "$asan" -j "$jobs"
    # new_delete_type_mismatch: Qt's own sized deletes of private classes trip it; leaks kept for the process's
    # life inside QtWebEngine and the font and graphics libraries are listed in tests/sanitizers/lsan.supp.
    stage "sanitizers: tests" env \
        ASAN_OPTIONS="${ASAN_OPTIONS:-new_delete_type_mismatch=0:detect_stack_use_after_return=0}" \
        LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        FRONTDESK_TEST_TIMEOUT_SCALE=3 \
        ctest --test-dir "$asan" -j "$jobs" --output-on-failure --timeout 1800 -LE "packaging|bench"
fi
# The fuzz smoke replays a fixed number of generated inputs from a fixed seed: the same every run.
stage "fuzz smoke" env FUZZ_RUNS="${FUZZ_RUNS:-50000}" scripts/fuzz.sh
