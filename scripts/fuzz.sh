#!/usr/bin/env bash
# Builds a fuzzer with clang-14 (libFuzzer, ASan, UBSan) and runs it for a given time.
#   scripts/fuzz.sh [SECONDS] [decoder|tabular]     (default: 60 s, the API decoder)
# Seeds: the contract examples and tests/data/fuzz-seeds/ (decoder), tests/data/tabular-seeds/
# (CSV and XLSX readers). Crashes are written to build-fuzz/crashes/ and the run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
G2P_DEPS_EXTRA="clang-14 libclang-rt-14-dev" scripts/deps.sh
SECONDS_TO_RUN="${1:-60}"
TARGET="${2:-decoder}"
BUILD=build-fuzz
if [[ ! -f "$BUILD/build.ninja" ]]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DG2P_BUILD_FUZZ=ON -DG2P_BUILD_TESTS=OFF -DG2P_BUILD_BENCH=OFF -DG2P_WERROR=OFF >/dev/null
fi
cmake --build "$BUILD" --target "fuzz_$TARGET" -j "${G2P_JOBS:-2}"
corpus="$BUILD/corpus-$TARGET"
mkdir -p "$corpus" "$BUILD/crashes"
if [[ "$TARGET" == tabular ]]; then
  cp -n tests/data/tabular-seeds/* "$corpus/" 2>/dev/null || true
else
  cp -n tests/data/contract-examples/*.json "$corpus/" 2>/dev/null || true
  cp -n tests/data/fuzz-seeds/* "$corpus/" 2>/dev/null || true
fi
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
"$BUILD/fuzz/fuzz_$TARGET" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$BUILD/crashes/" -print_final_stats=1 "$corpus"
