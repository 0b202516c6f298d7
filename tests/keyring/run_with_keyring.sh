#!/bin/sh
# Runs PROGRAM inside a private D-Bus session with an unlocked gnome-keyring; the keyring files go
# to a temporary folder and nothing is left behind.
#   run_with_keyring.sh [--no-keyring] PROGRAM [ARGS...]
set -e
mode=keyring
if [ "$1" = "--no-keyring" ]; then mode=none; shift; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run" "$tmp/data" "$tmp/home"
export XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" HOME="$tmp/home"
unset DISPLAY   # a locked keyring with a display would wait for a password prompt
if [ "$mode" = none ]; then
  # A session bus that offers no Secret Service at all.
  sed '/<standard_session_servicedirs/d' /usr/share/dbus-1/session.conf > "$tmp/bare.conf"
  exec dbus-run-session --config-file="$tmp/bare.conf" -- "$@" -nocrashhandler
fi
exec dbus-run-session -- sh -c '
  printf %s "test-keyring-pw" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
