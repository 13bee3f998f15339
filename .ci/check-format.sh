#!/usr/bin/env bash
# CI, before the build (seconds): every tracked C++ file must be clean under the repository's
# .clang-format (issue #12). Installs clang-format when missing (a fresh CI root has no developer tools).
# Fix what it reports with: .ci/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends clang-format >/dev/null
fi
# The project's own C++ (no git in a fresh root: the folders are listed, build folders are not in them).
files() { find app engine ui tests fuzz packaging -type f \( -name '*.cpp' -o -name '*.h' \) -print0; }
if [ "${1:-}" = "--fix" ]; then
  files | xargs -0 clang-format -i
elif files | xargs -0 clang-format --dry-run --Werror; then
  echo "check-format: $(files | tr -cd '\0' | wc -c) C++ files clean under .clang-format"
else
  echo "check-format: the files above are not clang-format clean; fix with .ci/check-format.sh --fix" >&2
  exit 1
fi
