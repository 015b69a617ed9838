#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A screenshot of the playground's window mid-lesson under Xvfb, for people to look
# at: saved as $NETNS_STUDIO_BUILD/screenshots/lessons.png (and lessons-step6.png,
# after the first ping).
#
# Steps 1-5 of lesson one are done in a terminal (here: ip in the sandbox), so the
# live topology ticks them; then Ctrl+Enter pings inside blue (replies: step 6 ticks)
# and Ctrl+Enter again pings from the host (no reply, as expected: step 7 ticks and
# shows the explainer's reason). The panel then highlights step 8.
#
# The test checks that each Ctrl+Enter moves the highlight (the frame of the next open
# step, drawn in the palette's highlight colour) on, and that the PNG is a real picture.
# Whether it looks right is for a person to judge.
set -euo pipefail
# shellcheck source=tests/gui/xsession.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/xsession.sh"
gui_setup

readonly named_colour=2f7dc1 tick_colour=1b7a2f highlight_colour=308cc6

# Where the highlighted step's frame is now ("X0 Y0 X1 Y1 COUNT", or nothing).
highlight() {
  shot "$work/highlight.png" "$studio_window"
  pixels bbox "$work/highlight.png" "$highlight_colour"
}

# Presses Ctrl+Enter (do the highlighted step) and waits until the highlight has moved
# on and the window has settled.
next_step() {
  local before now n
  before=$(highlight)
  xdotool key --clearmodifiers ctrl+Return
  for ((n = 0; n < 50; n++)); do
    now=$(highlight)
    if [[ "$now" != "$before" ]] && settle "$work/settled.png" 10 && [[ "$(highlight)" == "$now" ]]; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

start_xvfb 1280x800
tutorial_blue
start_studio --playground
wait_for_colour "$work/start.png" "$named_colour" 30 || fail "blue's box was not drawn"
settle "$work/start.png" 15 || fail "the window does not settle"
[[ -n "$(pixels bbox "$work/start.png" "$tick_colour" 5)" ]] || fail "the steps done in the terminal are not ticked"
[[ -n "$(pixels bbox "$work/start.png" "$highlight_colour")" ]] || fail "no step is highlighted"

xdotool windowfocus --sync "$studio_window"
next_step || fail "the ping inside blue (Ctrl+Enter) did not move the highlight on"
cp "$work/settled.png" "$shots/lessons-step6.png"
next_step || fail "the ping from the host (Ctrl+Enter) did not move the highlight on"
settle "$shots/lessons.png" 15 || fail "the window does not settle"
check_png "$shots/lessons.png" 200
echo "PASS: $shots/lessons.png"
