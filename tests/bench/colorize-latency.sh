#!/bin/sh
# Benchmark (not a test): how late the GUI thread answers while the Colorize page colorizes and exports
# camera-size photos. Runs the real `colorproxy` window on an Xvfb display, opens the photos with
# --colorize, exports them all with --export-to, and meanwhile sends _NET_WM_PING to the window every
# 20 ms from another process (pingprobe: Qt answers pings on its GUI thread, so a late answer is a frozen
# window). A trivial X client (responder) is probed at the same time as a control: when it is late too,
# the machine was busy, not the app.
#
# usage: tests/bench/colorize-latency.sh BUILD_DIR PHOTO... (12-24 MP JPEGs; not committed: make them,
#        e.g. `convert small.jpg -resize 6000x4000! big.jpg`)
# env:   PROBE_TOOLS  folder with pingprobe.c and responder.c (default ../shared/tools/gui-as-a-user)
#        SECONDS_RUN  how long to probe (default 90)   SCREEN  Xvfb screen (default 1366x768x24)
#        APP  the colorproxy executable (default BUILD_DIR/app/colorproxy)
#        COLORPROXY_MODEL  the model (default: the bundled resources/models/colorproxy-default.pt)
# needs: Xvfb, xdotool, a C compiler and libx11-dev.
set -eu
build=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")/../.." && pwd)
tools=${PROBE_TOOLS:-$here/../shared/tools/gui-as-a-user}
seconds=${SECONDS_RUN:-90}
app_exe=${APP:-$build/app/colorproxy}
export COLORPROXY_MODEL="${COLORPROXY_MODEL:-$here/resources/models/colorproxy-default.pt}"
work=$(mktemp -d)
trap 'kill $app $xvfb $responder 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

cc "$tools/pingprobe.c" -o "$work/pingprobe" -lX11
cc "$tools/responder.c" -o "$work/responder" -lX11
display=:$((90 + $$ % 100))
Xvfb "$display" -screen 0 "${SCREEN:-1366x768x24}" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 2

args=""
for photo in "$@"; do args="$args --colorize $photo"; done
HOME=$work "$app_exe" $args --export-to "$work/out" >"$work/app.log" 2>&1 &
app=$!
"$work/responder" >"$work/responder.id" 2>/dev/null &
responder=$!
window=""
for _ in $(seq 1 100); do
  window=$(xdotool search --name '^ColorProxy$' 2>/dev/null | head -n 1) && [ -n "$window" ] && break
  sleep 0.2
done
control=$(head -n 1 "$work/responder.id")
[ -n "$window" ] || { echo "the ColorProxy window did not appear" >&2; exit 1; }

# Threshold 0: every round trip is printed, so percentiles can be computed.
"$work/pingprobe" "$window" 20 "$seconds" 0 >"$work/app.rtt" &
probe=$!
[ -n "$control" ] && "$work/pingprobe" "$control" 20 "$seconds" 0 >"$work/control.rtt"
wait $probe
ls "$work/out" 2>/dev/null | sed 's/^/exported: /'

summary() {
  grep -o 'rtt_ms=[0-9]*' "$2" | cut -d= -f2 | sort -n | awk -v name="$1" '
    { v[NR] = $1; sum += $1 }
    END {
      if (NR == 0) { print name ": no answers"; exit }
      i = int(0.99 * NR + 0.5); if (i < 1) i = 1; if (i > NR) i = NR
      j = int(0.5 * NR + 0.5); if (j < 1) j = 1
      over = 0; for (k = 1; k <= NR; ++k) if (v[k] > 50) ++over
      printf "%s: %d pings, p50 %d ms, p99 %d ms, max %d ms, %d over 50 ms\n", name, NR, v[j], v[i], v[NR], over
    }'
}
[ -n "${KEEP:-}" ] && echo "kept $work"
summary "ColorProxy" "$work/app.rtt"
[ -f "$work/control.rtt" ] && summary "control (responder)" "$work/control.rtt"
grep -i 'export' "$work/app.log" || true
