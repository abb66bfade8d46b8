#!/usr/bin/env bash
# Benchmark (not a test): client_credentials tokens per second on the sandbox's token endpoint
# under wrk over loopback, beside Keycloak (the named peer, same wrk load, same machine, one
# after the other) and the machine's raw ECDSA P-256 signing rate (`openssl speed ecdsap256`,
# the physical limit of an ES256 issuer), all measured in the same run.
#
#   bench/token/run.sh [--short] [path/to/thunderid-sandbox]
#
# Defaults: the build in build-rel/ (or build/, build-test/), 2 wrk threads, 8 connections, 10 s
# after a 2 s warm-up. Override with THREADS, CONNECTIONS, DURATION, WORKERS (the sandbox's
# --workers). Needs wrk, openssl and curl.
#
# The peer: Keycloak $KEYCLOAK_VERSION (default 26.7.3), org.keycloak:keycloak-quarkus-dist from
# Maven Central through mvn (cached in ~/.m2 and unpacked under ~/.cache/thunderid-bench), started
# with `kc.sh start-dev --http-port P` (dev mode: H2 store); a realm with an ES256 key provider
# (ecdsa-generated, P-256) as the realm's signature algorithm, and a confidential client with
# service accounts, both made with kcadm.sh; 20 s of the same wrk load as warm-up (KC_WARMUP).
# Where Keycloak cannot be fetched or started the peer's line says SKIP and why. KEYCLOAK=0 leaves
# it out. After the first round (the sandbox, then Keycloak), ROUNDS-1 more rounds (default 3 in
# all) measure the two back to back, both servers up, and the median of the rounds' ratios is
# printed beside the first round's.
#
# Every token request is a full one: form parsing, client authentication (the secret checked
# against its salted PBKDF2 hash; a secret already verified is recognised by its SHA-256, see
# docs/performance.md), scope computation from roles, ES256 signing, the audit record committed
# before the token is sent.
#
# --short (CI, scripts/test.sh): 2 s of load, no peer, no openssl speed; fails only when the
# sandbox crashes or answers wrong (a non-2xx answer, a token that is not an ES256 JWT, fewer
# TOKEN_ISSUED audit records than tokens sent), never on a rate.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHORT=0
if [ "${1:-}" = "--short" ]; then SHORT=1; shift; fi
SANDBOX=${1:-}
if [ -z "$SANDBOX" ]; then
  for candidate in "$ROOT/build-rel/sandbox/thunderid-sandbox" "$ROOT/build/sandbox/thunderid-sandbox" \
                   "$ROOT/build-test/sandbox/thunderid-sandbox"; do
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
WARMUP=2s
KEYCLOAK=${KEYCLOAK:-1}
if [ "$SHORT" = 1 ]; then DURATION=2s; WARMUP=1s; KEYCLOAK=0; fi
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}
KC_WARMUP=${KC_WARMUP:-20s}

WORK=$(mktemp -d)
SANDBOX_PID=
KC_PID=
cleanup() {
  [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  [ -n "$KC_PID" ] && kill "$KC_PID" 2>/dev/null || true
  [ -n "$KC_PID" ] && wait "$KC_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# wrk's summary: rate, p50 and p99 in ms, completed requests, non-2xx answers and socket errors.
wrk_run() { # url duration out
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$HERE/token.lua" "$1" >"$3"
}
ms() { # wrk latency (e.g. 850.00us, 6.94ms, 1.02s) -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
summary() { # wrk output file -> "rate p50 p99 requests non2xx errors"
  local rate p50 p99 reqs non2xx errors
  rate=$(awk '/^Requests\/sec:/ {print $2}' "$1")
  p50=$(ms "$(awk '$1 == "50%" {print $2}' "$1")")
  p99=$(ms "$(awk '$1 == "99%" {print $2}' "$1")")
  reqs=$(awk '/requests in/ {print $1}' "$1")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$1"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$1"); errors=${errors:-0}
  echo "$rate $p50 $p99 $reqs $non2xx $errors"
}

# ---------------------------------------------------------------- the sandbox
ADMIN_ID=bench-admin
ADMIN_SECRET=bench-admin-secret-0123456789abcdef
WORKER_ARGS=()
[ -n "${WORKERS:-}" ] && WORKER_ARGS=(--workers "$WORKERS")
"$SANDBOX" --port 0 --in-memory --quiet --seed demo "${WORKER_ARGS[@]}" \
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
check_token() { # url -> 0 when the answer is 200 with an ES256 JWT access token
  local body header
  body=$(curl -s -w '\n%{http_code}' -H "Authorization: Basic $TID_BENCH_BASIC" \
    -H 'Content-Type: application/x-www-form-urlencoded' --data "$TID_BENCH_FORM" "$1")
  [ "$(tail -n1 <<<"$body")" = 200 ] || { echo "token request failed: $body" >&2; return 1; }
  header=$(sed -n 's/.*"access_token":"\([^".]*\)\..*/\1/p' <<<"$body" | tr '_-' '/+')
  while [ $(( ${#header} % 4 )) -ne 0 ]; do header="$header="; done
  base64 -d <<<"$header" 2>/dev/null | grep -q '"alg":"ES256"' ||
    { echo "the access token is not an ES256 JWT: $body" >&2; return 1; }
}
check_token "$BASE/oauth2/token"
ADMIN=$(curl -s -u "$ADMIN_ID:$ADMIN_SECRET" --data 'grant_type=client_credentials&scope=system&resource=https%3A%2F%2Flocalhost%3A8090%2Fmcp' "$BASE/oauth2/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
audited() { # TOKEN_ISSUED records of the benchmark's client so far
  curl -s -H "Authorization: Bearer $ADMIN" "$BASE/audit/events?type=TOKEN_ISSUED&clientId=$CLIENT_ID&limit=1" |
    sed -n 's/.*"totalResults":\([0-9]*\).*/\1/p'
}
AUDITED_BEFORE=$(audited)

# The hypervisor's share: on a virtual machine, time stolen by other guests slows every contender
# unevenly; the run prints how much of the machine's time was stolen while it ran.
# shellcheck source=../common.sh
. "$HERE/../common.sh"
read -r TICKS0 STEAL0 < <(cpu_ticks)
echo "sandbox: $SANDBOX (nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION after $WARMUP of warm-up"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/token.lua" "$BASE/oauth2/token" >"$WORK/warm.txt"
wrk_run "$BASE/oauth2/token" "$DURATION" "$WORK/wrk.txt"
read -r TOKENS S_P50 S_P99 S_REQS S_NON2XX S_ERRORS < <(summary "$WORK/wrk.txt")
WARM_REQS=$(awk '/requests in/ {print $1}' "$WORK/warm.txt")
kill -0 "$SANDBOX_PID" 2>/dev/null || { echo "FAIL: the sandbox died under load" >&2; cat "$WORK/stderr" >&2; exit 1; }
check_token "$BASE/oauth2/token"

# Nothing lost: every token sent has its audit record (requests wrk did not see completed may
# add a few more).
AUDITED_AFTER=$(audited)
AUDITED=$(( ${AUDITED_AFTER:-0} - ${AUDITED_BEFORE:-0} ))
SENT=$(( S_REQS + WARM_REQS + 1 ))
# With the peer, the sandbox stays up (idle) for the back-to-back rounds after Keycloak's first.
if [ "$SHORT" = 1 ] || [ "$KEYCLOAK" = 0 ]; then
  kill "$SANDBOX_PID" 2>/dev/null || true
  wait "$SANDBOX_PID" 2>/dev/null || true
  SANDBOX_PID=
fi

FAILED=0
if [ "$S_NON2XX" != 0 ] || [ "$S_ERRORS" != 0 ]; then
  echo "FAIL: $S_NON2XX non-2xx answers, $S_ERRORS socket errors under load" >&2; FAILED=1
fi
if [ -z "$AUDITED_AFTER" ] || [ "$AUDITED" -lt "$SENT" ]; then
  echo "FAIL: $AUDITED TOKEN_ISSUED records for $SENT tokens sent" >&2; FAILED=1
fi

if [ "$SHORT" = 1 ]; then
  echo "short: $S_REQS tokens in $DURATION ($TOKENS/s, p99 $S_P99 ms), $AUDITED audit records for $SENT tokens sent"
  [ "$FAILED" = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
  exit "$FAILED"
fi

# ---------------------------------------------------------------- the peer: Keycloak
KC_LINE=
if [ "$KEYCLOAK" = 0 ]; then
  KC_LINE="SKIP (KEYCLOAK=0)"
else
  kc_skip() { KC_LINE="SKIP ($1)"; echo "peer: Keycloak $KEYCLOAK_VERSION: SKIP: $1" >&2; }
  CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/thunderid-bench
  KC_HOME=$CACHE/keycloak-$KEYCLOAK_VERSION
  ZIP=$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    if [ ! -f "$ZIP" ] && command -v mvn >/dev/null; then
      echo "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (zip) with mvn ..."
      mvn -q -B dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -Dtransitive=false >"$WORK/mvn.log" 2>&1 || true
    fi
    if [ -f "$ZIP" ] && command -v unzip >/dev/null; then
      mkdir -p "$CACHE" && rm -rf "$CACHE/unpack" && mkdir "$CACHE/unpack" &&
        unzip -q "$ZIP" -d "$CACHE/unpack" && rm -rf "$KC_HOME" &&
        mv "$CACHE/unpack/keycloak-$KEYCLOAK_VERSION" "$KC_HOME" && rm -rf "$CACHE/unpack"
    fi
  fi
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    if ! command -v mvn >/dev/null; then kc_skip "mvn is missing: Keycloak cannot be fetched"
    elif ! command -v unzip >/dev/null; then kc_skip "unzip is missing"
    else kc_skip "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION could not be fetched: $(tail -n 3 "$WORK/mvn.log" 2>/dev/null | tr '\n' ' ')"; fi
  else
    KC_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    KC_BASE="http://127.0.0.1:$KC_PORT"
    rm -rf "$KC_HOME/data" # a fresh dev-mode store every run
    echo "peer: Keycloak $KEYCLOAK_VERSION, kc.sh start-dev --http-port $KC_PORT ($(java -version 2>&1 | head -n1))"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password \
      "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --http-host 127.0.0.1 \
      --log-level=warn >"$WORK/kc.log" 2>&1 &
    KC_PID=$!
    for _ in $(seq 1 240); do
      curl -sf -o /dev/null "$KC_BASE/realms/master" && break
      kill -0 "$KC_PID" 2>/dev/null || break
      sleep 1
    done
    if ! curl -sf -o /dev/null "$KC_BASE/realms/master"; then
      kc_skip "Keycloak did not start: $(tail -n 5 "$WORK/kc.log" | tr '\n' ' ')"
    else
      KCADM=("$KC_HOME/bin/kcadm.sh")
      CFG=(--config "$WORK/kcadm.config")
      set +e
      {
        "${KCADM[@]}" config credentials "${CFG[@]}" --server "$KC_BASE" --realm master \
          --user admin --password bench-admin-password &&
        "${KCADM[@]}" create realms "${CFG[@]}" -s realm=bench -s enabled=true \
          -s defaultSignatureAlgorithm=ES256 &&
        REALM_ID=$("${KCADM[@]}" get realms/bench "${CFG[@]}" --fields id --format csv --noquotes) &&
        "${KCADM[@]}" create components "${CFG[@]}" -r bench -s name=bench-es256 \
          -s providerId=ecdsa-generated -s providerType=org.keycloak.keys.KeyProvider \
          -s parentId="$REALM_ID" -s 'config.priority=["200"]' -s 'config.enabled=["true"]' \
          -s 'config.active=["true"]' -s 'config.ecdsaEllipticCurveKey=["P-256"]' &&
        "${KCADM[@]}" create clients "${CFG[@]}" -r bench -s clientId="$CLIENT_ID" \
          -s secret=demo-agent-secret -s publicClient=false -s serviceAccountsEnabled=true \
          -s standardFlowEnabled=false -s directAccessGrantsEnabled=false \
          -s 'attributes."access.token.signed.response.alg"=ES256' &&
        CID=$("${KCADM[@]}" get clients "${CFG[@]}" -r bench -q clientId="$CLIENT_ID" --fields id \
          --format csv --noquotes) &&
        # The same form as the sandbox's: the two scopes exist and the client may ask for them
        # (Keycloak ignores the resource parameter).
        ( for scope in datasets:read reports:read; do
            SID=$("${KCADM[@]}" create client-scopes "${CFG[@]}" -r bench -s name="$scope" \
              -s protocol=openid-connect -i) &&
            "${KCADM[@]}" update "clients/$CID/optional-client-scopes/$SID" "${CFG[@]}" -r bench ||
            exit 1
          done )
      } >"$WORK/kcadm.log" 2>&1
      KCADM_STATUS=$?
      set -e
      KC_TOKEN_URL="$KC_BASE/realms/bench/protocol/openid-connect/token"
      if [ "$KCADM_STATUS" != 0 ]; then
        kc_skip "kcadm.sh could not set the realm up: $(tail -n 3 "$WORK/kcadm.log" | tr '\n' ' ')"
      elif ! check_token "$KC_TOKEN_URL" 2>"$WORK/kc-check.txt"; then
        kc_skip "Keycloak's token endpoint: $(cat "$WORK/kc-check.txt")"
      else
        echo "peer: $KC_WARMUP of warm-up with the same load"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$KC_WARMUP" -s "$HERE/token.lua" "$KC_TOKEN_URL" >/dev/null
        wrk_run "$KC_TOKEN_URL" "$DURATION" "$WORK/kc-wrk.txt"
        read -r KC_RATE KC_P50 KC_P99 KC_REQS KC_NON2XX KC_ERRORS < <(summary "$WORK/kc-wrk.txt")
        KC_LINE=$(printf '%10.0f/s  p50 %7.2f ms  p99 %7.2f ms  (%s requests, %s non-2xx)' \
          "$KC_RATE" "$KC_P50" "$KC_P99" "$KC_REQS" "$KC_NON2XX")
        # Back-to-back rounds: a virtual machine's speed drifts by a fifth within minutes, so
        # the sandbox and Keycloak are measured again ROUNDS-1 times, one right after the
        # other, and the median of the rounds' ratios is reported beside the first round's.
        RATIOS=("$(awk -v t="$TOKENS" -v k="$KC_RATE" 'BEGIN { printf "%.2f", t / k }')")
        ROUND_LINES=("round 1: sandbox $TOKENS/s (p99 $S_P99 ms), Keycloak $KC_RATE/s (p99 $KC_P99 ms), ${RATIOS[0]} x")
        EXTRA_SENT=0
        for round in $(seq 2 "${ROUNDS:-3}"); do
          kill -0 "$SANDBOX_PID" 2>/dev/null || { echo "FAIL: the sandbox died" >&2; FAILED=1; break; }
          wrk_run "$BASE/oauth2/token" "$DURATION" "$WORK/wrk-$round.txt"
          read -r R_RATE _ R_P99 R_REQS R_NON2XX R_ERRORS < <(summary "$WORK/wrk-$round.txt")
          EXTRA_SENT=$(( EXTRA_SENT + R_REQS ))
          if [ "$R_NON2XX" != 0 ] || [ "$R_ERRORS" != 0 ]; then
            echo "FAIL: round $round: $R_NON2XX non-2xx answers, $R_ERRORS socket errors" >&2; FAILED=1
          fi
          wrk_run "$KC_TOKEN_URL" "$DURATION" "$WORK/kc-wrk-$round.txt"
          read -r RK_RATE _ RK_P99 _ < <(summary "$WORK/kc-wrk-$round.txt")
          RATIOS+=("$(awk -v t="$R_RATE" -v k="$RK_RATE" 'BEGIN { printf "%.2f", t / k }')")
          ROUND_LINES+=("round $round: sandbox $R_RATE/s (p99 $R_P99 ms), Keycloak $RK_RATE/s (p99 $RK_P99 ms), ${RATIOS[-1]} x")
        done
        if [ "$EXTRA_SENT" -gt 0 ]; then
          AUDITED_ROUNDS=$(( $(audited) - ${AUDITED_AFTER:-0} ))
          if [ "$AUDITED_ROUNDS" -lt "$EXTRA_SENT" ]; then
            echo "FAIL: rounds 2-: $AUDITED_ROUNDS TOKEN_ISSUED records for $EXTRA_SENT tokens sent" >&2; FAILED=1
          fi
          AUDITED=$(( AUDITED + AUDITED_ROUNDS )); SENT=$(( SENT + EXTRA_SENT ))
        fi
      fi
    fi
    kill "$KC_PID" 2>/dev/null || true
    wait "$KC_PID" 2>/dev/null || true
    KC_PID=
  fi
fi

echo
echo "openssl speed -seconds 3 ecdsap256 (one core):"
openssl speed -seconds 3 ecdsap256 2>/dev/null | tee "$WORK/openssl.txt" | tail -2
SIGNS=$(awk '/ecdsa \(nistp256\)/ {print $(NF-1)}' "$WORK/openssl.txt")

echo
printf '== machine: nproc %s, load %s; wrk %s threads, %s connections, %s\n' "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$THREADS" "$CONNECTIONS" "$DURATION"
printf '== sandbox (client_credentials, ES256): %10.0f/s  p50 %7.2f ms  p99 %7.2f ms  (%s requests, %s non-2xx)\n' \
  "$TOKENS" "$S_P50" "$S_P99" "$S_REQS" "$S_NON2XX"
echo "== Keycloak $KEYCLOAK_VERSION (peer, start-dev): ${KC_LINE}"
if [ -n "${KC_RATE:-}" ]; then
  awk -v t="$TOKENS" -v k="$KC_RATE" 'BEGIN { printf "== ratio sandbox : Keycloak = %.1f x (round 1)\n", t / k }'
  for line in "${ROUND_LINES[@]}"; do echo "==   $line"; done
  echo "== ratio, median of ${#RATIOS[@]} back-to-back rounds: $(printf '%s\n' "${RATIOS[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }') x"
fi
read -r TICKS1 STEAL1 < <(cpu_ticks)
echo "== CPU time stolen by the hypervisor during the run: $(stolen_percent "$TICKS0" "$STEAL0" "$TICKS1" "$STEAL1") %"
echo "== ECDSA P-256 signs/s (openssl speed, one core): $SIGNS"
awk -v t="$TOKENS" -v s="$SIGNS" 'BEGIN { printf "== sandbox tokens/s : one core signs/s = %.3f (%.1f %% of one core'"'"'s signing limit)\n", t / s, 100 * t / s }'
echo "== TOKEN_ISSUED audit records for $CLIENT_ID during the run: $AUDITED (tokens wrk saw answered: $SENT)"
exit "$FAILED"
