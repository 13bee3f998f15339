#!/bin/sh
# Benchmark (not a test): click -> new preview of the colour points on the Colorize page, in the real
# `colorproxy` window on an Xvfb display, driven from outside as a user would (xdotool clicks on the photo,
# an openbox window manager, the window maximised). The page logs each edit -> preview time (from the
# press to the preview handed to the view, QT_LOGGING_RULES colorproxy.hints.info); the clicks come
# CLICK_MS apart, so some land while the full-resolution result of the previous ones is being computed.
# Meanwhile the GUI thread is pinged every 20 ms (pingprobe: a late answer is a frozen window).
#
# usage: tests/bench/hints-latency.sh BUILD_DIR MODEL PHOTO   (MODEL: pretrained with --hints)
# env:   CLICKS (default 30)  CLICK_MS (default 700)  SCREEN (default 1024x600x24)
#        PROBE_TOOLS folder with pingprobe.c (default ../shared/tools/gui-as-a-user)
#        SHOT  save a screenshot of the window after the clicks to this PNG
# needs: Xvfb, xdotool, openbox, a C compiler, libx11-dev (and imagemagick for SHOT).
set -eu
build=$(cd "$1" && pwd)
model=$2
photo=$3
here=$(cd "$(dirname "$0")/../.." && pwd)
tools=${PROBE_TOOLS:-$here/../shared/tools/gui-as-a-user}
clicks=${CLICKS:-30}
gap=${CLICK_MS:-700}
work=$(mktemp -d)
trap 'kill $app $wm $xvfb 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

cc "$tools/pingprobe.c" -o "$work/pingprobe" -lX11
display=:$((90 + $$ % 100))
Xvfb "$display" -screen 0 "${SCREEN:-1024x600x24}" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 2
openbox >/dev/null 2>&1 &
wm=$!
sleep 1

HOME=$work COLORPROXY_MODEL=$model QT_LOGGING_RULES="colorproxy.hints.info=true" \
  "$build/app/colorproxy" --colorize "$photo" >"$work/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 1 100); do
  window=$(xdotool search --name '^ColorProxy$' 2>/dev/null | head -n 1) && [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || { echo "the ColorProxy window did not appear" >&2; exit 1; }
xdotool windowactivate --sync "$window" key super+Up >/dev/null 2>&1 || true
wmctrl -i -r "$window" -b add,maximized_vert,maximized_horz >/dev/null 2>&1 || true
xdotool windowsize "$window" 100% 100% >/dev/null 2>&1 || true
# Wait for the first result (the panel says how to place points then).
sleep 12

eval "$(xdotool getwindowgeometry --shell "$window")"
"$work/pingprobe" "$window" 20 $((clicks * gap / 1000 + 5)) 0 >"$work/app.rtt" &
probe=$!
# Clicks left and right of the view's centre (the split handle is in the middle), spread over the photo.
cx=$((X + WIDTH * 45 / 100))
cy=$((Y + HEIGHT / 2))
i=0
while [ $i -lt "$clicks" ]; do
  dx=$(( (i * 37 % 9 - 4) * 25 ))
  [ $dx -ge 0 ] && dx=$((dx + 40)) || dx=$((dx - 40))
  dy=$(( (i * 53 % 7 - 3) * 25 ))
  xdotool mousemove $((cx + dx)) $((cy + dy)) click 1
  sleep "$(echo "$gap" | awk '{ print $1 / 1000 }')"
  i=$((i + 1))
done
wait $probe || true
[ -n "${SHOT:-}" ] && import -window root "$SHOT"
[ -n "${KEEP:-}" ] && echo "kept $work"
grep -o 'edit -> preview [0-9.]* ms (worker [0-9.]* ms' "$work/app.log" | awk '{ print $4, $7 }' | sort -n |
  awk '{ v[NR] = $1; w[NR] = $2 } END {
    if (NR == 0) { print "no previews logged"; exit 1 }
    printf "click -> preview: %d previews, median %.1f ms, p90 %.1f ms, max %.1f ms\n", NR, v[int((NR + 1) / 2)],
           v[int(0.9 * NR + 0.5) < 1 ? 1 : int(0.9 * NR + 0.5)], v[NR] }'
grep -o 'rtt_ms=[0-9]*' "$work/app.rtt" | cut -d= -f2 | sort -n |
  awk '{ v[NR] = $1 } END { if (NR) printf "GUI thread pings: %d, p50 %d ms, max %d ms\n", NR, v[int((NR + 1) / 2)], v[NR] }'
