#!/usr/bin/env bash
# Installs what is missing, builds, starts the sandbox seeded with demo data and opens G2P Desk
# connected to it (user demo, password demo). Without a display it gives a tour of g2p-desk-cli
# instead and keeps the sandbox running.
#   scripts/demo.sh            # the desktop app (or the CLI tour without a display)
#   scripts/demo.sh --cli      # the CLI tour, then keep the sandbox running until Ctrl+C
#   scripts/demo.sh --no-wait  # the CLI tour only, then stop
#   scripts/demo.sh --odoo     # the same on a stock OpenG2P 17 server (Odoo external API), found from
#                              # its plain address (combines with --cli / --no-wait)
#   scripts/demo.sh --spp2     # the same on an OpenSPP2 server (API v2: OAuth2 client demo, secret
#                              # demo; records named by identifiers), found from its plain address
#   G2P_DEMO_SIZE=100000 scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
BUILD_DIR="${G2P_BUILD_DIR:-build}"
SIZE="${G2P_DEMO_SIZE:-5000}"
DB="$BUILD_DIR/demo-$SIZE.sqlite"
SANDBOX="$BUILD_DIR/sandbox/g2p-sandbox"
CLI="$BUILD_DIR/app/g2p-desk-cli"

MODE=""
ODOO=0
SPP2=0
for arg in "$@"; do
  case "$arg" in
    --cli|--no-wait) MODE="$arg" ;;
    --odoo) ODOO=1 ;;
    --spp2) SPP2=1 ;;
    *) echo "usage: scripts/demo.sh [--cli|--no-wait] [--odoo|--spp2]" >&2; exit 2 ;;
  esac
done
EXTRA=()
# --odoo: a stock OpenG2P 17 server (upstream REST + Odoo's external API); G2P Desk is given the
# plain address and finds out what it speaks.
[[ $ODOO == 1 ]] && EXTRA=(--upstream-only)
# --spp2: OpenSPP2's API v2 face. The token endpoint allows more sign-ins than a real server's 5 a
# minute, so that the CLI tour also runs where no keyring keeps the token between calls.
[[ $SPP2 == 1 ]] && EXTRA=(--upstream-only --api-v2 --token-rate 100:1000)

log=$(mktemp)
"$SANDBOX" --db "$DB" --seed "$SIZE" "${EXTRA[@]}" >"$log.out" 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log" "$log.out"' EXIT
for _ in $(seq 1 600); do
  [[ -s "$log.out" ]] && break
  kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
URL=$(head -n1 "$log.out")
if [[ $ODOO == 1 ]]; then
  URL=${URL%/api/v1/registry}
  echo "Stock OpenG2P 17 sandbox (REST registry data + Odoo external API, database openg2p) with $SIZE demo individuals at $URL (user demo, password demo)"
elif [[ $SPP2 == 1 ]]; then
  URL=${URL%/api/v1/registry}
  echo "OpenSPP2 sandbox (API v2 at /api/v2/spp) with $SIZE demo individuals at $URL (API client demo, secret demo)"
else
  echo "Sandbox with $SIZE demo individuals at $URL (user demo, password demo)"
fi
echo

if [[ -z "$MODE" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
  echo "Starting G2P Desk; close its window to stop the sandbox."
  G2P_PASSWORD=demo "$BUILD_DIR/app/g2p-desk" --server "$URL" --user demo
  exit 0
fi
[[ -n "$MODE" ]] || echo "No display: here is a tour of g2p-desk-cli instead (scripts/screenshots.sh shows the app)."

export G2P_PASSWORD=demo
run() { echo "\$ g2p-desk-cli $*"; "$CLI" --server "$URL" --user demo "$@" || true; echo; }
run programs
run individual search "SANTOS, IN"
if [[ $SPP2 == 1 ]]; then
  # API v2 names records by identifiers: take them from --json output (key, registrant_key).
  json=$("$CLI" --server "$URL" --user demo --json memberships --program "Cash Transfer Program" \
           --state enrolled --limit 1 2>/dev/null || true)
  first=$(printf '%s\n' "$json" | sed -n 's/^ *"key": *"\(.*\)",*$/\1/p' | head -n1)
  who=$(printf '%s\n' "$json" | sed -n 's/^ *"registrant_key": *"\(.*\)",*$/\1/p' | head -n1)
  if [[ -n "$who" ]]; then
    run individual get "$who"
    run memberships --registrant "$who"
  fi
else
  run individual get 2
  run memberships --registrant 2
  first=$("$CLI" --server "$URL" --user demo --json memberships --program 1 --state enrolled --limit 1 | \
          sed -n 's/.*"id": *\([0-9][0-9]*\).*/\1/p' | head -n1)
fi
if [[ -n "$first" ]]; then
  run membership set "$first" --state paused --note "Demo: paused from the CLI"
  run history "$first"
fi

if [[ "$MODE" == "--no-wait" ]]; then
  exit 0
fi
echo "The sandbox keeps running at $URL; press Ctrl+C to stop it."
wait $pid
