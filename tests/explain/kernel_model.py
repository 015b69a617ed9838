# SPDX-License-Identifier: GPL-3.0-or-later
"""A small model of how Linux answers a ping, for explain_vs_ping.py --reference.

It reads the same things the explainer has (links, addresses, main-table routes with
their prefsrc, forwarding, rp_filter) with `ip -j` and sysctl, and walks the ping the
way PathExplainer does, with the kernel rules that explain_vs_ping once found the
explainer missing switched on one by one (FIXES; PathExplainer follows them all).
With --reference, the run counts where this model with every rule disagrees with ping
and with the explainer (it should never), and tags each mismatch with the rules that
make the model agree with the real ping, which is how tests/explain/README.md
classified them.

Only the shapes that explain_vs_ping builds are covered: veth pairs (peers are known by
their names), one bridge, IPv4 and IPv6 unicast, the main table.
"""

import ipaddress
import json
import subprocess

FIXES = (
    "bridge-down",       # a bridge that is down passes no frames between its ports
    "v4-src-subnet",     # IPv4 source: the route's prefsrc, else the dev's address in the gateway's subnet
    "gw-local",          # IPv4 gateway that is an own address: the route is on-link
    "rp-filter",         # IPv4 reverse-path filter (net.ipv4.conf.{all,DEV}.rp_filter)
    "ndp-strict",        # IPv6 neighbour solicitations are answered only for the receiving interface's addresses
    "ndp-source",        # and need a link-local (or the packet's source) on the sending interface
    "v6-src-select",     # IPv6 source: RFC 6724 (scope, outgoing interface, longest matching prefix)
    "v6-reply-oif",      # an IPv6 echo reply prefers routes out of the interface the request came in by
)


def _ip(node, args):
    argv = ["ip", "-j"] + ([] if node == "host" else ["-n", node]) + args
    out = subprocess.run(argv, capture_output=True, text=True).stdout
    return json.loads(out) if out.strip() else []


class Link:
    def __init__(self, j):
        self.name = j["ifname"]
        flags = j.get("flags", [])
        self.up = "UP" in flags
        self.carrier = self.up and j.get("operstate") in ("UP", "UNKNOWN")
        self.master = j.get("master")
        self.loopback = j.get("link_type") == "loopback"
        self.kind = None
        self.addrs = []  # (ipaddress.ip_interface, secondary) in `ip` order
        for a in j.get("addr_info", []):
            if a.get("tentative") or a.get("dadfailed"):
                continue
            iface = ipaddress.ip_interface(f"{a['local']}/{a['prefixlen']}")
            self.addrs.append((iface, bool(a.get("secondary"))))
        self.peer = None  # (node, name)


class Route:
    def __init__(self, j, family):
        dst = j["dst"]
        if dst == "default":
            dst = "0.0.0.0/0" if family == 4 else "::/0"
        self.net = ipaddress.ip_network(dst, strict=False)
        self.type = j.get("type", "unicast")
        self.gw = ipaddress.ip_address(j["gateway"]) if "gateway" in j else None
        self.dev = j.get("dev")
        self.metric = j.get("metric", 0)
        self.prefsrc = ipaddress.ip_address(j["prefsrc"]) if "prefsrc" in j else None


class Node:
    def __init__(self, name):
        self.name = name
        self.links = {}
        for j in _ip(name, ["addr"]):
            self.links[j["ifname"]] = Link(j)
        self.routes = {4: [Route(j, 4) for j in _ip(name, ["route", "show", "table", "main"])],
                       6: [Route(j, 6) for j in _ip(name, ["-6", "route", "show", "table", "main"])]}
        keys = ["net.ipv4.ip_forward", "net.ipv6.conf.all.forwarding", "net.ipv4.conf.all.rp_filter"]
        keys += [f"net.ipv4.conf.{l}.rp_filter" for l in self.links]
        argv = ([] if name == "host" else ["ip", "netns", "exec", name]) + ["sysctl", "-n"] + keys
        values = [int(v) for v in subprocess.run(argv, capture_output=True, text=True).stdout.split()]
        self.forwarding = {4: bool(values[0]), 6: bool(values[1])}
        self.rp_all = values[2]
        self.rp = dict(zip(self.links, values[3:]))

    def addresses(self, family):
        for link in self.links.values():
            for iface, secondary in link.addrs:
                if iface.version == family:
                    yield link, iface, secondary

    def owns(self, addr):
        return any(iface.ip == addr for _, iface, _ in self.addresses(addr.version))


class Model:
    """The kernel's view of one topology; peers: {(node, ifname): (node, ifname)}."""

    def __init__(self, nodes, peers):
        self.nodes = {n: Node(n) for n in nodes}
        for (n, l), (pn, pl) in peers.items():
            if l in self.nodes[n].links and pl in self.nodes[pn].links:
                self.nodes[n].links[l].peer = (pn, pl)

    # -- pieces ---------------------------------------------------------------------------

    def lookup(self, node, dst, fixes, prefer_dev=None):
        best = None
        for r in node.routes[dst.version]:
            if dst not in r.net:
                continue
            key = (-r.net.prefixlen, r.metric)
            if best is None or key < best[0]:
                best = (key, [r])
            elif key == best[0]:
                best[1].append(r)
        if best is None:
            return None
        if prefer_dev and dst.version == 6 and "v6-reply-oif" in fixes:
            for r in best[1]:
                if r.dev == prefer_dev:
                    return r
        return best[1][0]

    def segment(self, node, link, fixes):
        """Layer-3 interfaces reachable at layer 2 from (node, link)."""
        seen = {(node.name, link.name)}
        queue = [(node, link)]
        out = []

        def visit(n, l):
            if l and l.up and (n.name, l.name) not in seen:
                seen.add((n.name, l.name))
                queue.append((n, l))

        while queue:
            n, l = queue.pop(0)
            if (n, l) != (node, link) and not l.master:
                out.append((n, l))
            if l.peer:
                pn, pl = l.peer
                visit(self.nodes[pn], self.nodes[pn].links.get(pl))
            for other in n.links.values():
                if l.master and other.name == l.master:
                    visit(n, other)
                bridge_ok = True
                if l.master and "bridge-down" in fixes:
                    bridge_ok = n.links[l.master].up if l.master in n.links else False
                if other.master == l.name or (l.master and other.master == l.master and bridge_ok):
                    visit(n, other)
        return out

    def source(self, node, dst, fixes):
        if node.owns(dst):
            return dst
        route = self.lookup(node, dst, fixes)
        if route is None:
            return None
        family = dst.version
        out = node.links.get(route.dev)
        if family == 4:
            if "v4-src-subnet" not in fixes:  # PathExplainer: the out dev's first address, else any
                order = ([out] if out else []) + [l for l in node.links.values() if l is not out]
                for l in order:
                    if l.loopback:
                        continue
                    for iface, _ in l.addrs:
                        if iface.version == 4:
                            return iface.ip
                return None
            if route.prefsrc:
                return route.prefsrc
            target = route.gw
            if out:
                primaries = [i for i, sec in out.addrs if i.version == 4 and not sec]
                for i in primaries:
                    if target is not None and target in i.network:
                        return i.ip
                if primaries:
                    return primaries[0].ip
            for l in node.links.values():
                for i, sec in l.addrs:
                    if i.version == 4 and not sec and not i.ip.is_loopback and not i.ip.is_link_local:
                        return i.ip
            return None
        if "v6-src-select" not in fixes:
            order = ([out] if out else []) + [l for l in node.links.values() if l is not out]
            for l in order:
                for iface, _ in l.addrs:
                    if iface.version == 6 and not iface.ip.is_link_local and (not l.loopback):
                        return iface.ip
            return None
        best = None
        for l, iface, _ in node.addresses(6):
            a = iface.ip
            scope = 1 if a.is_loopback else 2 if a.is_link_local else 14
            # rule 2 (scope >= the destination's, else larger), rule 5, rule 8
            common = 128 - (int(a) ^ int(dst)).bit_length()
            key = (scope >= 14, scope, l is out, common)
            if best is None or key > best[0]:
                best = (key, a)
        return best[1] if best else None

    def rp_ok(self, node, in_link, saddr, fixes):
        if saddr.version != 4 or "rp-filter" not in fixes:
            return True
        rp = max(node.rp_all, node.rp.get(in_link.name, 0))
        if not rp:
            return True
        r = self.lookup(node, saddr, fixes)
        if r is None or r.type != "unicast":
            return False
        return rp == 2 or r.dev == in_link.name

    def walk(self, node, dst, saddr, fixes, prefer_dev=None):
        """(arrived, node it stops in, interface it arrived by, why)."""
        in_link = None
        seen = set()
        for hop in range(64):
            if hop > 0 and not self.rp_ok(node, in_link, saddr, fixes):
                return False, node, in_link, "rp_filter"
            if node.owns(dst):
                if hop == 0 and not any(l.loopback and l.up for l in node.links.values()):
                    return False, node, None, "lo down"
                return True, node, in_link, "delivered"
            if hop > 0:
                if not node.forwarding[dst.version]:
                    return False, node, in_link, "forwarding off"
                if dst.version == 6 and (dst.is_link_local or saddr.is_link_local):
                    return False, node, in_link, "link-local not forwarded"
            r = self.lookup(node, dst, fixes, prefer_dev if hop == 0 else None)
            if r is None:
                return False, node, in_link, "no route"
            if r.type != "unicast":
                return False, node, in_link, r.type
            out = node.links.get(r.dev)
            if out is None or not out.carrier:
                return False, node, in_link, "link down"
            nexthop = r.gw if r.gw is not None else dst
            if "gw-local" in fixes and r.gw is not None and dst.version == 4 and node.owns(r.gw):
                nexthop = dst
            if dst.version == 6 and "ndp-source" in fixes:
                on_out = any(i.ip == saddr for i, _ in out.addrs)
                has_ll = any(i.version == 6 and i.ip.is_link_local for i, _ in out.addrs)
                if not (on_out or has_ll):
                    return False, node, in_link, "no link-local to solicit from"
            nxt = None
            for n, l in self.segment(node, out, fixes):
                if n is node:
                    continue
                if dst.version == 6 and "ndp-strict" in fixes:
                    if any(i.ip == nexthop for i, _ in l.addrs):
                        nxt = (n, l)
                        break
                elif n.owns(nexthop):
                    nxt = (n, l)
                    break
            if nxt is None:
                return False, node, in_link, "nobody answers"
            if (nxt[0].name, nxt[1].name) in seen:
                return False, node, in_link, "loop"
            seen.add((nxt[0].name, nxt[1].name))
            node, in_link = nxt
        return False, node, in_link, "too many hops"

    def ping(self, src, dst_text, fixes, trace=None):
        """Whether a ping from node src to dst_text gets its reply, with these fixes;
        trace (a list) gets what happened, in words."""
        fixes = set(fixes)
        trace = [] if trace is None else trace
        dst = ipaddress.ip_address(dst_text)
        node = self.nodes[src]
        saddr = self.source(node, dst, fixes)
        trace.append(f"source {saddr}")
        if saddr is None:
            return False
        ok, there, in_link, why = self.walk(node, dst, saddr, fixes)
        trace.append(f"there: {why} in {there.name}" + (f" (arrived by {in_link.name})" if in_link else ""))
        if not ok:
            return False
        if there is node:
            return True
        ok, back, back_link, why = self.walk(there, saddr, dst, fixes, prefer_dev=in_link.name if in_link else None)
        trace.append(f"back: {why} in {back.name}" + (f" (arrived by {back_link.name})" if back_link else ""))
        return ok
