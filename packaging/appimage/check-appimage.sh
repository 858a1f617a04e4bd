#!/usr/bin/env bash
# Checks a FrontDesk AppImage the way a reception PC without Qt would run it:
#   - libappimage (independent of our runtime) reads it as a type-2 AppImage with AppRun, .desktop and icon;
#   - every library the build's frontdesk links, except the system's base set, is inside;
#   - with the system's Qt hidden (a private mount namespace: tmpfs over Qt's plugin, libexec and data
#     folders, /dev/null over every Qt, QtKeychain, libphonenumber, libsodium, libqrencode, ICU, libpq and NSS
#     library the image bundles) and LD_LIBRARY_PATH unset, it starts: --version through FUSE and through
#     --appimage-extract-and-run, migrate/check on SQLite, the PostgreSQL driver, the window offscreen and on
#     X (Xvfb, the bundled xcb plugin), and a WhatsApp-like page served on 127.0.0.1 loads in the bundled
#     QtWebEngine (probe program run inside the unpacked AppDir, through its qt.conf), and the AppImage's own
#     `frontdesk check --whatsapp` drives the tests' WhatsApp-like page (served on 127.0.0.1 by
#     WHATSAPP_PAGE_SERVER, started before Qt is hidden) to ready with every landmark found.
#
#   packaging/appimage/check-appimage.sh FrontDesk.AppImage HOST_FRONTDESK WEBENGINE_PROBE WHATSAPP_PAGE_SERVER
# HOST_FRONTDESK is the build's frontdesk (linked against the system Qt): it must fail once Qt is hidden,
# which shows the hiding works. Needs root for the mount namespace.
set -euo pipefail

here=$(dirname "$(realpath "$0")")
appimage=$(realpath "${1:?usage: $0 APPIMAGE HOST_FRONTDESK WEBENGINE_PROBE WHATSAPP_PAGE_SERVER}")
host_frontdesk=$(realpath "${2:?host frontdesk}")
probe=$(realpath "${3:?webengine probe}")
page_server=$(realpath "${4:?whatsapp page server}")

if [ -z "${IN_NAMESPACE:-}" ]; then
    [ "$(id -u)" = 0 ] || { echo "check-appimage: needs root (mount namespace)" >&2; exit 1; }
    exec env IN_NAMESPACE=1 unshare --mount --propagation private -- bash "$0" "$@"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-appimage-check.XXXXXX")
server_pid=
trap 'cd /; [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
failed=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
step() { echo "--- $* ($SECONDS s)"; }

step "the AppImage as libappimage sees it"
cc -Wall -Wextra -Werror -o "$work/verify" "$here/verify-appimage.c" -lappimage
offset=$("$appimage" --appimage-offset)
"$work/verify" "$appimage" "$offset" || failed=1

step "unpack (--appimage-extract) and compare with what the build links"
(cd "$work" && "$appimage" --appimage-extract >/dev/null)
root=$work/squashfs-root
[ -x "$root/AppRun" ] && pass "AppRun unpacked" || fail "no AppRun after --appimage-extract"
excluded=$(grep -v '^#' "$here/excludelist" | grep -v '^$')
while read -r name path; do
    grep -qxF "$name" <<<"$excluded" && continue
    [ -e "$root/usr/lib/$name" ] || fail "$name (linked by frontdesk, from $path) is not bundled"
done < <(env -u LD_LIBRARY_PATH ldd "$host_frontdesk" | awk '$2 == "=>" { print $1, $3 }')
for part in usr/plugins/platforms/libqxcb.so usr/plugins/platforms/libqoffscreen.so \
        usr/plugins/sqldrivers/libqsqlite.so usr/plugins/sqldrivers/libqsqlpsql.so \
        usr/libexec/QtWebEngineProcess usr/libexec/qt.conf usr/bin/qt.conf \
        usr/resources/qtwebengine_resources.pak usr/translations/qtwebengine_locales/en-US.pak; do
    [ -e "$root/$part" ] && pass "$part" || fail "$part is missing"
done
[ "$failed" = 0 ] && pass "every library frontdesk links is bundled (or in the system's base set)"

step "the glibc the image needs, and AppRun's refusal of an older one"
floor=$(sed -n 's/^needed=//p' "$root/AppRun")
asked=$(find "$root" -type f \( -name '*.so*' -o -perm -u+x \) \
        -exec sh -c 'for f; do objdump -T "$f" 2>/dev/null || true; done' sh {} + \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
system=$(getconf GNU_LIBC_VERSION | sed 's/^glibc //')
[ -n "$floor" ] && [ "$floor" = "$asked" ] && pass "AppRun's floor is glibc $floor, the newest the bundled binaries ask for" \
    || fail "AppRun's floor \"$floor\" is not the newest glibc the bundled binaries ask for ($asked)"
grep -qxF "X-FrontDesk-Needs-Glibc=$floor" "$root"/*.desktop && pass "the desktop entry says glibc $floor" \
    || fail "the desktop entry does not say glibc $floor"
[ "$(printf '%s\n%s\n' "$floor" "$system" | sort -V | head -n 1)" = "$floor" ] \
    && pass "this system's glibc $system is new enough" || fail "this system's glibc $system is older than $floor"
mkdir -p "$work/old-glibc"
printf '#!/bin/sh\necho "glibc 2.17"\n' >"$work/old-glibc/getconf"
chmod 755 "$work/old-glibc/getconf"
code=0
PATH="$work/old-glibc:$PATH" "$root/AppRun" --version >"$work/out" 2>&1 || code=$?
if [ "$code" = 127 ] && grep -q "needs glibc $floor or newer; this system has 2.17" "$work/out"; then
    pass "on a system with glibc 2.17 AppRun says what it needs instead of starting"
else
    fail "AppRun on glibc 2.17 (exit $code): $(cat "$work/out")"
fi

step "the tests' WhatsApp-like page on 127.0.0.1 (a host program: started while the system's Qt is visible)"
"$page_server" --logged-in --lifetime 900 "$work/whatsapp-url" >"$work/page-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do [ -s "$work/whatsapp-url" ] && break; sleep 0.1; done
whatsapp_url=$(cat "$work/whatsapp-url" 2>/dev/null || true)
[ -n "$whatsapp_url" ] && pass "page served at $whatsapp_url" || fail "the page server did not start: $(cat "$work/page-server.log")"

step "hide the system's Qt"
qt() { qtpaths6 --query "$1"; }
for dir in "$(qt QT_INSTALL_PLUGINS)" "$(qt QT_INSTALL_LIBEXECS)" "$(qt QT_INSTALL_DATA)" "$(qt QT_INSTALL_ARCHDATA)"; do
    [ -d "$dir" ] && mount -t tmpfs -o ro,size=4k tmpfs "$dir"
done
hidden=0
for bundled in "$root"/usr/lib/*.so*; do
    name=$(basename "$bundled")
    case $name in
        libQt6* | libqt6keychain* | libphonenumber* | libsodium* | libqrencode* | libicu* | libpq.so* | \
        libprotobuf* | libnss3* | libnssutil3* | libsmime3* | libnspr4* | libxkbcommon*) ;;
        *) continue ;;
    esac
    for system in /usr/lib/x86_64-linux-gnu/"$name" /lib/x86_64-linux-gnu/"$name"; do
        if [ -e "$system" ]; then
            mount --bind /dev/null "$(realpath "$system")" && hidden=$((hidden + 1))
            break
        fi
    done
done
unset LD_LIBRARY_PATH QT_PLUGIN_PATH
if env -u LD_LIBRARY_PATH "$host_frontdesk" --version >/dev/null 2>&1; then
    fail "the build's frontdesk still starts: the system's Qt is not hidden"
else
    pass "system Qt hidden ($hidden libraries, Qt's plugin/libexec/data folders): the build's frontdesk no longer starts"
fi

export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox HOME=$work/home
mkdir -p "$HOME"
expect() { # expect NAME PATTERN COMMAND...: the output (any exit code) matches
    local name=$1 pattern=$2
    shift 2
    if "$@" >"$work/out" 2>&1 && grep -Eq "$pattern" "$work/out" || grep -Eq "$pattern" "$work/out"; then
        pass "$name"
    else
        fail "$name: no \"$pattern\" in:"
        sed 's/^/     /' "$work/out"
    fi
}
runs_for() { # runs_for SECONDS NAME COMMAND...: still running when timeout stops it
    local seconds=$1 name=$2
    shift 2
    local code=0
    timeout "$seconds" "$@" >"$work/out" 2>&1 || code=$?
    if [ "$code" = 124 ] && ! grep -q "Could not load the Qt platform plugin" "$work/out"; then
        pass "$name ran for $seconds s"
    else
        fail "$name exited with $code:"
        sed 's/^/     /' "$work/out"
    fi
}

step "run the AppImage"
if [ -w /dev/fuse ]; then
    expect "--version through FUSE" '^FrontDesk [0-9]' "$appimage" --version
    grep -q "extracting instead" "$work/out" && fail "FUSE was available but the runtime extracted instead"
fi
expect "--version through --appimage-extract-and-run (no FUSE)" '^FrontDesk [0-9]' \
    "$appimage" --appimage-extract-and-run --version
expect "migrate a new SQLite database" 'Schema version' \
    env APPIMAGE_EXTRACT_AND_RUN=1 "$appimage" migrate --database "sqlite:$work/desk.sqlite"
expect "check says ready" 'Status: ready' "$appimage" check --database "sqlite:$work/desk.sqlite"
expect "the bundled PostgreSQL driver loads" 'Reachable: no' \
    "$appimage" check --database 'postgresql://desk@127.0.0.1:9/frontdesk?connect_timeout=2'
runs_for 8 "the window offscreen (FUSE or fallback)" "$appimage" --database "sqlite:$work/gui.sqlite"
runs_for 8 "the window offscreen, extract-and-run" \
    "$appimage" --appimage-extract-and-run --database "sqlite:$work/gui2.sqlite"
if command -v xvfb-run >/dev/null; then
    runs_for 8 "the window on X (Xvfb, bundled xcb plugin)" \
        xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb "$appimage" --database "sqlite:$work/gui3.sqlite"
fi
# The FUSE server unmounts and removes its mount point once the app's last process is gone: give it a moment.
for _ in $(seq 50); do
    leftovers=$(find "${TMPDIR:-/tmp}" -maxdepth 1 -newer "$work/verify" \
        \( -name 'appimage_extracted_*' -o -name '.mount_FrontDesk*' \) 2>/dev/null | wc -l)
    [ "$leftovers" = 0 ] && break
    sleep 0.2
done
[ "$leftovers" = 0 ] && pass "no mount points or extracted folders left behind" || fail "$leftovers temporary folders left behind"

step "frontdesk check --whatsapp from the AppImage against the WhatsApp-like page"
code=0
timeout 180 "$appimage" check --whatsapp --whatsapp-url "$whatsapp_url" >"$work/out" 2>&1 || code=$?
if [ "$code" = 0 ] && grep -q '^State: .*ready' "$work/out" && grep -q 'Missing: none' "$work/out"; then
    pass "the bundled QtWebEngine drove the page to ready, every landmark found"
else
    fail "frontdesk check --whatsapp exited with $code:"
    sed 's/^/     /' "$work/out"
fi

step "QtWebEngine inside the unpacked AppDir loads a WhatsApp-like page from 127.0.0.1"
cp "$probe" "$root/usr/bin/webengine-probe"
patchelf --set-rpath '$ORIGIN/../lib' "$root/usr/bin/webengine-probe"
code=0
timeout 120 "$root/usr/bin/webengine-probe" >"$work/out" 2>&1 || code=$?
if [ "$code" = 0 ] && grep -q "^libexec: $root/usr/libexec" "$work/out"; then
    pass "the page loaded and answered ($(grep 'page answered' "$work/out"))"
else
    fail "the probe exited with $code:"
    sed 's/^/     /' "$work/out"
fi

step "done"
exit $failed
