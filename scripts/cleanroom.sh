#!/usr/bin/env bash
# The clean-room proof of the .deb: a fresh `debootstrap --variant=minbase` Debian 12, the package
# installed with apt (its declared dependencies only), then in there: `g2p-desk --version`, the
# packaged g2p-sandbox with g2p-desk-cli talking to it, and G2P Desk itself on a host Xvfb,
# screenshotted to build-release/cleanroom.png. Needs root (debootstrap, chroot, mount) and the
# Debian mirror; takes about 4 minutes.
#   scripts/cleanroom.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $(id -u) -eq 0 ]] || { echo "cleanroom.sh: run as root (debootstrap, chroot, mount)" >&2; exit 2; }
G2P_DEPS_EXTRA="debootstrap" scripts/deps.sh
scripts/package.sh
deb=$(ls build-release/g2p-desk_*_amd64.deb)
root=$(mktemp -d /var/tmp/g2p-cleanroom.XXXXXX)
mirror=$( (grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
           grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}') | grep -v security | head -n1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
xvfb=""
# The processes running inside the chroot (minbase has no procps: look from the host).
inside() {
  for p in $(pgrep -x "$1" || true); do
    [[ "$(readlink "/proc/$p/root")" == "$root" ]] && echo "$p"
  done
}
cleanup() {
  [[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null || true
  for p in $(inside g2p-desk) $(inside g2p-sandbox); do kill "$p" 2>/dev/null || true; done
  sleep 0.5
  umount -l "$root/tmp/.X11-unix" 2>/dev/null || true
  umount -l "$root/proc" 2>/dev/null || true
  rm -rf "$root" "$root.log" "$root.apt.log"
}
trap cleanup EXIT

echo "cleanroom.sh: debootstrap bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 || { tail -20 "$root.log"; exit 1; }
mount -t proc proc "$root/proc"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"
echo "cleanroom.sh: installing $(basename "$deb") with its dependencies"
chroot "$root" apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" >"$root.apt.log" 2>&1 ||
  { tail -20 "$root.apt.log"; exit 1; }
grep -E "newly installed" "$root.apt.log" || true

echo "cleanroom.sh: g2p-desk --version"
chroot "$root" g2p-desk --version
echo "cleanroom.sh: g2p-desk-cli against the packaged g2p-sandbox"
chroot "$root" sh -c 'g2p-sandbox --seed 200 --port 0 >/tmp/sandbox.url 2>/tmp/sandbox.log &'
for _ in $(seq 1 100); do [[ -s "$root/tmp/sandbox.url" ]] && break; sleep 0.2; done
url=$(head -n1 "$root/tmp/sandbox.url")
[[ -n "$url" ]] || { cat "$root/tmp/sandbox.log"; exit 1; }
chroot "$root" env G2P_PASSWORD=demo g2p-desk-cli --server "$url" --user demo programs

echo "cleanroom.sh: G2P Desk on a host Xvfb"
Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
chroot "$root" sh -c "mkdir -p /tmp/run && chmod 700 /tmp/run && XDG_RUNTIME_DIR=/tmp/run DISPLAY=:77 \
  G2P_PASSWORD=demo g2p-desk --server '$url' --user demo >/tmp/desk.log 2>&1 &"
sleep 8
DISPLAY=:77 import -window root build-release/cleanroom.png
[[ -n "$(inside g2p-desk)" ]] || { cat "$root/tmp/desk.log"; echo "cleanroom.sh: g2p-desk is not running" >&2; exit 1; }
echo "cleanroom.sh: passed; screenshot in build-release/cleanroom.png"
