#!/usr/bin/env bash
# Installs the Debian 12 packages FrontDesk needs to build, run and test, and the WA-JS npm package its
# lockfile pins. Installs only what is missing, so a second run takes a second. Needs root (or sudo) when
# a package is missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl1-mesa-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libphonenumber-dev libsodium-dev libqrencode-dev
    # tests
    libgtest-dev libgmock-dev libbenchmark-dev postgresql xvfb xauth x11-utils dbus gnome-keyring
    # screenshots that can be read
    fonts-noto-core fonts-noto-color-emoji
    # fuzzing: libFuzzer with ASan and UBSan
    clang-14 libclang-rt-14-dev
    # the format check (scripts/format.sh)
    clang-format-14
    # packaging: icons, DEB (shlibdeps, debootstrap), AppImage (runtime from static squashfuse), MSI (wixl)
    librsvg2-bin icoutils desktop-file-utils appstream file dpkg-dev debootstrap
    squashfs-tools patchelf libsquashfuse-dev libfuse3-dev libzstd-dev liblzma-dev liblz4-dev liblzo2-dev
    zlib1g-dev libappimage-dev wixl msitools
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

# Node.js and npm only where the machine has none (one from nodesource, say, is kept).
if ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: every package is installed"
else
    echo "install-deps: installing ${missing[*]}"
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    echo "install-deps: done"
fi

# WA-JS, the second WhatsApp Web engine, at the version its lockfile pins (the build embeds it). `npm ci`
# only when the installed copy is not that version.
wajs="$(cd "$(dirname "$0")/.." && pwd)/resources/whatsapp/wa-js"
installed=$(node -p "try { require('$wajs/node_modules/@wppconnect/wa-js/package.json').version } catch (e) { '' }")
pinned=$(node -p "require('$wajs/package-lock.json').packages['node_modules/@wppconnect/wa-js'].version")
if [ "$installed" != "$pinned" ]; then
    echo "install-deps: WA-JS $pinned from the npm registry"
    npm ci --prefix "$wajs" --ignore-scripts --no-audit --no-fund --loglevel=error
else
    echo "install-deps: WA-JS $pinned is installed"
fi
