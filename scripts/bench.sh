#!/usr/bin/env bash
# Builds in Release (build-release/) and runs one or all benchmarks. Each prints JSON lines:
#   {"bench": NAME, "impl": WHAT, "metric": METRIC, "value": NUMBER}
# with the baseline and ours as separate lines of the same run. Benchmarks never fail on time.
#   scripts/bench.sh                      # all
#   scripts/bench.sh decode_100k          # one (decode_100k, sandbox_get_individual, sandbox_batch_enroll_1000,
#                                         #      table_1m, tabular_100k, grid_paste_10k_x5,
#                                         #      bulk_enroll_10k_50ms, outbox_commit, cache_open_1m,
#                                         #      cache_refresh, cache_refresh_odoo (with
#                                         #      refresh_incremental_ms), bulk_enroll_odoo,
#                                         #      bulk_enroll_spp2, cache_refresh_spp2, tokens_spp2,
#                                         #      registry_1m: sync_1m, refresh_incremental_1m,
#                                         #      startup_1m, memory_1m, ui_stall)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
G2P_BUILD_DIR=build-release G2P_BUILD_TYPE=Release scripts/build.sh >/dev/null
B=build-release/bench
want="${1:-all}"
case "$want" in
  all)
    "$B/decode_100k"
    "$B/sandbox_requests" --sandbox build-release/sandbox/g2p-sandbox
    "$B/table_1m"
    "$B/tabular_100k"
    "$B/grid_paste"
    "$B/bulk_enroll" --sandbox build-release/sandbox/g2p-sandbox
    "$B/outbox_commit" --dir build-release
    "$B/cache_open_1m" --dir build-release
    "$B/cache_refresh" --sandbox build-release/sandbox/g2p-sandbox --dir build-release
    "$B/cache_refresh" --sandbox build-release/sandbox/g2p-sandbox --dir build-release --backend odoo --count 100000
    "$B/bulk_enroll" --sandbox build-release/sandbox/g2p-sandbox --backend odoo --sequential 500
    "$B/bulk_enroll" --sandbox build-release/sandbox/g2p-sandbox --backend spp2 --sequential 500
    "$B/cache_refresh" --sandbox build-release/sandbox/g2p-sandbox --dir build-release --backend spp2 --count 20000
    bench/tokens_per_day.sh build-release
    "$B/registry_1m" --sandbox build-release/sandbox/g2p-sandbox --desk build-release/app/g2p-desk \
      --ui-stall "$B/ui_stall" --dir build-release
    ;;
  registry_1m|sync_1m|refresh_incremental_1m|startup_1m|memory_1m|ui_stall)
    # A million registrants end to end (about 20 minutes here; G2P_BENCH_COUNT=N for fewer,
    # G2P_BENCH_KEEP=1 keeps the registry and profiles to trace by hand): the
    # sandbox seeded into a file, the sync against an older server over the same file, the 1%
    # refresh, five g2p-desk starts on the million-row copy (offscreen when there is no display), then
    # the real window typing a search, importing a 100,000-line sheet and sending 10,000 enrolments.
    "$B/registry_1m" --sandbox build-release/sandbox/g2p-sandbox --desk build-release/app/g2p-desk \
      --ui-stall "$B/ui_stall" --dir build-release --count "${G2P_BENCH_COUNT:-1000000}" \
      ${G2P_BENCH_KEEP:+--keep} ;;
  bulk_enroll_spp2)
    # Over OpenSPP2's API v2: one POST a membership, 8 on the wire; the sequential baseline (a program
    # read and a POST each) is a 500 sample; "latency_bound_spp2" is the best a window of 8 allows.
    "$B/bulk_enroll" --sandbox build-release/sandbox/g2p-sandbox --backend spp2 --sequential 500 ;;
  cache_refresh_spp2)
    # Over API v2, 20,000 individuals; then 1% changed (through the sandbox's Odoo face) and refreshed.
    "$B/cache_refresh" --sandbox build-release/sandbox/g2p-sandbox --dir build-release --backend spp2 --count 20000 ;;
  tokens_spp2|tokens_per_day)
    # Access tokens asked of an API v2 server by 60 CLI calls: with the keyring, and without (baseline).
    bench/tokens_per_day.sh build-release ;;
  cache_refresh_odoo|refresh_incremental_ms)
    # Over Odoo's external API (a stock OpenG2P 17 sandbox), 100,000 individuals; then 1% changed.
    "$B/cache_refresh" --sandbox build-release/sandbox/g2p-sandbox --dir build-release --backend odoo --count 100000 ;;
  bulk_enroll_odoo)
    # Over Odoo's external API; the sequential baseline (six requests an enrolment) is a 500 sample.
    "$B/bulk_enroll" --sandbox build-release/sandbox/g2p-sandbox --backend odoo --sequential 500 ;;
  cache_refresh)
    "$B/cache_refresh" --sandbox build-release/sandbox/g2p-sandbox --dir build-release ;;
  cache_open_1m|cache_fill)
    "$B/cache_open_1m" --dir build-release ;;
  outbox_commit)
    "$B/outbox_commit" --dir build-release ;;
  bulk_enroll_10k_50ms)
    # The sequential baseline alone takes about nine minutes; G2P_BENCH_QUICK=1 times 500 of it.
    "$B/bulk_enroll" --sandbox build-release/sandbox/g2p-sandbox ${G2P_BENCH_QUICK:+--sequential 500} ;;
  grid_paste_10k_x5)
    "$B/grid_paste" ;;
  tabular_100k)
    "$B/tabular_100k" ;;
  table_1m)
    "$B/table_1m" ;;
  decode_100k)
    "$B/decode_100k" ;;
  sandbox_get_individual|sandbox_batch_enroll_1000)
    "$B/sandbox_requests" --sandbox build-release/sandbox/g2p-sandbox | grep "\"$want\"" ;;
  *)
    echo "bench.sh: unknown benchmark '$want' (decode_100k, sandbox_get_individual, sandbox_batch_enroll_1000, table_1m, tabular_100k, grid_paste_10k_x5, bulk_enroll_10k_50ms, bulk_enroll_odoo, bulk_enroll_spp2, outbox_commit, cache_open_1m, cache_refresh, cache_refresh_odoo, cache_refresh_spp2, tokens_spp2, registry_1m)" >&2
    exit 2 ;;
esac
