#!/usr/bin/env bash
# Soak (not a test): thunderid-sandbox under a mixed load of every token flow (client
# credentials, authorization code + PKCE + refresh, token exchange and a refused widening, CIBA
# with the user's approval or denial, introspection, revocation) and the admin, approval, consent
# and audit calls, for SOAK_SECONDS (default 600), with resident memory and open file descriptors
# sampled every 10 s. Fails when either grows beyond its bound after the warm-up:
#   RSS_GROWTH_MB (default 12) and FD_GROWTH (default 16), from the first sample after WARMUP
#   seconds (default 60) to the last. The store is a --data directory, as a developer runs it.
#
#   bench/soak/run.sh [path/to/thunderid-sandbox]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SANDBOX=${1:-}
if [ -z "$SANDBOX" ]; then
  for candidate in "$ROOT/build-rel/sandbox/thunderid-sandbox" "$ROOT/build-test/sandbox/thunderid-sandbox" \
                   "$ROOT/build/sandbox/thunderid-sandbox"; do
    if [ -x "$candidate" ]; then SANDBOX=$candidate; break; fi
  done
fi
[ -x "${SANDBOX:-}" ] || { echo "no thunderid-sandbox binary; pass its path" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 2; }

WORK=$(mktemp -d)
SANDBOX_PID=
cleanup() {
  [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ADMIN_ID=soak-admin
ADMIN_SECRET=soak-admin-secret-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
THUNDERID_SANDBOX_KEY=$(head -c 32 /dev/urandom | base64 -w0) \
"$SANDBOX" --port 0 --data "$WORK/data" --quiet \
  --admin-client-id "$ADMIN_ID" --admin-client-secret "$ADMIN_SECRET" >"$WORK/ready" 2>"$WORK/stderr" &
SANDBOX_PID=$!
for _ in $(seq 1 300); do
  grep -q '"event":"ready"' "$WORK/ready" 2>/dev/null && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/stderr" >&2; exit 1; }
  sleep 0.1
done
BASE=$(sed -n 's/.*"baseUrl":"\([^"]*\)".*/\1/p' "$WORK/ready")
[ -n "$BASE" ] || { echo "the sandbox did not start" >&2; exit 1; }
echo "sandbox: $SANDBOX (pid $SANDBOX_PID) at $BASE, store in a --data directory"
echo "soak: ${SOAK_SECONDS:-600} s, ${WORKERS:-4} workers; bounds: RSS +${RSS_GROWTH_MB:-12} MB, fds +${FD_GROWTH:-16} after ${WARMUP:-60} s"
status=0
python3 "$HERE/soak.py" --base "$BASE" --pid "$SANDBOX_PID" --admin-id "$ADMIN_ID" \
  --admin-secret "$ADMIN_SECRET" --seconds "${SOAK_SECONDS:-600}" --workers "${WORKERS:-4}" \
  --warmup "${WARMUP:-60}" --rss-growth-mb "${RSS_GROWTH_MB:-12}" --fd-growth "${FD_GROWTH:-16}" \
  ${SOAK_CSV:+--csv "$SOAK_CSV"} || status=$?
if [ "$status" -ne 0 ] && [ -s "$WORK/stderr" ]; then # (the line with the generated password left out)
  echo "--- sandbox stderr (last lines)"; grep -v 'password' "$WORK/stderr" | tail -n 20
fi
exit $status
