#!/usr/bin/env bash
# A Debian trixie chroot with GIMP 3, for the end-to-end tests of the GIMP plug-in.
#
#   gimp_chroot.sh build  ROOT   debootstrap ROOT and install GIMP 3 (skipped when ROOT is ready)
#   gimp_chroot.sh mount  ROOT   mount /proc and /dev inside ROOT (GIMP needs both)
#   gimp_chroot.sh umount ROOT   unmount everything below ROOT (safe to call twice)
#   gimp_chroot.sh run    ROOT CMD...   run CMD inside ROOT with a clean environment
#
# The host's Debian (bookworm) ships only GIMP 2.10, whose plug-ins are Python 2; trixie ships
# GIMP 3. Loopback is shared with the host, so the plug-in reaches a daemon started on the host.
# Must run as root.
set -euo pipefail

MIRROR="${EASEL_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# GIMP with its Python plug-in support; Xvfb, xdotool and D-Bus to drive the plug-in's window.
PACKAGES="gimp python3 python3-gi gir1.2-gimp-3.0 gir1.2-gegl-0.4 xvfb xauth xdotool dbus-daemon"
READY=".easel-gimp-ready"   # written last, holds $PACKAGES: a chroot without it is half-built

die() { echo "gimp_chroot.sh: $*" >&2; exit 2; }

build() {
    local root=$1
    if [[ -e "$root/$READY" ]]; then
        if [[ "$(cat "$root/$READY")" == "$PACKAGES" ]]; then
            echo "GIMP chroot already built: $root"
        else                        # built by an older version of this script: top it up
            mount_all "$root"
            trap "umount_all '$root'" EXIT
            install_packages "$root"
        fi
        return
    fi
    command -v debootstrap >/dev/null || {
        apt-get -o DPkg::Lock::Timeout=900 update -qq
        apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends debootstrap
    }
    rm -rf "$root"                  # a half-built chroot from an interrupted run
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase trixie "$root" "$MIRROR"
    mount_all "$root"
    trap "umount_all '$root'" EXIT   # also when a step fails (set -e exits)
    install_packages "$root"
}

install_packages() {
    local root=$1
    run "$root" sh -c "apt-get -o DPkg::Lock::Timeout=900 update -qq && apt-get -o \
        DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends $PACKAGES && apt-get clean"
    run "$root" gimp-console-3.0 --version
    echo "$PACKAGES" > "$root/$READY"
}

mount_all() {
    local root=$1
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
    if ! mountpoint -q "$root/dev"; then
        mount --rbind /dev "$root/dev"
        mount --make-rslave "$root/dev"
    fi
}

umount_all() {
    local root=$1
    if mountpoint -q "$root/dev"; then umount -R "$root/dev" || umount -lR "$root/dev"; fi
    if mountpoint -q "$root/proc"; then umount "$root/proc" || umount -l "$root/proc"; fi
}

run() {
    local root=$1; shift
    # env -i: the host's PATH and Python variables must not leak into the chroot's GIMP.
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

[[ $# -ge 2 ]] || die "usage: gimp_chroot.sh build|mount|umount|run ROOT [CMD...]"
[[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap, mount and chroot need it)"
action=$1 root=$2; shift 2
case "$action" in
    build) build "$root" ;;
    mount) mount_all "$root" ;;
    umount) umount_all "$root" ;;
    run) run "$root" "$@" ;;
    *) die "unknown action '$action'" ;;
esac
