#!/usr/bin/env bash
# Builds the installer packages (CPack: .deb and .tar.gz) in Release into build-release/ and checks
# them: lintian (no error, no warning), desktop-file-validate, appstreamcli validate, the .deb's
# dependencies (shlibdeps found the Qt libraries; the plugins' packages are listed), and its
# contents (three programs, desktop file, metainfo, icons, man pages, copyright, changelog).
#   scripts/package.sh            → build-release/g2p-desk_VERSION_amd64.deb, g2p-desk-VERSION-Linux.tar.gz
#   G2P_PACKAGE_DIR=build scripts/package.sh   packages an existing build (scripts/test.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
ROOT=$(pwd)
PKG_DIR="${G2P_PACKAGE_DIR:-build-release}"
if [[ "$PKG_DIR" == build-release ]]; then
  G2P_BUILD_DIR=build-release G2P_BUILD_TYPE=Release scripts/build.sh >/dev/null
fi
cd "$PKG_DIR"
rm -f g2p-desk_*.deb g2p-desk-*.tar.gz
cpack >/dev/null
deb=$(ls g2p-desk_*_amd64.deb)
tgz=$(ls g2p-desk-*-Linux.tar.gz)
echo "package.sh: built $deb and $tgz"

fail() { echo "package.sh: $*" >&2; exit 1; }
contents=$(dpkg -c "$deb")
for f in usr/bin/g2p-desk usr/bin/g2p-desk-cli usr/bin/g2p-sandbox \
         usr/share/applications/org.example.g2pdesk.desktop usr/share/metainfo/org.example.g2pdesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.example.g2pdesk.svg \
         usr/share/icons/hicolor/48x48/apps/org.example.g2pdesk.png \
         usr/share/man/man1/g2p-desk.1.gz usr/share/man/man1/g2p-desk-cli.1.gz usr/share/man/man1/g2p-sandbox.1.gz \
         usr/share/doc/g2p-desk/copyright usr/share/doc/g2p-desk/changelog.gz; do
  grep -q "\./$f\$" <<<"$contents" || fail "$deb lacks /$f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libssl3; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d (dpkg-shlibdeps missing?): $depends"
done
echo "package.sh: Depends: $depends"
desktop-file-validate "$ROOT/packaging/org.example.g2pdesk.desktop"
appstreamcli validate --no-net --pedantic "$ROOT/packaging/org.example.g2pdesk.metainfo.xml"
# lintian: errors and warnings fail the check (run as root, it says that is not recommended).
lintian --fail-on error,warning "$deb"
echo "package.sh: lintian, desktop-file-validate and appstreamcli are clean"
