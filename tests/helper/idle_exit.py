#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The helper ends itself after a minute with no call and no subscriber, and D-Bus
activation starts it again on the next call; a subscriber keeps it running.

Runs inside scripts/sandbox (its own system bus): /usr/bin/python3 tests/helper/idle_exit.py
"""

import os
import subprocess
import sys
import time

import dbus

NAME = "idle_exit"
IDLE_SECONDS = 60


def owner_pid(bus):
    daemon = dbus.Interface(bus.get_object("org.freedesktop.DBus", "/org/freedesktop/DBus"), "org.freedesktop.DBus")
    if not daemon.NameHasOwner("org.netnsstudio.Helper1"):
        return None
    return int(daemon.GetConnectionUnixProcessID("org.netnsstudio.Helper1"))


def helper(bus):
    return dbus.Interface(bus.get_object("org.netnsstudio.Helper1", "/org/netnsstudio/Helper1"),
                          "org.netnsstudio.Helper1")


def main():
    if os.environ.get("NETNS_STUDIO_SANDBOX") != "1":
        print(f"{NAME}: run me through scripts/sandbox", file=sys.stderr)
        return 2
    bus = dbus.SystemBus()
    helper(bus).GetTopology()
    first = owner_pid(bus)
    if not first:
        print(f"{NAME}: FAIL: the helper did not start by activation")
        return 1
    time.sleep(IDLE_SECONDS + 5)
    if owner_pid(bus) is not None or os.path.exists(f"/proc/{first}"):
        print(f"{NAME}: FAIL: the helper (pid {first}) is still running after {IDLE_SECONDS + 5} s idle")
        return 1
    helper(bus).GetTopology()
    second = owner_pid(bus)
    if not second or second == first:
        print(f"{NAME}: FAIL: the helper was not started again by the next call")
        return 1
    # A subscriber (a separate client) keeps it alive past the idle time.
    watcher = subprocess.Popen([os.path.join(os.environ.get("NETNS_STUDIO_BUILD", "build"), "bin", "netns-studio"),
                                "--watch"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(IDLE_SECONDS + 5)
        if owner_pid(bus) != second:
            print(f"{NAME}: FAIL: the helper ended although a client was subscribed")
            return 1
    finally:
        watcher.terminate()
        watcher.wait()
    print(f"{NAME}: the helper (pid {first}) ended after {IDLE_SECONDS} s idle, was started again by the next "
          f"call (pid {second}), and stayed while a client was subscribed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
