#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The path explainer against real pings, over random topologies.

Runs inside ONE scripts/sandbox (it makes namespaces, links and routes):

    scripts/sandbox /usr/bin/python3 tests/explain/explain_vs_ping.py [SEED]
        [--topologies N] [--first I] [--pairs N] [--budget S]
        [--keep-going] [--reference] [--verbose] [--print-topology]

For each of N (default 40) random topologies, seeded (the seed comes from argv, else
$EXPLAIN_SEED, else is random, and is printed; topology I uses SEED+I, so
`SEED --first I --topologies 1 --pairs 0` rebuilds just that one and tries every pair):

1. Builds it with `ip` (`ip -batch` per namespace): 3-6 named namespaces and the
   sandbox's root namespace ("host"); veth pairs between them (a spanning tree plus a
   few extra, parallel ones allowed); in about 45% of them one bridge, in one namespace
   (now and then the root one), with 2-4 ports whose peers are in other namespaces
   (sometimes one in the bridge's own); IPv4 addresses from 3-5 /24 subnets of
   10.77.0.0/16 shared by the segments, mostly the segment's subnet, sometimes another
   one, now and then a second one from another subnet; in about 60% of the topologies
   IPv6 addresses too, from prefixes fd00:77:x::/64 shared the same way (`nodad`; every
   namespace gets accept_dad=0 so that its link-local addresses are usable at once);
   routes (default via a neighbour, the namespace's own address or dev, /24 and /64
   via a neighbour or dev, `dev` routes to prefixes the interface has no address in,
   host routes, some unreachable/blackhole/prohibit, some metrics; the kernel refuses
   some, which is fine: the kernel has the last word); interfaces that never come up
   or go down after the routes, the bridge or its ports down, lo down; IPv4 and IPv6
   forwarding on, and rp_filter 1 or 2, in some namespaces (the root one included);
   in about 70% of the IPv4-forwarding namespaces, masquerading (nft, in the shape
   core/Masquerade writes) of what leaves some or all of their interfaces (the bridge
   among them); where the host has br_netfilter loaded, bridge-nf-call-iptables off in
   about 40% of the namespaces (on, the default, a bridge's namespace masquerades what
   the bridge passes between its ports too).
2. Waits until every link's operstate agrees with its carrier (the kernel updates it
   up to 1 s late, and the explainer reads it), then runs the explainer at once and
   the pings 1 s after the build.
3. Picks pairs: every source (each namespace and "host") with a random sample of the
   destinations (every assigned global address, plus unassigned ones in the subnets
   in use): up to --pairs (default 60) a topology, fewer (down to two per source) when
   the explainer is slow, so that the run keeps to --budget (default 90 s).
4. For every pair, in parallel (4 explainers, 32 pings at a time):
   `netns-studio --explain SRC ADDR` (exit 0 = works, 1 = fails, anything else is an
   error of the test) and `ip netns exec SRC ping -c1 -W1 -q ADDR` (`ping -6` for
   IPv6, plain ping from the root namespace; success = exit 0).
5. The verdicts must agree. On a mismatch it prints the commands that built the
   topology (and the ones the kernel refused), `ip -br link`, `ip -br addr`, the IPv4
   and IPv6 routes and the forwarding switches of every namespace, the pair, the
   ping's output and the explainer's full output; it finishes that topology and exits
   1 (--keep-going: carries on and counts the mismatches by kind).
6. Deletes its namespaces and resets the root namespace (links, routes, lo,
   forwarding, rp_filter, its nft table) before the next topology.

--reference also runs kernel_model.py (a separate model of the kernel's rules, in
Python) on every pair: the run counts where it disagrees with ping and with the
explainer, and tags each mismatch with the kernel rules (kernel_model.FIXES) that
decide it.

All traffic stays inside namespaces this test made; the sandbox's root namespace has
no route out. Exit status: 0 all agree, 1 mismatch, 2 the test could not run, 77 not
root.
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kernel_model  # noqa: E402

PROG = "explain_vs_ping"
BUILD = os.environ.get("NETNS_STUDIO_BUILD") or os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "build")
CLI = os.path.join(BUILD, "bin", "netns-studio")
HOST = "host"
V4 = "10.77.{}.0/24"
V6 = "fd00:77:{}::/64"
# br_netfilter is loaded (the host's business, not this test's): a namespace's bridges
# then pass IPv4 through its netfilter hooks unless it switches that off.
BRIDGE_NETFILTER = os.path.exists("/proc/sys/net/bridge/bridge-nf-call-iptables")

# core/Masquerade.cpp's nft script for turning masquerading on for interface {}.
MASQUERADE = ("add table ip netns_studio; add set ip netns_studio masquerade_out {{ type ifname; }}; "
              "add chain ip netns_studio postrouting {{ type nat hook postrouting priority srcnat; "
              "policy accept; }}; flush chain ip netns_studio postrouting; add rule ip netns_studio "
              "postrouting oifname @masquerade_out masquerade comment \"netns-studio\"; "
              "add element ip netns_studio masquerade_out {{ \"{}\" }}")


def log(*args):
    print(*args, flush=True)


class SetupError(Exception):
    pass


def run(argv, stdin=None, check=True):
    p = subprocess.run(argv, input=stdin, capture_output=True, text=True)
    if check and p.returncode != 0:
        raise SetupError(f"{' '.join(argv)}: exit {p.returncode}: {p.stderr.strip()}")
    return p


def ipn(node):
    return ["ip"] if node == HOST else ["ip", "-n", node]


def in_ns(node, argv):
    return argv if node == HOST else ["ip", "netns", "exec", node] + argv


class Topology:
    """One random topology: what to build, and what it should contain."""

    def __init__(self, rng):
        self.rng = rng
        n = rng.randint(3, 6)
        self.namespaces = [f"n{i}" for i in range(n)]
        self.nodes = [HOST] + self.namespaces
        self.v6 = rng.random() < 0.6
        self.subnets = rng.sample(range(1, 10), rng.randint(3, 5))
        self.used_hosts = {}  # (family, subnet) -> set of host numbers
        self.link_cmds = []  # root `ip -batch` lines: veths and the bridge
        self.node_cmds = {node: [] for node in self.nodes}  # per-node `ip -batch` lines
        self.late_cmds = {node: [] for node in self.nodes}  # after routes: links down
        self.sysctls = {node: [] for node in self.nodes}
        self.masquerade = {node: [] for node in self.nodes}  # interfaces whose traffic out is masqueraded
        self.root_links = []  # links made in the root namespace (deleted at reset)
        self.endpoints = []  # (node, ifname, segment) of every layer-3 interface
        self.addresses = {}  # (node, ifname) -> [(family, subnet, host)]
        self.counter = 0
        self.refused = []  # what `ip` said about the commands the kernel refused
        self.peers = {}  # (node, ifname) -> (node, ifname) of every veth pair
        self.make()

    # -- building blocks --------------------------------------------------------------

    def veth(self, a, b):
        """A veth pair between nodes a and b; returns the two names."""
        k = self.counter
        self.counter += 1
        na, nb = f"v{k}a", f"v{k}b"
        where = lambda node: "" if node == HOST else f" netns {node}"  # noqa: E731
        self.link_cmds.append(f"link add {na}{where(a)} type veth peer name {nb}{where(b)}")
        self.peers[(a, na)] = (b, nb)
        self.peers[(b, nb)] = (a, na)
        if a == HOST:
            self.root_links.append(na)
        elif b == HOST:
            self.root_links.append(nb)
        return na, nb

    def fresh_host(self, family, subnet):
        used = self.used_hosts.setdefault((family, subnet), set())
        while True:
            h = self.rng.randint(1, 254)
            if h not in used:
                used.add(h)
                return h

    @staticmethod
    def text(family, subnet, host, prefix=False):
        if family == 4:
            a = f"10.77.{subnet}.{host}"
            return a + "/24" if prefix else a
        a = f"fd00:77:{subnet}::{host:x}"
        return a + "/64" if prefix else a

    def add_address(self, node, ifname, family, subnet):
        h = self.fresh_host(family, subnet)
        self.addresses.setdefault((node, ifname), []).append((family, subnet, h))
        extra = " nodad" if family == 6 else ""
        self.node_cmds[node].append(f"addr add {self.text(family, subnet, h, True)} dev {ifname}{extra}")

    # -- the random topology ------------------------------------------------------------

    def make(self):
        rng = self.rng
        for node in self.nodes:
            self.sysctls[node].append("net.ipv6.conf.all.accept_dad=0")
            self.sysctls[node].append("net.ipv6.conf.default.accept_dad=0")
        segments = []  # list of lists of (node, ifname)
        # A bridge, sometimes, in one node, with ports towards several nodes.
        if rng.random() < 0.45:
            bnode = rng.choice(self.nodes if rng.random() < 0.2 else self.namespaces)
            self.link_cmds.append("link add br0" + ("" if bnode == HOST else f" netns {bnode}") + " type bridge")
            if bnode == HOST:
                self.root_links.append("br0")
            seg = [(bnode, "br0")]
            others = [n for n in self.nodes if n != bnode]
            for peer in rng.sample(others, min(len(others), rng.randint(2, 4))):
                port, end = self.veth(bnode, peer)
                self.node_cmds[bnode].append(f"link set {port} master br0")
                self.node_cmds[bnode].append(f"link set {port} up")
                seg.append((peer, end))
            if rng.random() < 0.15:  # a port whose other end is in the bridge's own node
                port, end = self.veth(bnode, bnode)
                self.node_cmds[bnode].append(f"link set {port} master br0")
                self.node_cmds[bnode].append(f"link set {port} up")
                seg.append((bnode, end))
            self.node_cmds[bnode].append("link set br0 up")
            if rng.random() < 0.1:  # its ports stay up
                self.late_cmds[bnode].append("link set br0 down")
            for p in [c.split()[2] for c in self.node_cmds[bnode] if c.endswith("master br0")]:
                if rng.random() < 0.06:
                    self.late_cmds[bnode].append(f"link set {p} down")
            segments.append(seg)
        # A spanning tree of veth pairs, then a few extra pairs.
        order = self.nodes[:]
        rng.shuffle(order)
        pairs = [(order[i], rng.choice(order[:i])) for i in range(1, len(order))]
        for _ in range(rng.randint(0, 3)):
            a, b = rng.sample(self.nodes, 2)
            pairs.append((a, b))
        if segments:  # the bridge already joins some nodes: drop part of the tree
            pairs = [p for p in pairs if rng.random() < 0.6]
        for a, b in pairs:
            na, nb = self.veth(a, b)
            segments.append([(a, na), (b, nb)])
        # Addresses: each segment has a subnet; most interfaces take an address in it.
        # Subnets (IPv4) and prefixes (IPv6) are shared by several segments.
        self.subnets6 = list(self.subnets)
        for seg in segments:
            s4 = rng.choice(self.subnets)
            s6 = rng.choice(self.subnets6)
            for node, ifname in seg:
                self.endpoints.append((node, ifname, tuple(seg)))
                r = rng.random()
                if r < 0.8:
                    self.add_address(node, ifname, 4, s4)
                elif r < 0.88:
                    self.add_address(node, ifname, 4, rng.choice(self.subnets))
                if rng.random() < 0.1:  # a second address, from another subnet
                    self.add_address(node, ifname, 4, rng.choice([s for s in self.subnets if s != s4]))
                if self.v6:
                    r = rng.random()
                    if r < 0.65:
                        self.add_address(node, ifname, 6, s6)
                    elif r < 0.7:  # a prefix from elsewhere
                        self.add_address(node, ifname, 6, rng.choice(self.subnets6))
                    if rng.random() < 0.1:  # a second address, from another prefix
                        self.add_address(node, ifname, 6, rng.choice([s for s in self.subnets6 if s != s6]))
        # Links up (a few never), then routes, then a few down.
        for node, ifname, _ in self.endpoints:
            if ifname == "br0":
                continue
            if rng.random() < 0.05:
                continue  # never up
            self.node_cmds[node].insert(0, f"link set {ifname} up")
            if rng.random() < 0.05:
                self.late_cmds[node].append(f"link set {ifname} down")
        for node in self.nodes:
            lo_down = rng.random() < (0.08 if node == HOST else 0.15)
            self.node_cmds[node].insert(0, f"link set lo {'down' if lo_down else 'up'}")
            self.routes(node, 4)
            if self.v6:
                self.routes(node, 6)
            if rng.random() < 0.5:
                self.sysctls[node].append("net.ipv4.ip_forward=1")
                mine = [ifn for n, ifn, _ in self.endpoints if n == node]
                if mine and rng.random() < 0.7:
                    chosen = rng.sample(mine, rng.randint(1, len(mine)))
                    self.masquerade[node] = chosen
            if self.v6 and rng.random() < 0.4:
                self.sysctls[node].append("net.ipv6.conf.all.forwarding=1")
            if rng.random() < 0.15:
                self.sysctls[node].append(f"net.ipv4.conf.all.rp_filter={rng.choice([1, 2])}")
            if rng.random() < 0.4 and BRIDGE_NETFILTER:  # drawn either way, so a seed makes the same topology
                self.sysctls[node].append("net.bridge.bridge-nf-call-iptables=0")

    def routes(self, node, family):
        rng = self.rng
        mine = [(ifn, seg) for n, ifn, seg in self.endpoints if n == node]
        if not mine:
            return
        subnets = self.subnets if family == 4 else self.subnets6
        # Gateways: a neighbour's address in a subnet of ours on the same segment.
        gws = []
        own = {}  # ifname -> subnets of its addresses
        for ifn, seg in mine:
            own[ifn] = {s for f, s, _ in self.addresses.get((node, ifn), []) if f == family}
            for other, oif in seg:
                if (other, oif) == (node, ifn):
                    continue
                for f, s, h in self.addresses.get((other, oif), []):
                    if f == family and s in own[ifn]:
                        gws.append((ifn, self.text(f, s, h)))
            if own[ifn] and rng.random() < 0.1:  # nobody's address, yet on-link
                s = rng.choice(sorted(own[ifn]))
                gws.append((ifn, self.text(family, s, self.fresh_host(family, s))))
        # (`dev` routes go anywhere: also to prefixes the interface has no address in.)
        dev_route = lambda: rng.choice(mine)[0]  # noqa: E731

        # (no `-6` in `ip -batch` lines: the family comes from the addresses, and an
        # IPv6 default route is written ::/0)
        default = "default" if family == 4 else "::/0"
        net = lambda s: (V4 if family == 4 else V6).format(s)  # noqa: E731
        cmds = self.node_cmds[node]
        metric = lambda: f" metric {rng.choice([5, 50, 500, 2000])}" if rng.random() < 0.25 else ""  # noqa: E731
        r = rng.random()
        if gws and r < 0.5:
            ifn, gw = rng.choice(gws)
            cmds.append(f"route add {default} via {gw}{metric()}")
        elif r < 0.58:
            cmds.append(f"route add {default} dev {dev_route()}{metric()}")
        for _ in range(rng.randint(0, 2)):
            s = rng.choice(subnets)
            if gws and rng.random() < 0.6:
                ifn, gw = rng.choice(gws)
                cmds.append(f"route add {net(s)} via {gw}{metric()}")
            else:
                cmds.append(f"route add {net(s)} dev {dev_route()}{metric()}")
        if rng.random() < 0.2:
            assigned = [(f, s, h) for lst in self.addresses.values() for f, s, h in lst if f == family]
            if assigned:
                f, s, h = rng.choice(assigned)
                host = self.text(f, s, h) + ("/32" if family == 4 else "/128")
                if gws and rng.random() < 0.5:
                    cmds.append(f"route add {host} via {rng.choice(gws)[1]}")
                else:
                    cmds.append(f"route add {host} dev {dev_route()}")
        if rng.random() < 0.06:
            cmds.append(f"route add {rng.choice(['unreachable', 'blackhole', 'prohibit'])} "
                        f"{net(rng.choice(subnets))}")

    # -- build and reset ------------------------------------------------------------------

    def script(self):
        """The topology as shell commands (for a reproduction)."""
        out = []
        for n in self.namespaces:
            out.append(f"ip netns add {n}")
        for node in self.nodes:
            if self.sysctls[node]:
                out.append(" ".join(in_ns(node, ["sysctl", "-qw"] + self.sysctls[node])))
        out += [f"ip {c}" for c in self.link_cmds]
        for node in self.nodes:
            out += [" ".join(ipn(node) + c.split()) for c in self.node_cmds[node]]
        for node in self.nodes:
            out += [" ".join(ipn(node) + c.split()) for c in self.late_cmds[node]]
        for node in self.nodes:
            out += [" ".join(in_ns(node, ["nft", f"'{MASQUERADE.format(i)}'"])) for i in self.masquerade[node]]
        return out

    def build(self):
        for n in self.namespaces:
            run(["ip", "netns", "add", n])
        for node in self.nodes:
            run(in_ns(node, ["sysctl", "-qw"] + self.sysctls[node]))
        run(["ip", "-batch", "-"], stdin="\n".join(self.link_cmds) + "\n")
        for phase in (self.node_cmds, self.late_cmds):
            for node in self.nodes:
                if phase[node]:
                    # -force: routes the kernel refuses (gateway not on-link after all,
                    # duplicates) are simply not there; the kernel has the last word.
                    p = run(ipn(node) + ["-force", "-batch", "-"], stdin="\n".join(phase[node]) + "\n",
                            check=False)
                    for line in p.stderr.strip().split("\n"):
                        if line:
                            self.refused.append(f"{node}: {line}")
        for node in self.nodes:
            for ifname in self.masquerade[node]:
                run(in_ns(node, ["nft", MASQUERADE.format(ifname)]))

    def settle(self, limit=3.0):
        """Waits until every link's operstate agrees with its carrier.

        The kernel updates operstate (which the helper reports, and the explainer reads
        as "has carrier") from a deferred work item, up to a second after the carrier
        changes; IPv6 also waits for it before it configures an interface. Returns the
        seconds waited."""
        t0 = time.monotonic()
        while True:
            stale = []
            for node in self.nodes:
                for j in json.loads(run(ipn(node) + ["-j", "link"]).stdout or "[]"):
                    flags = j.get("flags", [])
                    if "UP" in flags and ("LOWER_UP" in flags) == ("NO-CARRIER" in flags):
                        stale.append(f"{node}/{j['ifname']}")
            if not stale:
                return time.monotonic() - t0
            if time.monotonic() - t0 > limit:
                raise SetupError(f"operstate still disagrees with carrier after {limit} s: {stale}")
            time.sleep(0.05)

    def reset(self):
        if self.root_links:
            run(["ip", "-force", "-batch", "-"], stdin="".join(f"link del {l}\n" for l in self.root_links),
                check=False)
        run(["ip", "-force", "-batch", "-"], stdin="".join(f"netns delete {n}\n" for n in self.namespaces),
            check=False)
        run(["ip", "link", "set", "lo", "up"])
        run(["ip", "route", "flush", "table", "main"], check=False)
        run(["ip", "-6", "route", "flush", "table", "main"], check=False)
        run(["sysctl", "-qw", "net.ipv4.ip_forward=0", "net.ipv6.conf.all.forwarding=0",
             "net.ipv4.conf.all.rp_filter=0"] + (["net.bridge.bridge-nf-call-iptables=1"] if BRIDGE_NETFILTER else []))
        if self.masquerade[HOST]:
            run(["nft", "delete", "table", "ip", "netns_studio"])
        if run(["ip", "netns", "list"]).stdout.strip():
            raise SetupError("namespaces are left after the reset: " + run(["ip", "netns", "list"]).stdout)
        left = run(["ip", "-o", "link", "show"]).stdout.split("\n")
        left = [l for l in left if l.strip() and ": lo:" not in l]
        if left:
            raise SetupError(f"the root namespace still has links after the reset: {left}")

    # -- what to try ----------------------------------------------------------------------

    def destinations(self):
        assigned = []
        for lst in self.addresses.values():
            for f, s, h in lst:
                assigned.append((f, self.text(f, s, h)))
        used = sorted({(f, s) for lst in self.addresses.values() for f, s, _ in lst})
        unassigned = []
        for f, s in self.rng.sample(used, min(len(used), 3)):
            h = self.fresh_host(f, s)
            unassigned.append((f, self.text(f, s, h)))
        return sorted(set(assigned)) + unassigned


def dump(topo):
    """The topology as the kernel has it, for a person to read."""
    out = ["--- commands that built it:"] + ["  " + c for c in topo.script()]
    out += ["--- refused (not in the topology):"] + ["  " + r for r in topo.refused]
    for node in topo.nodes:
        out.append(f"--- {node}")
        for args in (["-br", "link"], ["-br", "addr"], ["route"], ["-6", "route"]):
            p = run(ipn(node) + args, check=False)
            text = p.stdout.rstrip()
            if args == ["-6", "route"]:
                text = "\n".join(l for l in text.split("\n") if not l.startswith(("fe80::/64", "multicast")))
            out.append(f"  ip {' '.join(args)}:")
            out += ["    " + l for l in text.split("\n") if l]
        p = run(in_ns(node, ["sysctl", "net.ipv4.ip_forward", "net.ipv6.conf.all.forwarding",
                             "net.ipv4.conf.all.rp_filter"] +
                      (["net.bridge.bridge-nf-call-iptables"] if BRIDGE_NETFILTER else [])), check=False)
        out.append("  " + p.stdout.strip().replace("\n", "; "))
        if topo.masquerade[node]:
            out.append(f"  masquerades what leaves: {' '.join(topo.masquerade[node])}")
    return "\n".join(out)


def explain(src, addr):
    p = subprocess.run([CLI, "--explain", src, addr], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr, time.monotonic()


def ping(src, family, addr):
    argv = ["ping"] + (["-6"] if family == 6 else []) + ["-c1", "-W1", "-q", addr]
    p = subprocess.run(in_ns(src, argv), capture_output=True, text=True)
    return p.returncode, (p.stdout + p.stderr).strip(), time.monotonic()


def main():
    ap = argparse.ArgumentParser(prog=PROG)
    ap.add_argument("seed", nargs="?", type=int)
    ap.add_argument("--topologies", type=int, default=int(os.environ.get("EXPLAIN_TOPOLOGIES", 40)))
    ap.add_argument("--first", type=int, default=0, help="index of the first topology")
    ap.add_argument("--pairs", type=int, default=int(os.environ.get("EXPLAIN_PAIRS", 60)),
                    help="pairs tried per topology (0: all)")
    ap.add_argument("--budget", type=float, default=float(os.environ.get("EXPLAIN_BUDGET", 90)),
                    help="seconds the whole run should take: fewer pairs per topology (down to "
                    "two per source) when the machine is slow; 0: always --pairs")
    ap.add_argument("--settle", type=float, default=1.0, help="seconds between building and pinging")
    ap.add_argument("--keep-going", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="print the time each topology takes")
    ap.add_argument("--reference", action="store_true",
                    help="also run kernel_model.py: classify each mismatch by the explainer fixes "
                    "that resolve it, and count where the model with all fixes disagrees with ping")
    ap.add_argument("--print-topology", action="store_true", help="print every topology's commands")
    args = ap.parse_args()

    if os.geteuid() != 0:
        log(f"{PROG}: needs root; skipping")
        return 77
    if os.environ.get("NETNS_STUDIO_SANDBOX") != "1":
        log(f"{PROG}: run me inside scripts/sandbox (I make namespaces and send pings)")
        return 2
    if not os.access(CLI, os.X_OK):
        log(f"{PROG}: {CLI} is missing: build first")
        return 2
    seed = args.seed if args.seed is not None else int(os.environ.get("EXPLAIN_SEED", random.randrange(1 << 30)))
    log(f"{PROG}: seed {seed}, {args.topologies} topologies")

    t0 = time.monotonic()
    total = agree = 0
    mismatches = []
    history = []  # mismatches that agree when pinged alone with empty neighbour caches
    classes = {}
    ref = collections.Counter()
    ref_notes = []
    cost_time = phase_time = 0.0
    cost_pairs = done = 0
    pings = ThreadPoolExecutor(max_workers=32)
    explains = ThreadPoolExecutor(max_workers=4)
    for index in range(args.first, args.first + args.topologies):
        rng = random.Random(seed + index)
        topo = Topology(rng)
        try:
            t_build = time.monotonic()
            topo.build()
            built = time.monotonic()
            waited = topo.settle()
            if args.print_topology:
                log(f"# topology {index}\n" + "\n".join(topo.script()))
            dests = topo.destinations()
            sources = topo.nodes
            all_pairs = [(s, f, a) for s in sources for f, a in dests]
            want = args.pairs
            if args.budget and want:
                # Fewer pairs when the machine is slow, so that the run keeps to its
                # budget; never fewer than two per source.
                left = args.budget - (time.monotonic() - t0)
                per_topology = left / (args.first + args.topologies - index)
                cost = cost_time / cost_pairs if cost_pairs else 0.07
                overhead = ((time.monotonic() - t0) - phase_time) / done if done else 0.6
                want = max(2 * len(sources), min(want, int((per_topology - overhead) / cost)))
            if want and len(all_pairs) > want:
                per = max(1, want // len(sources))
                pairs = []
                for s in sources:
                    pairs += [(s, f, a) for f, a in rng.sample(dests, min(per, len(dests)))]
            else:
                pairs = all_pairs
            t_pairs = time.monotonic()
            ex = [explains.submit(explain, s, a) for s, f, a in pairs]
            time.sleep(max(0.0, args.settle - (time.monotonic() - built)))
            pg = [pings.submit(ping, s, f, a) for s, f, a in pairs]
            found = []
            model = None
            if args.reference:
                model = kernel_model.Model(topo.nodes, topo.peers)
            t_ex = t_pg = 0.0
            for (s, f, a), e, p in zip(pairs, ex, pg):
                ecode, eout, t_e = e.result()
                t_ex = max(t_ex, t_e - t_pairs)
                pcode, pout, t_p = p.result()
                t_pg = max(t_pg, t_p - t_pairs)
                if ecode not in (0, 1):
                    raise SetupError(f"netns-studio --explain {s} {a}: exit {ecode}: {eout.strip()}")
                total += 1
                if model:
                    works = pcode == 0
                    if model.ping(s, a, kernel_model.FIXES) != (ecode == 0):
                        ref["model differs from the explainer"] += 1
                        ref_notes.append(f"topology {index}: {s} -> {a}: the model says "
                                         f"{'works' if not ecode == 0 else 'fails'}, the explainer the opposite")
                    if model.ping(s, a, kernel_model.FIXES) != works:
                        ref["model with all fixes differs from ping"] += 1
                        trace = []
                        model.ping(s, a, kernel_model.FIXES, trace)
                        ref_notes.append(f"topology {index}: {s} -> {a}: the model with all fixes "
                                         f"disagrees with ping (exit {pcode}): {'; '.join(trace)}")
                        if not args.keep_going and not found:
                            found.append((s, a, pcode, "", ecode, "", "model disagrees", "; ".join(trace)))
                if (ecode == 0) == (pcode == 0):
                    agree += 1
                    continue
                verdict = eout.strip().split("\n")
                problem = next((l for l in verdict if l.startswith("Verdict")), "?")
                fix = ""
                if model:
                    alone = [f for f in kernel_model.FIXES if model.ping(s, a, (f,)) == works]
                    needed = [f for f in kernel_model.FIXES
                              if model.ping(s, a, [g for g in kernel_model.FIXES if g != f]) != works]
                    fix = "fixed by " + (" or ".join(alone) if alone else " + ".join(needed) or "?")
                    ref["mismatch " + fix] += 1
                found.append((s, a, pcode, pout, ecode, eout, problem, fix))
            cost_time += t_ex  # the explainer's part: ~70 ms a pair here, most of it its start-up
            cost_pairs += len(pairs)
            phase_time += max(t_ex, t_pg)
            done += 1
            if args.verbose:
                log(f"topology {index}: {len(topo.nodes)} nodes, {len(pairs)} pairs, build "
                    f"{built - t_build:.2f} s, settled after {waited:.2f} s, then explains took {t_ex:.2f} s, "
                    f"pings done after {t_pg:.2f} s")
            # The other pairs' traffic fills neighbour caches (an ARP request teaches its
            # asker's address and interface to whoever hears it), which can send a packet
            # elsewhere; the explainer answers for caches that know nothing yet. So a
            # mismatch is pinged again alone, every neighbour cache emptied first: if it
            # agrees then, it counts as history (listed), not as a mismatch.
            still = []
            for entry in found:
                s, a, pcode, pout, ecode = entry[:5]
                if pout:
                    # Twice: a probe a namespace sends while the first round goes on
                    # (its cache not yet emptied) teaches the asker's address again.
                    for node in topo.nodes + topo.nodes:
                        run(ipn(node) + ["neigh", "flush", "all"], check=False)
                    again, _, _ = ping(s, 6 if ":" in a else 4, a)
                    if (again == 0) == (ecode == 0):
                        history.append(f"topology {index}: {s} -> {a}: ping exit {pcode} beside the other "
                                       f"pings, {again} alone with empty neighbour caches, as the explainer says")
                        continue
                still.append(entry)
            found = still
            if found:
                log(f"\n=== topology {index} (seed {seed}, --first {index} --topologies 1): "
                    f"{len(found)} mismatch(es)")
                log(dump(topo))
                for s, a, pcode, pout, ecode, eout, problem, fix in found:
                    key = ("ping works, explainer says fails: " + problem.split("(")[-1].rstrip(").")
                           if pcode == 0 else "ping fails, explainer says works")
                    classes[key] = classes.get(key, 0) + 1
                    log(f"\n*** {s} -> {a}: ping exit {pcode}, explainer exit {ecode}" + (f" [{fix}]" if fix else ""))
                    log("ping: " + pout.replace("\n", "\n      "))
                    log("explainer:\n  " + eout.strip().replace("\n", "\n  "))
                mismatches += found
                if not args.keep_going:
                    break
        finally:
            topo.reset()
    pings.shutdown()
    explains.shutdown()
    elapsed = time.monotonic() - t0
    agree += len(history)
    pct = 100.0 * agree / total if total else 0.0
    log(f"\n{PROG}: seed {seed}: {index - args.first + 1} topologies, {total} pairs, {agree} agree "
        f"({pct:.2f}%; {len(history)} of them only when pinged again alone, with empty neighbour caches), "
        f"{len(mismatches)} mismatch(es), {elapsed:.1f} s")
    for h in history:
        log("  history: " + h)
    for k, v in sorted(classes.items()):
        log(f"  {v:4d}  {k}")
    if args.reference:
        log("reference model (tests/explain/kernel_model.py):")
        for k, v in sorted(ref.items()):
            log(f"  {v:4d}  {k}")
        for n in ref_notes[:30]:
            log("  " + n)
    return 1 if mismatches else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SetupError as e:
        log(f"{PROG}: cannot run: {e}")
        sys.exit(2)
