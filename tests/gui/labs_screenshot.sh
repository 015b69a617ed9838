#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The lab test (tst_labs_gui, given as $1) once more in a real X server, saving for
# people to look at $NETNS_STUDIO_BUILD/screenshots/lab-preview.png: the preview of
# resources/labs/bridge.yaml over the host's box, the lab's three namespaces and what
# the host gains drawn dashed, and the bar with Apply and Close Preview.
#
# Checks that it is a real picture showing the preview's dashed blue (no named
# namespace exists yet, so that colour comes from the preview alone). Whether it
# looks right is for a person to judge.
set -euo pipefail
# shellcheck source=tests/gui/xsession.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/xsession.sh"
gui_setup
test_program=${1:?usage: labs_screenshot.sh TST_LABS_GUI}

readonly preview_colour=2f7dc1
start_xvfb 1280x800
rm -f "$shots/lab-preview.png"
QT_QPA_PLATFORM=xcb NETNS_STUDIO_SCREENSHOTS=$shots "$test_program" >"$work/test.log" 2>&1 ||
  { cat "$work/test.log" >&2; fail "tst_labs_gui failed under Xvfb"; }
check_png "$shots/lab-preview.png" 200
[[ -n "$(pixels bbox "$shots/lab-preview.png" "$preview_colour")" ]] || fail "lab-preview.png shows no preview"
echo "PASS: $shots/lab-preview.png"
