#!/usr/bin/env bash
# Agents pane benchmark (issue 15 item 3): a sandbox seeded with 100,000 agents (the first run
# seeds a cached data directory, not timed; later runs reuse it). The console's agents pane:
# first page painted after connect (goal < 150 ms), a jump to the end painted (< 300 ms), the
# scroll bar dragged to the middle painted, and the peak RSS after the start, the end and the
# middle (< 150 MB); the rows shown are checked to be the right agents. Peer: curl doing the
# same requests (discovery, token, first page; then the last page and the middle page) — the
# network floor, with no parsing and no painting.
#
#   bench/agents/run.sh [AGENTS]    (default 100000; BUILD_DIR=... to reuse a build)
#   bench/agents/run.sh --short     (ctest: 3,000 agents in a fresh directory, a cache of 5
#                                    pages so that the list stays sparse; fails only on a crash
#                                    or a wrong row, never on a time)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
short=0
if [ "${1:-}" = "--short" ]; then short=1; shift; fi
agents=${1:-100000}
extra=()
if [ "$short" = 1 ]; then agents=3000; extra=(--cache-pages 5); fi
build=${BUILD_DIR:-$root/build-bench}
if [ -z "${BUILD_DIR:-}" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTID_BUILD_BENCH=ON \
        -DTID_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --parallel "${JOBS:-2}" --target tid-bench-agents thunderid-sandbox >/dev/null
fi
work=$(mktemp -d)
if [ "$short" = 1 ]; then
  data="$work/data"
else
  data=${BENCH_DATA:-${XDG_CACHE_HOME:-$HOME/.cache}/thunderid-bench/agents-$agents}
fi
mkdir -p "$data"
pid=
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; fi; rm -rf "$work"' EXIT

echo "== console (thunderid-console's agents pane), $agents agents (nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg))"
QT_QPA_PLATFORM=offscreen "$build/bench/agents/tid-bench-agents" \
    --sandbox "$build/sandbox/thunderid-sandbox" --data "$data" --agents "$agents" "${extra[@]}" \
    | tee "$work/console.out"
grep -q '"ok":true' "$work/console.out" || { echo "FAIL: the console run did not finish"; exit 1; }

echo "== peer: curl, discovery + token + first page of 100; then the last page; then the middle page"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$build/sandbox/thunderid-sandbox" --port "$port" --data "$data" --quiet \
    --admin-client-id bench-admin --admin-client-secret bench-admin-secret-0123456789abcdef \
    >"$work/sandbox.out" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 200); do grep -q '"ready"' "$work/sandbox.out" && break; sleep 0.05; done
grep -q '"ready"' "$work/sandbox.out" || { echo "FAIL: the sandbox did not start"; exit 1; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
runs=3; [ "$short" = 1 ] && runs=1
for run in $(seq $runs); do
  start=$(date +%s%N)
  curl -sf "$base/.well-known/openid-configuration" >/dev/null
  token=$(curl -sf -u bench-admin:bench-admin-secret-0123456789abcdef \
      -d grant_type=client_credentials -d scope=system \
      --data-urlencode resource=https://localhost:8090/mcp "$base/oauth2/token" |
      sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  curl -sf -H "Authorization: Bearer $token" "$base/agents?limit=100&offset=0" >/dev/null
  first=$(date +%s%N)
  last=$(curl -sf -H "Authorization: Bearer $token" "$base/agents?limit=100&offset=$((agents - 100))")
  end=$(date +%s%N)
  curl -sf -H "Authorization: Bearer $token" "$base/agents?limit=100&offset=$((agents / 2))" >/dev/null
  middle=$(date +%s%N)
  echo "curl run $run: first page $(ms "$start" "$first") ms after start; last page $(ms "$first" "$end") ms; middle page $(ms "$end" "$middle") ms"
  printf '%s' "$last" | grep -q "\"bench-agent-$(printf '%06d' "$agents")\"" ||
    { echo "FAIL: the last page does not hold bench-agent-$(printf '%06d' "$agents")"; exit 1; }
done
