#!/usr/bin/env bash
# Makes "the previous release" for the DEB upgrade check out of a built package: the same files under a lower
# version (0.1.0-1 -> 0.1.0~older-1, which dpkg sorts first), plus one file only the older package has, which
# the upgrade must remove. What it is, honestly: the program inside is this build; the check gets a database at
# an older schema from `frontdesk migrate --to`, so the package-level upgrade (files replaced, nothing left
# behind, caches refreshed) and the schema upgrade on first start are both exercised without a second build.
#
#   packaging/deb/make-older-deb.sh NEW.deb OUTPUT_DIR      -> OUTPUT_DIR/frontdesk_<older>_amd64.deb
set -euo pipefail

new=$(realpath "${1:?usage: $0 NEW.deb OUTPUT_DIR}")
out=$(realpath -m "${2:?output dir}")
work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-older-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

version=$(dpkg-deb -f "$new" Version)
older="${version%-*}~older-${version##*-}"
dpkg --compare-versions "$older" lt "$version" || { echo "make-older-deb: $older does not sort before $version" >&2; exit 1; }

dpkg-deb -R "$new" "$work/pkg"
sed -i "s/^Version: .*/Version: $older/" "$work/pkg/DEBIAN/control"
marker=usr/share/doc/frontdesk/only-in-the-older-package
mkdir -p "$work/pkg/$(dirname "$marker")"
echo "Shipped by the older package only: an upgrade must remove it." >"$work/pkg/$marker"
[ -f "$work/pkg/DEBIAN/md5sums" ] && (cd "$work/pkg" && md5sum "$marker" >>DEBIAN/md5sums)

mkdir -p "$out"
rm -f "$out"/frontdesk_*~older*.deb
dpkg-deb --root-owner-group -Zgzip -b "$work/pkg" "$out/frontdesk_${older}_amd64.deb" >/dev/null
echo "$out/frontdesk_${older}_amd64.deb"
