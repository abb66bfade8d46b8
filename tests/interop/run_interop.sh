#!/usr/bin/env bash
# Interoperability test: npm `openid-client` and `jose` against a real thunderid-sandbox.
# Usage: run_interop.sh <path of thunderid-sandbox> <cache directory for node_modules>
# Exit codes: 0 pass, 1 fail, 77 skipped (no node/npm, or the npm registry is unreachable) —
# registered in ctest with SKIP_RETURN_CODE 77, so a skip is reported as such, visibly.
set -u
SANDBOX=${1:?sandbox binary}
CACHE=${2:?cache directory}
HERE=$(cd "$(dirname "$0")" && pwd)
SKIP=77

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIP: node and npm are not installed; the openid-client/jose interoperability test did not run"
  exit $SKIP
fi

mkdir -p "$CACHE"
cp "$HERE/interop.mjs" "$CACHE/interop.mjs"
if ! cmp -s "$HERE/package.json" "$CACHE/package.json" ||
   [ ! -d "$CACHE/node_modules/openid-client" ] || [ ! -d "$CACHE/node_modules/jose" ]; then
  cp "$HERE/package.json" "$CACHE/package.json"
  echo "installing openid-client and jose into $CACHE"
  if ! (cd "$CACHE" && timeout 300 npm install --no-audit --no-fund --loglevel=error); then
    if ! timeout 30 npm ping >/dev/null 2>&1; then
      rm -f "$CACHE/package.json" # retry the install next time
      echo "SKIP: the npm registry is unreachable; the openid-client/jose interoperability test did not run"
      exit $SKIP
    fi
    echo "FAIL: npm install failed although the registry answers"
    exit 1
  fi
fi

cd "$CACHE" && exec node interop.mjs "$SANDBOX"
