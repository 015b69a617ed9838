#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad ping input gets a named error and sends nothing, through the D-Bus method Ping
and through `netns-studio --ping` (issue 6: a hostname, `-f`, `0.0.0.0/0`, count 10^6,
interval 0, an unknown namespace; and a few more bounds).

Runs inside scripts/sandbox:

    scripts/sandbox -- /usr/bin/python3 tests/helper/bad_ping.py

The tutorial's state (blue, veth0/veth1, 10.1.1.1/24 and 10.1.1.2/24, all up) with
IPv6 off, so that no interface sends anything by itself (duplicate address detection,
router solicitations, MLD). "Nothing sent": the TX packet counters of every interface
of every namespace (`ip -s -j link`) are equal before and after all the bad cases,
read once more after a wait longer than a ping's interval plus timeout. Then, so
that the check is known to see pings, one good ping must move those counters.

Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 not root.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "bad_ping"
# Longer than the helper's longest wait between sending and giving up on a reply with
# the bounds used here (interval 1 s, timeout 1 s), so that a ping that had started
# would have sent by then.
QUIET_WAIT = 2.5


def setup():
    H.sh("""
        sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
        ip netns add blue
        ip netns exec blue sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
        ip link add veth0 type veth peer name veth1
        ip link set veth1 netns blue
        ip -n blue addr add 10.1.1.1/24 dev veth1
        ip -n blue link set veth1 up
        ip -n blue link set lo up
        ip addr add 10.1.1.2/24 dev veth0
        ip link set veth0 up
    """)


def tx_counters():
    """{namespace/interface: TX packets} for every interface of every namespace."""
    counters = {}
    names = [line.split()[0] for line in H.run(["ip", "netns", "list"]).stdout.splitlines() if line.strip()]
    for ns in [""] + names:
        argv = ["ip"] + (["-n", ns] if ns else []) + ["-s", "-j", "link", "show"]
        for link in json.loads(H.run(argv).stdout or "[]"):
            counters[f"{ns or '(host)'}/{link['ifname']}"] = link["stats64"]["tx"]["packets"]
    return counters


def quiet_counters(timeout=20.0):
    """The counters once they stay the same for QUIET_WAIT seconds."""
    deadline = time.monotonic() + timeout
    last = tx_counters()
    while time.monotonic() < deadline:
        time.sleep(QUIET_WAIT)
        now = tx_counters()
        if now == last:
            return now
        last = now
    raise H.HarnessError(f"the TX counters keep moving without any ping: {last}")


def main():
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    import dbus
    U64, U32 = dbus.UInt64, dbus.UInt32
    setup()
    bus, helper = H.connect()
    topo = H.topology(helper)
    blue = H.find_ns(topo, name="blue")["id"]
    unknown = max(n["id"] for n in topo) + 1000
    failures = []
    before = quiet_counters()
    helper_name = H.owner(bus)

    IA, NF = H.INVALID_ARGUMENT, H.NOT_FOUND
    # (label, namespace, address, count, interval ms, timeout ms, expected error)
    dbus_cases = [
        ("a hostname", blue, "localhost", 1, 1000, 1000, IA),
        ("a hostname of ours", blue, "blue", 1, 1000, 1000, IA),
        ("an option", blue, "-f", 1, 1000, 1000, IA),
        ("a flood option with an address", blue, "-f 10.1.1.2", 1, 1000, 1000, IA),
        ("a network", blue, "0.0.0.0/0", 1, 1000, 1000, IA),
        ("an address with a prefix", blue, "10.1.1.2/24", 1, 1000, 1000, IA),
        ("an empty address", blue, "", 1, 1000, 1000, IA),
        ("count 10^6", blue, "10.1.1.2", 10**6, 1000, 1000, IA),
        ("count 0", blue, "10.1.1.2", 0, 1000, 1000, IA),
        ("count 101", blue, "10.1.1.2", 101, 1000, 1000, IA),
        ("interval 0", blue, "10.1.1.2", 3, 0, 1000, IA),
        ("interval 199 ms", blue, "10.1.1.2", 3, 199, 1000, IA),
        ("interval 10^6 ms", blue, "10.1.1.2", 3, 10**6, 1000, IA),
        ("timeout 0", blue, "10.1.1.2", 3, 1000, 0, IA),
        ("an unknown namespace", unknown, "10.1.1.2", 1, 1000, 1000, NF),
        ("namespace id 0", 0, "10.1.1.2", 1, 1000, 1000, NF),
    ]
    for label, ns, address, count, interval, timeout, expected in dbus_cases:
        err, msg = H.error_of(helper.Ping, U64(ns), address, U32(count), U32(interval), U32(timeout))
        if err != expected:
            failures.append(f"D-Bus Ping with {label} ({address!r}, count {count}, interval {interval}): "
                            f"got {err or 'a probe id ' + str(msg)}, want {expected}")
        else:
            H.log(NAME, f"D-Bus, {label}: {err}: {msg}")

    # The command line: exit 2 and the reason, local or the helper's named error.
    cli_cases = [
        ("a hostname", ["blue", "localhost"], "is not an IPv4 or IPv6 address"),
        ("an option", ["blue", "--", "-f"], "is not an IPv4 or IPv6 address"),
        ("a network", ["blue", "0.0.0.0/0"], "is not an IPv4 or IPv6 address"),
        ("count 10^6", ["blue", "10.1.1.2", "--count", str(10**6)], IA),
        ("interval 0", ["blue", "10.1.1.2", "--interval", "0"], IA),
        ("an unknown namespace", ["nosuch", "10.1.1.2"], "there is no namespace 'nosuch'"),
        ("an unknown namespace id", [str(unknown), "10.1.1.2"], f"there is no namespace '{unknown}'"),
    ]
    for label, args, expected in cli_cases:
        argv = [H.CLIENT, "--ping", args[0]] + args[1:]
        proc = H.run(argv, check=False, timeout=30)
        if proc.returncode != 2 or expected.lower() not in proc.stderr.lower():
            failures.append(f"`netns-studio --ping {' '.join(args)}` ({label}): exit {proc.returncode}, "
                            f"stderr {proc.stderr.strip()!r}, stdout {proc.stdout.strip()!r}; want exit 2 "
                            f"and {expected!r}")
        else:
            H.log(NAME, f"--ping, {label}: exit 2: {proc.stderr.strip()}")

    time.sleep(QUIET_WAIT)
    after = tx_counters()
    sent = {k: (before.get(k), after.get(k)) for k in set(before) | set(after) if before.get(k) != after.get(k)}
    if sent:
        failures.append(f"bad pings sent packets (TX before, after): {sent}")
    else:
        H.log(NAME, f"TX counters of {len(after)} interfaces unchanged: {after}")
    if H.owner(bus) != helper_name:
        failures.append(f"the helper changed its bus name from {helper_name} to {H.owner(bus)} (did it crash?)")

    # The check can see a ping: a good one moves the counters.
    proc = H.run([H.CLIENT, "--ping", "blue", "10.1.1.2", "--count", "1"], check=False, timeout=30)
    moved = tx_counters()
    if proc.returncode != 0 or moved.get("blue/veth1", 0) <= after.get("blue/veth1", 0):
        failures.append(f"a good ping did not show: exit {proc.returncode} ({proc.stdout.strip()!r} "
                        f"{proc.stderr.strip()!r}); blue/veth1 TX {after.get('blue/veth1')} -> "
                        f"{moved.get('blue/veth1')}")
    else:
        H.log(NAME, f"a good ping moved blue/veth1 TX {after['blue/veth1']} -> {moved['blue/veth1']}")

    for f in failures:
        print(f"FAIL: {f}", file=sys.stderr)
    print(f"{NAME}: {'PASS' if not failures else 'FAIL'} ({len(dbus_cases)} D-Bus cases, "
          f"{len(cli_cases)} command lines)")
    return 1 if failures else 0


if __name__ == "__main__":
    H.run_main(NAME, main)
