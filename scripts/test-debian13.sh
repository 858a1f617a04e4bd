#!/usr/bin/env bash
# Builds FrontDesk and runs its tests against Debian 13 ("trixie": Qt 6.8, QtKeychain 0.15, PostgreSQL 17) in a
# debootstrapped tree on this machine, the way scripts/test.sh does on the host: warnings as errors, the data
# tests on SQLite and on a PostgreSQL server they start themselves, the keychain tests in their own D-Bus session
# with gnome-keyring, QtWebEngine offscreen without its sandbox. The README's test command (Debian 12) is not
# changed by this script; it is the check that the next Debian builds and passes too.
#
#   scripts/test-debian13.sh [CTEST_ARGS...]      default CTEST_ARGS: -E packaging_msi (every test but the MSI's)
#   scripts/test-debian13.sh -L data              only the data tests; `-L webengine`, `-R NAME`, ... likewise
#   scripts/test-debian13.sh --exec CMD [ARGS...]  runs CMD in the tree (after the build, without ctest), with the
#                                                 tests' environment: e.g. --exec gdb -batch -ex run -ex bt --args
#                                                 /build/frontdesk-*/tests/gui/gui_tests --gtest_filter=...
#
# The tree is kept in FRONTDESK_DEBIAN13_CACHE (default /var/cache/frontdesk-debian13): root/ is the Debian 13
# system (debootstrapped once, minbase), debs/ the packages debootstrap downloaded, and the build folder is
# root/build/frontdesk-<checkout>, so the second run only builds what changed and runs the tests. The source tree (this
# checkout) is bind-mounted at /src; its resources/whatsapp/wa-js/node_modules must be there already (the host's
# scripts/install-deps.sh puts it there), so the tree needs no Node.js.
# Environment: JOBS (parallel compiles and tests, default: nproc); FRONTDESK_DEBIAN13_REFRESH=1 runs apt again
# (point releases) even when the package list has not changed; DEBIAN_MIRROR.
# The packaging tests run in the tree too: the DEB built there is Debian 13's (frontdesk_<version>-1+deb13, its
# Depends name trixie's Qt 6.8 packages), installed and started in a fresh debootstrapped Debian 13 (the base
# system's packages are kept in the tree's /var/cache/frontdesk-debootstrap); the AppImage built there carries
# Qt 6.8. Not run in the tree: the format check (trixie has clang-format 19, whose output differs from the
# project's clang-format 14), the sanitizer build and the fuzz smoke (clang), and the MSI check (the Windows
# package is built from Qt's installer, not from either Debian).
#
# Needs root (debootstrap, chroot, mounts) and deb.debian.org. Everything runs in a private mount namespace and
# PID namespace: when the script ends or is killed, its mounts and every process it started (the test
# PostgreSQL server included) go with it; nothing is left mounted on the host.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
cache=${FRONTDESK_DEBIAN13_CACHE:-/var/cache/frontdesk-debian13}
root=$cache/root
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=trixie
jobs=${JOBS:-$(nproc)}
# Inside the tree, one build folder per checkout: ninja trusts file times, and another checkout's sources
# bind-mounted at the same /src would leave objects of the other one in the build.
build=/build/frontdesk-$(printf '%s' "$src" | md5sum | cut -c1-8)
if [ $# -eq 0 ]; then set -- -E packaging_msi; fi

. "$src/scripts/debian-tree.sh"
debian_tree_require test-debian13
if [ ! -f "$src/resources/whatsapp/wa-js/node_modules/@wppconnect/wa-js/package.json" ]; then
    echo "test-debian13: WA-JS is not in $src/resources/whatsapp/wa-js/node_modules (scripts/install-deps.sh)" >&2
    exit 1
fi

if [ -z "${IN_NAMESPACE:-}" ]; then
    # The work runs in a private mount and PID namespace. Its first process is killed when unshare is
    # (--kill-child), and with it every process in the namespace (the test PostgreSQL server too); the last
    # one gone takes the namespace's mounts along. unshare itself ignores SIGTERM and SIGINT while it waits,
    # so this script turns them into a SIGKILL of unshare.
    IN_NAMESPACE=1 unshare --mount --propagation private --pid --fork --kill-child -- bash "$0" "$@" &
    child=$!
    trap 'kill -KILL $child 2>/dev/null; wait $child; exit 143' TERM
    trap 'kill -KILL $child 2>/dev/null; wait $child; exit 130' INT
    trap 'kill -KILL $child 2>/dev/null; wait $child; exit 129' HUP
    wait $child
    exit $?
fi

. "$src/scripts/stage.sh"
exec_command=()
if [ "$1" = --exec ]; then
    shift
    exec_command=("$@")
fi
cleanup() {
    debian_tree_leave src
    umount -l "$root" 2>/dev/null || true
}
trap cleanup EXIT

mkdir -p "$cache/debs"
if [ ! -f "$root/.frontdesk-debootstrap-done" ]; then
    # A tree whose debootstrap did not finish is started again.
    rm -rf --one-file-system "$root"
    debootstrap_trixie() {
        debian_tree_bootstrap "$suite" "$mirror" "$cache/debootstrap.log" "$cache/debs" || return 1
        touch "$root/.frontdesk-debootstrap-done"
    }
    stage "debootstrap $suite minbase from $mirror" debootstrap_trixie
else
    echo "==> debootstrap: $root is there already"
fi

# The tree's root a mount point of its own: the packaging checks run `unshare --mount --propagation private`
# inside it, which needs one.
mount --bind "$root" "$root"
debian_tree_enter "$suite" "$mirror"
mkdir -p "$root/src"
mount --bind "$src" "$root/src"
# Packages start no services in the tree (postgresql's cluster, dbus): the tests start their own.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# scripts/install-deps.sh's Debian 12 list, as trixie names it, less what is not run here (clang for the
# fuzz smoke and sanitizers' libFuzzer, clang-format-14, the MSI tools). Node.js is not needed: the build
# embeds the WA-JS file from node_modules.
packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qtkeychain-qt6-dev libphonenumber-dev libsodium-dev libqrencode-dev
    # tests
    libgtest-dev libgmock-dev libbenchmark-dev postgresql xvfb xauth x11-utils dbus gnome-keyring procps
    # screenshots that can be read
    fonts-noto-core fonts-noto-color-emoji
    # packaging: the desktop files and icons, the DEB (shlibdeps, a fresh Debian 13 to install it in), the
    # AppImage (its runtime from static squashfuse, checked with libappimage)
    librsvg2-bin icoutils desktop-file-utils appstream file dpkg-dev debootstrap
    squashfs-tools patchelf libsquashfuse-dev libfuse3-dev libzstd-dev liblzma-dev liblz4-dev liblzo2-dev
    zlib1g-dev libappimage-dev
)
install_packages() {
    in_root apt-get update -qq || return 1
    debian_tree_apt_install "$cache/apt.log" "${packages[@]}" || return 1
    in_root env DEBIAN_FRONTEND=noninteractive apt-get upgrade -y -q >>"$cache/apt.log" 2>&1 || return 1
    in_root apt-get clean
    printf '%s\n' "${packages[@]}" >"$root/.frontdesk-packages"
}
if [ "${FRONTDESK_DEBIAN13_REFRESH:-0}" = 1 ] \
        || ! printf '%s\n' "${packages[@]}" | cmp -s - "$root/.frontdesk-packages"; then
    stage "apt: ${#packages[@]} packages and their dependencies" install_packages
else
    echo "==> apt: the packages are installed already (FRONTDESK_DEBIAN13_REFRESH=1 updates them)"
fi
echo "==> in the tree: $(in_root sh -c '. /etc/os-release; echo "$PRETTY_NAME"'), Qt $(in_root dpkg-query -W \
    -f '${Version}' qt6-base-dev), QtWebEngine $(in_root dpkg-query -W -f '${Version}' qt6-webengine-dev),\
 QtKeychain $(in_root dpkg-query -W -f '${Version}' qtkeychain-qt6-dev),\
 PostgreSQL $(in_root dpkg-query -W -f '${Version}' postgresql), g++ $(in_root dpkg-query -W -f '${Version}' g++)"

stage "configure" in_root cmake -S /src -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFRONTDESK_WERROR=ON \
    ${FRONTDESK_CMAKE_ARGS:-}
# -k 0: every file that fails to compile is shown in one run, not only the first.
stage "build" in_root cmake --build "$build" -j "$jobs" -- -k 0
test_env=(QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox
    FRONTDESK_DEBOOTSTRAP_CACHE=/var/cache/frontdesk-debootstrap)
if [ ${#exec_command[@]} -gt 0 ]; then
    in_root env "${test_env[@]}" "${exec_command[@]}"
    exit $?
fi
stage "tests: ctest $*" in_root env "${test_env[@]}" \
    ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 600 "$@"
