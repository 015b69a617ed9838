#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The ping tool's test (tst_ping_tool, given as $1) once more in a real X server, saving
# for people to look at, in $NETNS_STUDIO_BUILD/screenshots/:
#
#   ping-failed.png  the ping from the host to 10.1.1.1 before veth0 has an address: the
#                    host's box marked red, the missing route in words beside it and in
#                    the Ping panel with the failed requests
#   ping-ok.png      the same ping after veth0 got 10.1.1.2/24: the way along the wire
#                    drawn, three replies with their round-trip times in the panel
#
# Checks that each is a real picture and that the red of the stop is in the first and
# not in the second. Whether it looks right is for a person to judge.
set -euo pipefail
# shellcheck source=tests/gui/xsession.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/xsession.sh"
gui_setup
test_program=${1:?usage: ping_screenshots.sh TST_PING_TOOL}

readonly stop_colour=d32f2f
start_xvfb 1280x800
rm -f "$shots/ping-failed.png" "$shots/ping-ok.png"
QT_QPA_PLATFORM=xcb NETNS_STUDIO_SCREENSHOTS=$shots "$test_program" >"$work/test.log" 2>&1 ||
  { cat "$work/test.log" >&2; fail "tst_ping_tool failed under Xvfb"; }
for file in ping-failed.png ping-ok.png; do
  [[ -s "$shots/$file" ]] || fail "$file was not written"
  colours=$(convert "$shots/$file" -format %k info:)
  ((colours >= 200)) || fail "$file has only $colours colours"
  echo "$file: $(identify -format '%wx%h' "$shots/$file"), $colours colours"
done
[[ -n "$(pixels bbox "$shots/ping-failed.png" "$stop_colour")" ]] || fail "ping-failed.png shows no red stop"
[[ -z "$(pixels bbox "$shots/ping-ok.png" "$stop_colour")" ]] || fail "ping-ok.png shows a red stop"
echo "PASS: $shots/ping-failed.png, $shots/ping-ok.png"
