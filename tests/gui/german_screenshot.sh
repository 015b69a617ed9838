#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The playground's window in German (and in French) under Xvfb, mid-lesson, for people
# to look at: saved as $NETNS_STUDIO_BUILD/screenshots/german.png and french.png.
#
# The language comes the way a user's does: LANGUAGE and LANG (Qt reads them itself, so
# the glibc locale need not be generated). Steps 1-5 of lesson one are done with ip
# first, so the diagram has blue with veth1 and the panel has ticked steps.
#
# The test checks that the window title is translated (the catalogue was loaded), that
# blue's box is drawn and that each PNG is a real picture. Whether the text fits is for a
# person to judge.
set -euo pipefail
# shellcheck source=tests/gui/xsession.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/xsession.sh"
gui_setup

readonly named_colour=2f7dc1

# Starts the program in language $1 (LANGUAGE) / $2 (LANG), checks that its title holds
# $3, and saves the settled window as $4.
capture() {
  local language=$1 lang=$2 title_word=$3 file=$4 title
  LC_ALL='' LC_MESSAGES='' LANGUAGE=$language LANG=$lang start_studio --playground
  wait_for_colour "$work/capture.png" "$named_colour" 30 || fail "blue's box was not drawn for $file"
  settle "$file" 15 || fail "the window does not settle for $file"
  title=$(xdotool getwindowname "$studio_window")
  [[ "$title" == *"$title_word"* ]] || fail "the title '$title' is not in $language (no '$title_word')"
  check_png "$file" 200
  echo "$(basename -- "$file"): $title"
  stop_studio
}

start_xvfb 1280x800
tutorial_blue
capture de de_DE.UTF-8 Spielplatz "$shots/german.png"
capture fr fr_FR.UTF-8 'Bac à sable' "$shots/french.png"
echo "PASS: $shots/german.png $shots/french.png"
