#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The tutorial's move, done with a real mouse on a real X server: Xvfb in the
# sandbox, netns-studio --playground on it, and xdotool dragging the veth1 port of the
# host's box onto blue's box. `ip -n blue -j link` must then show veth1 in blue.
#
# Where things are on the screen comes from the screen itself: a box's outline and
# header are drawn in its kind's colour (host #5b6e8c, named #2f7dc1), and the veth1
# row is the one that lights up when the program's search (Ctrl+F, "veth1", Enter)
# selects it. Screenshots before and after go to $NETNS_STUDIO_BUILD/screenshots/.
set -euo pipefail
# shellcheck source=tests/gui/xsession.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/xsession.sh"
gui_setup

readonly host_colour=5b6e8c named_colour=2f7dc1 box_width=240 header_height=30

start_xvfb 1280x800
ip netns add blue
ip link add veth0 type veth peer name veth1
start_studio --playground

wait_for_colour "$work/start.png" "$named_colour" 20 || fail "blue's box was not drawn"
settle "$work/start.png" 10 || fail "the window does not settle"
shot "$shots/drag-before.png"

read -r hx0 hy0 hx1 hy1 _ <<<"$(pixels bbox "$shots/drag-before.png" "$host_colour")"
[[ -n "$hx0" ]] || fail "the host's box is not on the screen"
read -r bx0 by0 bx1 by1 _ <<<"$(pixels bbox "$shots/drag-before.png" "$named_colour")"
[[ -n "$bx0" ]] || fail "blue's box is not on the screen"
echo "host box at $hx0,$hy0-$hx1,$hy1; blue box at $bx0,$by0-$bx1,$by1"
# The boxes are drawn at 100% (a small diagram is never zoomed in beyond that).
scale_ok=$(awk -v w=$((hx1 - hx0 + 1)) -v b=$box_width 'BEGIN { print (w >= b - 3 && w <= b + 3) }')
((scale_ok)) || fail "the host's box is $((hx1 - hx0 + 1)) pixels wide, not about $box_width"

# Find veth1's row: select it with the search field; its row is then filled with the
# selection colour. (Selecting fills the properties dock, which widens and shifts the
# diagram, so the boxes are found again afterwards.)
xdotool windowfocus --sync "$studio_window"
xdotool key --clearmodifiers ctrl+f
xdotool type --delay 30 veth1
xdotool key Return
row0="" row1=""
for ((n = 0; n < 25; n++)); do
  [[ -z "$row0" ]] || break
  sleep 0.2
  shot "$work/found.png"
  read -r hx0 hy0 hx1 hy1 _ <<<"$(pixels bbox "$work/found.png" "$host_colour")"
  [[ -n "$hx0" ]] || continue
  # Down a column just inside the box's left edge: white rows, and one filled row.
  while read -r y0 y1 colour; do
    if [[ "$colour" != ffffff ]] && ((y1 - y0 >= 15 && y1 - y0 <= 30)); then
      row0=$y0 row1=$y1
    fi
  done < <(pixels runs "$work/found.png" $((hx0 + 4)) $((hy0 + header_height + 2)) $((hy1 - 2)))
done
[[ -n "$row0" ]] || fail "no row of the host's box was selected after searching for veth1"
read -r bx0 by0 bx1 by1 _ <<<"$(pixels bbox "$work/found.png" "$named_colour")"
[[ -n "$bx0" ]] || fail "blue's box is gone after searching"
echo "veth1's row: y $row0-$row1; host box now at $hx0,$hy0-$hx1,$hy1; blue box at $bx0,$by0-$bx1,$by1"

# Drag: press on the row's name, move in small steps onto blue's box, release.
from_x=$((hx0 + 70)) from_y=$(((row0 + row1) / 2))
to_x=$(((bx0 + bx1) / 2)) to_y=$(((by0 + by1) / 2 + 10))
echo "dragging from $from_x,$from_y to $to_x,$to_y"
xdotool mousemove --sync "$from_x" "$from_y"
sleep 0.1
xdotool mousedown 1
steps=25
for ((i = 1; i <= steps; i++)); do
  xdotool mousemove --sync $((from_x + (to_x - from_x) * i / steps)) $((from_y + (to_y - from_y) * i / steps))
  sleep 0.02
done
sleep 0.1
xdotool mouseup 1

# The oracle: ip says veth1 is in blue and no longer in the host.
moved=0
for ((n = 0; n < 100; n++)); do
  if ip -n blue -j link show | /usr/bin/python3 -c \
    'import json, sys; sys.exit(0 if any(l["ifname"] == "veth1" for l in json.load(sys.stdin)) else 1)'; then
    moved=1
    break
  fi
  sleep 0.1
done
((moved)) || fail "veth1 is not in blue after the drag: $(ip -n blue -br link)"
ip -br link show veth1 >/dev/null 2>&1 && fail "veth1 is still in the host"
echo "veth1 moved to blue: $(ip -n blue -br link show veth1)"

# And the window shows it: blue's box grew by a row.
wait_for_colour "$work/after.png" "$named_colour" 5 || fail "blue's box is gone"
ay0=0 ay1=0
for ((n = 0; n < 50; n++)); do
  shot "$shots/drag-after.png"
  read -r _ ay0 _ ay1 _ <<<"$(pixels bbox "$shots/drag-after.png" "$named_colour")"
  [[ -n "$ay0" ]] && ((ay1 - ay0 > by1 - by0)) && break
  sleep 0.2
done
[[ -n "$ay0" ]] || fail "blue's box is gone after the drag"
((ay1 - ay0 > by1 - by0)) || fail "blue's box did not grow ($((by1 - by0)) -> $((ay1 - ay0)) pixels)"
echo "PASS: screenshots in $shots/drag-before.png and $shots/drag-after.png"
