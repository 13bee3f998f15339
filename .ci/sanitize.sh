#!/usr/bin/env bash
# The sanitizer job: builds the engine tests that read untrusted input (color, eval, data, io) and the CLI with
# the bad-input corpus test under AddressSanitizer + UndefinedBehaviorSanitizer (CMakePresets.json "asan",
# build-asan/), and runs them. Any sanitizer report fails the job. Usage: .ci/sanitize.sh [ctest regex]
# (default: the preset's ^test_(color|eval|data|io|cli)$; e.g. '^test_(color|eval|data)$' for the torch-free
# subset, which builds in a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
filter=${1:-}
start=$(date +%s)
cmake --preset asan >/dev/null
if [ -n "$filter" ]; then
  targets=$(echo "$filter" | grep -o '[a-z]*|[a-z|]*' | tr '|' '\n' | sed 's/^/test_/')
  cmake --build build-asan --target $targets $( [[ "$filter" == *cli* ]] && echo colorproxy-cli )
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan -R "$filter" --output-on-failure
else
  cmake --build --preset asan
  ctest --preset asan
fi
echo "sanitize: done in $(( $(date +%s) - start )) s"
