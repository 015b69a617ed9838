#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the real window under Xvfb, for people to look at (and for the
# docs): saved in $NETNS_STUDIO_BUILD/screenshots/.
#
#   tutorial.png    the tutorial's end: blue holds veth1 with 10.1.1.1/24, up, and lo
#                   up; veth0 stays in the host with 10.1.1.2/24, up
#   containers.png  a host with 50 container-like namespaces (each held by a process,
#                   as a container runtime does), each with a veth to the bridge br0
#                   in the host and an address, laid out afresh
#   containers-newcomers.png
#                   the same, seen by someone whose boxes of the tutorial were placed
#                   before the 50 came (they are placed around the remembered ones)
#
# The test checks that each PNG exists, is a real picture (size, many colours), and
# shows the namespaces' boxes. Whether it looks right is for a person to judge.
set -euo pipefail
# shellcheck source=tests/gui/xsession.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/xsession.sh"
gui_setup

readonly host_colour=5b6e8c named_colour=2f7dc1 process_colour=8a63b8

# Starts the program on what is there now and saves the settled window as $1. With
# "fresh", the program starts without remembered settings (box positions).
capture() {
  local file=$1 colour=$2
  if [[ "${3:-}" == fresh ]]; then
    XDG_CONFIG_HOME=$(mktemp -d -p /run)
    export XDG_CONFIG_HOME
  fi
  local t0=$SECONDS
  start_studio --playground
  wait_for_colour "$work/capture.png" "$colour" 30 || fail "no box of colour #$colour was drawn for $file"
  local t1=$SECONDS
  settle "$file" 15 || fail "the window does not settle for $file"
  echo "$(basename -- "$file"): drawn after $((t1 - t0)) s, settled after $((SECONDS - t0)) s"
  stop_studio
}

start_xvfb 1280x800

# (a) The tutorial's end state.
tutorial_blue
ip addr add 10.1.1.2/24 dev veth0
ip link set veth0 up
capture "$shots/tutorial.png" "$named_colour" fresh
check_png "$shots/tutorial.png" 200
[[ -n "$(pixels bbox "$shots/tutorial.png" "$host_colour")" ]] || fail "tutorial.png shows no host box"

# (b) 50 container-like namespaces on a bridge, next to the tutorial's. A process
# costs ~50 ms to start here, so the host's side goes in one ip -batch.
ip link add br0 type bridge
ip addr add 10.2.0.1/16 dev br0
ip link set br0 up
pids=()
for i in $(seq 1 50); do
  unshare --net sleep 600 </dev/null >/dev/null 2>&1 &
  pids+=($!)
done
host_ns=$(readlink /proc/self/ns/net)
for pid in "${pids[@]}"; do
  # unshare execs sleep once the namespace is made; wait for that.
  for ((n = 0; n < 500; n++)); do
    [[ "$(readlink "/proc/$pid/ns/net")" != "$host_ns" ]] && break
    sleep 0.01
  done
done
for i in $(seq 1 50); do
  echo "link add vc$i type veth peer name eth0 netns ${pids[i - 1]}"
  echo "link set vc$i master br0 up"
done | ip -batch - || fail "could not make the containers' veths"
for i in $(seq 1 50); do
  printf 'addr add 10.2.%d.%d/16 dev eth0\nlink set eth0 up\n' $((i / 250)) $((i % 250 + 2)) |
    nsenter --net="/proc/${pids[i - 1]}/ns/net" ip -batch - || fail "could not address container $i"
done
capture "$shots/containers-newcomers.png" "$process_colour"
check_png "$shots/containers-newcomers.png" 200
capture "$shots/containers.png" "$process_colour" fresh
check_png "$shots/containers.png" 200
echo "PASS: screenshots in $shots"
