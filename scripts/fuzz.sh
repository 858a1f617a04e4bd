#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan (build/fuzz) and runs each for SECONDS (default
# 60) on its seed corpus. A crash is kept in build/fuzz/crashes/<target>/ and the script fails: copy the
# input into tests/fuzz/regressions/<target>/ so that every build replays it once it is fixed.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: phone messageTemplate databaseUrl selectorPack
#                                               csvRoundTrip messageLogCsv
#   FUZZ_RUNS=N scripts/fuzz.sh                 N inputs each from a fixed seed: the same run every time (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/stage.sh

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(phone messageTemplate databaseUrl selectorPack csvRoundTrip messageLogCsv)
build=${FUZZ_BUILD_DIR:-build/fuzz}
corpus_of() {
    case $1 in
        phone) echo phone ;;
        messageTemplate) echo template ;;
        databaseUrl) echo database_url ;;
        selectorPack) echo selector_pack ;;
        csvRoundTrip) echo csv ;;
        messageLogCsv) echo message_log_csv ;;
    esac
}

stage "fuzz: configure (clang, ASan+UBSan)" cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DFRONTDESK_FUZZ=ON -DFRONTDESK_WERROR=ON
stage "fuzz: build" cmake --build "$build" -j "${JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
# The smoke (FUZZ_RUNS) must take the same path on every machine and every run: libFuzzer's own choices come
# from -seed, but coverage also depends on Qt's per-process hash seed and on addresses (ASLR), and the corpus
# is reloaded from disk every second by default. So: a fixed hash seed, no ASLR where setarch can turn it
# off, no reloading, and a fresh work corpus that starts as the committed seeds and regressions only.
norandom=()
if [ -n "${FUZZ_RUNS:-}" ]; then
    export QT_HASH_SEED=0
    if setarch "$(uname -m)" -R true 2>/dev/null; then norandom=(setarch "$(uname -m)" -R); fi
fi
failed=0
for target in "${targets[@]}"; do
    name=$(corpus_of "$target")
    work="$build/corpus/$name"          # grows as the fuzzer learns; the committed seeds stay as they are
    crashes="$build/crashes/$name"
    mkdir -p "$work" "$crashes"
    inputs=("$work" "tests/fuzz/corpus/$name")
    if [ -n "${FUZZ_RUNS:-}" ]; then
        limit=(-runs="$FUZZ_RUNS" -seed=1 -reload=0)
        what="$FUZZ_RUNS inputs"
        rm -rf "$work" && mkdir -p "$work"
        cp tests/fuzz/corpus/"$name"/* "$work"/
        if [ -d "tests/fuzz/regressions/$name" ]; then cp tests/fuzz/regressions/"$name"/* "$work"/; fi
        inputs=("$work")
    else
        limit=(-max_total_time="$seconds")
        what="${seconds} s"
    fi
    if ! stage "fuzz: $target for $what" "${norandom[@]}" "$build/tests/fuzz/fuzz_$target" "${limit[@]}" \
        -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$crashes/" -print_final_stats=1 "${inputs[@]}"; then
        echo "fuzz: $target found a problem; the input is in $crashes/"
        failed=1
    fi
done
exit $failed
