#!/usr/bin/env bash
# Token verification benchmark (not a test): for each algorithm (ES256 with a P-256 key, RS256
# with a 2048-bit RSA key), the same N access tokens and key, verified by
#   - thunderid-console inspect --json --jwks FILE, tokens on stdin (1 thread and all cores),
#   - node jose (jwtVerify with createLocalJWKSet), sequential and concurrent,
#   - PyJWT (jwt.decode),
# all checking signature, exp/nbf, issuer and audience; plus `openssl speed ecdsap256` (ES256)
# or `openssl speed rsa2048` (RS256) verify/s, the raw single-core limit, and `openssl speed -multi
# $(nproc)`, OpenSSL on every core at once. Each contender runs
# REPEAT times and its best run counts (the machine may be shared); the console's ratio to
# OpenSSL is also given as the median of back-to-back rounds. The console is timed end to end
# (process start, JWKS load, output); the peers only around their verification loop — both
# choices favour the peers.
#
# Environment: N (20000 ES256 tokens; RS256 gets twice as many, its verification being about
# twice as fast, so both runs last about as long), ALGS ("ES256 RS256"), REPEAT (3),
# TID_CONSOLE (a built thunderid-console; otherwise a Release build is made in
# $ROOT/build-bench), WORK (scratch directory).
#
#   bench/verify/run.sh --short [path/to/thunderid-console]
# (ctest bench_verify_short): 400 tokens of each algorithm through the console only, on one
# thread and on all, with a forged, an expired and a foreign-audience token among them; fails when
# a valid token is not verified or a bad one is, or on a crash — never on a rate. No peers, no
# network.
set -euo pipefail
SHORT=0
if [ "${1:-}" = "--short" ]; then SHORT=1; shift; fi
[ -n "${1:-}" ] && TID_CONSOLE=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
N=${N:-20000}
REPEAT=${REPEAT:-3}
ALGS=${ALGS:-ES256 RS256}
work=${WORK:-$(mktemp -d)}
[ -z "${WORK:-}" ] && trap 'rm -rf "$work"' EXIT
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

if ! /usr/bin/python3 -c 'import jwt, cryptography' 2>/dev/null; then
  echo "== apt-get install python3-jwt python3-cryptography (token generation, the PyJWT peer)"
  apt-get install -y -q python3-jwt python3-cryptography >/dev/null
fi
now() { date +%s.%N; }
cores=$(nproc)

# --- short mode: correctness of the console's batch verification, no timing ---
if [[ "$SHORT" == 1 ]]; then
  for alg in $ALGS; do
    dir="$work/$alg"; mkdir -p "$dir"
    /usr/bin/python3 "$here/gen_tokens.py" 400 "$dir" "$alg"
    # A forged token: a valid one whose signature has one character changed in its middle.
    forged=$(sed -n 7p "$dir/tokens.txt" | python3 -c '
import sys
t = sys.stdin.read().strip(); h, p, s = t.split(".")
i = len(s) // 2
print(".".join([h, p, s[:i] + ("A" if s[i] != "A" else "B") + s[i + 1:]]))')
    # Input: the valid tokens with the three bad ones at lines 101, 202 and 303.
    { sed -n 1,100p "$dir/tokens.txt"; echo "$forged"; sed -n 101,200p "$dir/tokens.txt"
      sed -n 1p "$dir/bad.txt"; sed -n 201,300p "$dir/tokens.txt"; sed -n 2p "$dir/bad.txt"
      sed -n 301,400p "$dir/tokens.txt"; } > "$dir/input.txt"
    for threads in 1 "$cores"; do
      status=0
      "$console" inspect --jwks "$dir/jwks.json" --issuer "$issuer" --audience "$audience" \
        --json --threads "$threads" - < "$dir/input.txt" > "$dir/out.jsonl" || status=$?
      python3 - "$dir/out.jsonl" "$alg" "$threads" "$status" <<'PY'
import json, sys
path, alg, threads, status = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
lines = [json.loads(l) for l in open(path)]
bad = {100: "forged signature", 201: "expired", 302: "another audience"}
errors = []
if len(lines) != 403:
    errors.append(f"{len(lines)} result lines for 403 tokens")
for i, r in enumerate(lines):
    if i in bad:
        if r["valid"]:
            errors.append(f"line {i + 1} ({bad[i]}) was accepted")
        if (i == 100) == r["signatureVerified"]:
            errors.append(f"line {i + 1} ({bad[i]}): signatureVerified {r['signatureVerified']}")
    elif not (r["valid"] and r["signatureVerified"] and r["header"]["alg"] == alg):
        errors.append(f"line {i + 1}: a valid {alg} token was not verified: {r.get('findings')}")
# One or more invalid tokens: the exit status says so (1), a crash would not be 1.
if status != 1:
    errors.append(f"exit status {status}, expected 1 (some tokens invalid)")
if errors:
    print(f"FAIL {alg}, {threads} thread(s): " + "; ".join(errors[:5]))
    sys.exit(1)
print(f"ok {alg}, {threads} thread(s): 400 valid tokens verified, forged/expired/other "
      f"audience refused, exit status 1")
PY
    done
  done
  exit 0
fi

if [[ ! -d "$here/node_modules/jose" ]]; then
  echo "== npm install jose"
  (cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
fi
jose_version=$(node -p "require('$here/node_modules/jose/package.json').version")
pyjwt_version=$(/usr/bin/python3 -c 'import jwt; print(jwt.__version__)')

# cpu_ticks, stolen_percent: the CPU time stolen by the hypervisor while an algorithm ran.
# shellcheck source=../common.sh
. "$here/../common.sh"

bench_alg() { # ALG N
  local alg=$1 n=$2 dir="$work/$1" speed ticks0 steal0 ticks1 steal1 stolen
  read -r ticks0 steal0 < <(cpu_ticks)
  mkdir -p "$dir"
  echo "== generating $n $alg tokens and their JWKS in $dir"
  /usr/bin/python3 "$here/gen_tokens.py" "$n" "$dir" "$alg"
  case "$alg" in
    ES256) speed=ecdsap256 ;;
    RS256) speed=rsa2048 ;;
  esac

  # --- openssl speed and the console, back to back ---
  # By default `openssl speed` divides by the CPU (user) time it used, so a machine shared with
  # other work does not slow it down; `-elapsed` divides by the wall-clock time instead. The
  # console is compared both ways: its CPU time against the first, its wall time against the
  # second. The last field of its result line is verify/s for both algorithms. A virtual
  # machine's speed drifts by a fifth within minutes, so each round runs `openssl speed` and the
  # console one right after the other, and the ratio reported is the median of the rounds'
  # ratios; the rates printed are each contender's best round.
  console_once() { # threads [cpu] — tokens per wall-clock second, or with `cpu` per CPU second
    local threads=$1 mode=${2:-wall} t0 t1 valid
    # The results go through a pipe to the count, not to a file: rewriting a file of 40 MB on
    # this machine's virtual disk cost up to half a second of waiting (the peers write nothing).
    t0=$(now)
    valid=$( (/usr/bin/time -f "%U %S" -o "$dir/time.txt" \
      "$console" inspect --jwks "$dir/jwks.json" --issuer "$issuer" --audience "$audience" \
      --json --threads "$threads" - < "$dir/tokens.txt" || true) | grep -c '"valid":true' || true)
    t1=$(now)
    if [[ "$mode" == cpu ]]; then # user + system time of the process, as `openssl speed` counts
      t0=0
      t1=$(awk '{print $1 + $2}' "$dir/time.txt")
    fi
    if [[ "$valid" -ne "$n" ]]; then
      echo "console verified $valid of $n $alg tokens" >&2
      exit 1
    fi
    python3 -c "print($n / ($t1 - $t0))"
  }
  best() { python3 -c "import sys; print(max(map(float, sys.argv[1:])))" "$@"; }
  median() { python3 -c "import sys, statistics; print(statistics.median(map(float, sys.argv[1:])))" "$@"; }
  # All threads are set against OpenSSL's single-core rate (the goal) and against `openssl speed
  # -multi N`, N processes at once: what this machine's cores give OpenSSL itself when all are busy
  # (two vCPUs may share a physical core, and the host's other guests its caches).
  local osslCpu=() osslWall=() osslMulti=() c1cpu=() c1wall=() cN=() cpuRatios=() wallRatios=()
  local allRatios=() multiRatios=() o c ow
  for _ in $(seq "$REPEAT"); do
    o=$(openssl speed -seconds 3 "$speed" 2>/dev/null | awk '/nistp256|^rsa 2048/ {print $NF}')
    c=$(console_once 1 cpu)
    osslCpu+=("$o"); c1cpu+=("$c"); cpuRatios+=("$(python3 -c "print($c / $o)")")
    ow=$(openssl speed -elapsed -seconds 3 "$speed" 2>/dev/null | awk '/nistp256|^rsa 2048/ {print $NF}')
    c=$(console_once 1)
    osslWall+=("$ow"); c1wall+=("$c"); wallRatios+=("$(python3 -c "print($c / $ow)")")
    o=$(openssl speed -elapsed -seconds 3 -multi "$cores" "$speed" 2>/dev/null |
      awk '/nistp256|^rsa 2048/ {print $NF}')
    c=$(console_once "$cores")
    osslMulti+=("$o"); cN+=("$c")
    allRatios+=("$(python3 -c "print($c / $ow)")"); multiRatios+=("$(python3 -c "print($c / $o)")")
  done
  local openssl_rate openssl_wall openssl_multi console1 console1cpu consoleN cpuRatio wallRatio
  local allRatio multiRatio
  openssl_rate=$(best "${osslCpu[@]}"); openssl_wall=$(best "${osslWall[@]}")
  openssl_multi=$(best "${osslMulti[@]}")
  allRatio=$(median "${allRatios[@]}"); multiRatio=$(median "${multiRatios[@]}")
  console1cpu=$(best "${c1cpu[@]}"); console1=$(best "${c1wall[@]}"); consoleN=$(best "${cN[@]}")
  cpuRatio=$(median "${cpuRatios[@]}"); wallRatio=$(median "${wallRatios[@]}")

  # --- peers (their own timers) ---
  peer_rate() { # command...
    local bestsec=999999 out verified seconds
    for _ in $(seq "$REPEAT"); do
      out=$("$@")
      verified=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['verified'])" "$out")
      seconds=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$out")
      if [[ "$verified" -ne "$n" ]]; then
        echo "$1 verified $verified of $n $alg tokens" >&2
        exit 1
      fi
      bestsec=$(python3 -c "print(min($bestsec, $seconds))")
    done
    python3 -c "print($n / $bestsec)"
  }
  local jose_seq jose_con pyjwt
  jose_seq=$(peer_rate node "$here/verify_jose.mjs" "$dir/jwks.json" "$dir/tokens.txt" "$issuer" "$audience" sequential "$alg")
  jose_con=$(peer_rate node "$here/verify_jose.mjs" "$dir/jwks.json" "$dir/tokens.txt" "$issuer" "$audience" concurrent "$alg")
  pyjwt=$(peer_rate /usr/bin/python3 "$here/verify_pyjwt.py" "$dir/jwks.json" "$dir/tokens.txt" "$issuer" "$audience" "$alg")

  read -r ticks1 steal1 < <(cpu_ticks)
  stolen=$(stolen_percent "$ticks0" "$steal0" "$ticks1" "$steal1")
  python3 - "$n" "$REPEAT" "$cores" "$openssl_rate" "$console1" "$consoleN" "$jose_seq" "$jose_con" "$pyjwt" "$jose_version" "$pyjwt_version" "$(openssl version)" "$openssl_wall" "$console1cpu" "$(cut -d' ' -f1 /proc/loadavg)" "$alg" "$speed" "$cpuRatio" "$wallRatio" "$stolen" "$openssl_multi" "$allRatio" "$multiRatio" <<'PY'
import sys
n, repeat, cores = sys.argv[1], sys.argv[2], sys.argv[3]
ossl, c1, cn, jseq, jcon, py = map(float, sys.argv[4:10])
jv, pv, ov = sys.argv[10:13]
osslWall, c1cpu = float(sys.argv[13]), float(sys.argv[14])
load, alg, speed = sys.argv[15], sys.argv[16], sys.argv[17]
cpuRatio, wallRatio = float(sys.argv[18]), float(sys.argv[19])
stolen = sys.argv[20]
osslMulti, allRatio, multiRatio = map(float, sys.argv[21:24])
rows = [
    (f"openssl speed {speed} (verify, 1 core, per CPU second; {ov})", ossl),
    (f"openssl speed -elapsed {speed} (verify, per wall second)", osslWall),
    (f"openssl speed -elapsed -multi {cores} {speed} ({cores} processes)", osslMulti),
    ("thunderid-console inspect --json, 1 thread, per CPU second", c1cpu),
    ("thunderid-console inspect --json, 1 thread", c1),
    (f"thunderid-console inspect --json, {cores} threads", cn),
    (f"node jose {jv} jwtVerify, sequential", jseq),
    (f"node jose {jv} jwtVerify, concurrent", jcon),
    (f"PyJWT {pv} jwt.decode", py),
]
print(f"\n{n} {alg} tokens, best of {repeat} runs, {cores} cores")
print(f"{'':64s} {'tokens/s':>10s} {'vs OpenSSL':>10s} {'console(1t)/x':>14s} {'console(all)/x':>15s}")
for name, rate in rows:
    print(f"{name:64s} {rate:10.0f} {rate/ossl:10.2f} {c1/rate:14.2f} {cn/rate:15.2f}")
print(f"\nload average {load} when done; CPU time stolen by the hypervisor meanwhile: {stolen} %")
print(f"{alg} console 1 thread: {cpuRatio:.2f}x OpenSSL's verify rate per CPU second, {wallRatio:.2f}x per wall second (medians of {repeat} back-to-back rounds; best against best {c1cpu/ossl:.2f}x, {c1/osslWall:.2f}x); {c1/jseq:.1f}x jose (sequential), {c1/py:.1f}x PyJWT")
print(f"{alg} console {cores} threads: {allRatio:.2f}x OpenSSL's single-core verify rate per wall second, {multiRatio:.2f}x OpenSSL's own rate on {cores} cores (-multi {cores}) (medians of the rounds; best against best {cn/osslWall:.2f}x, {cn/osslMulti:.2f}x); {cn/jseq:.1f}x jose (sequential), {cn/jcon:.1f}x jose (concurrent)\n")
PY
}

for alg in $ALGS; do
  case "$alg" in
    ES256) bench_alg ES256 "$N" ;;
    RS256) bench_alg RS256 $((N * 2)) ;;
    *) echo "unknown algorithm $alg (ES256 or RS256)" >&2; exit 2 ;;
  esac
done
