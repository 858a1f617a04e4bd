# Sourced by the scripts that work in a debootstrapped Debian: scripts/test-debian13.sh (the Debian 13 build and
# tests) and packaging/deb/check-in-debootstrap.sh (a DEB installed in a fresh system). One way to make, enter
# and leave such a tree. The caller sets `root` (the tree's folder) before calling in_root or the mounts.

# debian_tree_require NAME: root and the tools, or a message naming the script and what is missing.
debian_tree_require() {
    local name=$1 tool
    if [ "$(id -u)" != 0 ]; then
        echo "$name: needs root (debootstrap, chroot and mounts)" >&2
        exit 1
    fi
    for tool in debootstrap unshare chroot; do
        command -v "$tool" >/dev/null || { echo "$name: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
    done
}

# debian_tree_bootstrap SUITE MIRROR LOG [CACHE_DIR]: a minbase system in $root; on failure the log's tail.
debian_tree_bootstrap() {
    local suite=$1 mirror=$2 log=$3 cache=${4:-}
    local cache_args=()
    if [ -n "$cache" ]; then
        mkdir -p "$cache"
        cache_args=(--cache-dir="$(realpath "$cache")")
    fi
    if ! debootstrap --variant=minbase "${cache_args[@]}" "$suite" "$root" "$mirror" >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        echo "debootstrap $suite failed" >&2
        return 1
    fi
}

# debian_tree_enter SUITE MIRROR: the kernel's file systems mounted in $root (the caller runs in a private mount
# namespace, so they go with it), the host's DNS, and apt pointed at the release with its point releases and
# security updates, as on an installed Debian.
debian_tree_enter() {
    local suite=$1 mirror=$2
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --bind /dev "$root/dev"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
    mount -t tmpfs tmpfs "$root/dev/shm" # Chromium's shared memory
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${mirror%/debian}/debian-security $suite-security main
SOURCES
}

# debian_tree_leave [EXTRA_MOUNT...]: unmounts what debian_tree_enter mounted, and the extra mount points given
# (relative to $root), first.
debian_tree_leave() {
    local m
    for m in "$@" dev/shm dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
}

# in_root COMMAND...: runs a command in the tree with a clean environment.
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb "$@"
}

# debian_tree_apt_install LOG PACKAGE...: with their dependencies and without recommends, as IT would; the log's
# tail on failure, the download and disk figures on success.
debian_tree_apt_install() {
    local log=$1
    shift
    if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" \
            >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "apt could not install $*" >&2
        return 1
    fi
    grep -E "^(Need to get|After this operation)" "$log" || true
}
