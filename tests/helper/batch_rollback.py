#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A batch that fails at step k+1 leaves everything as it was before the batch.

Runs inside scripts/sandbox:

    scripts/sandbox -- /usr/bin/python3 tests/helper/batch_rollback.py

The starting topology (made with `ip`) has a namespace "base" with an addressed, routed
veth, a bridge with a port and a veth to the host, a namespace "other", and host veths.
ApplyBatch is then given the first k of 30 good steps (new namespaces, veth pairs
across them and to "base" and the host, addresses, routes, a bridge with a port, up,
MTU, renames, a move, forwarding; about half of them change things that existed
before the batch) followed by one step that fails when it is applied:

  missing link (NotFound), existing namespace name (Exists), a veth named like an
  existing link (the kernel says EEXIST: Exists), an MTU the kernel refuses for a veth
  (65536: Kernel), a veth as master (Kernel), a route via an unreachable gateway
  (Kernel), a move to a namespace that is not there (NotFound), an address that is
  already there (Exists);

for k = 0 (the first step fails), 1, 3, 8, 16, 24 and 30 (the last step fails).
Each must give that error, name "Step k+1 of k+1", report no step it could not undo,
and leave `ip -j -d link/addr/route` and the forwarding sysctls of every namespace,
/run/netns, its mounts and `ip netns list` byte-equal to before, but for bridge timers,
nsids the kernel assigned and a down link's qdisc (noop or noqueue: see comparable()).

Then each step that destroys or loses something that existed before the batch (delete
a veth from either end, a bridge port, a bridge with a port, a namespace with links, an
IPv4 address that routes use, an IPv6 address, a route; move an addressed link away;
set a routed link down; remove a bridge port), alone and six of them in a row, followed
by a failing step must be undone just as well: the same ifindexes, MACs, MTU, queue
length, master, state, addresses and the routes the kernel dropped with them, the same
namespace (id) with all its links. Last, the 30 good steps alone succeed.

Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 not root.
"""

import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "batch_rollback"
HOST = "@host"


def A(type_, where=None, **fields):
    d = {"type": type_}
    if where == HOST:
        d["ns-id"] = HOST
    elif where is not None:
        d["ns-name"] = where
    for k, v in fields.items():
        k = k.replace("_", "-")
        if k in ("peer-ns", ) and v == HOST:
            d["peer-ns-id"] = HOST
        elif k == "peer-ns":
            d["peer-ns-name"] = v
        else:
            d[k] = v
    return d


GOOD = [
    A("add-namespace", name="rb1"),
    A("add-namespace", name="rb2"),
    A("add-veth-pair", "rb1", name="a0", peer_ns="rb2", peer_name="a1"),
    A("set-link-up", "rb1", link_name="a0", flag=True),
    A("set-link-up", "rb2", link_name="a1", flag=True),
    A("set-mtu", "rb1", link_name="a0", number=1400),
    A("add-address", "rb1", link_name="a0", address="10.7.0.1/24"),
    A("add-address", "rb2", link_name="a1", address="10.7.0.2/24"),
    A("add-route", "rb1", address="default", gateway="10.7.0.2"),
    A("add-route", "rb1", address="10.8.0.0/16", link_name="a0", number=5),
    A("add-bridge", "rb2", name="br0"),
    A("add-veth-pair", "rb2", name="p0", peer_ns="base", peer_name="p0b"),
    A("set-master", "rb2", link_name="p0", master_name="br0"),
    A("set-link-up", "rb2", link_name="br0", flag=True),
    A("set-forwarding", "rb1", family="inet", flag=True),
    A("set-forwarding", "rb1", family="inet6", flag=True),
    A("add-address", "rb2", link_name="br0", address="fd00:7::1/64"),
    # From here on, mostly things that existed before the batch.
    A("set-link-up", "other", link_name="o0", flag=True),
    A("set-mtu", "base", link_name="e0", number=1400),
    A("add-address", "base", link_name="e0", address="10.6.1.1/24"),
    A("add-route", "base", address="10.77.0.0/16", gateway="10.6.0.2", number=9),
    A("add-bridge", "base", name="nbr"),
    A("set-master", "base", link_name="e1", master_name="nbr"),
    A("set-forwarding", "base", family="inet6", flag=True),
    A("rename-link", "other", link_name="o1", name="o1-renamed"),
    A("set-forwarding", HOST, family="inet", flag=True),
    A("set-link-up", HOST, link_name="h0", flag=True),
    A("add-veth-pair", HOST, name="hx0", peer_ns="other", peer_name="ox0"),
    A("move-link", "other", link_name="ox0", peer_ns="rb1"),
    A("rename-link", "rb2", link_name="p0", name="p0-renamed"),
]

FAILING = {
    "missing link": (A("set-link-up", "base", link_name="ghost", flag=True), H.NOT_FOUND),
    "existing namespace": (A("add-namespace", name="base"), H.EXISTS),
    "veth named like an existing link": (
        A("add-veth-pair", "base", name="e0", peer_ns="base", peer_name="zz0"), H.EXISTS),
    "MTU the kernel refuses": (A("set-mtu", "base", link_name="e0", number=65536), H.KERNEL),
    "veth as master": (A("set-master", "base", link_name="e0", master_name="e1"), H.KERNEL),
    "unreachable gateway": (A("add-route", "base", address="10.99.0.0/16",
                              gateway="192.0.2.1"), H.KERNEL),
    "move to no namespace": (A("move-link", "base", link_name="e0", peer_ns="nowhere"),
                             H.NOT_FOUND),
    "address already there": (A("add-address", "base", link_name="e0", address="10.6.0.1/24"),
                              H.EXISTS),
}

KS = [0, 1, 3, 8, 16, 24, 30]

# Steps that take something away: rollback must bring back exactly what was there (the
# same ifindexes, MACs, MTU, state, master, ports, addresses, and the routes the kernel
# dropped with them), or the same namespace with everything in it.
DESTRUCTIVE = {
    "delete a route": A("delete-route", "base", address="10.66.0.0/16", gateway="10.6.0.2"),
    "take a port off its bridge": A("set-master", "base", link_name="e1"),
    "delete an addressed, routed veth whose peer is on the host": A("delete-link", "base",
                                                                    link_name="e0"),
    "delete a veth from the host's end": A("delete-link", HOST, link_name="e0p"),
    "delete a bridge port": A("delete-link", "base", link_name="e1"),
    "delete a bridge with a port": A("delete-link", "base", link_name="ebr"),
    "delete a namespace with links": A("delete-namespace", "base"),
    "delete an IPv4 address that a route uses": A("delete-address", "base", link_name="e0",
                                                  address="10.6.0.1/24"),
    "delete an IPv6 address": A("delete-address", "base", link_name="e0", address="fd06::1/64"),
    "set a routed link down": A("set-link-up", "base", link_name="e0", flag=False),
    "move an addressed link away": A("move-link", "base", link_name="e0", peer_ns="other"),
    "delete a tuned veth with two addresses and routes": A("delete-link", "other", link_name="o0"),
}

SETUP = """
    ip netns add base; ip netns add other
    # No IPv6 duplicate address detection here, so that the start settles at once.
    sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
    ip netns exec base sysctl -qw net.ipv6.conf.all.accept_dad=0 \
        net.ipv6.conf.default.accept_dad=0
    ip -n base link set lo up
    ip -n base link add e0 type veth peer name e0p netns 1
    ip -n base link set e0 up; ip link set e0p up
    ip -n base addr add 10.6.0.1/24 dev e0
    ip -n base addr add fd06::1/64 dev e0 nodad
    ip -n base route add 10.66.0.0/16 via 10.6.0.2
    ip -n base link add ebr type bridge
    ip -n base link add e1 type veth peer name e1p
    ip -n base link set e1 master ebr
    ip -n base link set ebr up
    ip -n other link add o0 type veth peer name o0p
    ip -n other link set o0 mtu 1300 address 02:00:00:00:0a:01 txqueuelen 77
    ip -n other link set o0 up
    ip -n other addr add 10.9.0.1/24 dev o0
    ip -n other addr add 10.9.0.7/24 dev o0
    ip -n other route add 10.19.0.0/16 via 10.9.0.2 metric 3
    ip -n other route add 10.29.0.0/16 dev o0 src 10.9.0.7
    ip -n other link add o1 type veth peer name o1p
    ip link add h0 type veth peer name h0p
"""


def comparable(snap):
    """A snapshot without the traces that no undo can take back and that `ip` would
    leave the same way: the nsids that a veth across namespaces made the kernel assign
    ("(id: N)" in `ip netns list`), the order of `ip netns list` (the order in which the
    names were made in /run/netns: a name given back comes last), and the default qdisc
    that a link gets the first time it is up and keeps when down again ("noqueue"
    instead of "noop")."""
    out = {}
    for key, value in snap.items():
        if key == "ip netns list":
            value = "".join(sorted(re.sub(r" \(id: \d+\)", "", value).splitlines(True)))
        elif isinstance(value, dict):
            value = {part: text.replace('"qdisc":"noop"', '"qdisc":"noqueue"')
                     for part, text in value.items()}
        out[key] = value
    return out


def to_dbus(actions, host_id):
    import dbus
    kinds = {"ns-id": dbus.UInt64, "peer-ns-id": dbus.UInt64, "link-ifindex": dbus.Int32,
             "master-ifindex": dbus.Int32, "number": dbus.UInt32, "flag": dbus.Boolean}
    out = []
    for a in actions:
        d = {}
        for k, v in a.items():
            if v == HOST:
                v = host_id
            d[k] = kinds.get(k, dbus.String)(v)
        out.append(dbus.Dictionary(d, signature="sv"))
    return dbus.Array(out, signature="a{sv}")


def describe(a):
    return " ".join(f"{k}={v}" for k, v in a.items())


def reset():
    """Back to the starting topology, made afresh (only inside the sandbox): every named
    namespace and every host link but lo go, forwarding goes off, SETUP runs again."""
    import json
    for name in os.listdir("/run/netns"):
        H.run(["ip", "netns", "del", name])
    for link in json.loads(H.run(["ip", "-j", "link", "show"]).stdout):
        if link["ifname"] != "lo":
            H.run(["ip", "link", "del", "dev", link["ifname"]], check=False)  # a peer may be gone
    H.sh("sysctl -qw net.ipv4.ip_forward=0 net.ipv6.conf.all.forwarding=0")
    H.sh(SETUP)
    return H.settled_snapshot()


def main():
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    t0 = time.monotonic()
    H.sh(SETUP)
    bus, helper = H.connect()
    host_id = H.find_ns(H.topology(helper), kind="host")["id"]
    owner0 = H.owner(bus)
    failures = []
    baseline = H.settled_snapshot()
    runs = 0

    def run_batch(label, steps, want_error, want_step):
        nonlocal baseline, runs
        runs += 1
        name, message = H.error_of(helper.ApplyBatch, to_dbus(steps, host_id), timeout=60)
        after = H.snapshot_until(baseline, view=comparable, timeout=1.2)
        problems = []
        if name is None:
            problems.append(f"succeeded, want {want_error}")
        else:
            if name != want_error:
                problems.append(f"gave {name}, want {want_error}")
            where = f"Step {want_step} of {len(steps)}"
            if not message.startswith(where):
                problems.append(f"the message does not start with {where!r}")
            if "failed too" in message:
                problems.append("the helper says some steps could not be undone")
        if comparable(after) != comparable(baseline):
            problems.append("the system is not as before the batch:\n" +
                            H.snapshot_diff(comparable(baseline), comparable(after)))
        if H.owner(bus) != owner0:
            problems.append("the helper's bus name changed")
        if problems:
            failures.append(f"{label}: " + "; ".join(problems) +
                            (f"\n    message: {message}" if name else ""))
        if comparable(after) != comparable(baseline):
            baseline = reset()  # so that the next batches are judged on their own

    # The good steps, then a failing one.
    kinds = list(FAILING)
    combos = []
    for k in KS:
        if k in (0, len(GOOD)):
            combos += [(k, kind) for kind in kinds]
        else:
            i = KS.index(k)
            combos += [(k, kinds[(2 * i) % len(kinds)]), (k, kinds[(2 * i + 1) % len(kinds)])]
    for k, kind in combos:
        step, error = FAILING[kind]
        run_batch(f"{k} good steps then '{kind}' ({describe(step)})", GOOD[:k] + [step], error,
                  k + 1)
    # Refused by validation after 30 good steps: nothing at all was done.
    run_batch("30 good steps then an invalid name",
              GOOD + [A("add-namespace", name="../etc")], H.INVALID_NAME, len(GOOD) + 1)

    # Steps that destroy something that was there before the batch.
    fail_step, fail_error = FAILING["missing link"]
    for label, step in DESTRUCTIVE.items():
        run_batch(f"'{label}' ({describe(step)}) then '{'missing link'}'",
                  [step, fail_step], fail_error, 2)

    # Several of them in a row, each undone on top of the undoing of the later ones.
    chain = [DESTRUCTIVE[k] for k in ("delete an IPv4 address that a route uses",
                                      "set a routed link down", "move an addressed link away",
                                      "delete a tuned veth with two addresses and routes",
                                      "delete a bridge with a port",
                                      "delete a namespace with links")]
    run_batch("six destructive steps in a row then 'missing link' in another namespace",
              chain + [A("set-link-up", "other", link_name="ghost", flag=True)], fail_error,
              len(chain) + 1)

    # The good steps themselves are good.
    name, message = H.error_of(helper.ApplyBatch, to_dbus(GOOD, host_id), timeout=60)
    if name is not None:
        failures.append(f"the {len(GOOD)} good steps alone: {name}: {message}")

    elapsed = time.monotonic() - t0
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        print(f"{NAME}: {len(failures)} of {runs + 1} batches went wrong ({elapsed:.1f} s)")
        return 1
    print(f"{NAME}: {runs} failing batches (k = {KS}, {len(FAILING)} kinds of failure, "
          f"{len(DESTRUCTIVE)} destructive steps alone and six in a row) each named its failing step and left every "
          f"namespace as it was; the {len(GOOD)} good steps alone work ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    H.run_main(NAME, main)
