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

# The .deb: lintian-clean, installs with apt, runs, removes (scripts/package-test.sh).
bash scripts/package-test.sh "$BUILD"

# libFuzzer targets for the token parsers (Jwt, Jwks): a short run of each (clang from Debian;
# a visible SKIP where clang's libFuzzer is missing). FUZZ_SECONDS=0 leaves them out.
if [ "${FUZZ_SECONDS:-20}" != "0" ]; then
  FUZZ_SECONDS=${FUZZ_SECONDS:-20} FUZZ_BUILD_DIR="${FUZZ_BUILD_DIR:-$BUILD-fuzz}" \
    bash tests/fuzz/run-short.sh
fi

# The same tests again in a build with AddressSanitizer + UndefinedBehaviorSanitizer (every
# target, the sandbox the tests start included). Each sanitizer report goes to a file; any file
# fails the run, so a report from a child process is not lost either. SANITIZE=0 leaves it out.
if [ "${SANITIZE:-1}" != "0" ]; then
  SAN_BUILD=${SAN_BUILD_DIR:-$BUILD-asan}
  # -O1 -g1: line tables are all a sanitizer report needs; about half the compile time of -O2 -g.
  cmake -S . -B "$SAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTID_SANITIZE=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DTID_WERROR=$WERROR
  cmake --build "$SAN_BUILD" --parallel "$(nproc)"
  SAN_LOGS=$(mktemp -d)
  SAN_HOME=$(mktemp -d)
  trap 'rm -rf "$TEST_HOME" "$SAN_LOGS" "$SAN_HOME"' EXIT
  export HOME="$SAN_HOME" XDG_DATA_HOME="$SAN_HOME/.local/share" XDG_CONFIG_HOME="$SAN_HOME/.config" \
         XDG_CACHE_HOME="$SAN_HOME/.cache"
  # Leak checking is off (docs/hardening.md): at exit the reports are allocations that system
  # libraries keep for threads still alive (OpenSSL's per-thread error state in pool threads,
  # GLib and Qt text caches) with stacks cut short in libraries built without frame pointers, so
  # no suppression can tell them from ours. Memory errors and undefined behaviour stay fatal.
  # log_exe_name: a report's file names its program (asan.thunderid-sandbox.PID), so a report
  # from a child that a test then killed mid-report still says which program it came from.
  export ASAN_OPTIONS="log_path=$SAN_LOGS/asan:log_exe_name=1:detect_leaks=0:strict_string_checks=1:check_initialization_order=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="log_path=$SAN_LOGS/ubsan:log_exe_name=1:print_stacktrace=1:halt_on_error=1"
  san_status=0
  dbus-run-session -- bash -c '
    echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "'"$SAN_BUILD"'" && ctest --output-on-failure --parallel "$(nproc)" "$@"' bash "$@" \
    || san_status=$?
  if compgen -G "$SAN_LOGS/*" >/dev/null; then
    echo "FAIL: sanitizer reports:"
    for f in "$SAN_LOGS"/*; do echo "--- $f"; head -n 60 "$f"; done
    san_status=1
  fi
  [ "$san_status" -eq 0 ] && echo "OK: the tests passed under AddressSanitizer + UBSan, no reports."
  exit "$san_status"
fi
