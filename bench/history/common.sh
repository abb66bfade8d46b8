# Sourced by bench/history/run*.sh (after `here`, `root` and `work` are set): the build of the
# console and tid-bench-history, the events file, and the timing helpers.
# --short [EVENTS] (ctest bench_history_short, bench_history_postgres_short): EVENTS (20,000)
# events through the built BUILD_DIR; the figures are printed, but only a wrong result or a crash
# fails the run, never a time.
SHORT=0
if [ "${1:-}" = "--short" ]; then SHORT=1; SKIP_BUILD=1; shift; fi
events=${1:-$([ "$SHORT" = 1 ] && echo 20000 || echo 1000000)}
build=${BUILD_DIR:-$root/build-bench}
if [ "${SKIP_BUILD:-0}" != 1 ]; then # SKIP_BUILD=1: BUILD_DIR has both targets built already
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTID_BUILD_BENCH=ON \
        -DTID_BUILD_TESTS=OFF >/dev/null
  ninja -C "$build" -j"${JOBS:-2}" tid-bench-history thunderid-console >/dev/null
fi
console="$build/app/thunderid-console"
file="$work/observability.log"
[ -z "${BENCH_WORK:-}" ] && trap 'rm -rf "$work"' EXIT
[ -s "$file" ] || python3 "$here/gen_events.py" "$events" "$file"
now() { date +%s.%N; }
rate() { python3 -c "import sys; a,b,n=map(float,sys.argv[1:]); print('%.0f' % (n/(b-a)))" "$@"; }
secs() { python3 -c "import sys; a,b=map(float,sys.argv[1:]); print('%.3f' % (b-a))" "$@"; }
# The number of distinct event ids in the file: what a store holds after importing it (the
# generator repeats a few ids, as a log that was shipped twice would).
distinct_ids() { jq -r .event_id "$file" | sort -u | wc -l; }
