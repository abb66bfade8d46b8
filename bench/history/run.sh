#!/usr/bin/env bash
# Token history benchmark: 1,000,000 events in ThunderID's observability format (gen_events.py),
# imported with `thunderid-console history import`, then a selective filter, its count, facets,
# the table on the whole store (first rows, end, middle) and peak RSS — beside the peer, `jq`
# answering the same filter over the file. Prints every figure and the ratios in one run.
#
#   bench/history/run.sh [EVENTS]      (default 1000000; BUILD_DIR=... to reuse a build,
#                                       SKIP_BUILD=1 when it is built already)
#   bench/history/run.sh --short [EVENTS]   (CI: 20,000 events, BUILD_DIR built; fails on a wrong
#                                            count, never on a time)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${BENCH_WORK:-$(mktemp -d)}
command -v jq >/dev/null || { echo "SKIP: jq is not installed (apt-get install jq)"; exit 0; }
# shellcheck source=common.sh
. "$here/common.sh"
db="$work/history.sqlite"
rm -f "$db" "$db-wal" "$db-shm"

echo "== $events events, $(du -m "$file" | cut -f1) MB file, nproc $(nproc), load $(cut -d' ' -f1 /proc/loadavg)"
t0=$(now); "$console" history import --db "$db" "$file"; t1=$(now)
echo "import: $(secs "$t0" "$t1") s, $(rate "$t0" "$t1" "$events") events/s"
stored=$("$console" history query --db "$db" --count "")
expected=$(distinct_ids)
echo "stored: $stored events ($expected distinct ids in the file)"
[ "$stored" = "$expected" ] || { echo "FAIL: the store holds $stored events, the file $expected distinct ids"; exit 1; }
QT_QPA_PLATFORM=offscreen "$console" history query --db "$db" --count "" >/dev/null # warm
fsize=$(stat -c %s "$file"); dsize=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
echo "database: $((dsize / 1048576)) MB = $(python3 -c "print('%.2f' % ($dsize/$fsize))")x the file"

client=nightly-kpi-builder
filter="type:TOKEN_ISSUED client:$client grant:token-exchange"
echo "== console (store opened once, median of runs)"
QT_QPA_PLATFORM=offscreen "$build/bench/history/tid-bench-history" --db "$db" --filter "$filter"

echo "== console CLI end to end (process start, open, count)"
t0=$(now); n=$("$console" history query --db "$db" --count "$filter"); t1=$(now)
ours=$(secs "$t0" "$t1"); echo "history query --count: $n in $ours s"

echo "== peer: jq over the file, the same filter"
t0=$(now)
# Distinct event ids, as the store counts them (the file repeats a few lines).
m=$(jq -r "select(.type==\"TOKEN_ISSUED\" and .data.client_id==\"$client\" and (.data.grant_type|endswith(\"token-exchange\"))) | .event_id" "$file" | sort -u | wc -l)
t1=$(now); theirs=$(secs "$t0" "$t1")
echo "jq: $m in $theirs s"
[ "$n" = "$m" ] || { echo "FAIL: the console counts $n, jq $m"; exit 1; }
echo "ratio (jq time / console time, end to end): $(python3 -c "print('%.1f' % ($theirs/$ours))")x"
