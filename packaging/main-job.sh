#!/bin/sh
# The main job on the bundled samples (README command 1), run after the build:
# - with a display: opens the ColorProxy window on the bundled CamVid sample (Train ▸ New pretraining,
#   then New fine-tuning, runs the same experiment interactively);
# - without one (a server, CI, ssh): runs `colorproxy-cli experiment --preset quick` (pretrain a colorizer on
#   the bundled photos, then baseline vs pretrained fine-tuning on CamVid and COCO samples over 3 seeds) and
#   prints the results table and the report's path.
# Set COLORPROXY_HEADLESS=1 to force the headless run.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${COLORPROXY_BUILD_DIR:-$here/build}
samples=$here/resources/samples
if [ "${COLORPROXY_HEADLESS:-0}" != 1 ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/app/colorproxy" ]; then
  exec "$build/app/colorproxy" "$samples/camvid"
fi
exec "$build/app/colorproxy-cli" experiment --preset quick --data-root "$samples" --runs-dir "$here/runs" "$@"
