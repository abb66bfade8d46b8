# Sourced by bench/history/run*.sh (after `here`, `root` and `work` are set): the build of the
# console and tid-bench-history, the events file, and the timing helpers.
events=${1:-1000000}
build=${BUILD_DIR:-$root/build-bench}
if [ "${SKIP_BUILD:-0}" != 1 ]; then # SKIP_BUILD=1: BUILD_DIR has both targets built already
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTID_BUILD_BENCH=ON \
        -DTID_BUILD_TESTS=OFF >/dev/null
  ninja -C "$build" -j"${JOBS:-2}" tid-bench-history thunderid-console >/dev/null
fi
console="$build/app/thunderid-console"
file="$work/observability.log"
[ -s "$file" ] || python3 "$here/gen_events.py" "$events" "$file"
now() { date +%s.%N; }
rate() { python3 -c "import sys; a,b,n=map(float,sys.argv[1:]); print('%.0f' % (n/(b-a)))" "$@"; }
secs() { python3 -c "import sys; a,b=map(float,sys.argv[1:]); print('%.3f' % (b-a))" "$@"; }
