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
