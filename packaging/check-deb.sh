#!/usr/bin/env bash
# Installs a built ColorProxy .deb with apt in a brand-new minimal Debian 12 root (../shared/tools/fresh-debian)
# and starts both programs there: the package's dependencies must be complete for this to pass.
#
#   (cd build && cpack -G DEB) && sudo packaging/check-deb.sh build/colorproxy_<version>_<arch>.deb
#
# fresh-debian copies ../shared into the root, so the .deb travels in ../shared/.deb-check/ (removed after).
set -euo pipefail
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: $0 <colorproxy .deb>" >&2; exit 2; }
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
shared="$root/../shared"
[ -x "$shared/tools/fresh-debian" ] || { echo "check-deb: $shared/tools/fresh-debian not found" >&2; exit 2; }
stage="$shared/.deb-check"
mkdir -p "$stage"
trap 'rm -rf "$stage"' EXIT
cp "$1" "$stage/colorproxy.deb"
cat > "$stage/check.sh" <<'CHECK'
set -eu  # no pipefail: `| head` may cut a program's output short
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq /shared/.deb-check/colorproxy.deb xvfb xauth > /tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }
dpkg -s colorproxy | grep -E '^(Status|Version|Depends):'
echo "== colorproxy-cli --help"; colorproxy-cli --help | head -4
echo "== colorproxy-cli datasets /usr/share/colorproxy/samples/camvid"
colorproxy-cli datasets /usr/share/colorproxy/samples/camvid | head -8
echo "== xvfb-run -a colorproxy --version"; xvfb-run -a colorproxy --version
echo "== colorproxy on the CamVid sample for 15 s under Xvfb"
rc=0; xvfb-run -a -s "-screen 0 1280x800x24" timeout 15 colorproxy /usr/share/colorproxy/samples/camvid || rc=$?
[ "$rc" -eq 124 ] || { echo "colorproxy exited early (status $rc)"; exit 1; }
echo "still running after 15 s (stopped by timeout)"
echo "== German"; LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen colorproxy --help | head -2
ls /usr/share/man/man1/colorproxy*.1.gz /usr/share/applications/*colorproxy.desktop /usr/share/metainfo/*colorproxy*.xml
ls /usr/share/icons/hicolor/*/apps/colorproxy.*
apt-get remove -y -qq colorproxy > /dev/null && echo "removed again"
CHECK
cd "$root" && "$shared/tools/fresh-debian" 'bash /shared/.deb-check/check.sh'
