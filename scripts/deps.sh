#!/usr/bin/env bash
# Installs the Debian 12 packages G2P Desk needs to build, test and demo. Idempotent: does nothing
# (and needs no network) when everything is already there.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # Qt 6.4 and libraries (qt6-websockets-dev: hidden dependency of Qt6HttpServer's CMake config)
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  # the refresh's bulk writes on the driver's own SQLite handle (store/sqlitestatement.h)
  libsqlite3-dev
  # Qt Charts (its CMake config needs Qt6OpenGL, which Debian does not pull in), SVG icons
  qt6-charts-dev libqt6opengl6-dev libqt6svg6
  libsimdjson-dev
  # spreadsheets: XLSX read and written over QuaZip
  libquazip1-qt6-dev
  # tests: TLS certificates, keyring, virtual display
  openssl ca-certificates dbus gnome-keyring xvfb xauth
  # screenshots of the real app under Xvfb
  imagemagick xdotool
  # a screen reader's view (tests/atspi): the AT-SPI bus, pyatspi, a window manager that gives
  # new windows the keyboard
  at-spi2-core python3-pyatspi openbox
  # translations check; Qt's own translations for standard dialogs
  python3 qt6-translations-l10n
  # spreadsheets made and read by other programs (tests): LibreOffice Calc, openpyxl
  libreoffice-calc-nogui python3-openpyxl
  # printed reports read back as text (tests): pdftotext
  poppler-utils
  # packages: CPack DEB (dpkg-shlibdeps, file), checks, icons
  dpkg-dev file fakeroot lintian desktop-file-utils appstream librsvg2-bin
)
if [[ "${G2P_DEPS_EXTRA:-}" != "" ]]; then
  read -r -a extra <<<"$G2P_DEPS_EXTRA"
  PACKAGES+=("${extra[@]}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "deps.sh: missing packages (${missing[*]}) and not root; install them or run as root" >&2
    exit 1
  fi
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
