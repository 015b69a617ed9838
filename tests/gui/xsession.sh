# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by the GUI tests that need a real X server. Runs only inside scripts/sandbox:
#
#   gui_setup              checks the sandbox, makes $work (on /run), a private X socket directory and settings
#   start_xvfb WxH         starts Xvfb inside the sandbox (so it dies with it); sets DISPLAY
#   start_studio ARGS...   starts netns-studio on it; sets studio_pid and studio_window
#   stop_studio            ends that netns-studio (it must still be running)
#   tutorial_blue          makes lesson one's first five steps with ip: blue holding veth1
#                          (10.1.1.1/24), veth1 and blue's lo up; veth0 in the host, down
#   shot FILE [WINDOW]     screenshot of the screen (or of one window) with `import`
#   wait_for_colour FILE RRGGBB SECONDS
#                          takes screenshots into FILE until that colour shows
#   settle FILE SECONDS    takes screenshots into FILE until two in a row are the same
#   check_png FILE COLOURS fails unless FILE is a real picture (a PNG, not tiny, with
#                          at least COLOURS colours)
#
# Everything the X server and the program write goes to places that vanish with the
# sandbox: a tmpfs on /tmp/.X11-unix for the server's socket, no lock file (-nolock:
# a stale lock with a sandbox pid would block that display number on the host for
# good), and a work directory with the settings (XDG_CONFIG_HOME) on the sandbox's
# private /run. Not a tmpfs on all of /tmp: the build tree may live there.

# Finds things in screenshots (see pixels.py).
pixels() {
  /usr/bin/python3 "$repo/tests/gui/pixels.py" "$@"
}

fail() {
  echo "FAIL: $*" >&2
  if [[ -n "${work:-}" ]]; then
    for log in "$work"/xvfb.log "$work"/studio.log "${NETNS_STUDIO_SANDBOX_BUS_LOG:-}"; do
      [[ -s "$log" ]] && { echo "--- $log" >&2; tail -n 30 "$log" >&2; }
    done
    # What the screen showed last, for a person to look at.
    if [[ -n "${DISPLAY:-}" && -n "${shots:-}" ]] && import -window root "$work/failed.png" 2>/dev/null; then
      cp "$work/failed.png" "$shots/FAILED-$(basename -- "$0" .sh).png"
      echo "--- the screen at the failure: $shots/FAILED-$(basename -- "$0" .sh).png" >&2
    fi
  fi
  exit 1
}

gui_setup() {
  [[ "${NETNS_STUDIO_SANDBOX:-}" == 1 ]] || {
    echo "$0: changes network namespaces and starts an X server: run me through scripts/sandbox" >&2
    exit 77
  }
  repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
  build=${NETNS_STUDIO_BUILD:-$repo/build}
  studio=$build/bin/netns-studio
  [[ -x "$studio" ]] || fail "$studio is missing: build first"
  for tool in Xvfb xdotool import convert identify; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (scripts/deps)" >&2; exit 77; }
  done
  # The sandbox has its own mount namespace: this socket directory is ours alone.
  mkdir -p -m 1777 /tmp/.X11-unix
  mount -n -t tmpfs -o mode=1777,nosuid,nodev tmpfs /tmp/.X11-unix
  work=$(mktemp -d -p /run)
  export XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
  mkdir -p "$XDG_CONFIG_HOME"
  mkdir -m 0700 "$XDG_RUNTIME_DIR"
  shots=$build/screenshots
  mkdir -p "$shots"
  rm -f "$shots/FAILED-$(basename -- "$0" .sh).png"
  trap gui_teardown EXIT
}

gui_teardown() {
  # Polite ends, so that both leave nothing behind even outside a sandbox.
  # (set -e still holds here: every status is caught.)
  if [[ -n "${studio_pid:-}" ]]; then
    kill "$studio_pid" 2>/dev/null || true
    wait "$studio_pid" 2>/dev/null || true
  fi
  if [[ -n "${xvfb_pid:-}" ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  return 0
}

start_xvfb() {
  local size=$1 number="" n
  # -displayfd: Xvfb picks the first free display number itself (it checks the lock
  # files and sockets) and writes it to fd 3, so two tests never race for one.
  : >"$work/display"
  Xvfb -displayfd 3 -nolock -nolisten tcp -br -screen 0 "${size}x24" 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for ((n = 0; n < 200; n++)); do
    number=$(tr -dc 0-9 <"$work/display")
    [[ -n "$number" ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start"
    sleep 0.05
  done
  [[ -n "$number" ]] || fail "Xvfb did not say its display number"
  export DISPLAY=:$number
  for ((n = 0; n < 100; n++)); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  fail "Xvfb on $DISPLAY does not answer"
}

start_studio() {
  QT_QPA_PLATFORM=xcb "$studio" "$@" >"$work/studio.log" 2>&1 &
  studio_pid=$!
  studio_window=$(timeout 20 xdotool search --sync --onlyvisible --name 'Netns Studio' | head -n 1) ||
    fail "the Netns Studio window did not appear"
  [[ -n "$studio_window" ]] || fail "the Netns Studio window did not appear"
}

stop_studio() {
  kill "$studio_pid" || fail "netns-studio had ended by itself"
  wait "$studio_pid" 2>/dev/null || true
  studio_pid=""
}

tutorial_blue() {
  ip netns add blue
  ip link add veth0 type veth peer name veth1
  ip link set veth1 netns blue
  ip -n blue addr add 10.1.1.1/24 dev veth1
  ip -n blue link set lo up
  ip -n blue link set veth1 up
}

shot() {
  if [[ -n "${2:-}" ]]; then
    import -window "$2" "$1"
  else
    import -window root "$1"
  fi
}

wait_for_colour() {
  local file=$1 colour=$2 seconds=$3 deadline
  deadline=$((SECONDS + seconds))
  while ((SECONDS < deadline)); do
    shot "$file" "${studio_window:-}"
    [[ -n "$(pixels bbox "$file" "$colour")" ]] && return 0
    sleep 0.2
  done
  return 1
}

settle() {
  local file=$1 seconds=$2 deadline previous=$work/settle-previous.png
  deadline=$((SECONDS + seconds))
  shot "$previous" "${studio_window:-}"
  while ((SECONDS < deadline)); do
    sleep 0.3
    shot "$file" "${studio_window:-}"
    if cmp -s <(convert "$file" rgb:-) <(convert "$previous" rgb:-); then
      return 0
    fi
    cp "$file" "$previous"
  done
  return 1
}

# A picture worth the name: not tiny, not one colour, not a blank window.
check_png() {
  local file=$1 min_colours=$2 bytes colours
  [[ -s "$file" ]] || fail "$file was not written"
  [[ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "$file is not a PNG"
  bytes=$(stat -c %s "$file")
  ((bytes > 20000)) || fail "$file is only $bytes bytes"
  colours=$(convert "$file" -format %k info:)
  ((colours >= min_colours)) || fail "$file has only $colours colours"
  echo "$file: $(identify -format '%wx%h' "$file"), $bytes bytes, $colours colours"
}
