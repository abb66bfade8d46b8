#!/usr/bin/env bash
# Benchmark (not a test): client_credentials tokens per second on the sandbox's token endpoint
# under wrk over loopback, beside the machine's raw ECDSA P-256 signing rate
# (`openssl speed ecdsap256`, the physical limit of an ES256 issuer) measured in the same run.
#
#   bench/token/run.sh [path/to/thunderid-sandbox]
#
# Defaults: the Release build in build-rel/ (or build/), 2 wrk threads, 8 connections, 10 s
# after a 2 s warm-up. Override with THREADS, CONNECTIONS, DURATION. Needs wrk (apt-get install
# wrk), openssl and curl. Each token request is a full one: form parsing, client authentication
# (salted PBKDF2 of the secret), scope computation from roles, ES256 signing, the audit record.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SANDBOX=${1:-}
if [ -z "$SANDBOX" ]; then
  for candidate in "$ROOT/build-rel/sandbox/thunderid-sandbox" "$ROOT/build/sandbox/thunderid-sandbox"; do
    if [ -x "$candidate" ]; then SANDBOX=$candidate; break; fi
  done
fi
[ -x "${SANDBOX:-}" ] || { echo "no thunderid-sandbox binary; pass its path" >&2; exit 2; }
for tool in wrk openssl curl; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 2; }
done
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-10s}

WORK=$(mktemp -d)
SANDBOX_PID=
cleanup() {
  [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ADMIN_ID=bench-admin
ADMIN_SECRET=bench-admin-secret-0123456789abcdef
"$SANDBOX" --port 0 --in-memory --quiet --seed demo \
  --admin-client-id "$ADMIN_ID" --admin-client-secret "$ADMIN_SECRET" >"$WORK/ready" 2>"$WORK/stderr" &
SANDBOX_PID=$!
for _ in $(seq 1 300); do
  grep -q '"event":"ready"' "$WORK/ready" 2>/dev/null && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/stderr" >&2; exit 1; }
  sleep 0.1
done
BASE=$(sed -n 's/.*"baseUrl":"\([^"]*\)".*/\1/p' "$WORK/ready")
[ -n "$BASE" ] || { echo "the sandbox did not start" >&2; exit 1; }

# A demo agent (see docs/sandbox.md): its own token for the Analytics API.
CLIENT_ID=nightly-kpi-builder
RESOURCE=https://api.analytics.example.com
export TID_BENCH_BASIC=$(printf '%s:%s' "$CLIENT_ID" demo-agent-secret | base64 -w0)
export TID_BENCH_FORM="grant_type=client_credentials&scope=datasets%3Aread%20reports%3Aread&resource=$(printf '%s' "$RESOURCE" | sed 's/:/%3A/g; s#/#%2F#g')"
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Basic $TID_BENCH_BASIC" \
  -H 'Content-Type: application/x-www-form-urlencoded' --data "$TID_BENCH_FORM" "$BASE/oauth2/token")
[ "$check" = 200 ] || { echo "token request failed: HTTP $check" >&2; exit 1; }

echo "sandbox: $SANDBOX"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION on $BASE/oauth2/token"
wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$HERE/token.lua" "$BASE/oauth2/token" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/token.lua" "$BASE/oauth2/token" | tee "$WORK/wrk.txt"
TOKENS=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")
if grep -q 'Non-2xx' "$WORK/wrk.txt"; then
  echo "warning: some token requests failed" >&2
fi

# Nothing lost: every issued token has its audit record.
ADMIN=$(curl -s -u "$ADMIN_ID:$ADMIN_SECRET" --data 'grant_type=client_credentials&scope=system&resource=https%3A%2F%2Flocalhost%3A8090%2Fmcp' "$BASE/oauth2/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
AUDITED=$(curl -s -H "Authorization: Bearer $ADMIN" "$BASE/audit/events?type=TOKEN_ISSUED&clientId=$CLIENT_ID&from=$(date -u -d '-5 minutes' +%Y-%m-%dT%H:%M:%SZ)&limit=1" | sed -n 's/.*"totalResults":\([0-9]*\).*/\1/p')

echo
echo "openssl speed -seconds 3 ecdsap256 (one core):"
openssl speed -seconds 3 ecdsap256 2>/dev/null | tee "$WORK/openssl.txt" | tail -2
SIGNS=$(awk '/ecdsa \(nistp256\)/ {print $(NF-1)}' "$WORK/openssl.txt")

echo
echo "== client_credentials tokens/s (sandbox, one event-loop thread): $TOKENS"
echo "== ECDSA P-256 signs/s (openssl, one core):                      $SIGNS"
awk -v t="$TOKENS" -v s="$SIGNS" 'BEGIN { printf "== ratio tokens/s : signs/s = %.4f (%.2f %% of the signing limit)\n", t / s, 100 * t / s }'
echo "== TOKEN_ISSUED audit records for $CLIENT_ID in the last 5 minutes: $AUDITED (wrk requests + warm-up + 1 check)"
