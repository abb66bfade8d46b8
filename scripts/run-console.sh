#!/usr/bin/env bash
# Builds (Release) and starts the console connected to a freshly started sandbox with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
BUILD=${BUILD_DIR:-build-release}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTID_BUILD_TESTS=OFF
cmake --build "$BUILD" --parallel "$(nproc)"
exec "$BUILD/app/thunderid-console" --sandbox "$@"
