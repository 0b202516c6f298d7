#!/usr/bin/env bash
# tokens_per_day: access tokens an OpenSPP2 server (API v2) is asked for during a day of use by one
# profile — CALLS g2p-desk-cli calls (default 60: more than the 50 sign-ins a day the server allows
# an address) of the kinds an officer or a script makes. Ours ("g2p_spp2"): with a keyring, where
# the token is kept for its 24 hours and shared by every call and G2P Desk. Baseline in the same run
# ("no_token_cache_spp2"): the same calls with no keyring, one token each. The sandbox's limit is
# raised (--token-rate) so that the baseline can be counted; tokens are counted from its log.
#   bench/tokens_per_day.sh BUILD_DIR [CALLS]
set -euo pipefail
BUILD="$1"
CALLS="${2:-60}"
HERE="$(cd "$(dirname "$0")" && pwd)"
CLI="$BUILD/app/g2p-desk-cli"
tmp=$(mktemp -d)
"$BUILD/sandbox/g2p-sandbox" --seed 2000 --upstream-only --api-v2 --token-rate 1000:100000 --port 0 \
  >"$tmp/out" 2>"$tmp/log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 600); do
  [[ -s "$tmp/out" ]] && break
  kill -0 $pid 2>/dev/null || { cat "$tmp/log" >&2; exit 1; }
  sleep 0.1
done
URL=$(head -n1 "$tmp/out")
URL=${URL%/api/v1/registry}
tokens() { grep -c '^api v2: token [0-9]* issued' "$tmp/log" || true; }

# A day of calls: the kinds an officer or a script makes, in turn.
cat >"$tmp/day.sh" <<DAY
#!/usr/bin/env bash
export G2P_PASSWORD=demo
for i in \$(seq 1 $CALLS); do
  case \$((i % 4)) in
    0) "$CLI" --server "$URL" --user demo programs ;;
    1) "$CLI" --server "$URL" --user demo individual search "SANTOS" ;;
    2) "$CLI" --server "$URL" --user demo memberships --program "Cash Transfer Program" --limit 5 ;;
    3) "$CLI" --server "$URL" --user demo group search "a" ;;
  esac >/dev/null 2>>"$tmp/cli.err" || echo "call \$i failed" >&2
done
DAY
chmod +x "$tmp/day.sh"

before=$(tokens)
sh "$HERE/../tests/keyring/run_with_keyring.sh" "$tmp/day.sh"
ours=$(( $(tokens) - before ))
before=$(tokens)
DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent DISPLAY= "$tmp/day.sh"
baseline=$(( $(tokens) - before ))
printf '{"bench": "tokens_per_day", "impl": "g2p_spp2", "metric": "token_requests", "value": %d}\n' "$ours"
printf '{"bench": "tokens_per_day", "impl": "no_token_cache_spp2", "metric": "token_requests", "value": %d}\n' "$baseline"
printf '{"bench": "tokens_per_day", "impl": "g2p_spp2", "metric": "cli_calls", "value": %d}\n' "$CALLS"
