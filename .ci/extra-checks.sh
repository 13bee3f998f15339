#!/usr/bin/env bash
# CI checks run after README's test command, in the same fresh Debian root (so the build's packages are
# there): the torch-free engine tests under AddressSanitizer + UBSan, and a 30-second libFuzzer smoke run
# over every reader (issue #17). Both need clang's runtime, which a user building ColorProxy does not.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
start=$(date +%s)
.ci/sanitize.sh '^test_(color|eval|data)$'
fuzz/smoke.sh 5
echo "extra-checks: done in $(( $(date +%s) - start )) s"
