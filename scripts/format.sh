#!/usr/bin/env bash
# Applies the project's .clang-format to every tracked C++ file, or with --check lists the files that
# drift from it and fails. One clang-format major version for everyone (Debian 12's), so that the check
# never flips between machines: FRONTDESK_CLANG_FORMAT overrides it.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${FRONTDESK_CLANG_FORMAT:-clang-format-14}
command -v "$tool" >/dev/null || { echo "format: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [ "${1:-}" = --check ]; then
    drift=$("$tool" --dry-run "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning:.*/\1/p' | sort -u)
    if [ -n "$drift" ]; then
        echo "format: these files differ from .clang-format (run scripts/format.sh, or the 'format' target):" >&2
        echo "$drift" >&2
        exit 1
    fi
    echo "format: ${#files[@]} files follow .clang-format"
else
    "$tool" -i "${files[@]}"
fi
