#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/install/stage.sh BUILD STAGING: a fresh `cmake --install BUILD --prefix /usr`
# into the folder STAGING (as DESTDIR; never onto this machine's /usr).
set -euo pipefail
build=${1:?usage: stage.sh BUILD STAGING}
staging=${2:?usage: stage.sh BUILD STAGING}
[[ "$staging" == /* && "$staging" != / ]] || { echo "stage.sh: STAGING must be an absolute folder other than /" >&2; exit 2; }
rm -rf -- "$staging"
mkdir -p -- "$staging"
DESTDIR=$staging cmake --install "$build" --prefix /usr
