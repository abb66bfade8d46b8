#!/usr/bin/env bash
# A team's token history on PostgreSQL (issue 16): EVENTS events in ThunderID's format
# (gen_events.py) imported by two `thunderid-console history import` processes at once into a
# server this script starts (initdb in a temporary folder, its own port, `nobody` under root),
# beside PostgreSQL alone loading the same rows (two psql sessions, COPY), then the selective filter's first page, count and facets through the store (tid-bench-history)
# — beside the peer: the same filter with `psql` on a naive single-table schema (the events'
# fields as text columns and an index on the instant) in the same server. Prints every figure
# and the ratios in one run, and stops the server.
#
#   bench/history/run-postgres.sh [EVENTS]   (default 1000000; BUILD_DIR=... to reuse a build;
#                                              PG_LOCALE=en_US.UTF-8 for a language's collation)
#   bench/history/run-postgres.sh --short [EVENTS]   (CI: 20,000 events, BUILD_DIR built; exit 77,
#                     a SKIP, without PostgreSQL; fails on a wrong count, never on a time)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${BENCH_WORK:-$(mktemp -d)}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ ! -x "$bin/initdb" ]; then
  echo "SKIP: PostgreSQL is not installed (apt-get install postgresql-15 libqt6sql6-psql)"
  [ "${1:-}" = "--short" ] && exit 77
  exit 0
fi
# shellcheck source=common.sh
. "$here/common.sh"
half=$(( (events + 1) / 2 ))
head -n "$half" "$file" >"$work/part1.log"
tail -n +"$((half + 1))" "$file" >"$work/part2.log"

# The server: its own folder and port; PostgreSQL refuses root, so `nobody` runs it then.
pg="$work/pg"
mkdir -p "$pg"
run=()
if [ "$(id -u)" -eq 0 ]; then
  chmod 755 "$work"
  chown nobody "$pg"
  run=(runuser -u nobody --)
fi
export PGPASSWORD=bench-pw
echo -n "$PGPASSWORD" >"$pg/pw"
[ "$(id -u)" -eq 0 ] && chown nobody "$pg/pw"
# PG_LOCALE=en_US.UTF-8 creates the cluster with a language's collation, as team servers often
# are (the store's ids and terms compare byte by byte either way, schema version 3).
locale_opt=--no-locale
[ -n "${PG_LOCALE:-}" ] && locale_opt="--locale=$PG_LOCALE"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${run[@]}" "$bin/initdb" -D "$pg/data" -U postgres --pwfile "$pg/pw" --auth scram-sha-256 \
  -E UTF8 $locale_opt >/dev/null
"${run[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -o "-p $port \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c shared_buffers=512MB \
  -c max_wal_size=4GB -c checkpoint_timeout=15min" start >/dev/null
cleanup() {
  "${run[@]}" "$bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null || true
  if [ -z "${BENCH_WORK:-}" ]; then rm -rf "$work"; fi # (a false test would be the exit status)
}
trap cleanup EXIT
psql() { "$bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
psql -d postgres -c "CREATE DATABASE history" -c "CREATE DATABASE naive"
url="postgresql://postgres@127.0.0.1:$port/history"


echo "== $events events, $(du -m "$file" | cut -f1) MB file, nproc $(nproc), load $(cut -d' ' -f1 /proc/loadavg), PostgreSQL $("$bin/postgres" --version | cut -d' ' -f3)"
"$console" history query --db "$url" --count "" >/dev/null || true # the owner creates the schema
# The server's CPU seconds: the postmaster's own and its reaped children's (backends that ended),
# plus the children still running.
server_cpu() {
  local pm tck
  pm=$(head -n 1 "$pg/data/postmaster.pid")
  tck=$(getconf CLK_TCK)
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for c in $(cat "/proc/$pm/task/$pm/children" 2>/dev/null); do
      awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || true
    done; } | awk -v t="$tck" '{s += $1} END {printf "%.2f", s / t}'
}
cpu0=$(server_cpu)
t0=$(now)
/usr/bin/time -f "%U %S" -o "$work/time1.txt" \
  "$console" history import --db "$url" "$work/part1.log" >"$work/import1.txt" &
p1=$!
/usr/bin/time -f "%U %S" -o "$work/time2.txt" \
  "$console" history import --db "$url" "$work/part2.log" >"$work/import2.txt" &
p2=$!
wait "$p1"; wait "$p2"
t1=$(now)
sleep 0.5 # the import's backends end
cpu1=$(server_cpu)
clients=$(cat "$work/time1.txt" "$work/time2.txt" | awk '{s += $1 + $2} END {printf "%.2f", s}')
stored=$(psql -d history -c "SELECT count(*) FROM events")
importRate=$(rate "$t0" "$t1" "$events")
echo "import with 2 writers: $(secs "$t0" "$t1") s, $importRate events/s ($stored stored; $(cat "$work/import1.txt"); $(cat "$work/import2.txt")), load after $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CPU: server $(python3 -c "print('%.2f s, %.1f us/event' % ($cpu1 - $cpu0, ($cpu1 - $cpu0) * 1e6 / $events))"), the two importers $clients s ($(python3 -c "print('%.1f' % ($clients * 1e6 / $events))") us/event)"
expected=$(distinct_ids)
[ "$stored" = "$expected" ] || { echo "FAIL: two importers stored $stored events, the file has $expected distinct ids"; exit 1; }
echo "database: $(psql -d history -c "SELECT pg_database_size('history') / 1048576") MB, $(psql -d history -c "SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass") month partitions"

# PostgreSQL's own limit for this schema on this machine: the rows the console stored, exported
# as COPY text and loaded back into an empty store (the same schema, indexes and partitions) by
# two psql sessions at once, each taking half of them in time order, in transactions of 16,384
# rows as the console's batches — no JSON to read, no id to check, no client work but psql's.
# Its server CPU per row is what any importer costs the server at least; two cores over it is
# the rate no client can pass. (As the verify benchmark sets OpenSSL beside the console.)
cols="event_id, source, ts, type, outcome, client, grant_type, scope, subject, audience, trace, jti, parent_jti, act, depth, error_code, raw"
psql -d history -c "\\copy (SELECT event_id, ts FROM event_ids ORDER BY ts, event_id) TO '$work/ids.copy'" \
     -c "\\copy (SELECT $cols FROM events ORDER BY ts, event_id) TO '$work/rows.copy'"
psql -d postgres -c "CREATE DATABASE ceiling"
"$console" history query --db "${url%/history}/ceiling" --count "" >/dev/null || true
for part in $(psql -d history -c "SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'events'::regclass"); do
  y=${part:7:4}; m=${part:12:2} # events_YYYY_MM
  psql -d ceiling -c "SELECT tid_history_partition($y, ${m#0})" >/dev/null
done
psql -d ceiling -c "CHECKPOINT"
mkdir -p "$work/ceiling"
for what in ids rows; do
  head -n "$(( (stored + 1) / 2 ))" "$work/$what.copy" | split -l 16384 -a 4 - "$work/ceiling/1-$what-"
  tail -n +"$(( (stored + 1) / 2 + 1 ))" "$work/$what.copy" | split -l 16384 -a 4 - "$work/ceiling/2-$what-"
  rm "$work/$what.copy"
done
for half in 1 2; do
  for ids in "$work/ceiling/$half-ids-"*; do
    echo "BEGIN;"
    echo "\\copy event_ids(event_id, ts) FROM '$ids'"
    echo "\\copy events($cols) FROM '${ids/-ids-/-rows-}'"
    echo "COMMIT;"
  done >"$work/ceiling/$half.sql"
done
cpu0=$(server_cpu)
t0=$(now)
psql -d ceiling -f "$work/ceiling/1.sql" >/dev/null &
psql -d ceiling -f "$work/ceiling/2.sql" >/dev/null &
wait
t1=$(now)
sleep 0.5
cpu1=$(server_cpu)
copied=$(psql -d ceiling -c "SELECT count(*) FROM events")
[ "$copied" = "$stored" ] || { echo "FAIL: psql copied $copied rows back, the store holds $stored"; exit 1; }
python3 - "$t0" "$t1" "$cpu0" "$cpu1" "$stored" "$(nproc)" "$importRate" <<'PY'
import sys
t0, t1, c0, c1, n, cores, ours = map(float, sys.argv[1:8])
us = (c1 - c0) * 1e6 / n
alone = n / (t1 - t0)
print(f"PostgreSQL alone (2 psql sessions COPYing the stored rows into an empty store): "
      f"{t1 - t0:.3f} s, {alone:.0f} rows/s; server CPU {us:.1f} us/row, so at most "
      f"{cores * 1e6 / us:,.0f} rows/s on {cores:.0f} cores with clients that cost nothing")
print(f"the console's import: {ours / alone:.2f}x PostgreSQL's own COPY rate (same run)")
PY
rm -rf "$work/ceiling"
psql -d postgres -c "DROP DATABASE ceiling"

client=nightly-kpi-builder
filter="type:TOKEN_ISSUED client:$client grant:token-exchange"
echo "== console on the team store (store opened once, median of runs), load $(cut -d' ' -f1 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "$build/bench/history/tid-bench-history" --db "$url" --filter "$filter" \
  | tee "$work/ours.txt"

echo "== peer: psql on a naive single-table schema (text columns, an index on ts)"
psql -d naive -c "CREATE TABLE lines(line text)" \
     -c "\\copy lines FROM '$file' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
t0=$(now)
psql -d naive -c "CREATE TABLE events AS SELECT j->>'event_id' AS id,
    (j->>'timestamp')::timestamptz AS ts, j->>'type' AS type, j->>'status' AS status,
    j->'data'->>'client_id' AS client, j->'data'->>'grant_type' AS grant_type,
    j->'data'->>'scope' AS scope, line AS raw FROM (SELECT line, line::jsonb AS j FROM lines) s" \
  -c "CREATE INDEX events_ts ON events(ts)" -c "ANALYZE events" -c "DROP TABLE lines"
t1=$(now)
echo "naive load (INSERT … SELECT from the loaded lines, one index): $(secs "$t0" "$t1") s"
where="type = 'TOKEN_ISSUED' AND client = '$client' AND grant_type LIKE '%token-exchange'"
timed() { # median ms of 5 runs of the SQL in $1 (psql's \timing, the server's time and the transfer)
  for _ in 1 2 3 4 5; do
    psql -d naive -c '\timing on' -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1
  done | sort -n | sed -n 3p
}
peerPage=$(timed "SELECT * FROM events WHERE $where ORDER BY ts DESC LIMIT 200")
peerCount=$(timed "SELECT count(*) FROM events WHERE $where")
peerFacets=$(timed "SELECT 'type', type, count(*) FROM events WHERE $where GROUP BY type
  UNION ALL SELECT 'client', client, count(*) FROM events WHERE $where GROUP BY client
  UNION ALL SELECT 'status', status, count(*) FROM events WHERE $where GROUP BY status
  UNION ALL SELECT 'grant', grant_type, count(*) FROM events WHERE $where GROUP BY grant_type")
peerAll=$(timed "SELECT 'type', type, count(*) FROM events GROUP BY type
  UNION ALL SELECT 'client', client, count(*) FROM events GROUP BY client
  UNION ALL SELECT 'status', status, count(*) FROM events GROUP BY status
  UNION ALL SELECT 'grant', grant_type, count(*) FROM events GROUP BY grant_type")
n=$(psql -d naive -c "SELECT count(*) FROM events WHERE $where")
echo "psql: first page $peerPage ms, count $n in $peerCount ms, facets of the filter $peerFacets ms, facets of everything $peerAll ms"
ourN=$(sed -n 's/^count of the filter: \([0-9]*\) in.*/\1/p' "$work/ours.txt")
nDistinct=$(psql -d naive -c "SELECT count(DISTINCT id) FROM events WHERE $where")
[ "$nDistinct" = "$ourN" ] || { echo "FAIL: the console counts $ourN, psql $nDistinct distinct events"; exit 1; }
[ "$n" = "$ourN" ] || echo "note: counts differ (console $ourN, naive $n): the file repeats a few event ids, stored once by the console"

ours() { sed -n "$1" "$work/ours.txt" | head -n 1; }
oursPage=$(ours 's/^first page (200 rows) of the filter: \([0-9.]*\) ms.*/\1/p')
oursCount=$(ours 's/^count of the filter: [0-9]* in \([0-9.]*\) ms.*/\1/p')
oursFacets=$(ours 's/^facets of the filter: \([0-9.]*\) ms.*/\1/p')
oursAll=$(ours 's/^facets of the filter: .*: \([0-9.]*\) ms$/\1/p')
ratio() { python3 -c "import sys; a,b=map(float,sys.argv[1:]); print('%.1f' % (a/b))" "$@"; }
echo "== ratios (psql on the naive table / the console's store; > 1: the console is faster)"
echo "first page: $(ratio "$peerPage" "$oursPage")x, count: $(ratio "$peerCount" "$oursCount")x, facets of the filter: $(ratio "$peerFacets" "$oursFacets")x, facets of everything: $(ratio "$peerAll" "$oursAll")x"
