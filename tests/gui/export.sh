#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# netns-studio --export, headless, in the sandbox: a small topology drawn to SVG and
# to PNG. The SVG must be well-formed XML with an <svg> root that names every
# namespace and interface as text; the PNG must be a PNG of sane size with more than
# one colour; a name that ends in neither .svg nor .png must fail with a message and
# write nothing.
set -euo pipefail
[[ "${NETNS_STUDIO_SANDBOX:-}" == 1 ]] || {
  echo "$0: changes network namespaces: run me through scripts/sandbox" >&2
  exit 77
}
repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
build=${NETNS_STUDIO_BUILD:-$repo/build}
studio=$build/bin/netns-studio
[[ -x "$studio" ]] || { echo "$studio is missing: build first" >&2; exit 1; }

work=$(mktemp -d -p /run) # the sandbox's own tmpfs: gone with it, whatever happens
trap 'rm -rf -- "$work"' EXIT
# Never the person's settings (the export reads and writes the remembered layout).
export XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_CONFIG_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# The tutorial, and a second namespace on a bridge.
ip netns add blue
ip link add veth0 type veth peer name veth1 netns blue
ip -n blue addr add 10.1.1.1/24 dev veth1
ip -n blue link set veth1 up
ip addr add 10.1.1.2/24 dev veth0
ip link set veth0 up
ip netns add red
ip link add br0 type bridge
ip link add vred type veth peer name eth0 netns red
ip link set vred master br0

# SVG.
start=$EPOCHREALTIME
"$studio" --export "$work/out.svg" || fail "--export out.svg exited with $?"
echo "SVG written in $(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }') s"
/usr/bin/python3 - "$work/out.svg" <<'PY' || fail "the SVG is not what it should be"
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()  # raises on malformed XML
assert root.tag in ("svg", "{http://www.w3.org/2000/svg}svg"), f"root is <{root.tag}>"
width = float(root.get("width", "0").rstrip("px").rstrip("m").rstrip("m"))
height = float(root.get("height", "0").rstrip("px").rstrip("m").rstrip("m"))
assert width > 100 and height > 50, f"the SVG is {width}x{height}"
texts = {"".join(t.itertext()).strip() for t in root.iter() if t.tag.endswith("text")}
for word in ["host", "blue", "red", "veth0", "veth1", "br0", "vred", "eth0", "10.1.1.1/24", "10.1.1.2/24"]:
    assert word in texts, f"no <text> says {word!r}; the texts are {sorted(texts)}"
print(f"SVG: <svg> {width:g}x{height:g}, {len(texts)} distinct texts, every name present")
PY

# PNG.
"$studio" --export "$work/out.png" || fail "--export out.png exited with $?"
[[ "$(head -c 8 "$work/out.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] ||
  fail "out.png has no PNG signature"
read -r format width height <<<"$(identify -format '%m %w %h' "$work/out.png")"
[[ "$format" == PNG ]] || fail "identify says out.png is $format"
((width >= 200 && width <= 16384 && height >= 100 && height <= 16384)) ||
  fail "out.png is ${width}x${height}"
colours=$(convert "$work/out.png" -format %k info:)
((colours > 50)) || fail "out.png has only $colours colours"
echo "PNG: ${width}x${height}, $colours colours"
# Kept for people to look at.
mkdir -p "$build/screenshots"
cp "$work/out.svg" "$build/screenshots/export.svg"
cp "$work/out.png" "$build/screenshots/export.png"

# Upper-case suffixes are the same formats.
"$studio" --export "$work/OUT.SVG" || fail "--export OUT.SVG exited with $?"
[[ -s "$work/OUT.SVG" ]] || fail "OUT.SVG was not written"

# A bad suffix: exit 1, a message that says why, no file.
status=0
"$studio" --export "$work/out.txt" 2>"$work/err" || status=$?
((status == 1)) || fail "--export out.txt exited with $status, not 1"
if ! grep -q 'svg' "$work/err" || ! grep -q 'png' "$work/err"; then
  fail "--export out.txt says only: $(cat "$work/err")"
fi
[[ ! -e "$work/out.txt" ]] || fail "--export out.txt wrote a file"
echo "bad suffix: exit 1: $(cat "$work/err")"

# A place that cannot be written: exit 1 and a message, for either format.
for suffix in svg png; do
  status=0
  "$studio" --export "$work/no/such/dir/out.$suffix" 2>"$work/err" || status=$?
  ((status == 1)) || fail "--export into a missing directory (.$suffix) exited with $status, not 1"
  [[ -s "$work/err" ]] || fail "--export into a missing directory (.$suffix) said nothing"
  echo "unwritable .$suffix: exit 1: $(cat "$work/err")"
done
echo "PASS"
