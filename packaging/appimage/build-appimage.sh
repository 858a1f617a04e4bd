#!/usr/bin/env bash
# Builds FrontDesk-<version>-x86_64.AppImage from a configured and built FrontDesk build folder:
#   1. `cmake --install` into an AppDir (binary, .desktop entry, icons, metainfo);
#   2. Qt's runtime parts: plugins (platforms xcb+offscreen, xcb GL, image formats, TLS, SQL drivers, input
#      methods), QtWebEngineProcess with its .pak resources and Chromium locales, NSS modules;
#   3. every library those link (an ldd walk over all of them), minus the system's base set (excludelist);
#      RUNPATHs set with patchelf so the bundled copies are found without LD_LIBRARY_PATH;
#   4. qt.conf next to frontdesk and QtWebEngineProcess, AppRun (which refuses a system whose glibc is older
#      than the newest one the bundled binaries ask for), the .desktop entry and icon at the top;
#   5. a squashfs image (zstd) behind a type-2 runtime built here from Debian's static squashfuse/libfuse3.
#
#   packaging/appimage/build-appimage.sh BUILD_DIR [OUTPUT.AppImage]
# Environment: APPDIR=DIR keeps the assembled AppDir there (default: a temporary folder, removed).
set -euo pipefail

here=$(dirname "$(realpath "$0")")
build=$(realpath "${1:?usage: $0 BUILD_DIR [OUTPUT.AppImage]}")
for tool in patchelf mksquashfs cc strip pkg-config qtpaths6 ldd; do
    command -v "$tool" >/dev/null || { echo "build-appimage: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
app_id=$(sed -n 's/^FRONTDESK_APP_ID:INTERNAL=//p' "$build/CMakeCache.txt")
output=$(realpath -m "${2:-$build/FrontDesk-$version-x86_64.AppImage}")
work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-appimage.XXXXXX")
trap 'rm -rf "$work"' EXIT
appdir=${APPDIR:-$work/FrontDesk.AppDir}
rm -rf "$appdir"
mkdir -p "$appdir"
appdir=$(realpath "$appdir")

qt() { qtpaths6 --query "$1"; }
qt_plugins=$(qt QT_INSTALL_PLUGINS)
qt_libexecs=$(qt QT_INSTALL_LIBEXECS)
qt_data=$(qt QT_INSTALL_DATA)
qt_translations=$(qt QT_INSTALL_TRANSLATIONS)
step() { echo "--- $* ($SECONDS s)"; }

step "install FrontDesk $version into the AppDir"
DESTDIR=$appdir cmake --install "$build" --prefix /usr >/dev/null
usr=$appdir/usr

step "Qt plugins, QtWebEngineProcess, WebEngine resources and locales"
copy_plugins() { # copy_plugins GROUP [FILE...]: the whole group, or only the named plugins
    local group=$1
    shift
    [ -d "$qt_plugins/$group" ] || return 0
    mkdir -p "$usr/plugins/$group"
    if [ $# -eq 0 ]; then
        cp -L "$qt_plugins/$group"/*.so "$usr/plugins/$group/"
    else
        for file in "$@"; do cp -L "$qt_plugins/$group/$file" "$usr/plugins/$group/"; done
    fi
}
copy_plugins platforms libqxcb.so libqoffscreen.so libqminimal.so
copy_plugins xcbglintegrations
copy_plugins imageformats
copy_plugins iconengines
copy_plugins tls
copy_plugins sqldrivers
copy_plugins platforminputcontexts # ibus and compose: typing Hindi and Tamil
copy_plugins networkinformation

mkdir -p "$usr/libexec" "$usr/resources" "$usr/translations"
cp -L "$qt_libexecs/QtWebEngineProcess" "$usr/libexec/"
# Every file there: the .pak resources, ICU's data, and from Qt 6.8 on V8's startup snapshot
# (v8_context_snapshot.bin), without which every page's render process dies at its start.
find "$qt_data/resources" -maxdepth 1 \( -type f -o -type l \) -exec cp -L {} "$usr/resources/" \;
cp -rL "$qt_translations/qtwebengine_locales" "$usr/translations/"
# Qt's own translations for the UI languages FrontDesk offers (standard dialogs and buttons).
for language in hi ta; do
    for file in "$qt_translations"/qtbase_$language.qm "$qt_translations"/qtwebengine_$language.qm; do
        [ ! -e "$file" ] || cp -L "$file" "$usr/translations/"
    done
done

step "libraries: ldd over everything, minus the excludelist"
excluded=$(grep -v '^#' "$here/excludelist" | grep -v '^$')
mkdir -p "$usr/lib"
is_excluded() { grep -qxF "$1" <<<"$excluded"; }
bundle_libraries_of() { # every library an ELF file needs (ldd is transitive), copied into usr/lib
    local name path
    while read -r name path; do
        if [ "$path" = "not" ]; then
            echo "build-appimage: $1 needs $name, which is not installed" >&2
            exit 1
        fi
        is_excluded "$name" || [ -e "$usr/lib/$name" ] || cp -L "$path" "$usr/lib/$name"
    done < <(env -u LD_LIBRARY_PATH ldd "$1" | awk '$2 == "=>" { print $1, $3 }')
}
elves=("$usr/bin/frontdesk" "$usr/libexec/QtWebEngineProcess")
while IFS= read -r -d '' plugin; do elves+=("$plugin"); done < <(find "$usr/plugins" -name '*.so' -print0)
for elf in "${elves[@]}"; do bundle_libraries_of "$elf"; done
# Printing, when something links QtPrintSupport: its CUPS plugin is loaded at run time.
if [ -e "$usr/lib/libQt6PrintSupport.so.6" ]; then
    copy_plugins printsupport
    for plugin in "$usr/plugins/printsupport"/*.so; do bundle_libraries_of "$plugin"; done
fi
# NSS loads its crypto and trust modules at run time (Chromium verifies certificates with NSS).
if [ -e "$usr/lib/libnss3.so" ]; then
    nss_dir=$(dirname "$(env -u LD_LIBRARY_PATH ldd "$usr/bin/frontdesk" "$usr/libexec/QtWebEngineProcess" \
        | awk '$1 == "libnss3.so" { print $3; exit }')")
    for module in libsoftokn3.so libfreebl3.so libfreeblpriv3.so libnssckbi.so libnssdbm3.so; do
        for candidate in "$nss_dir/$module" "$nss_dir/nss/$module"; do
            if [ -e "$candidate" ]; then
                cp -L "$candidate" "$usr/lib/"
                bundle_libraries_of "$candidate"
                break
            fi
        done
    done
fi

step "strip debug information from FrontDesk's own binary, RUNPATHs"
strip --strip-unneeded "$usr/bin/frontdesk"
patchelf --set-rpath '$ORIGIN/../lib' "$usr/bin/frontdesk" "$usr/libexec/QtWebEngineProcess"
find "$usr/plugins" -name '*.so' -exec patchelf --set-rpath '$ORIGIN/../../lib' {} +
find "$usr/lib" -maxdepth 1 -name '*.so*' -type f -exec patchelf --set-rpath '$ORIGIN' {} +

step "qt.conf, AppRun, desktop entry, icon"
for dir in bin libexec; do
    cat >"$usr/$dir/qt.conf" <<'CONF'
# Qt finds its plugins, QtWebEngineProcess, WebEngine resources and translations inside the AppImage.
[Paths]
Prefix = ..
Libraries = lib
LibraryExecutables = libexec
Plugins = plugins
Data = .
Translations = translations
CONF
done
# The newest glibc any bundled program or library asks for is the image's floor (glibc is the system's, never
# bundled): AppRun refuses an older system in words instead of the loader's "GLIBC_2.xx not found".
glibc_needed=$(find "$appdir" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
        'for f; do objdump -T "$f" 2>/dev/null || true; done' sh {} + \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
[ -n "$glibc_needed" ] || { echo "build-appimage: found no glibc version the binaries need" >&2; exit 1; }
sed "s/@GLIBC_NEEDED@/$glibc_needed/" "$here/AppRun" >"$appdir/AppRun"
chmod 755 "$appdir/AppRun"
cp "$usr/share/applications/$app_id.desktop" "$appdir/"
cp "$usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/"
ln -sf "$app_id.png" "$appdir/.DirIcon"
echo "X-AppImage-Version=$version" >>"$appdir/$app_id.desktop"
echo "X-FrontDesk-Needs-Glibc=$glibc_needed" >>"$appdir/$app_id.desktop"

step "runtime"
cc -std=gnu11 -O2 -Wall -Wextra -Werror -static -o "$work/runtime" "$here/runtime/runtime.c" \
    $(pkg-config --cflags squashfuse_ll fuse3) \
    -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llzma -llz4 -llzo2 -lz -lpthread -ldl 2>"$work/runtime.log" \
    || { cat "$work/runtime.log" >&2; exit 1; }
strip "$work/runtime"

step "squashfs (zstd) and the AppImage"
mksquashfs "$appdir" "$work/image.squashfs" -root-owned -noappend -comp zstd -quiet -no-progress \
    -processors "$(nproc)" >/dev/null
cat "$work/runtime" "$work/image.squashfs" >"$output.part"
printf 'AI\002' | dd of="$output.part" bs=1 seek=8 conv=notrunc status=none # type-2 magic
chmod 755 "$output.part"
mv "$output.part" "$output"
echo "$output: $(du -h "$output" | cut -f1), $(find "$usr/lib" -name '*.so*' | wc -l) bundled libraries," \
    "Qt $(qtpaths6 --qt-query QT_VERSION), needs glibc >= $glibc_needed (built on $(. /etc/os-release && echo "$PRETTY_NAME"))"
step "done"
