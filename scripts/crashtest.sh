#!/usr/bin/env bash
# The full crash test of the outbox (issue 5): a child enrols and exits N registrants (default
# 10,000) through the outbox against a sandbox failing one request in ten (--fail-rate 0.1), is
# killed with SIGKILL at three random moments and restarted each time; at the end the server must
# hold exactly the intended state (one membership each, enrolled once, exited once) and the outbox
# must be empty. CI runs the same test with N=100 (tst_outbox_sync).
#   scripts/crashtest.sh [N]          G2P_CRASH_SEED=S repeats a run's kill moments
#   scripts/crashtest.sh N odoo       the same over Odoo's external API (a stock OpenG2P 17 sandbox)
#   scripts/crashtest.sh N spp2       the same over OpenSPP2's API v2 (one POST a membership)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh >/dev/null
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$(mktemp -d)"
row=":rest"
[[ "${2:-}" == "odoo" ]] && row=":odoo"
[[ "${2:-}" == "spp2" ]] && row=":spp2"
G2P_CRASH_N="${1:-10000}" build/tests/tst_outbox_sync "killedSenderLosesNothingAndDoublesNothing$row" \
  2>&1 | grep -v 'g2p.api: .* retry '
