#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compare what the helper reports with what `ip -j` says, in every namespace.

Runs inside scripts/sandbox (never on a real host: it creates namespaces and links):

    scripts/sandbox python3 tests/helper/topology_diff.py [SEED]

1. Builds a random (seeded) topology with the real `ip`: 20+ named namespaces, veth
   pairs between them and to the sandbox's root namespace, a bridge with ports from
   several namespaces (and one in the root namespace), macvlans (one moved away from its
   lower device), vxlans, tap, tun and ifb devices (ifb only when its module is
   loaded already), IPv4 and IPv6 addresses (nodad and
   with DAD), default and static routes of several types, protocols and metrics (one
   with a preferred source), forwarding and rp_filter switched on here and there, links
   set down and back up, namespaces held only by processes (one with two holders), a
   process-held namespace given a name with `ip netns attach`, and a process running
   inside a named namespace.
2. Waits until the kernel has settled (DAD, link watch), runs `netns-studio --json`
   once, and reads the oracle: `ip -j -d link`, `ip -j addr`, `ip -j -d route` and
   `ip -j -d -6 route` in every namespace (`ip -n NAME`, or `nsenter --net=/proc/PID/ns/net`
   for a namespace that only a process holds). The oracle is read before and after the
   helper ran; if the two differ, the kernel was still changing and the run is repeated.
3. Compares namespaces (ids, kind, name, label, pids, IPv4/IPv6 forwarding and
   bridge-nf-call-iptables against sysctl), links field by field (rp_filter against sysctl: the larger of "all" and the
   interface's), addresses, veth peers (namespace, ifindex, name) and routes (as
   multisets, with their preferred source); and each link's masquerade flag with what
   `nft -j list ruleset` says (rules written by hand with nft in several shapes, some
   that must not count; see Builder.masquerade_rules).

The seed comes from argv[1], else $TOPOLOGY_DIFF_SEED, else is random; it is printed.
The build tree is $NETNS_STUDIO_BUILD, else <repo>/build.
Exit status: 0 equal, 1 mismatch, 2 the test itself could not run.
"""

import collections
import ctypes
import ipaddress
import json
import os
import random
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("NETNS_STUDIO_BUILD") or os.path.join(REPO, "build")
CLIENT = os.path.join(BUILD, "bin", "netns-studio")

COMMANDS = []  # every command that built the topology, for --show-commands


class HarnessError(Exception):
    """The test could not do its own work (not a mismatch)."""


def run(argv, check=True, timeout=60):
    """Runs argv and returns its stdout; raises HarnessError on failure."""
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise HarnessError(f"timed out after {timeout} s: {' '.join(argv)}")
    if check and proc.returncode != 0:
        raise HarnessError(f"`{' '.join(argv)}` exited {proc.returncode}: {proc.stderr.strip()}")
    return proc.stdout


def net_inode(path):
    return os.stat(path).st_ino


class Namespace:
    """One network namespace that the test knows about, and how to run `ip` in it."""

    def __init__(self, kind, name=None, pids=()):
        self.kind = kind  # "host" | "named" | "process"
        self.name = name
        self.pids = list(pids)  # holders that the test started
        if kind == "host":
            self.inode = net_inode("/proc/self/ns/net")
        elif kind == "named":
            self.inode = net_inode(f"/run/netns/{name}")
        else:
            self.inode = net_inode(f"/proc/{self.pids[0]}/ns/net")

    def ip_argv(self, *args):
        if self.kind == "named":
            return ["ip", "-n", self.name, *args]
        return self.in_argv("ip", *args)

    def in_argv(self, *argv):
        """argv run inside this namespace."""
        if self.kind == "host":
            return list(argv)
        if self.kind == "named":
            return ["ip", "netns", "exec", self.name, *argv]
        return ["nsenter", f"--net=/proc/{self.pids[0]}/ns/net", *argv]

    def sysctl(self, key, value):
        """Sets net.* key (slashes between its parts, as interface names may hold dots)."""
        argv = self.in_argv("sysctl", "-qw", f"{key}={value}")
        COMMANDS.append(" ".join(repr(a) if (" " in a or not a.isascii()) else a for a in argv))
        return run(argv)

    def switches(self):
        """{key under /proc/sys/net: int} for forwarding, every rp_filter and (with
        br_netfilter loaded) bridge-nf-call-iptables."""
        argv = self.in_argv("sh", "-c", "grep -H '' /proc/sys/net/ipv4/conf/*/rp_filter "
                            "/proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv6/conf/all/forwarding "
                            "$(ls /proc/sys/net/bridge/bridge-nf-call-iptables 2>/dev/null)")
        values = {}
        for line in run(argv).splitlines():
            path, _, value = line.rpartition(":")
            values[path[len("/proc/sys/net/"):]] = int(value)
        return values

    def exec_argv(self, *argv):
        """A command other than ip, run inside this namespace."""
        if self.kind == "host":
            return list(argv)
        if self.kind == "named":
            return ["ip", "netns", "exec", self.name, *argv]
        return ["nsenter", f"--net=/proc/{self.pids[0]}/ns/net", *argv]

    def nft(self, script):
        argv = self.exec_argv("nft", script)
        COMMANDS.append(" ".join(argv[:-1]) + f" '{script}'")
        return run(argv)

    def ip(self, *args):
        argv = self.ip_argv(*args)
        COMMANDS.append(" ".join(repr(a) if (" " in a or not a.isascii()) else a for a in argv))
        return run(argv)

    def ip_json(self, *args):
        text = run(self.ip_argv("-j", *args)).strip()
        return json.loads(text) if text else []

    def describe(self):
        if self.kind == "host":
            return f"{self.inode} (host)"
        if self.kind == "named":
            return f"{self.inode} \"{self.name}\" (named)"
        return f"{self.inode} pid {self.pids[0]} (process)"


# --------------------------------------------------------------------------------------
# Building the topology


def start_holder(extra_argv=()):
    """Starts `sleep 1000` (optionally under nsenter/unshare) and waits until it runs."""
    argv = [*extra_argv, "sleep", "1000"]
    COMMANDS.append(" ".join(argv) + " &")
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{proc.pid}/comm") as f:
                if f.read().strip() == "sleep":
                    return proc
        except FileNotFoundError:
            pass
        if proc.poll() is not None:
            raise HarnessError(f"`{' '.join(argv)}` exited {proc.returncode}")
        time.sleep(0.005)
    raise HarnessError(f"`{' '.join(argv)}` did not start")


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.host = Namespace("host")
        self.named = []
        self.process = []
        self.holders = []  # Popen objects to stop at the end
        self.subnet = 0
        self.b_has_v6 = False

    def next_subnet(self):
        self.subnet += 1
        return self.subnet

    def random_mtu(self):
        return self.rng.choice([1280, 1400, 1450, 1500, 1500, 1500, 4000, 9000])

    def random_mac(self):
        return "02:" + ":".join(f"{self.rng.randrange(256):02x}" for _ in range(5))

    def veth(self, a, a_if, b, b_if):
        """Creates a veth pair a:a_if <-> b:b_if (b may be a process namespace)."""
        target = b.name if b.kind == "named" else str(b.pids[0]) if b.kind == "process" else None
        if b is a:
            a.ip("link", "add", a_if, "type", "veth", "peer", "name", b_if)
        elif target is not None:
            a.ip("link", "add", a_if, "type", "veth", "peer", "name", b_if, "netns", target)
        else:  # the peer goes to the root namespace: create it there instead
            b.ip("link", "add", b_if, "type", "veth", "peer", "name", a_if,
                 "netns", a.name if a.kind == "named" else str(a.pids[0]))

    def configure(self, ns, ifname, v4=None, v6=None, dad=False, up=True, mtu=None, mac=None):
        if mtu:
            ns.ip("link", "set", ifname, "mtu", str(mtu))
        if mac:
            ns.ip("link", "set", ifname, "address", mac)
        if v4:
            ns.ip("addr", "add", v4, "dev", ifname)
        if v6:
            if dad:
                ns.ip("addr", "add", v6, "dev", ifname)
            else:
                ns.ip("addr", "add", v6, "dev", ifname, "nodad")
        if up:
            ns.ip("link", "set", ifname, "up")

    def link_pair(self, a, a_if, b, b_if, up_a=True, up_b=True):
        """A veth pair with a /24 (IPv4) and a /64 (IPv6) on it; returns the subnet number."""
        rng = self.rng
        n = self.next_subnet()
        mtu = self.random_mtu() if rng.random() < 0.3 else None
        self.veth(a, a_if, b, b_if)
        self.configure(a, a_if, v4=f"10.{n // 256}.{n % 256}.1/24", v6=f"fd00:{n:x}::1/64",
                       dad=rng.random() < 0.3, up=up_a, mtu=mtu,
                       mac=self.random_mac() if rng.random() < 0.2 else None)
        self.b_has_v6 = rng.random() < 0.8
        self.configure(b, b_if, v4=f"10.{n // 256}.{n % 256}.2/24",
                       v6=f"fd00:{n:x}::2/64" if self.b_has_v6 else None,
                       dad=rng.random() < 0.3, up=up_b, mtu=mtu)
        return n

    def static_routes(self, ns, ifname, n, gateway_ok):
        """A random handful of routes over ifname (subnet n, admin up) in ns.

        gateway_ok: the far end (.1 and ::1 of subnet n) may serve as a gateway.
        """
        rng = self.rng
        base = 100 + len(self.named) + self.subnet
        if gateway_ok and rng.random() < 0.7:
            ns.ip("route", "add", f"10.{200 + rng.randrange(40)}.{n % 256}.0/24",
                  "via", f"10.{n // 256}.{n % 256}.1", "metric", str(rng.choice([0, 5, 100, 1024])))
        if rng.random() < 0.6:
            ns.ip("route", "add", f"172.{16 + rng.randrange(16)}.{n % 256}.0/24", "dev", ifname,
                  "metric", str(rng.randrange(1, 500)))
        if rng.random() < 0.4:
            ns.ip("route", "add", f"192.168.{n % 256}.{1 + rng.randrange(250)}", "dev", ifname,
                  "proto", rng.choice(["static", "boot", "dhcp"]))
        if gateway_ok and self.b_has_v6 and rng.random() < 0.5:
            ns.ip("-6", "route", "add", f"fd99:{n:x}:{rng.randrange(1 << 16):x}::/64",
                  "via", f"fd00:{n:x}::1", "metric", str(rng.choice([1, 256, 1024, 4242])))
        if rng.random() < 0.3:
            ns.ip("-6", "route", "add", f"fd98:{n:x}::/48", "dev", ifname)
        if rng.random() < 0.3:
            ns.ip("route", "add", f"10.{250 + rng.randrange(5)}.{base % 256}.0/24", "dev", ifname,
                  "scope", "host", "metric", "7")

    def build(self):
        rng = self.rng
        host = self.host

        # Named namespaces: names are labels, and a few are unusual but valid.
        pool = ["blue", "red", "green", "yellow", "orange", "purple", "cyan", "magenta", "lime",
                "teal", "navy", "olive", "maroon", "coral", "amber", "indigo", "violet",
                "silver", "gold", "ivory", "jade", "ruby", "onyx", "pearl"]
        names = rng.sample(pool, rng.randint(17, 20)) + ["lab.one", "grün", "with space"]
        rng.shuffle(names)
        for name in names:
            COMMANDS.append(f"ip netns add {name!r}")
            run(["ip", "netns", "add", name])
            self.named.append(Namespace("named", name))
        for ns in self.named:
            if rng.random() < 0.5:
                ns.ip("link", "set", "lo", "up")

        pool_ns = list(self.named)

        def take(k):
            return [pool_ns.pop() for _ in range(k)]

        # A bridge in one namespace with ports from several others.
        hub, = take(1)
        spokes = take(rng.randint(4, 6))
        hub.ip("link", "add", "br0", "type", "bridge")
        hub.ip("link", "set", "br0", "mtu", "1500")
        hub.ip("addr", "add", "10.10.0.254/24", "dev", "br0")
        hub.ip("addr", "add", "fd10::fe/64", "dev", "br0", "nodad")
        hub.ip("addr", "add", "fd11::fe/64", "dev", "br0")  # with DAD
        hub.ip("link", "set", "br0", "up")
        for i, spoke in enumerate(spokes, start=1):
            port = f"hp{i}"
            self.veth(hub, port, spoke, "eth0")
            hub.ip("link", "set", port, "master", "br0")
            port_up = rng.random() < 0.85
            if port_up:
                hub.ip("link", "set", port, "up")
            self.configure(spoke, "eth0", v4=f"10.10.0.{i}/24", v6=f"fd10::{i}/64",
                           dad=rng.random() < 0.3, up=True,
                           mac=self.random_mac() if rng.random() < 0.3 else None)
            if port_up:
                spoke.ip("route", "add", "default", "via", "10.10.0.254",
                         "metric", str(rng.choice([0, 10, 100])))
                spoke.ip("-6", "route", "add", "default", "via", "fd10::fe",
                         "metric", str(rng.choice([1, 1024])))
        # A bridge port that is down, and an unused bridge without ports.
        hub.ip("link", "add", "hpx", "type", "veth", "peer", "name", "hpy")
        hub.ip("link", "set", "hpx", "master", "br0")
        hub.ip("link", "add", "br-empty", "type", "bridge")
        hub.ip("link", "set", "br-empty", "up")

        # A macvlan on a spoke's veth, one on a veth that is down, one moved elsewhere.
        s1 = spokes[0]
        s1.ip("link", "add", "mv0", "link", "eth0", "type", "macvlan", "mode", "bridge")
        self.configure(s1, "mv0", v4="10.10.0.101/24", v6="fd10::101/64", dad=True)
        s2 = spokes[1]
        s2.ip("link", "add", "lonely", "type", "veth", "peer", "name", "lonely-peer")
        s2.ip("link", "set", "lonely", "up")  # its peer stays down: LOWERLAYERDOWN
        s2.ip("link", "add", "mv-low", "link", "lonely", "type", "macvlan", "mode", "private")
        s2.ip("link", "set", "mv-low", "up")
        s3 = spokes[2]
        s3.ip("link", "add", "mv-away", "link", "eth0", "type", "macvlan", "mode", "vepa")
        away = rng.choice(pool_ns)
        s3.ip("link", "set", "mv-away", "netns", away.name)
        self.configure(away, "mv-away", v4="10.10.0.102/24")

        # vxlans: one over a spoke's veth with a local address, one without a device.
        s4 = spokes[3]
        s4.ip("link", "add", "vx42", "type", "vxlan", "id", "42", "dstport", "4789",
              "local", "10.10.0.4", "dev", "eth0")
        self.configure(s4, "vx42", v4="10.42.0.4/24", v6="fd42::4/64", up=rng.random() < 0.8)
        vx_ns = rng.choice(self.named)
        vx_ns.ip("link", "add", "vx7", "type", "vxlan", "id", "7", "dstport", "4789", "nolearning")
        self.configure(vx_ns, "vx7", up=rng.random() < 0.5, mtu=1400)

        # tap, tun and ifb devices.
        tap_ns, tun_ns, ifb_ns = rng.sample(self.named, 3)
        tap_ns.ip("tuntap", "add", "tap0", "mode", "tap")
        self.configure(tap_ns, "tap0", v4="10.77.0.1/24", up=rng.random() < 0.7)
        tun_ns.ip("tuntap", "add", "tun0", "mode", "tun")
        self.configure(tun_ns, "tun0", v4="10.78.0.1/24", v6="fd78::1/64", up=True)
        # An ifb device only where its module is loaded already: loading it (which
        # `ip link add type ifb` does) makes ifb0 and ifb1 in the host's own namespace.
        if os.path.isdir("/sys/module/ifb"):
            ifb_ns.ip("link", "add", "ifb0", "type", "ifb")
            self.configure(ifb_ns, "ifb0", up=rng.random() < 0.5)

        # Veths between named namespaces and the root namespace, and static routes there.
        uplinked = take(rng.randint(3, 5))
        for i, ns in enumerate(uplinked):
            up = rng.random() < 0.85
            n = self.link_pair(host, f"h-{i}", ns, "uplink", up_a=up, up_b=True)
            if up:
                ns.ip("route", "add", "default", "via", f"10.{n // 256}.{n % 256}.1",
                      "metric", str(rng.choice([0, 50])))
                host.ip("route", "add", f"10.{100 + i}.0.0/16", "via",
                        f"10.{n // 256}.{n % 256}.2", "metric", str(rng.randrange(0, 300)))
            self.static_routes(ns, "uplink", n, gateway_ok=True)

        # A bridge in the root namespace with ports from named namespaces.
        host.ip("link", "add", "rbr0", "type", "bridge")
        host.ip("addr", "add", "10.20.0.1/24", "dev", "rbr0")
        host.ip("link", "set", "rbr0", "up")
        for i, ns in enumerate(take(rng.randint(2, 3)), start=1):
            self.veth(host, f"rp{i}", ns, "eth1")
            host.ip("link", "set", f"rp{i}", "master", "rbr0", "up")
            self.configure(ns, "eth1", v4=f"10.20.0.{10 + i}/24", v6=f"fd20::{10 + i}/64",
                           dad=True)

        # Veths between the remaining named namespaces (a chain), some down, some with
        # unusual (valid) interface names, plus a few random cross links.
        rest = pool_ns
        for i in range(len(rest) - 1):
            a, b = rest[i], rest[i + 1]
            a_if = "v.é-1" if i == 0 else f"to-{i + 1}"
            up_a, up_b = rng.random() < 0.8, rng.random() < 0.8
            n = self.link_pair(a, a_if, b, f"from-{i}", up_a=up_a, up_b=up_b)
            if up_b:
                self.static_routes(b, f"from-{i}", n, gateway_ok=rng.random() < 0.7)
        for j in range(rng.randint(2, 4)):
            a, b = rng.sample(self.named, 2)
            self.link_pair(a, f"x{j}a", b, f"x{j}b", up_a=rng.random() < 0.7)
        # A veth whose two ends are in the same named namespace.
        same = rng.choice(self.named)
        self.link_pair(same, "loop-a", same, "loop-b")

        # Routes that are not unicast.
        bh_ns = rng.choice(self.named)
        bh_ns.ip("route", "add", "blackhole", "10.66.0.0/16", "proto", "static")
        bh_ns.ip("route", "add", "unreachable", "10.67.0.0/16", "metric", "3")
        bh_ns.ip("route", "add", "prohibit", "10.68.0.0/16")
        bh_ns.ip("-6", "route", "add", "blackhole", "fd66::/48")
        bh_ns.ip("-6", "route", "add", "unreachable", "fd67::/48", "metric", "9")
        host.ip("route", "add", "blackhole", "10.69.0.0/16")

        # Namespaces that only processes hold. P1: a veth from the root namespace.
        p1 = self.holder_namespace()
        self.veth(p1, "eth0", host, "hp-p1")
        self.configure(host, "hp-p1", v4="10.30.0.1/24", v6="fd30::1/64")
        p1.ip("link", "set", "lo", "up")
        self.configure(p1, "eth0", v4="10.30.0.2/24", v6="fd30::2/64", dad=True)
        p1.ip("route", "add", "default", "via", "10.30.0.1")
        p1.ip("-6", "route", "add", "default", "via", "fd30::1", "metric", "512")
        p1.ip("route", "add", "10.31.0.0/16", "dev", "eth0", "metric", "20")
        p1.ip("route", "add", "10.32.0.0/16", "dev", "eth0", "src", "10.30.0.2")
        # P2: two holders, a veth from a named namespace and one to P1.
        p2 = self.holder_namespace()
        second = start_holder(["nsenter", f"--net=/proc/{p2.pids[0]}/ns/net"])
        self.holders.append(second)
        p2.pids.append(second.pid)
        feeder = rng.choice(self.named)
        self.link_pair(feeder, "to-p2", p2, "eth0")
        self.link_pair(p2, "to-p1", p1, "from-p2", up_b=rng.random() < 0.5)
        # P3: held by a process, then named with `ip netns attach`.
        p3 = start_holder(["unshare", "--net"])
        self.holders.append(p3)
        COMMANDS.append(f"ip netns attach held {p3.pid}")
        run(["ip", "netns", "attach", "held", str(p3.pid)])
        held = Namespace("named", "held", [p3.pid])
        self.named.append(held)
        self.link_pair(host, "h-held", held, "eth0")
        # A process inside a named namespace.
        inside_ns = rng.choice(self.named[:-1])
        inside = start_holder(["ip", "netns", "exec", inside_ns.name])
        self.holders.append(inside)
        inside_ns.pids.append(inside.pid)

        self.masquerade_rules(rng, uplinked, spokes)

        # Links down and up again (routes over them go away with the down).
        veth_ends = [(ns, "eth0") for ns in spokes[1:]] + [(ns, "uplink") for ns in uplinked]
        for ns, ifname in rng.sample(veth_ends, 3):
            ns.ip("link", "set", ifname, "down")
            if rng.random() < 0.5:
                ns.ip("link", "set", ifname, "up")

        # Switches: forwarding, and reverse-path filters namespace-wide and per interface
        # (the kernel applies the larger of the two).
        for ns in rng.sample(self.named, 3):
            ns.sysctl("net/ipv4/ip_forward", 1)
            ns.sysctl("net/ipv6/conf/all/forwarding", rng.choice([0, 1]))
        for ns in rng.sample(self.named, 3) + [p1]:
            ns.sysctl("net/ipv4/conf/all/rp_filter", rng.choice([1, 2]))
        for ns, ifname in rng.sample(veth_ends, 3) + [(host, "rbr0")]:
            ns.sysctl(f"net/ipv4/conf/{ifname}/rp_filter", rng.choice([0, 1, 2]))
        # Bridged IPv4 through netfilter (on by default where br_netfilter is loaded).
        for ns in rng.sample(self.named, 2):
            if os.path.exists("/proc/sys/net/bridge/bridge-nf-call-iptables"):
                ns.sysctl("net/bridge/bridge-nf-call-iptables", 0)

    def masquerade_rules(self, rng, uplinked, spokes):
        """nftables rules that masquerade traffic leaving some interfaces, written by
        hand in every shape the helper reads, and shapes it must not take for one."""
        nat_chain = "{ type nat hook postrouting priority srcnat; }"
        a, b = rng.sample(uplinked, 2)
        a.nft(f"add table ip nat; add chain ip nat post {nat_chain}; "
              'add rule ip nat post oifname "uplink" masquerade; '
              'add rule ip nat post oifname "to-*" masquerade; '
              'add rule ip nat post oifname != "lo" masquerade; '
              'add rule ip nat post oifname "lo" counter')
        b.nft(f"add table inet mixed; add chain inet mixed post {nat_chain}; "
              'add rule inet mixed post ip saddr 10.0.0.0/8 oif "uplink" masquerade; '
              "add table ip6 v6only; add chain ip6 v6only post " + nat_chain + "; "
              'add rule ip6 v6only post oifname "lo" masquerade')
        c = rng.choice(spokes)
        c.nft(f"add table ip anon; add chain ip anon post {nat_chain}; "
              'add rule ip anon post oifname { "eth0", "nosuch0" } masquerade')
        # The helper's own shape (core/Masquerade.h), written with nft.
        d = rng.choice([ns for ns in self.named if ns not in (a, b, c)])
        d.nft(f"add table ip netns_studio; add set ip netns_studio masquerade_out {{ type ifname; }}; "
              f"add chain ip netns_studio postrouting {nat_chain}; "
              "add rule ip netns_studio postrouting oifname @masquerade_out masquerade; "
              'add element ip netns_studio masquerade_out { "lo", "nosuch1" }')

    def holder_namespace(self):
        proc = start_holder(["unshare", "--net"])
        self.holders.append(proc)
        ns = Namespace("process", None, [proc.pid])
        self.process.append(ns)
        return ns

    def namespaces(self):
        return [self.host, *self.named, *self.process]

    def stop(self):
        for proc in self.holders:
            proc.kill()
            proc.wait()


# --------------------------------------------------------------------------------------
# The oracle


def nsid_oracle_child():
    """In a private mount namespace: names every namespace n<inode> and lists nsids.

    Reads [[inode, fd], ...] on stdin (the fds are inherited), mounts a fresh tmpfs on
    /run/netns (only in this mount namespace: the helper never sees it), bind-mounts each
    namespace there and asks `ip -n n<inode> -j netns list-id` in each one, so that every
    nsid resolves to a name, even for the root namespace and process-held ones.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    ms_bind = 4096
    entries = json.load(sys.stdin)
    if libc.mount(b"tmpfs", b"/run/netns", b"tmpfs", 0, b"mode=0755") != 0:
        raise OSError(ctypes.get_errno(), "mount tmpfs on /run/netns")
    for inode, fd in entries:
        target = f"/run/netns/n{inode}"
        open(target, "w").close()
        if libc.mount(f"/proc/self/fd/{fd}".encode(), target.encode(), None, ms_bind, None) != 0:
            raise OSError(ctypes.get_errno(), f"bind namespace {inode}")
    result = {}
    for inode, _ in entries:
        text = run(["ip", "-n", f"n{inode}", "-j", "netns", "list-id"]).strip()
        ids = {}
        for item in json.loads(text) if text else []:
            name = item.get("name")
            ids[str(item["nsid"])] = int(name[1:]) if name and name.startswith("n") else None
        result[str(inode)] = ids
    json.dump(result, sys.stdout)


def nsid_maps(namespaces):
    """{inode: {nsid: peer inode}} for every namespace, as the kernel assigned them."""
    fds = []
    try:
        for ns in namespaces:
            path = ("/proc/self/ns/net" if ns.kind == "host" else
                    f"/run/netns/{ns.name}" if ns.kind == "named" else
                    f"/proc/{ns.pids[0]}/ns/net")
            fds.append(os.open(path, os.O_RDONLY | os.O_CLOEXEC))
        entries = [[ns.inode, fd] for ns, fd in zip(namespaces, fds)]
        proc = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", sys.executable,
             os.path.abspath(__file__), "--nsid-oracle"],
            input=json.dumps(entries), capture_output=True, text=True, pass_fds=fds, timeout=60)
        if proc.returncode != 0:
            raise HarnessError(f"nsid oracle failed: {proc.stderr.strip()}")
        raw = json.loads(proc.stdout)
        return {int(k): {int(n): v for n, v in ids.items()} for k, ids in raw.items()}
    finally:
        for fd in fds:
            os.close(fd)


def read_oracle(ns):
    """What ip says about one namespace, reduced to the fields the helper reports."""
    links_raw = ns.ip_json("-d", "link", "show")
    addrs_raw = ns.ip_json("addr", "show")
    routes4 = ns.ip_json("-d", "route", "show")
    routes6 = ns.ip_json("-d", "-6", "route", "show")
    switches = ns.switches()
    rp_all = switches["ipv4/conf/all/rp_filter"]

    by_name = {l["ifname"]: l["ifindex"] for l in links_raw}
    addresses = collections.defaultdict(list)
    tentative = set()
    for item in addrs_raw:
        for a in item.get("addr_info", []):
            addresses[item["ifindex"]].append(f"{a['local']}/{a['prefixlen']}")
            if a.get("tentative") and not a.get("dadfailed"):
                tentative.add(item["ifindex"])

    links = {}
    for l in links_raw:
        flags = l.get("flags", [])
        info = l.get("linkinfo") or {}
        link_index = None
        if "link_index" in l:
            link_index = l["link_index"]
        elif l.get("link"):
            name = l["link"]
            link_index = by_name.get(name)
            if link_index is None and name.startswith("if") and name[2:].isdigit():
                link_index = int(name[2:])
        links[l["ifindex"]] = {
            "ifindex": l["ifindex"],
            "name": l["ifname"],
            "kind": info.get("info_kind"),
            "type": l.get("link_type"),
            "up": "UP" in flags,
            "operstate": l.get("operstate"),
            "mtu": l.get("mtu"),
            "mac": l.get("address"),
            "master": l.get("master"),
            "addresses": sorted(addresses.get(l["ifindex"], [])),
            # The kernel applies the larger of the "all" and the interface's rp_filter.
            "rp_filter": max(rp_all, switches.get(f"ipv4/conf/{l['ifname']}/rp_filter", 0)),
            # Not compared directly: used to resolve the veth peer.
            "_link_index": link_index,
            "_link_netnsid": l.get("link_netnsid"),
            # Not compared: used to decide whether the kernel has settled.
            "_settling": l["ifindex"] in tentative and "LOWER_UP" in flags and "UP" in flags,
        }

    routes = collections.Counter()
    for family, items in (("inet", routes4), ("inet6", routes6)):
        for r in items:
            if "nexthops" in r:
                raise HarnessError(f"{ns.describe()}: multipath route {r} (not generated here)")
            routes[(family, r.get("type", "unicast"), r["dst"], r.get("gateway"), r.get("dev"),
                    r.get("scope"), r.get("protocol"), r.get("metric", 0), r.get("prefsrc"))] += 1
    forwarding = {"inet": bool(switches["ipv4/ip_forward"]),
                  "inet6": bool(switches["ipv6/conf/all/forwarding"]),
                  "bridgeNetfilter": bool(switches.get("bridge/bridge-nf-call-iptables", 0))}
    return {"links": links, "routes": routes, "forwarding": forwarding}


def masquerade_oracle(ns):
    """Names of the interfaces whose outgoing IPv4 traffic an nft rule masquerades, read
    from `nft -j list ruleset`: a rule of an ip or inet table with a masquerade statement
    and a positive, whole-name match on the output interface."""
    text = run(ns.exec_argv("nft", "-j", "list", "ruleset")).strip()
    objects = json.loads(text)["nftables"] if text else []
    sets = {(o["set"]["family"], o["set"]["table"], o["set"]["name"]): o["set"].get("elem", [])
            for o in objects if "set" in o}
    names = set()
    for o in objects:
        rule = o.get("rule")
        if not rule or rule["family"] not in ("ip", "inet") or \
                not any("masquerade" in e for e in rule["expr"]):
            continue
        for e in rule["expr"]:
            match = e.get("match")
            if not match or match["op"] not in ("==", "in") or \
                    match["left"] not in ({"meta": {"key": "oifname"}}, {"meta": {"key": "oif"}}):
                continue
            right = match["right"]
            if isinstance(right, str) and right.startswith("@"):
                values = sets.get((rule["family"], rule["table"], right[1:]), [])
            elif isinstance(right, dict) and "set" in right:
                values = right["set"]
            else:
                values = [right]
            names |= {v for v in values if isinstance(v, str) and not v.endswith("*")}
    return names


def read_all(namespaces):
    snapshot = {ns.inode: read_oracle(ns) for ns in namespaces}
    for ns in namespaces:
        masqueraded = masquerade_oracle(ns)
        for link in snapshot[ns.inode]["links"].values():
            link["masquerade"] = link["name"] in masqueraded
    return snapshot


def comparable(snapshot):
    """The part of a snapshot that must not change while the helper reads."""
    return {inode: ({i: {k: v for k, v in l.items() if k != "_settling"}
                     for i, l in s["links"].items()}, s["routes"], s["forwarding"])
            for inode, s in snapshot.items()}


def settle(namespaces, timeout=15.0):
    """Waits until no address with carrier is tentative and two reads agree."""
    deadline = time.monotonic() + timeout
    previous = None
    while True:
        snapshot = read_all(namespaces)
        settling = any(l["_settling"] for s in snapshot.values() for l in s["links"].values())
        if not settling and previous is not None and comparable(previous) == comparable(snapshot):
            return snapshot
        if time.monotonic() > deadline:
            print("topology_diff: warning: the kernel did not settle within "
                  f"{timeout:.0f} s; comparing anyway", file=sys.stderr)
            return snapshot
        previous = snapshot
        time.sleep(0.3)


def resolve_peers(namespaces, snapshot, nsids):
    """Adds "peer" (expected helper value) to every link; returns a list of oracle problems."""
    problems = []
    for ns in namespaces:
        for link in snapshot[ns.inode]["links"].values():
            link["peer"] = None
            if link["kind"] != "veth":
                continue
            index, nsid = link["_link_index"], link["_link_netnsid"]
            if index is None:
                problems.append(f"{ns.describe()}: veth {link['name']} has no peer in ip's output")
                continue
            if nsid is None:
                peer_inode = ns.inode
            else:
                peer_inode = nsids.get(ns.inode, {}).get(nsid)
            peer = snapshot.get(peer_inode, {}).get("links", {}).get(index) if peer_inode else None
            if peer is None:
                problems.append(f"{ns.describe()}: veth {link['name']}: ip's peer (nsid {nsid}, "
                                f"ifindex {index}) is in no namespace the test knows")
                link["peer"] = {"namespace": peer_inode, "ifindex": index, "name": None}
                continue
            link["peer"] = {"namespace": peer_inode, "ifindex": index, "name": peer["name"]}
            # Sanity of the oracle itself: the peer's peer is this link.
            back_nsid = peer["_link_netnsid"]
            back_inode = peer_inode if back_nsid is None else nsids.get(peer_inode, {}).get(back_nsid)
            if peer["kind"] != "veth" or peer["_link_index"] != link["ifindex"] or back_inode != ns.inode:
                problems.append(f"{ns.describe()}: veth {link['name']}: ip's peer {peer['name']} "
                                "does not point back (oracle inconsistent)")
    return problems


# --------------------------------------------------------------------------------------
# Comparison

LINK_FIELDS = ["name", "kind", "type", "up", "operstate", "mtu", "mac", "master", "rp_filter",
               "masquerade"]
ROUTE_FIELDS = ["family", "type", "dst", "gateway", "dev", "scope", "protocol", "metric", "prefsrc"]


def same_spelling_note(a, b):
    """' (same address, spelled differently)' when two address strings mean the same."""
    try:
        if ipaddress.ip_interface(a) == ipaddress.ip_interface(b):
            return " (same address, spelled differently)"
    except (TypeError, ValueError):
        pass
    return ""


def compare(namespaces, snapshot, helper, counts):
    diffs = []
    by_id = {}
    for item in helper.get("namespaces", []):
        if item.get("id") in by_id:
            diffs.append(f"helper lists namespace {item.get('id')} twice")
        by_id[item.get("id")] = item
    expected_ids = {ns.inode for ns in namespaces}
    for extra in sorted(set(by_id) - expected_ids):
        item = by_id[extra]
        diffs.append(f"namespace {extra}: helper lists it (kind {item.get('kind')}, label "
                     f"{item.get('label')!r}, pids {item.get('pids')}) but the test made no such "
                     "namespace")

    for ns in namespaces:
        where = f"namespace {ns.describe()}"
        got = by_id.get(ns.inode)
        if got is None:
            diffs.append(f"{where}: missing from the helper's output")
            continue
        counts["namespaces"] += 1
        want_label = {"host": "host", "named": ns.name}.get(ns.kind)
        if ns.kind == "process":
            pid = min(ns.pids)
            with open(f"/proc/{pid}/comm") as f:
                want_label = f"pid {pid} ({f.read().strip()})"
        for field, want in (("kind", ns.kind), ("name", ns.name), ("label", want_label)):
            if got.get(field) != want:
                diffs.append(f"{where}: {field}: helper {got.get(field)!r}, expected {want!r}")
        got_switches = dict(got.get("forwarding") or {}, bridgeNetfilter=got.get("bridgeNetfilter"))
        if got_switches != snapshot[ns.inode]["forwarding"]:
            diffs.append(f"{where}: forwarding and bridge netfilter: helper {got_switches}, sysctl "
                         f"{snapshot[ns.inode]['forwarding']}")
        missing_pids = [p for p in ns.pids if p not in (got.get("pids") or [])]
        if missing_pids:
            diffs.append(f"{where}: pids: helper {got.get('pids')}, missing holder(s) {missing_pids}")

        want_links = snapshot[ns.inode]["links"]
        got_links = {}
        for l in got.get("links", []):
            if l.get("ifindex") in got_links:
                diffs.append(f"{where}: helper lists ifindex {l.get('ifindex')} twice")
            got_links[l.get("ifindex")] = l
        for index in sorted(set(got_links) - set(want_links)):
            diffs.append(f"{where}: link {index} {got_links[index].get('name')!r}: helper lists "
                         "it, ip does not")
        for index in sorted(want_links):
            want = want_links[index]
            lwhere = f"{where}: link {index} {want['name']!r}"
            if index not in got_links:
                diffs.append(f"{lwhere}: missing from the helper's output")
                continue
            g = got_links[index]
            counts["links"] += 1
            counts["masqueraded"] += want["masquerade"]
            for field in LINK_FIELDS:
                w = want[field]
                if field == "mac" and want["type"] not in ("ether", "loopback") and g.get(field) is None:
                    continue  # ip's "address" of other link types is not a MAC
                if g.get(field) != w:
                    diffs.append(f"{lwhere}: {field}: helper {g.get(field)!r}, ip {w!r}")
            g_addrs = g.get("addresses") or []
            if sorted(g_addrs) != want["addresses"]:
                only_helper = sorted(set(g_addrs) - set(want["addresses"]))
                only_ip = sorted(set(want["addresses"]) - set(g_addrs))
                dup = len(g_addrs) != len(set(g_addrs))
                diffs.append(f"{lwhere}: addresses: only in helper {only_helper}, only in ip "
                             f"{only_ip}{', helper repeats some' if dup else ''}")
            else:
                counts["addresses"] += len(g_addrs)
            if want["peer"] != g.get("peer"):
                diffs.append(f"{lwhere}: peer: helper {json.dumps(g.get('peer'), sort_keys=True)}, "
                             f"ip {json.dumps(want['peer'], sort_keys=True)}")
            elif want["peer"] is not None:
                counts["peers"] += 1

        want_routes = snapshot[ns.inode]["routes"]
        got_routes = collections.Counter(tuple(r.get(f) for f in ROUTE_FIELDS)
                                         for r in got.get("routes", []))
        only_ip = want_routes - got_routes
        only_helper = got_routes - want_routes
        for r, n in sorted(only_ip.items(), key=str):
            diffs.append(f"{where}: route {dict(zip(ROUTE_FIELDS, r))}: ip has it"
                         f"{f' {n} times' if n > 1 else ''}, helper does not")
        for r, n in sorted(only_helper.items(), key=str):
            note = ""
            for w in only_ip:
                if w[0] == r[0] and w[2] != r[2]:
                    n2 = same_spelling_note(w[2], r[2])
                    if n2:
                        note = n2
            diffs.append(f"{where}: route {dict(zip(ROUTE_FIELDS, r))}: helper has it"
                         f"{f' {n} times' if n > 1 else ''}, ip does not{note}")
        counts["routes"] += sum((want_routes & got_routes).values())
    return diffs


def run_helper():
    proc = subprocess.run([CLIENT, "--json"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=120)
    if proc.returncode != 0:
        raise HarnessError(f"netns-studio --json exited {proc.returncode}: {proc.stderr.strip()}")
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        raise HarnessError(f"netns-studio --json printed no JSON ({e}): {proc.stdout[:500]!r}")


def main(argv):
    if len(argv) > 1 and argv[1] == "--nsid-oracle":
        nsid_oracle_child()
        return 0
    show_commands = "--show-commands" in argv
    args = [a for a in argv[1:] if a != "--show-commands"]
    if os.geteuid() != 0:
        print("topology_diff: needs root; skipping", file=sys.stderr)
        return 77
    if os.environ.get("NETNS_STUDIO_SANDBOX") != "1":
        print("topology_diff: run me inside scripts/sandbox (I create namespaces and links)",
              file=sys.stderr)
        return 2
    if not os.access(CLIENT, os.X_OK):
        print(f"topology_diff: {CLIENT} is missing: build first", file=sys.stderr)
        return 2

    seed_text = args[0] if args else os.environ.get("TOPOLOGY_DIFF_SEED")
    seed = int(seed_text) if seed_text else int.from_bytes(os.urandom(4), "big")
    print(f"topology_diff: seed {seed} (rerun: scripts/sandbox python3 {os.path.relpath(__file__, REPO)} "
          f"{seed})", flush=True)
    t0 = time.monotonic()
    builder = Builder(random.Random(seed))
    try:
        try:
            builder.build()
        finally:
            if show_commands:
                print("\n".join(COMMANDS))
        namespaces = builder.namespaces()
        t1 = time.monotonic()

        before = settle(namespaces)
        for attempt in range(3):
            helper = run_helper()
            after = read_all(namespaces)
            if comparable(after) == comparable(before):
                break
            print("topology_diff: the kernel changed while the helper read; again",
                  file=sys.stderr)
            before = settle(namespaces)
        else:
            raise HarnessError("the topology never held still long enough to compare")
        t2 = time.monotonic()

        nsids = nsid_maps(namespaces)
        problems = resolve_peers(namespaces, after, nsids)
        if problems:
            raise HarnessError("the oracle is inconsistent:\n  " + "\n  ".join(problems))
        counts = collections.Counter()
        diffs = compare(namespaces, after, helper, counts)
        t3 = time.monotonic()
    except HarnessError as e:
        print(f"topology_diff: error: {e}", file=sys.stderr)
        return 2
    finally:
        builder.stop()

    timing = f"(build {t1 - t0:.1f} s, settle+read {t2 - t1:.1f} s, compare {t3 - t2:.1f} s)"
    if diffs:
        print(f"topology_diff: {len(diffs)} difference(s) between the helper and ip -j "
              f"(seed {seed}):")
        for d in diffs:
            print("  " + d)
        print(f"topology_diff: FAILED {timing}")
        return 1
    print(f"topology_diff: {counts['namespaces']} namespaces, {counts['links']} links, "
          f"{counts['addresses']} addresses, {counts['routes']} routes, {counts['peers']} veth "
          f"peers equal to ip -j; masquerading ({counts['masqueraded']} links) equal to nft -j "
          f"{timing}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
