#!/usr/bin/env bash
# Builds the libFuzzer targets (CMakePresets.json "fuzz", build-fuzz/) and runs each for a few seconds on its
# seed corpus (fuzz/corpus/<target>/): 30 s in all by default. A crash, a sanitizer report or an exception
# that escapes a reader fails the run and leaves the input in build-fuzz/crashes/.
# Usage: fuzz/smoke.sh [seconds per target, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
per=${1:-5}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build-fuzz/crashes
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
for t in fuzz_image_header fuzz_coco_reader fuzz_voc_reader fuzz_camvid_reader fuzz_config_json fuzz_checkpoint; do
  work=$(mktemp -d)  # new inputs go here, so the committed seed corpus stays as it is
  echo "fuzz: $t for ${per}s"
  status=0
  "build-fuzz/fuzz/$t" -max_total_time="$per" -max_len=65536 -timeout=20 -rss_limit_mb=3072 \
    -artifact_prefix=build-fuzz/crashes/"$t"- -print_final_stats=1 "$work" "fuzz/corpus/$t" \
    >build-fuzz/"$t".log 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|ERROR|Sanitizer' build-fuzz/"$t".log || true
  rm -rf "$work"
  [ "$status" -eq 0 ] || { echo "fuzz: $t FAILED (log build-fuzz/$t.log, input in build-fuzz/crashes/)"; exit 1; }
done
echo "fuzz: all targets clean"
