#!/usr/bin/env bash
# Builds everything and runs every test headless: offscreen Qt, a real Secret Service
# (gnome-keyring inside a private D-Bus session) and a fresh HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
BUILD=${BUILD_DIR:-build-test}
WERROR=OFF; [ "${CI:-}" = "true" ] && WERROR=ON
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTID_WERROR=$WERROR
cmake --build "$BUILD" --parallel "$(nproc)"
TEST_HOME=$(mktemp -d)
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME="$TEST_HOME" XDG_DATA_HOME="$TEST_HOME/.local/share" XDG_CONFIG_HOME="$TEST_HOME/.config" \
       XDG_CACHE_HOME="$TEST_HOME/.cache" QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash -c '
  echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cd "'"$BUILD"'" && ctest --output-on-failure --parallel "$(nproc)" "$@"' bash "$@"

# libFuzzer targets for the token parsers (Jwt, Jwks): a short run of each (clang from Debian;
# a visible SKIP where clang's libFuzzer is missing). FUZZ_SECONDS=0 leaves them out.
if [ "${FUZZ_SECONDS:-20}" != "0" ]; then
  FUZZ_SECONDS=${FUZZ_SECONDS:-20} FUZZ_BUILD_DIR="${FUZZ_BUILD_DIR:-$BUILD-fuzz}" \
    bash tests/fuzz/run-short.sh
fi
