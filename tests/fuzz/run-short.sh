#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build directory and runs each for a short
# while (FUZZ_SECONDS, default 20). Exits 0 when every target ran without a finding; exits 0
# with a visible SKIP when clang (or libFuzzer) is not installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-2}

clangxx=${CLANGXX:-$(command -v clang++ || true)}
if [[ -z "$clangxx" ]]; then
  echo "SKIP: clang++ not found; the libFuzzer targets need clang (apt-get install clang)."
  exit 0
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long){return 0;}\n' \
  > "$probe/p.cpp"
if ! "$clangxx" -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
  echo "SKIP: $clangxx cannot link -fsanitize=fuzzer (libFuzzer runtime missing)."
  exit 0
fi

echo "== configuring $build with $clangxx"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$clangxx" -DTID_BUILD_FUZZERS=ON -DTID_BUILD_TESTS=OFF >/dev/null
targets=(fuzz_jwt fuzz_jwks fuzz_policy fuzz_history fuzz_sse fuzz_sandbox_inputs fuzz_http_request)
echo "== building ${targets[*]}"
ninja -C "$build" -j"$jobs" "${targets[@]}"

status=0
for target in "${targets[@]}"; do
  corpus_seed="$here/corpus/${target#fuzz_}"
  work="$build/fuzz-corpus/$target"
  mkdir -p "$work" "$build/fuzz-artifacts"
  echo "== $target for ${seconds}s (seeds: $corpus_seed)"
  log="$build/$target.log"
  if "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -dict="$here/json.dict" \
      -artifact_prefix="$build/fuzz-artifacts/$target-" "$work" "$corpus_seed" 2> "$log"; then
    grep -E '^Done |stat::number_of_executed_units|stat::peak_rss_mb' "$log" || true
  else
    tail -n 60 "$log"
    echo "FAIL: $target found a problem; reproducer in $build/fuzz-artifacts/ (log: $log)"
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "OK: fuzzers ran ${seconds}s each without findings."
exit $status
