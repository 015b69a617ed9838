#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Live updates: a subscribed client's model equals `ip -j` after random changes.

Runs inside scripts/sandbox (it creates namespaces and links):

    scripts/sandbox /usr/bin/python3 tests/live/random_changes.py [SEED] [--changes N]

1. Starts `netns-studio --watch` (the app's HelperClient and TopologyModel, subscribed
   to the helper) and mirrors its output: the first topology, then each change line
   applied as TopologyModel::applyChange does; change lines must have consecutive
   generations (a gap is only allowed as a resync line).
2. Makes N (default 300) random changes with the real `ip`, seeded: named namespaces
   added and deleted; veth pairs created within and across namespaces (the sandbox's
   root namespace and process-held ones included), moved (`ip link set X netns Y`),
   renamed and deleted; IPv4 and IPv6 (nodad) addresses added and removed; routes
   (dev, onlink gateway, blackhole; IPv4 and IPv6) added and removed; links set up and
   down, MTUs; IPv4 forwarding and rp_filter switched (all, or one interface); a bridge
   with ports; namespaces held only by `unshare --net sleep 600`
   started and stopped (each followed by a D-Bus Rescan or a 2.5 s wait for the
   periodic /proc scan, which alone finds them; stopped by killing the holder's pid).
   Some commands are refused by the kernel (an IPv4 route over a link that is down,
   an address that a link-down flushed): they are counted, not errors.
3. Waits until the client has printed nothing for 1.5 s and takes its model (before
   the oracle runs: the oracle's own `ip -n` processes would show up as holders at the
   helper's next /proc scan, and the re-read that follows could hide a stale model),
   then compares it with `ip -j -d link/addr/route` (+ `-6 route`) in every namespace,
   using the comparison of tests/helper/topology_diff.py: namespace ids, kinds, names,
   labels, holders and forwarding; links (ifindex, name, kind, type, up, operstate, mtu,
   mac, master, rp_filter, veth peer namespace+ifindex+name); addresses as sets; routes
   as multisets.
   On a difference it also says whether the model caught up a few seconds later and
   whether a fresh `netns-studio --json` is right, and prints every command it ran.

The seed comes from argv, else $LIVE_SEED, else is random; it is printed.
Exit status: 0 equal, 1 mismatch, 2 the test could not run, 77 not root.
"""

import argparse
import os
import random
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import livelib  # noqa: E402
from livelib import HarnessError, Namespace, ip  # noqa: E402

PROG = "random_changes"


class World:
    """What the test believes exists; the kernel (ip -j) has the last word."""

    def __init__(self, rng):
        self.rng = rng
        self.ns = {"host": Namespace("host")}  # key -> livelib.Namespace
        self.holders = {}  # key -> Popen, for process-held namespaces
        self.links = {}  # (nskey, ifname) -> {"kind", "peer": (nskey, ifname) | None}
        self.addrs = {}  # (nskey, ifname) -> set of CIDR
        self.counter = 0
        self.ok = 0
        self.failed = 0
        self.by_op = {}
        self.log = []

    # -- helpers -------------------------------------------------------------------
    def next(self):
        self.counter += 1
        return self.counter

    def target(self, key):
        """How `ip ... netns X` names namespace key."""
        ns = self.ns[key]
        if ns.kind == "host":
            return "1"  # pid 1 of the sandbox lives in its root namespace
        if ns.kind == "named":
            return ns.name
        return str(ns.pids[0])

    def run(self, op, key, *args):
        return self.record(op, self.ns[key].ip_argv(*args))

    def record(self, op, argv):
        ok, err = ip(argv, check=False)
        self.log.append(("" if ok else "FAILED ") + " ".join(argv) + ("" if ok else f"  # {err}"))
        stats = self.by_op.setdefault(op, [0, 0])
        stats[0 if ok else 1] += 1
        if ok:
            self.ok += 1
        else:
            self.failed += 1
        return ok

    def links_in(self, key):
        return [k for k in self.links if k[0] == key]

    def forget_link(self, lk):
        link = self.links.pop(lk, None)
        self.addrs.pop(lk, None)
        if link and link["peer"]:
            self.links.pop(link["peer"], None)
            self.addrs.pop(link["peer"], None)
        # Ports of a deleted bridge simply lose their master.

    def forget_namespace(self, key):
        for lk in self.links_in(key):
            self.forget_link(lk)
        del self.ns[key]

    def named_keys(self):
        return [k for k, n in self.ns.items() if n.kind == "named"]

    def any_link(self, kinds=None):
        choices = [k for k, l in self.links.items() if kinds is None or l["kind"] in kinds]
        return self.rng.choice(choices) if choices else None

    # -- the changes -----------------------------------------------------------------
    def add_ns(self):
        name = f"ns{self.next()}"
        argv = ["ip", "netns", "add", name]
        ok, err = ip(argv, check=False)
        self.log.append(("" if ok else "FAILED ") + " ".join(argv))
        if not ok:
            self.failed += 1
            return
        self.ok += 1
        self.ns[name] = Namespace("named", name)
        self.log[-1] += f"   # id {self.ns[name].inode}"
        if self.rng.random() < 0.5:
            self.run("lo-up", name, "link", "set", "lo", "up")

    def del_ns(self):
        key = self.rng.choice(self.named_keys())
        argv = ["ip", "netns", "del", key]
        ok, err = ip(argv, check=False)
        self.log.append(("" if ok else "FAILED ") + " ".join(argv))
        self.ok += ok
        self.failed += not ok
        self.forget_namespace(key)

    def start_holder(self):
        proc = livelib.start_holder()
        key = f"p{proc.pid}"
        self.holders[key] = proc
        self.ns[key] = Namespace("process", None, [proc.pid])
        self.ok += 1
        # Only a look at /proc finds it: ask for one, or wait for the periodic one.
        if self.rng.random() < 0.75:
            livelib.rescan()
            how = "Rescan over D-Bus"
        else:
            time.sleep(2.5)
            how = "sleep 2.5"
        self.log.append(f"unshare --net sleep 600 &   # pid {proc.pid}, id {self.ns[key].inode}; {how}")

    def stop_holder(self):
        key = self.rng.choice(sorted(self.holders))
        proc = self.holders.pop(key)
        proc.kill()
        proc.wait()
        self.forget_namespace(key)
        self.ok += 1
        if self.rng.random() < 0.75:
            livelib.rescan()
            self.log.append(f"kill {proc.pid}; Rescan over D-Bus")
        else:
            time.sleep(2.5)  # the periodic /proc scan runs every 2 s
            self.log.append(f"kill {proc.pid}; sleep 2.5")

    def add_veth(self):
        rng = self.rng
        a = rng.choice(sorted(self.ns))
        b = a if rng.random() < 0.2 else rng.choice(sorted(self.ns))
        n = self.next()
        na, nb = f"va{n}", f"vb{n}"
        args = ["link", "add", na, "type", "veth", "peer", "name", nb]
        if b != a:
            args += ["netns", self.target(b)]
        if self.run("add-veth", a, *args):
            self.links[(a, na)] = {"kind": "veth", "peer": (b, nb)}
            self.links[(b, nb)] = {"kind": "veth", "peer": (a, na)}
            if rng.random() < 0.4:
                self.run("link-up", a, "link", "set", na, "up")
            if rng.random() < 0.4:
                self.run("link-up", b, "link", "set", nb, "up")

    def add_bridge(self):
        key = self.rng.choice(sorted(self.ns))
        name = f"br{self.next()}"
        if self.run("add-bridge", key, "link", "add", name, "type", "bridge"):
            self.links[(key, name)] = {"kind": "bridge", "peer": None}
            if self.rng.random() < 0.7:
                self.run("link-up", key, "link", "set", name, "up")

    def set_master(self):
        bridges = [k for k, l in self.links.items() if l["kind"] == "bridge"]
        if not bridges:
            return self.add_bridge()
        bk = self.rng.choice(bridges)
        ports = [k for k, l in self.links.items() if k[0] == bk[0] and l["kind"] == "veth"]
        if not ports:
            return self.add_veth()
        port = self.rng.choice(ports)
        if self.rng.random() < 0.25:
            self.run("nomaster", port[0], "link", "set", port[1], "nomaster")
        else:
            self.run("set-master", port[0], "link", "set", port[1], "master", bk[1])

    def move(self):
        lk = self.any_link({"veth"})
        if not lk:
            return self.add_veth()
        dest = self.rng.choice([k for k in sorted(self.ns) if k != lk[0]])
        if self.run("move", lk[0], "link", "set", lk[1], "netns", self.target(dest)):
            link = self.links.pop(lk)
            self.addrs.pop(lk, None)
            self.links[(dest, lk[1])] = link
            if link["peer"] in self.links:
                self.links[link["peer"]]["peer"] = (dest, lk[1])

    def rename(self):
        lk = self.any_link({"veth", "bridge"})
        if not lk:
            return self.add_veth()
        new = f"rn{self.next()}"
        self.run("link-down", lk[0], "link", "set", lk[1], "down")  # renames need it down
        if self.run("rename", lk[0], "link", "set", lk[1], "name", new):
            link = self.links.pop(lk)
            addrs = self.addrs.pop(lk, None)
            nk = (lk[0], new)
            self.links[nk] = link
            if addrs is not None:
                self.addrs[nk] = addrs
            if link["peer"] in self.links:
                self.links[link["peer"]]["peer"] = nk

    def del_link(self):
        lk = self.any_link()
        if not lk:
            return self.add_veth()
        if self.run("del-link", lk[0], "link", "del", lk[1]):
            self.forget_link(lk)

    def updown(self):
        rng = self.rng
        if rng.random() < 0.1:
            key = rng.choice(sorted(self.ns))
            lk = (key, "lo")
        else:
            lk = self.any_link()
            if not lk:
                return self.add_veth()
        self.run("link-updown", lk[0], "link", "set", lk[1], rng.choice(["up", "up", "down"]))

    def mtu(self):
        lk = self.any_link()
        if not lk:
            return self.add_veth()
        self.run("mtu", lk[0], "link", "set", lk[1], "mtu",
                 str(self.rng.choice([1280, 1400, 1500, 9000])))

    def switch(self):
        """IPv4 forwarding or an rp_filter (namespace-wide or one interface's): the
        kernel announces these with netconf events only."""
        rng = self.rng
        key = rng.choice(sorted(self.ns))
        ifnames = [lk[1] for lk in self.links_in(key)]
        r = rng.random()
        if r < 0.3:
            sysctl = f"net/ipv4/ip_forward={rng.choice([0, 1])}"
        elif r < 0.5 or not ifnames:
            sysctl = f"net/ipv4/conf/all/rp_filter={rng.choice([0, 1, 2])}"
        else:
            sysctl = f"net/ipv4/conf/{rng.choice(ifnames)}/rp_filter={rng.choice([0, 1, 2])}"
        self.record("switch", self.ns[key].in_argv("sysctl", "-qw", sysctl))

    def addr_add(self):
        rng = self.rng
        lk = self.any_link()
        if not lk:
            return self.add_veth()
        if rng.random() < 0.6:
            plen = rng.choice([8, 16, 24, 24, 30, 32])
            cidr = f"10.{rng.randrange(1, 250)}.{rng.randrange(256)}.{rng.randrange(1, 250)}/{plen}"
            ok = self.run("addr-add-v4", lk[0], "addr", "add", cidr, "dev", lk[1])
        else:
            plen = rng.choice([48, 64, 64, 128])
            cidr = f"fd{rng.randrange(256):02x}:{rng.randrange(1, 65536):x}::{rng.randrange(1, 65536):x}/{plen}"
            ok = self.run("addr-add-v6", lk[0], "addr", "add", cidr, "dev", lk[1], "nodad")
        if ok:
            self.addrs.setdefault(lk, set()).add(cidr)

    def addr_del(self):
        choices = [(lk, a) for lk, s in self.addrs.items() for a in sorted(s)]
        if not choices:
            return self.addr_add()
        lk, cidr = self.rng.choice(choices)
        self.addrs[lk].discard(cidr)
        self.run("addr-del", lk[0], "addr", "del", cidr, "dev", lk[1])

    def route_add(self):
        rng = self.rng
        key = rng.choice(sorted(self.ns))
        devs = [k[1] for k in self.links_in(key)]
        kind = rng.random()
        metric = str(rng.choice([0, 5, 100, 1024, 4242]))
        if kind < 0.2 or not devs:
            self.run("route-add-blackhole", key, "route", "add", "blackhole",
                     f"10.{200 + rng.randrange(50)}.{rng.randrange(256)}.0/24", "metric", metric)
            return
        dev = rng.choice(devs)
        if kind < 0.55:
            self.run("route-add-v4", key, "route", "add",
                     f"172.{16 + rng.randrange(16)}.{rng.randrange(256)}.0/24", "dev", dev,
                     "metric", metric)
        elif kind < 0.7:
            self.run("route-add-onlink", key, "route", "add",
                     f"192.168.{rng.randrange(256)}.0/24", "via",
                     f"100.64.{rng.randrange(256)}.{rng.randrange(1, 255)}", "dev", dev, "onlink")
        else:
            self.run("route-add-v6", key, "-6", "route", "add",
                     f"fd99:{rng.randrange(1, 65536):x}::/64", "dev", dev, "metric", metric)

    def route_del(self):
        rng = self.rng
        key = rng.choice(sorted(self.ns))
        ns = self.ns[key]
        routes = [("inet", r) for r in ns.ip_json("route", "show")]
        routes += [("inet6", r) for r in ns.ip_json("-6", "route", "show")]
        if not routes:
            return self.route_add()
        mine = [x for x in routes if x[1].get("protocol") != "kernel"]
        family, r = rng.choice(mine if mine and rng.random() < 0.85 else routes)
        args = ["-6"] if family == "inet6" else []
        args += ["route", "del"]
        if r.get("type", "unicast") != "unicast":
            args.append(r["type"])
        args.append(r["dst"])
        if r.get("gateway"):
            args += ["via", r["gateway"]]
        if r.get("dev"):
            args += ["dev", r["dev"]]
        if "metric" in r:
            args += ["metric", str(r["metric"])]
        self.run("route-del", key, *args)

    def step(self):
        rng = self.rng
        named = len(self.named_keys())
        ops = [
            (self.add_ns, 6 if named < 10 else 0),
            (self.del_ns, 3 if named > 2 else 0),
            (self.start_holder, 2 if len(self.holders) < 3 else 0),
            (self.stop_holder, 2 if self.holders else 0),
            (self.add_veth, 14),
            (self.move, 8),
            (self.rename, 2),
            (self.del_link, 5),
            (self.add_bridge, 1 if sum(l["kind"] == "bridge" for l in self.links.values()) < 3 else 0),
            (self.set_master, 3),
            (self.updown, 16),
            (self.mtu, 3),
            (self.addr_add, 16),
            (self.addr_del, 8),
            (self.route_add, 10),
            (self.route_del, 6),
            (self.switch, 3),
        ]
        funcs, weights = zip(*ops)
        rng.choices(funcs, weights)[0]()

    def namespaces(self):
        return list(self.ns.values())

    def stop(self):
        for proc in self.holders.values():
            proc.kill()
            proc.wait()
        self.holders.clear()


BRIDGE_SWITCH = "/proc/sys/net/bridge/bridge-nf-call-iptables"


def bridge_switch_reaches(client, ns, wait=6.0):
    """bridge-nf-call-iptables sends no event: the helper looks at it at every /proc scan
    (2 s). Flips it in ns and waits for the client's model to follow; [] or a problem."""
    if not os.path.exists(BRIDGE_SWITCH):
        print(f"{PROG}: no br_netfilter on this host: the bridge netfilter switch is not tried")
        return []

    def shown():
        return next((n.get("bridgeNetfilter") for n in client.model()["namespaces"] if n["id"] == ns.inode), None)

    want = not shown()
    ip(ns.in_argv("sysctl", "-qw", f"net/bridge/bridge-nf-call-iptables={int(want)}"))
    deadline = time.monotonic() + wait
    while shown() != want and time.monotonic() < deadline:
        time.sleep(0.1)
    if shown() != want:
        return [f"bridge-nf-call-iptables set to {int(want)} in {ns.describe()}: the model still says "
                f"{shown()} after {wait:.0f} s"]
    print(f"{PROG}: bridge-nf-call-iptables set to {int(want)} in {ns.describe()} reached the model")
    return []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", nargs="?")
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--show-commands", action="store_true")
    args = parser.parse_args()
    livelib.require_sandbox(PROG)
    seed_text = args.seed or os.environ.get("LIVE_SEED")
    seed = int(seed_text) if seed_text else int.from_bytes(os.urandom(4), "big")
    print(f"{PROG}: seed {seed} (rerun: scripts/sandbox /usr/bin/python3 "
          f"tests/live/random_changes.py {seed})", flush=True)

    rng = random.Random(seed)
    world = World(rng)
    client = None
    t0 = time.monotonic()
    try:
        # A little to start from, before the client subscribes.
        for _ in range(3):
            world.add_ns()
        client = livelib.WatchClient(stderr_path="/run/live-watch.err")
        client.wait_started()
        t1 = time.monotonic()

        steps = 0
        while steps < args.changes:
            world.step()
            steps += 1
            x = rng.random()
            if x < 0.2:
                time.sleep(rng.uniform(0, 0.01))
            elif x < 0.28:
                time.sleep(rng.uniform(0.02, 0.06))
            if not client.alive():
                raise HarnessError("netns-studio --watch ended during the changes: "
                                   + client.stderr_text())
        t2 = time.monotonic()

        diffs, counts, attempts, later = livelib.converge(client, world.namespaces(), PROG)
        t3 = time.monotonic()
        problems = list(client.problems)
        if not diffs:
            problems += bridge_switch_reaches(client, world.namespaces()[-1])
        if not client.alive():
            problems.append("netns-studio --watch is no longer running: "
                            + client.stderr_text())
        fresh_diffs = []
        if diffs:
            # Is the helper's live copy wrong, or only what reached the client?
            fresh_diffs, _ = livelib.compare_with_oracle(world.namespaces(), livelib.fresh_json())
    except HarnessError as e:
        print(f"{PROG}: error: {e} (seed {seed})", file=sys.stderr)
        if args.show_commands:
            print("\n".join(world.log))
        return 2
    finally:
        if client:
            client.stop()
        world.stop()

    if args.show_commands or diffs or problems:
        print(f"{PROG}: the commands:\n    " + "\n    ".join(world.log))
    ops = ", ".join(f"{op} {s[0]}/{s[0] + s[1]}" for op, s in sorted(world.by_op.items()))
    print(f"{PROG}: {world.ok} changes applied, {world.failed} refused by the kernel "
          f"(ok/tried: {ops})")
    print(f"{PROG}: the client printed {client.lines} lines ({client.changes} changes, "
          f"{client.resyncs} resyncs), generation {client.generation}")
    timing = (f"(set-up {t1 - t0:.1f} s, changes {t2 - t1:.1f} s, quiet+compare "
              f"{t3 - t2:.1f} s, {attempts} comparison(s))")
    if diffs or problems:
        print(f"{PROG}: FAILED (seed {seed}) {timing}")
        for p in problems:
            print("  client: " + p)
        for d in diffs:
            print("  " + d)
        if diffs:
            print(f"{PROG}: namespaces now: " + ", ".join(ns.describe() for ns in world.namespaces()))
            print(f"{PROG}: the model taken again a few seconds later has {len(later)} "
                  "difference(s)" + (" (it caught up late)" if not later else ""))
            print(f"{PROG}: a fresh `netns-studio --json` has "
                  f"{len(fresh_diffs)} difference(s) from ip -j" + (":" if fresh_diffs else
                                                                    " (only the live path is wrong)"))
            for d in fresh_diffs:
                print("  fresh: " + d)
        return 1
    print(f"{PROG}: the live model equals ip -j: {counts['namespaces']} namespaces, "
          f"{counts['links']} links, {counts['addresses']} addresses, {counts['routes']} routes, "
          f"{counts['peers']} veth peers {timing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
