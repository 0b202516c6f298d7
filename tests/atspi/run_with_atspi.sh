#!/bin/sh
# Runs PROGRAM where a screen reader's user meets G2P Desk: an X server (Xvfb, 1366×768), a window
# manager (openbox: it gives new windows the keyboard), a private D-Bus session with an unlocked
# keyring and the accessibility bus (at-spi2-core). Everything started here is ended here, by id;
# the temporary home, keyring and runtime folders are removed.
#   run_with_atspi.sh PROGRAM [ARGS...]
# When a tool is missing, PROGRAM runs anyway with G2P_ATSPI_MISSING naming it (the test skips).
set -e
missing=""
for tool in Xvfb openbox dbus-run-session dbus-send xdotool gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -x /usr/libexec/at-spi-bus-launcher ] || missing="$missing at-spi2-core"
if [ -n "$missing" ]; then
  G2P_ATSPI_MISSING="$missing" exec "$@"
fi

tmp=$(mktemp -d)
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
mkdir -m 700 "$tmp/run" "$tmp/home"
export XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME

# A free display number, chosen by Xvfb itself.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
i=0
while [ ! -s "$tmp/display" ]; do
  i=$((i + 1))
  if [ $i -gt 300 ] || ! kill -0 "$xvfb" 2>/dev/null; then
    echo "run_with_atspi.sh: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1
  fi
  sleep 0.1
done
export DISPLAY=":$(cat "$tmp/display")"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
unset QT_QPA_PLATFORM

dbus-run-session -- sh -c '
  set -e
  printf %s "test-keyring-pw" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  openbox --sm-disable >"$HOME/openbox.log" 2>&1 &
  wm=$!
  # openbox is ready when it says which desktop is current (EWMH).
  i=0
  until xdotool get_desktop >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -gt 300 ] && { echo "openbox did not start" >&2; exit 1; }
    sleep 0.1
  done
  # The accessibility bus first: an application started before it never appears on it.
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null
  status=0
  "$@" || status=$?
  kill "$wm" 2>/dev/null || true
  exit $status' sh "$@"
