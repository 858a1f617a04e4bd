#!/usr/bin/env bash
# Installs a FrontDesk .deb into a freshly debootstrapped Debian (minbase, from deb.debian.org) of the release the
# package was built on (this system's: Debian 12 on the host, Debian 13 in scripts/test-debian13.sh's tree;
# DEBIAN_SUITE=codename chooses another) with apt, so its dependencies resolve the way they will on a reception
# PC, then starts it there: --version, migrate and
# check on SQLite, the PostgreSQL driver, the runtime-loaded Qt parts, and the desk's window offscreen.
#
#   packaging/deb/check-in-debootstrap.sh [--upgrade-from OLDER.deb] frontdesk_0.1.0-1_amd64.deb [WEBENGINE_PROBE]
#
# With --upgrade-from (packaging/deb/make-older-deb.sh makes one), the older package is installed first and
# leaves an SQLite database at an older schema (`frontdesk migrate --to`); then `dpkg -i` upgrades to the
# package under test: the new version is installed and configured, no file of the older one is left behind,
# the icon cache was refreshed by the trigger, and the first start migrates the old database after copying it
# aside. The checks below then run on the upgraded system.
#
# WEBENGINE_PROBE (tests/packaging/webengine_probe, built against Debian's Qt) is run in the fresh system too:
# it loads a WhatsApp-like page from 127.0.0.1 in QtWebEngine, which shows the package's Depends bring
# everything WebEngine needs (QtWebEngineProcess, its resources and locales).
#
# Needs root (debootstrap, chroot, mounts) and the internet (deb.debian.org). FRONTDESK_DEBOOTSTRAP_CACHE=DIR
# keeps the downloaded base system's packages there for the next run. Mounts live in a private mount
# namespace, so nothing is left mounted if the script is killed; the chroot folder is removed at the end.
set -euo pipefail

older_deb=
if [ "${1:-}" = --upgrade-from ]; then
    older_deb=$(realpath "${2:?--upgrade-from needs the older package}")
    shift 2
fi
deb=$(realpath "${1:?usage: $0 [--upgrade-from OLDER.deb] PACKAGE.deb [WEBENGINE_PROBE]}")
probe=${2:+$(realpath "$2")}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}

. "$(dirname "$0")/../../scripts/debian-tree.sh"
debian_tree_require check-in-debootstrap

if [ -z "${IN_NAMESPACE:-}" ]; then
    # Re-run inside a private mount namespace: the chroot's /proc and /dev disappear with it.
    exec env IN_NAMESPACE=1 unshare --mount --propagation private -- bash "$0" \
        ${older_deb:+--upgrade-from "$older_deb"} "$deb" ${probe:+"$probe"}
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-debootstrap.XXXXXX")
root=$work/root
cleanup() {
    debian_tree_leave
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

step() { echo "--- $* ($SECONDS s)"; }

step "debootstrap $suite minbase from $mirror"
debian_tree_bootstrap "$suite" "$mirror" "$work/debootstrap.log" "${FRONTDESK_DEBOOTSTRAP_CACHE:-}" || exit 1
debian_tree_enter "$suite" "$mirror"

in_root apt-get update -qq
apt_install() { debian_tree_apt_install "$work/apt.log" "$@" || exit 1; }

failed=0
check() { # check NAME COMMAND...: runs a command in the chroot, reports it
    local name=$1
    shift
    if in_root "$@" >"$work/out" 2>&1; then
        echo "ok   $name"
    else
        echo "FAIL $name (exit $?)"
        sed 's/^/     /' "$work/out"
        failed=1
    fi
}
expect_output() { # expect_output NAME PATTERN COMMAND...: the command's output (any exit code) matches
    local name=$1 pattern=$2
    shift 2
    in_root "$@" >"$work/out" 2>&1 || true
    if grep -Eq "$pattern" "$work/out"; then
        echo "ok   $name"
    else
        echo "FAIL $name: no \"$pattern\" in:"
        sed 's/^/     /' "$work/out"
        failed=1
    fi
}

cp "$deb" "$root/tmp/"
if [ -z "$older_deb" ]; then
    step "apt-get install ./$(basename "$deb") (dependencies from the package's Depends)"
    apt_install "/tmp/$(basename "$deb")"
else
    step "upgrade: apt-get install ./$(basename "$older_deb"), an older database, then dpkg -i ./$(basename "$deb")"
    # The icon cache tool, as on a desktop: its dpkg trigger must refresh the cache when the icons change.
    apt_install gtk-update-icon-cache hicolor-icon-theme
    cp "$older_deb" "$root/tmp/"
    apt_install "/tmp/$(basename "$older_deb")"
    step "the older package is installed"
    in_root dpkg-query -L frontdesk | sort >"$work/older-files"
    # A desk's database as the older FrontDesk left it: one schema version behind this build's.
    latest=$( (in_root frontdesk check --database sqlite:/tmp/new-probe.sqlite 2>/dev/null || true) \
        | sed -n 's/.*(this FrontDesk: \([0-9]*\)).*/\1/p')
    check "the older FrontDesk sets up a database at schema $((latest - 1))" \
        frontdesk migrate --to $((latest - 1)) --database sqlite:/root/desk.sqlite
    expect_output "which the newer one will have to upgrade" "Schema version: [0-9]+ \(this FrontDesk: $latest\)" \
        frontdesk check --database sqlite:/root/desk.sqlite
    cache=/usr/share/icons/hicolor/icon-theme.cache
    cache_before=$(in_root stat -c %Y "$cache" 2>/dev/null || echo 0)
    sleep 1.1 # a refreshed cache gets a later modification time
    step "dpkg -i the newer package"
    check "dpkg -i upgrades $(dpkg-deb -f "$older_deb" Version) to $(dpkg-deb -f "$deb" Version)" \
        dpkg -i "/tmp/$(basename "$deb")"
    expect_output "the new version is installed and configured" \
        "^ii $(dpkg-deb -f "$deb" Version | sed 's/[.+~]/\\&/g')\$" \
        dpkg-query -W -f '${db:Status-Abbrev}${Version}\n' frontdesk
    expect_output "dpkg --audit finds nothing half-done (triggers included)" '^audit-clean$' \
        sh -c 'test -z "$(dpkg --audit)" && echo audit-clean'
    in_root dpkg-query -L frontdesk | sort >"$work/newer-files"
    leftovers=$(comm -23 "$work/older-files" "$work/newer-files" | while read -r path; do
        in_root test -f "$path" && echo "$path"; done || true)
    if [ -z "$leftovers" ] && grep -q only-in-the-older-package "$work/older-files"; then
        echo "ok   no file of the older package is left behind"
    else
        echo "FAIL files of the older package left behind: $leftovers"
        failed=1
    fi
    cache_after=$(in_root stat -c %Y "$cache" 2>/dev/null || echo 0)
    if [ "$cache_after" -gt "$cache_before" ] && in_root grep -qa invalid.frontdesk.FrontDesk "$cache"; then
        echo "ok   the icon cache was refreshed by the upgrade and lists FrontDesk's icon"
    else
        echo "FAIL the icon cache was not refreshed ($cache_before -> $cache_after)"
        failed=1
    fi
    # First start of the newer FrontDesk on the old database: the sign-in dialog upgrades it, copy first.
    step "first start of the newer FrontDesk on the older database"
    in_root env QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox \
        timeout 6 frontdesk --database sqlite:/root/desk.sqlite >"$work/upgrade-gui.log" 2>&1 || true
    expect_output "the first start upgraded the older database" "Schema version: $latest \(this FrontDesk: $latest\)" \
        frontdesk check --database sqlite:/root/desk.sqlite
    expect_output "after copying it aside" "^/root/desk\.sqlite\.v[0-9]+-[0-9-]+\.bak$" \
        sh -c 'ls /root/desk.sqlite.v*.bak'
fi

step "checks inside the fresh system"
expect_output "frontdesk --version" '^FrontDesk [0-9]+\.[0-9]+\.[0-9]+' frontdesk --version
check "migrate a new SQLite database" frontdesk migrate --database sqlite:/tmp/smoke.sqlite
expect_output "check says ready" 'Status: ready' frontdesk check --database sqlite:/tmp/smoke.sqlite
# No server listens on port 9: the driver must load and report an unreachable server, not a missing driver.
expect_output "PostgreSQL driver loads" 'Reachable: no' \
    frontdesk check --database 'postgresql://desk@127.0.0.1:9/frontdesk?connect_timeout=2'

# Parts Qt loads at run time: every library they need must resolve in the fresh system.
qt_plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
for part in $qt_plugins/platforms/libqxcb.so $qt_plugins/platforms/libqoffscreen.so \
        $qt_plugins/sqldrivers/libqsqlite.so $qt_plugins/sqldrivers/libqsqlpsql.so \
        /usr/lib/qt6/libexec/QtWebEngineProcess; do
    if ! in_root test -e "$part"; then
        echo "FAIL $part is not installed"
        failed=1
    elif in_root ldd "$part" | grep -q "not found"; then
        echo "FAIL $part misses libraries:"
        in_root ldd "$part" | grep "not found" | sed 's/^/     /'
        failed=1
    else
        echo "ok   $part resolves"
    fi
done
for file in /usr/share/applications/invalid.frontdesk.FrontDesk.desktop \
        /usr/share/metainfo/invalid.frontdesk.FrontDesk.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/invalid.frontdesk.FrontDesk.svg \
        /usr/share/icons/hicolor/256x256/apps/invalid.frontdesk.FrontDesk.png; do
    if in_root test -s "$file"; then echo "ok   $file"; else echo "FAIL $file is missing"; failed=1; fi
done

# The desk's window, offscreen, for a few seconds: it must still be running when timeout stops it (124).
in_root env QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox \
    timeout 6 frontdesk --database sqlite:/tmp/gui.sqlite >"$work/gui.log" 2>&1 && gui=0 || gui=$?
if [ "$gui" = 124 ] && in_root test -s /tmp/gui.sqlite; then
    echo "ok   the window ran offscreen for 6 s and created its database"
else
    echo "FAIL the window exited with $gui before 6 s (or created no database):"
    sed 's/^/     /' "$work/gui.log"
    failed=1
fi

if [ -n "$probe" ]; then
    cp "$probe" "$root/tmp/webengine-probe"
    if in_root env QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox \
            timeout 120 /tmp/webengine-probe >"$work/probe.log" 2>&1; then
        echo "ok   QtWebEngine loads a WhatsApp-like page from 127.0.0.1 ($(grep 'page answered' "$work/probe.log"))"
    else
        echo "FAIL QtWebEngine could not load the page:"
        sed 's/^/     /' "$work/probe.log"
        failed=1
    fi
fi

step "done"
exit $failed
