#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The checked-in .ts files hold every string of the current code, translated, and
# nothing else: lupdate (keeping what it would mark obsolete or vanished) runs over
# app/, core/ and helper/ into copies of them, then scripts/translations check must find no
# unfinished, vanished or obsolete message, no empty translation, and every
# placeholder (%1, %n) and & shortcut kept.
#
#   ts_complete.sh LUPDATE TS_FILE...
set -euo pipefail
repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
lupdate=$1
shift
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
copies=()
for ts in "$@"; do
  cp -- "$ts" "$work/"
  copies+=("$work/$(basename -- "$ts")")
done
# The same sources and options as qt_add_translations in translations/CMakeLists.txt,
# except -no-obsolete: a string gone from the code must show up as vanished.
"$lupdate" -locations none "$repo/app" "$repo/core" "$repo/helper" -ts "${copies[@]}" >"$work/lupdate.log" 2>&1 ||
  { cat "$work/lupdate.log" >&2; exit 1; }
grep -E 'Found [0-9]+ source text' "$work/lupdate.log"
"$repo/scripts/translations" check "${copies[@]}"
echo "PASS: $* complete"
