#!/usr/bin/env bash
# Starts a seeded sandbox and G2P Desk under Xvfb and saves a screenshot of each main screen into
# docs/screenshots/ (or the folder given). Navigation is by mouse clicks and typing, through XTEST.
#   scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh >/dev/null
OUT="$(realpath -m "${1:-docs/screenshots}")"
mkdir -p "$OUT"
B="${G2P_BUILD_DIR:-build}"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
"$B/sandbox/g2p-sandbox" --db "$work/demo.sqlite" --seed 3000 >"$work/url" 2>"$work/sandbox.log" &
for _ in $(seq 1 300); do [[ -s "$work/url" ]] && break; sleep 0.1; done
URL=$(head -n1 "$work/url")
export G2P_PASSWORD=demo
# A registrant with memberships in several states, for the pane and its history.
RID=$("$B/app/g2p-desk-cli" --server "$URL" --user demo --json memberships --program 1 --state paused --limit 1 |
      sed -n 's/.*"registrant_id": *\([0-9][0-9]*\).*/\1/p' | head -n1)

cat >"$work/session.sh" <<INNER
set -e
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "\$HOME" "\$XDG_CONFIG_HOME" "\$XDG_RUNTIME_DIR"; chmod 700 "\$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
shot() { sleep "\$2"; import -window root "$OUT/\$1.png"; }
click() { xdotool mousemove "\$1" "\$2" click 1; }

# A change the server refused (an unknown registrant) waits in the profile's outbox with its words.
printf '99999999\n' >"$work/unknown.csv"
"$B/app/g2p-desk-cli" --server "$URL" --user demo enroll --program 1 --registrants "$work/unknown.csv" >/dev/null 2>&1 || true

# The connection dialog, filled in.
G2P_PASSWORD= "$B/app/g2p-desk" >/dev/null 2>&1 & app=\$!
sleep 2.5
xdotool type --delay 15 "$URL"; xdotool key Tab; xdotool type --delay 15 "demo"; xdotool key Tab; xdotool type "demo"
shot connect 0.5
kill \$app; wait \$app 2>/dev/null || true

# The start page (the window opens on it): after the other screens, so it lists what they opened.
"$B/app/g2p-desk" --server "$URL" --user demo --section individuals >/dev/null 2>&1 & app=\$!
sleep 3
click 500 62; xdotool type --delay 30 "santos"
shot individuals 2.5
click 500 62; xdotool key ctrl+a; xdotool type --delay 30 "$RID"; xdotool key Return
shot registrant 2.5
xdotool key Return ctrl+h
shot history 2.5
click 1068 566
click 30 103; sleep 1; click 500 62; xdotool type --delay 30 "household"
shot groups 2.5
click 30 125
shot programs 3
xdotool key alt+t
shot programs-over-time 3
xdotool key alt+s
# Bulk edit: load the first program's members, pause one row and mistype a date in another.
click 30 147; sleep 1
click 300 71; sleep 0.7; click 300 112; sleep 0.5
click 465 71; sleep 3
xdotool mousemove 666 166 click --repeat 2 1; sleep 0.7
xdotool type --delay 30 "Paused"; xdotool key Return; sleep 0.5
xdotool mousemove 766 210 click 1; xdotool type --delay 30 "31/02/2026"; xdotool key Return
shot bulk-edit 1.5
click 30 169; sleep 1; click 400 100
shot outbox 1.5
click 30 59
shot start 2
# Only the copies this script started are ended, by their id: an officer's own G2P Desk stays open.
kill \$app 2>/dev/null || true; wait \$app 2>/dev/null || true

# The same window in Arabic (right to left) and in French: the search box has the focus at start.
for lang in ar fr; do
  "$B/app/g2p-desk" --server "$URL" --user demo --language \$lang >/dev/null 2>&1 & app=\$!
  sleep 4
  xdotool type --delay 30 "santos"; xdotool key Return; sleep 2
  # The first result, then the Programs page: the section list is on the right in Arabic.
  if [ \$lang = ar ]; then click 900 137; else click 300 137; fi
  shot individuals-\$lang 2
  if [ \$lang = ar ]; then click 1250 125; sleep 1; click 1050 85; else click 30 125; sleep 1; click 300 85; fi
  shot programs-\$lang 3
  kill \$app 2>/dev/null || true; wait \$app 2>/dev/null || true
done
INNER
xvfb-run -a -s "-screen 0 1366x860x24" bash "$work/session.sh"
ls -1 "$OUT"/*.png
