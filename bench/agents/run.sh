#!/usr/bin/env bash
# Agents pane benchmark: a sandbox seeded with 100,000 agents (first run seeds a cached data
# directory; later runs reuse it), the time from connect to the first page painted, and the
# console's peak RSS after scrolling to the end. Peer: curl doing the same three requests
# (discovery, token, first page) — the network floor of "first page".
#
#   bench/agents/run.sh [AGENTS]      (default 100000; BUILD_DIR=... to reuse a build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
agents=${1:-100000}
build=${BUILD_DIR:-$root/build-bench}
data=${BENCH_DATA:-${XDG_CACHE_HOME:-$HOME/.cache}/thunderid-bench/agents-$agents}
mkdir -p "$data"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTID_BUILD_BENCH=ON \
      -DTID_BUILD_TESTS=OFF >/dev/null
ninja -C "$build" -j"${JOBS:-2}" tid-bench-agents thunderid-sandbox >/dev/null

echo "== console (thunderid-console's agents pane), $agents agents"
QT_QPA_PLATFORM=offscreen "$build/bench/agents/tid-bench-agents" \
    --sandbox "$build/sandbox/thunderid-sandbox" --data "$data" --agents "$agents"

echo "== peer: curl, discovery + token + first page of 100 (no parsing, no painting)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$build/sandbox/thunderid-sandbox" --port "$port" --data "$data" --quiet \
    --admin-client-id bench-admin --admin-client-secret bench-admin-secret-0123456789abcdef \
    >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/.well-known/openid-configuration" >/dev/null && break; sleep 0.1; done
for run in 1 2 3; do
    start=$(date +%s%N)
    curl -sf "$base/.well-known/openid-configuration" >/dev/null
    token=$(curl -sf -u bench-admin:bench-admin-secret-0123456789abcdef \
        -d grant_type=client_credentials -d scope=system \
        --data-urlencode resource=https://localhost:8090/mcp "$base/oauth2/token" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
    curl -sf -H "Authorization: Bearer $token" "$base/agents?limit=100&offset=0" >/dev/null
    end=$(date +%s%N)
    echo "curl run $run: $(( (end - start) / 1000000 )) ms"
done
