#!/usr/bin/env bash
# Token verification benchmark (not a test): the same N ES256 access tokens and key, verified by
#   - thunderid-console inspect --json --jwks FILE, tokens on stdin (1 thread and all cores),
#   - node jose (jwtVerify with createLocalJWKSet), sequential and concurrent,
#   - PyJWT (jwt.decode),
# all checking signature, exp/nbf, issuer and audience; plus `openssl speed ecdsap256` verify/s,
# the raw single-core limit. Each contender runs REPEAT times and its best run counts (the
# machine may be shared). The console is timed end to end (process start, JWKS load, output);
# the peers only around their verification loop — both choices favour the peers.
#
# Environment: N (20000), REPEAT (3), TID_CONSOLE (a built thunderid-console; otherwise a
# Release build is made in $ROOT/build-bench), WORK (scratch directory).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
N=${N:-20000}
REPEAT=${REPEAT:-3}
work=${WORK:-$(mktemp -d)}
issuer="https://localhost:8090"
audience="https://api.example.com/invoices"

console=${TID_CONSOLE:-}
if [[ -z "$console" ]]; then
  echo "== building thunderid-console (Release) in $root/build-bench"
  cmake -S "$root" -B "$root/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DTID_BUILD_TESTS=OFF >/dev/null
  ninja -C "$root/build-bench" -j"${JOBS:-2}" thunderid-console >/dev/null
  console="$root/build-bench/app/thunderid-console"
fi

echo "== generating $N ES256 tokens and their JWKS in $work"
/usr/bin/python3 "$here/gen_tokens.py" "$N" "$work"

if [[ ! -d "$here/node_modules/jose" ]]; then
  echo "== npm install jose"
  (cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
fi
if ! /usr/bin/python3 -c 'import jwt, cryptography' 2>/dev/null; then
  echo "== apt-get install python3-jwt python3-cryptography (the PyJWT peer)"
  apt-get install -y python3-jwt python3-cryptography >/dev/null
fi
jose_version=$(node -p "require('$here/node_modules/jose/package.json').version")
pyjwt_version=$(/usr/bin/python3 -c 'import jwt; print(jwt.__version__)')

now() { date +%s.%N; }
best=()

# --- openssl speed: best of REPEAT ---
# By default `openssl speed` divides by the CPU (user) time it used, so a machine shared with
# other work does not slow it down; `-elapsed` divides by the wall-clock time instead. The
# console is compared both ways: its CPU time against the first, its wall time against the second.
openssl_rate=0
openssl_wall=0
for _ in $(seq "$REPEAT"); do
  r=$(openssl speed -seconds 3 ecdsap256 2>/dev/null | awk '/nistp256/ {print $NF}')
  openssl_rate=$(python3 -c "print(max($openssl_rate, $r))")
  r=$(openssl speed -elapsed -seconds 3 ecdsap256 2>/dev/null | awk '/nistp256/ {print $NF}')
  openssl_wall=$(python3 -c "print(max($openssl_wall, $r))")
done

# --- thunderid-console ---
console_rate() { # threads [cpu] — tokens per wall-clock second, or with `cpu` per CPU second
  local threads=$1 mode=${2:-wall} bestsec=999999
  for _ in $(seq "$REPEAT"); do
    local t0 t1 valid
    t0=$(now)
    /usr/bin/time -f "%U %S" -o "$work/time.txt" \
      "$console" inspect --jwks "$work/jwks.json" --issuer "$issuer" --audience "$audience" \
      --json --threads "$threads" - < "$work/tokens.txt" > "$work/out.jsonl" || true
    t1=$(now)
    if [[ "$mode" == cpu ]]; then # user + system time of the process, as `openssl speed` counts
      t0=0
      t1=$(awk '{print $1 + $2}' "$work/time.txt")
    fi
    valid=$(grep -c '"valid":true' "$work/out.jsonl" || true)
    if [[ "$valid" -ne "$N" ]]; then
      echo "console verified $valid of $N tokens" >&2
      exit 1
    fi
    bestsec=$(python3 -c "print(min($bestsec, $t1 - $t0))")
  done
  python3 -c "print($N / $bestsec)"
}
cores=$(nproc)
console1=$(console_rate 1)
console1cpu=$(console_rate 1 cpu)
consoleN=$(console_rate "$cores")

# --- peers (their own timers) ---
peer_rate() { # command...
  local bestsec=999999 out verified seconds
  for _ in $(seq "$REPEAT"); do
    out=$("$@")
    verified=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['verified'])" "$out")
    seconds=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$out")
    if [[ "$verified" -ne "$N" ]]; then
      echo "$1 verified $verified of $N tokens" >&2
      exit 1
    fi
    bestsec=$(python3 -c "print(min($bestsec, $seconds))")
  done
  python3 -c "print($N / $bestsec)"
}
jose_seq=$(peer_rate node "$here/verify_jose.mjs" "$work/jwks.json" "$work/tokens.txt" "$issuer" "$audience" sequential)
jose_con=$(peer_rate node "$here/verify_jose.mjs" "$work/jwks.json" "$work/tokens.txt" "$issuer" "$audience" concurrent)
pyjwt=$(peer_rate /usr/bin/python3 "$here/verify_pyjwt.py" "$work/jwks.json" "$work/tokens.txt" "$issuer" "$audience")

python3 - "$N" "$REPEAT" "$cores" "$openssl_rate" "$console1" "$consoleN" "$jose_seq" "$jose_con" "$pyjwt" "$jose_version" "$pyjwt_version" "$(openssl version)" "$openssl_wall" "$console1cpu" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import sys
n, repeat, cores = sys.argv[1], sys.argv[2], sys.argv[3]
ossl, c1, cn, jseq, jcon, py = map(float, sys.argv[4:10])
jv, pv, ov = sys.argv[10:13]
osslWall, c1cpu = float(sys.argv[13]), float(sys.argv[14])
load = sys.argv[15]
rows = [
    (f"openssl speed ecdsap256 (verify, 1 core, per CPU second; {ov})", ossl),
    ("openssl speed -elapsed ecdsap256 (verify, per wall second)", osslWall),
    ("thunderid-console inspect --json, 1 thread, per CPU second", c1cpu),
    ("thunderid-console inspect --json, 1 thread", c1),
    (f"thunderid-console inspect --json, {cores} threads", cn),
    (f"node jose {jv} jwtVerify, sequential", jseq),
    (f"node jose {jv} jwtVerify, concurrent", jcon),
    (f"PyJWT {pv} jwt.decode", py),
]
print(f"\n{n} ES256 tokens, best of {repeat} runs, {cores} cores")
print(f"{'':58s} {'tokens/s':>10s} {'vs OpenSSL':>10s} {'console(1t)/x':>14s} {'console(all)/x':>15s}")
for name, rate in rows:
    print(f"{name:58s} {rate:10.0f} {rate/ossl:10.2f} {c1/rate:14.2f} {cn/rate:15.2f}")
print(f"\nload average {load} when done")
print(f"console 1 thread: {c1cpu/ossl:.2f}x OpenSSL's verify rate per CPU second, {c1/osslWall:.2f}x per wall second; {c1/jseq:.1f}x jose (sequential), {c1/py:.1f}x PyJWT")
print(f"console {cores} threads: {cn/osslWall:.2f}x OpenSSL's single-core verify rate per wall second, {cn/jseq:.1f}x jose (sequential), {cn/jcon:.1f}x jose (concurrent)")
PY
