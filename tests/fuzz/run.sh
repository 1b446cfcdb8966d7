#!/usr/bin/env bash
# Sanitizers and fuzzing, for CI (.ci/run calls it) and for people: no arguments.
#  1. configures and builds the asan preset (clang++, -fsanitize=address,undefined, -O1 for the
#     library, also instrumented for libFuzzer, and -O0 for the tests' own code) and runs the ctest suite under it (all of it
#     but the header-only flavour's copy of the API tests, which the preset leaves out);
#  2. runs each libFuzzer target for a fixed short time, seeded from tests/fixtures, and
#     fails on any crash, leak, timeout or out-of-memory, leaving the input in
#     build/asan/fuzz-artifacts/.
# Installs clang and libFuzzer (libclang-rt-14-dev) with apt-get when they are missing.
# CIVIC_FUZZ_SECONDS (default 30) sets how long each target runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
started=$SECONDS

packages=(build-essential cmake clang libclang-rt-14-dev libboost1.81-dev libboost-json1.81-dev libfmt-dev doctest-dev libxml2-utils python3-jsonschema)
sudo=()
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then sudo=(sudo); fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

echo "== 1. the test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan
cmake --build --preset asan -j2
ctest --preset asan

echo "== 2. fuzzing, ${CIVIC_FUZZ_SECONDS:-30} s per target"
seconds=${CIVIC_FUZZ_SECONDS:-30}
build=$root/build/asan
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
failed=()
for target in parse cleanup segment grammar json; do
  corpus=$build/fuzz-corpus/$target  # grows from run to run in the same build directory
  mkdir -p "$corpus"
  log=$build/fuzz-$target.log
  echo "-- civic-fuzz-$target"
  if "$build/tests/fuzz/civic-fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=8192 -print_final_stats=1 -dict="$root/tests/fuzz/civic.dict" \
      -artifact_prefix="$artifacts/$target-" \
      "$corpus" "$root/tests/fixtures" "$root/tests/fuzz/regressions" >"$log" 2>&1; then
    grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added):' "$log" | tr '\n' ' '
    echo
  else
    failed+=("$target")
    echo "civic-fuzz-$target FAILED; the last lines of $log:"
    tail -n 60 "$log"
  fi
done
ls "$artifacts" | sed 's/^/   artifact: /' || true

echo "== done in $((SECONDS - started)) s"
if ((${#failed[@]})); then
  echo "fuzz targets that failed: ${failed[*]} (inputs in $artifacts)"
  exit 1
fi
