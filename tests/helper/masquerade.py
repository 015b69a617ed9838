#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Masquerading through the helper really rewrites packets, and the live model shows it.

Runs inside scripts/sandbox (it creates namespaces):

    scripts/sandbox -- /usr/bin/python3 tests/helper/masquerade.py

    inner (10.10.0.2) --i0/r-in-- router (forwarding on) --r-out/o0-- outer (10.20.0.2)

inner's default route goes through the router; outer has NO route back to
10.10.0.0/24, so a ping from inner to outer gets there and its reply has nowhere to
go, unless the router masquerades what leaves by r-out (the reply then comes back
to the router's 10.20.0.1 and is translated back). With `netns-studio --watch`
subscribed:

 1. masquerading off: the ping from inner fails;
 2. SetMasquerade(router, r-out, on) through the helper: the ping gets its replies,
    the watching client's model shows r-out masqueraded (and nothing else), and
    GetTopology says the same;
 3. SetMasquerade(..., off): a new ping fails again, and the model follows;
 4. a rule written by hand with `nft` (oifname "r-out" masquerade in table ip nat)
    makes the ping work again and reaches the model too (the helper hears nf_tables
    events), and deleting that table with `nft` takes it away.

Pings go only to addresses of the namespaces made here. Exit status: 0 passed,
1 failed, 2 the test itself could not run, 77 not root.
"""

import os
import subprocess
import sys
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "live"))
import helperlib as H  # noqa: E402
import livelib  # noqa: E402

NAME = "masquerade"
OUTER = "10.20.0.2"


def ping_works():
    """One ping process (so a new ICMP id, a new conntrack entry) from inner to outer."""
    done = subprocess.run(["ip", "netns", "exec", "inner", "ping", "-n", "-c", "2", "-i", "0.2",
                           "-W", "1", OUTER], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=20)
    return done.returncode == 0


def masqueraded(model):
    """(namespace name, link name) of every link the model shows masqueraded."""
    return sorted((ns["name"] or ns["label"], link["name"]) for ns in model["namespaces"]
                  for link in ns["links"] if link.get("masquerade"))


def wait_for(client, want, timeout=5.0):
    deadline = time.monotonic() + timeout
    while True:
        got = masqueraded(client.model())
        if got == want or time.monotonic() > deadline:
            return got
        time.sleep(0.05)


def main():
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    import dbus
    t0 = time.monotonic()
    H.sh("""
        ip netns add inner; ip netns add router; ip netns add outer
        ip -n inner link add i0 type veth peer name r-in netns router
        ip -n router link add r-out type veth peer name o0 netns outer
        ip -n inner addr add 10.10.0.2/24 dev i0
        ip -n router addr add 10.10.0.1/24 dev r-in
        ip -n router addr add 10.20.0.1/24 dev r-out
        ip -n outer addr add 10.20.0.2/24 dev o0
        for ns in inner router outer; do ip -n $ns link set lo up; done
        ip -n inner link set i0 up; ip -n router link set r-in up
        ip -n router link set r-out up; ip -n outer link set o0 up
        ip -n inner route add default via 10.10.0.1
        ip netns exec router sysctl -qw net.ipv4.ip_forward=1
    """)
    failures = []
    client = livelib.WatchClient()
    try:
        client.wait_started()
        bus, helper = H.connect()
        router = H.find_ns(H.topology(helper), name="router")
        r_out = dbus.Int32(H.find_link(router, "r-out")["ifindex"])
        on = [("router", "r-out")]

        def step(label, want_ping, want_model):
            got = wait_for(client, want_model)
            if got != want_model:
                failures.append(f"{label}: the live model shows masquerading on {got}, "
                                f"want {want_model}")
            works = ping_works()
            if works != want_ping:
                failures.append(f"{label}: the ping from inner to {OUTER} "
                                f"{'got replies' if works else 'failed'}, want it to "
                                f"{'get replies' if want_ping else 'fail'}")
            return works

        step("1. masquerading off", False, [])
        helper.SetMasquerade(dbus.UInt64(router["id"]), r_out, "r-out", True)
        step("2. SetMasquerade on", True, on)
        snapshot = masqueraded({"namespaces": H.topology(helper)})
        if snapshot != on:
            failures.append(f"2. GetTopology shows masquerading on {snapshot}, want {on}")
        helper.SetMasquerade(dbus.UInt64(router["id"]), r_out, "r-out", False)
        step("3. SetMasquerade off", False, [])
        H.sh("""ip netns exec router nft 'add table ip nat; add chain ip nat post { type nat hook postrouting priority srcnat; }; add rule ip nat post oifname "r-out" masquerade'""")
        step("4. a rule written with nft", True, on)
        H.sh("ip netns exec router nft delete table ip nat")
        step("4. that table deleted with nft", False, [])
        if client.problems:
            failures.append(f"the watching client: {client.problems}")
    finally:
        client.stop()
    elapsed = time.monotonic() - t0
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        return 1
    print(f"{NAME}: inner reaches outer (no route back) only while the router masquerades "
          f"r-out, whether the helper or nft did it; the live model followed every change "
          f"({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (H.HarnessError, livelib.HarnessError) as e:
        print(f"{NAME}: {e}", file=sys.stderr)
        sys.exit(2)
