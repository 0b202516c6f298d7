#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest.
# Extra arguments go to ctest (e.g. scripts/test.sh -R codec).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
BUILD_DIR="${G2P_BUILD_DIR:-build}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${G2P_TEST_JOBS:-2}" --timeout 600 "$@"
# A full run also builds the installer packages from this build and checks them (lintian,
# desktop-file-validate, appstreamcli, contents, dependencies).
if [[ $# -eq 0 ]]; then
  G2P_PACKAGE_DIR="$BUILD_DIR" scripts/package.sh
fi
# A full run then builds everything again under AddressSanitizer and UndefinedBehaviorSanitizer
# (-O1, no debug info: minutes, not tens of minutes, on 2 cores) and runs every suite once more.
# G2P_SANITIZE=0 skips it; G2P_SANITIZE=1 runs it also with ctest arguments.
if [[ "${G2P_SANITIZE:-$([[ $# -eq 0 ]] && echo 1 || echo 0)}" == 1 ]]; then
  SAN_DIR="${G2P_SANITIZE_DIR:-build-asan}"
  if [[ ! -f "$SAN_DIR/build.ninja" ]]; then
    cmake -S . -B "$SAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1" -DG2P_SANITIZE=ON \
      -DG2P_BUILD_BENCH=OFF >/dev/null
  fi
  cmake --build "$SAN_DIR" -j "${G2P_JOBS:-2}"
  # Leaks are not checked (Qt keeps process-wide singletons to the end); every other report fails.
  ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$SAN_DIR" --output-on-failure -j "${G2P_TEST_JOBS:-2}" --timeout 900 \
    -E "translations_uptodate|scripts_kill_by_id_only" "$@"
fi
