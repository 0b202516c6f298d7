#!/usr/bin/env bash
# Configures (once) and builds G2P Desk into build/ (or $G2P_BUILD_DIR). Fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${G2P_BUILD_DIR:-build}"
BUILD_TYPE="${G2P_BUILD_TYPE:-RelWithDebInfo}"
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "$@" >/dev/null
fi
cmake --build "$BUILD_DIR" -j "${G2P_JOBS:-2}"
