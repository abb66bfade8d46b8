#!/usr/bin/env bash
# Console start (issue 15 item 5): from launching thunderid-console to the first pane painted
# with data from a running sandbox (the resource-servers list of the demo seed), five runs, the
# median — beside the network floor: curl doing the same three requests (discovery, token, first
# page) with no process start, no parsing and no painting. The console reports its own
# milestones through TID_STARTUP_PROBE (app/StartupProbe.cpp) and quits once it has painted.
#
#   bench/start/run.sh [RUNS]       (default 5; BUILD_DIR=... to reuse a build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-5}
build=${BUILD_DIR:-$root/build-bench}
if [ -z "${BUILD_DIR:-}" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTID_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --parallel "${JOBS:-2}" --target thunderid-console thunderid-sandbox >/dev/null
fi
work=$(mktemp -d)
id=bench-admin
secret=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$build/sandbox/thunderid-sandbox" --port "$port" --in-memory --seed demo --quiet \
    --admin-client-id "$id" --admin-client-secret "$secret" >"$work/sandbox.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 200); do grep -q '"ready"' "$work/sandbox.out" && break; sleep 0.05; done
grep -q '"ready"' "$work/sandbox.out" || { echo "FAIL: the sandbox did not start"; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== console: launch → first pane painted with data ($runs runs, nproc $(nproc), load $(cut -d' ' -f1 /proc/loadavg), offscreen platform)"
: >"$work/painted"
for run in $(seq "$runs"); do
  # A fresh home each run: no saved profile, no cache — a first start against this server.
  home="$work/home-$run"; mkdir -p "$home"
  launch=$(date +%s%3N)
  line=$(HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
         XDG_CACHE_HOME="$home/.cache" QT_QPA_PLATFORM=offscreen TID_STARTUP_PROBE="$launch" \
         THUNDERID_CLIENT_SECRET="$secret" \
         "$build/app/thunderid-console" --server "$base" --client-id "$id" 2>/dev/null | grep '^startup:' || true)
  [ -n "$line" ] || { echo "FAIL: run $run printed no startup line"; exit 1; }
  echo "run $run: $line"
  echo "$line" | sed -n 's/.*painted \([0-9]*\) ms.*/\1/p' >>"$work/painted"
done
ours=$(median <"$work/painted")

echo "== peer: curl, discovery + token + first page (the network floor)"
: >"$work/curl"
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  curl -sf "$base/.well-known/openid-configuration" >/dev/null
  token=$(curl -sf -u "$id:$secret" -d grant_type=client_credentials -d scope=system \
      --data-urlencode resource=https://localhost:8090/mcp "$base/oauth2/token" |
      sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  curl -sf -H "Authorization: Bearer $token" "$base/resource-servers?limit=100&offset=0" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >>"$work/curl"
done
floor=$(median <"$work/curl")
echo "console: painted with data $ours ms after launch (median; goal < 500 ms); curl floor $floor ms"
[ "$ours" -lt 500 ] && echo "goal met" || echo "goal NOT met"
