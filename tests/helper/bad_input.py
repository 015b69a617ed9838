#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad input gets a named error and changes nothing (DESIGN.md, "Bad input the helper
must refuse"), through the real D-Bus interface.

Runs inside scripts/sandbox (it plants files in /run/netns and makes namespaces):

    scripts/sandbox -- /usr/bin/python3 tests/helper/bad_input.py

Data-driven: every case is a call and the error names it may give. For each case the
helper must answer with that named error, keep the same unique bus name (it did not
crash or restart), and leave `ip -j -d link/addr/route` (+ `-6 route`, forwarding
sysctls) and `nft -j list ruleset` of every namespace, /run/netns and `ip netns list`
byte-equal.

Cases: namespace names ("", ".", "..", "a/b", "../../etc", 256 bytes, NUL, newline,
escape codes); interface names (16+ bytes, ":", "/", space, ...); a planted regular
file, planted symlinks (to the host's namespace; dangling), a directory and a bound
file at /run/netns/X (CreateNamespace X is Exists and creates nothing behind a
symlink; no method follows them; GetTopology does not list them);
addresses and routes that are not CIDR / IP literals; unknown namespace ids; a link
renamed or deleted after the caller read the topology; wrong D-Bus signatures; MTUs
and families out of range; malformed ApplyBatch dictionaries; masquerading of names
nft cannot write, of links not there, on where it is on, off where the helper did not
turn it on (a rule written with nft). A NUL inside a D-Bus
string is refused by libdbus on our side, so it is also sent hand-marshalled on a raw
socket: the bus must drop that client, and the helper must not notice.

Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 not root.
"""

import os
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "bad_input"

BAD_NS_NAMES = ["", ".", "..", "a/b", "../../etc", "/etc", "x" * 256, "é" * 128,
                "a\nb", "\n", "a\rb", "a\tb", "\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "a\x7fb",
                "\x01"]
BAD_IF_NAMES = ["", ".", "..", "x" * 16, "x" * 64, "é" * 8, "a:b", "a/b", "a b", " ", "a\tb",
                "a\nb", "a\vb", "a\fb", "\x1b[31m", "a\x7f"]
BAD_CIDRS = ["10.1.1.1", "10.1.1.1/", "10.1.1.1/33", "10.1.1.1/024", "10.1.1.1/-1",
             "10.1.1.1/+8", "10.1.1.1/ 8", "300.1.1.1/24", "10.1.1/24", "10.1.1.1.1/24",
             " 10.1.1.1/24", "10.1.1.1/24 ", "10.1.1.1/24\n", "0x0a.1.1.1/24", "fe80::1/129",
             "fe80::1%lo/64", "::g/64", "hello", "", "/24", "10.1.1.1/24/8", "default",
             "10.1.1.1/4294967328", "１０.1.1.1/24"]
BAD_GATEWAYS = ["10.1.1.256", "10.1.1.2/24", "fe80::1%b0", "gw", " 10.1.1.2", "10.1.1.2\n"]


class Case:
    def __init__(self, label, call, expect, after=None):
        self.label = label
        self.call = call          # helper, bus -> (error name or None, message)
        self.expect = expect      # the error names it may give
        self.after = after        # extra check -> problem text or None


def build_cases(env):
    import dbus
    U64, I32, U32, B = dbus.UInt64, dbus.Int32, dbus.UInt32, dbus.Boolean
    host, blue, held = env["host"], env["blue"], env["held"]
    b0, h0, br0 = env["b0"], env["h0"], env["br0"]
    cases = []

    def method(name, *args):
        return lambda h, bus: H.error_of(getattr(h, name), *args)

    def raw(name, sig, *args):
        return lambda h, bus: H.raw_call(bus, name, sig, args)

    def batch(*actions):
        return lambda h, bus: H.raw_call(bus, "ApplyBatch", "aa{sv}",
                                         (dbus.Array([dbus.Dictionary(a, signature="sv")
                                                      for a in actions], signature="a{sv}"),))

    IN, IA, NF, EX = H.INVALID_NAME, H.INVALID_ARGUMENT, H.NOT_FOUND, H.EXISTS
    SIG = {H.UNKNOWN_METHOD, H.INVALID_ARGS}

    # Namespace names, wherever a namespace name goes: every name in CreateNamespace,
    # and in turn in the other places (each place gets several names).
    for i, n in enumerate(BAD_NS_NAMES):
        cases.append(Case(f"CreateNamespace({n!r})", method("CreateNamespace", n), {IN}))
        if i % 3 == 0:
            cases.append(Case(f"AttachNamespace(held, {n!r})",
                              method("AttachNamespace", U64(held), n), {IN}))
        elif i % 3 == 1:
            cases.append(Case(f"ApplyBatch add-namespace {n!r}",
                              batch({"type": "add-namespace", "name": n}), {IN}))
        elif n:  # an empty ns-name means "no ns-name": a different case below
            cases.append(Case(f"ApplyBatch delete-namespace ns-name {n!r}",
                              batch({"type": "delete-namespace", "ns-name": n}), {IN}))
    cases.append(Case("ApplyBatch delete-namespace without a namespace",
                      batch({"type": "delete-namespace"}), {IA}))
    # Longer than 255 bytes only in UTF-8.
    cases.append(Case("CreateNamespace(128 x 'é' + 'x': 257 bytes)",
                      method("CreateNamespace", "é" * 128 + "x"), {IN}))

    # Interface names: every method that takes one gets several of them.
    if_places = [
        lambda n: Case(f"CreateVethPair(blue, {n!r}, blue, ok0)",
                       method("CreateVethPair", U64(blue), n, U64(blue), "ok0"), {IN}),
        lambda n: Case(f"CreateVethPair(blue, ok0, host, {n!r})",
                       method("CreateVethPair", U64(blue), "ok0", U64(host), n), {IN}),
        lambda n: Case(f"CreateBridge(blue, {n!r})", method("CreateBridge", U64(blue), n), {IN}),
        lambda n: Case(f"RenameLink(blue, b0, {n!r})",
                       method("RenameLink", U64(blue), I32(b0), "b0", n), {IN}),
        lambda n: Case(f"SetLinkUp(blue, ifindex of b0, {n!r})",
                       method("SetLinkUp", U64(blue), I32(b0), n, B(True)), {IN}),
        lambda n: Case(f"SetMaster(blue, b0, master {n!r})",
                       method("SetMaster", U64(blue), I32(b0), "b0", n), {IN}),
        lambda n: Case(f"AddRoute(blue, 10.8.0.0/16, '', dev {n!r})",
                       method("AddRoute", U64(blue), "10.8.0.0/16", "", n, U32(0)),
                       {IN} if n else {IA}),
        lambda n: Case(f"SetMasquerade(blue, ifindex of b0, {n!r})",
                       method("SetMasquerade", U64(blue), I32(b0), n, B(True)), {IN}),
        lambda n: Case(f"ApplyBatch move-link link-name {n!r}",
                       batch({"type": "move-link", "ns-id": U64(blue), "link-name": n,
                              "peer-ns-id": U64(host)}), {IN}),
    ]
    for i, n in enumerate(BAD_IF_NAMES):
        for j in (i % len(if_places), (i + 3) % len(if_places)):
            if n == "" and j == 5:
                continue  # SetMaster's master "" means nomaster: valid
            cases.append(if_places[j](n))

    # The veth ends need different names in one namespace.
    cases.append(Case("CreateVethPair(blue, same0, blue, same0)",
                      method("CreateVethPair", U64(blue), "same0", U64(blue), "same0"), {IA}))

    # Addresses and routes that are not what the contract says.
    for i, c in enumerate(BAD_CIDRS):
        cases.append(Case(f"AddAddress(blue, b0, {c!r})",
                          method("AddAddress", U64(blue), I32(b0), "b0", c), {IA}))
        if i % 2 == 0:
            cases.append(Case(f"DeleteAddress(blue, b0, {c!r})",
                              method("DeleteAddress", U64(blue), I32(b0), "b0", c), {IA}))
        elif c != "default":
            cases.append(Case(f"AddRoute(blue, dst {c!r}, via 10.1.1.2)",
                              method("AddRoute", U64(blue), c, "10.1.1.2", "", U32(0)), {IA}))
    for i, g in enumerate(BAD_GATEWAYS):
        if i % 2 == 0:
            cases.append(Case(f"AddRoute(blue, 10.8.0.0/16, via {g!r})",
                              method("AddRoute", U64(blue), "10.8.0.0/16", g, "", U32(0)), {IA}))
        else:
            cases.append(Case(f"DeleteRoute(blue, default, via {g!r})",
                              method("DeleteRoute", U64(blue), "default", g, "b0", U32(0)), {IA}))
    cases += [
        Case("AddRoute(blue, 10.8.0.0/16, no gateway, no device)",
             method("AddRoute", U64(blue), "10.8.0.0/16", "", "", U32(0)), {IA}),
        Case("AddRoute(blue, 10.8.0.0/16 via an IPv6 gateway)",
             method("AddRoute", U64(blue), "10.8.0.0/16", "fd00::2", "", U32(0)), {IA}),
        Case("AddRoute(blue, fd08::/64 via an IPv4 gateway)",
             method("AddRoute", U64(blue), "fd08::/64", "10.1.1.2", "", U32(0)), {IA}),
        Case("AddRoute(blue, default, no gateway, device that is not there)",
             method("AddRoute", U64(blue), "default", "", "nosuch0", U32(0)), {NF}),
    ]

    # Numbers out of range, families that are not.
    for mtu in (0, 1, 67, 65537, 10**9, 2**32 - 1):
        cases.append(Case(f"SetMtu(blue, b0, {mtu})",
                          method("SetMtu", U64(blue), I32(b0), "b0", U32(mtu)), {IA}))
    for fam in ("ipx", "", "INET", "inet4", "ipv4", "inet6 ", "inet\n", "bridge"):
        cases.append(Case(f"SetForwarding(blue, {fam!r})",
                          method("SetForwarding", U64(blue), fam, B(True)), {IA}))
    cases.append(Case("SetLinkUp(blue, ifindex -1, b0)",
                      method("SetLinkUp", U64(blue), I32(-1), "b0", B(True)), {IA}))
    cases.append(Case("SetMaster(blue, b0, master '' with master-ifindex 5) in a batch",
                      batch({"type": "set-master", "ns-id": U64(blue), "link-name": "b0",
                             "master-ifindex": I32(5)}), {IA}))

    # Namespace ids that name nothing.
    bogus = [0, 1, 2**64 - 1, 4026531840 - 1, env["gone"]]
    id_places = [
        lambda i, e: Case(f"DeleteNamespace({i})", method("DeleteNamespace", U64(i)), e),
        lambda i, e: Case(f"AttachNamespace({i}, fine)",
                          method("AttachNamespace", U64(i), "fine"), e),
        lambda i, e: Case(f"CreateVethPair(blue, ok0, {i}, ok1)",
                          method("CreateVethPair", U64(blue), "ok0", U64(i), "ok1"), e),
        lambda i, e: Case(f"MoveLink(blue, b0 -> {i})",
                          method("MoveLink", U64(blue), I32(b0), "b0", U64(i)), e),
        lambda i, e: Case(f"SetForwarding({i}, inet)",
                          method("SetForwarding", U64(i), "inet", B(True)), e),
        lambda i, e: Case(f"CreateBridge({i}, brx)", method("CreateBridge", U64(i), "brx"), e),
        lambda i, e: Case(f"AddRoute({i}, 10.8.0.0/16 dev lo)",
                          method("AddRoute", U64(i), "10.8.0.0/16", "", "lo", U32(0)), e),
    ]
    for k, i in enumerate(bogus):
        expect = {IA, NF} if i == 0 else {NF}
        for j in range(3):
            cases.append(id_places[(3 * k + j) % len(id_places)](i, expect))
    cases.append(Case("DeleteNamespace(host): it has no name",
                      method("DeleteNamespace", U64(host)), {IA}))
    cases.append(Case("DeleteNamespace(held by a process, no name)",
                      method("DeleteNamespace", U64(held)), {IA}))
    cases.append(Case("ApplyBatch delete-namespace by the planted file's name",
                      batch({"type": "delete-namespace", "ns-name": "planted-file"}), {NF}))
    for link in ("planted-link", "planted-dangling", "planted-dir", "planted-bind"):
        cases.append(Case(f"ApplyBatch delete-namespace by the name {link}",
                          batch({"type": "delete-namespace", "ns-name": link}), {NF}))
        cases.append(Case(f"ApplyBatch set-forwarding in ns-name {link}",
                          batch({"type": "set-forwarding", "ns-name": link, "family": "inet",
                                 "flag": True}), {NF}))

    # Planted things at /run/netns/X: X is taken, and nothing is followed or created.
    for planted in ("planted-file", "planted-link", "planted-dangling", "planted-dir",
                    "planted-bind"):
        cases.append(Case(f"CreateNamespace({planted})", method("CreateNamespace", planted),
                          {EX}, after=env["planted_intact"]))
        cases.append(Case(f"AttachNamespace(held, {planted})",
                          method("AttachNamespace", U64(held), planted), {EX},
                          after=env["planted_intact"]))

    # Interfaces that are not (any more) what the caller read.
    cases += [
        Case("SetLinkUp(blue, ifindex of b0, 'lo'): that index has another name",
             method("SetLinkUp", U64(blue), I32(b0), "lo", B(True)), {NF}),
        Case("DeleteLink(blue, ifindex of b0, 'b1')",
             method("DeleteLink", U64(blue), I32(b0), "b1"), {NF}),
        Case("SetMtu(blue, ifindex 9999, b0)",
             method("SetMtu", U64(blue), I32(9999), "b0", U32(1400)), {NF}),
        Case("DeleteLink(host, ifindex of h0, h0) asked in blue's namespace",
             method("DeleteLink", U64(blue), I32(h0), "h0"), {NF}),
        Case("SetMaster(blue, b0, master 'nosuchbr')",
             method("SetMaster", U64(blue), I32(b0), "b0", "nosuchbr"), {NF}),
        Case("AddAddress(blue, ifindex of br0, 'b0')",
             method("AddAddress", U64(blue), I32(br0), "b0", "10.9.9.9/24"), {NF}),
    ]
    renamed = ("rename rn0 to rn0x with ip after the caller read the topology",
               "ip -n blue link set dev rn0 name rn0x", "ip -n blue link set dev rn0x name rn0")
    rn0 = env["rn0"]
    cases += [
        Case(f"SetLinkUp(blue, ifindex of rn0, 'rn0') after: {renamed[0]}",
             method("SetLinkUp", U64(blue), I32(rn0), "rn0", B(True)), {NF}),
        Case(f"DeleteLink(blue, ifindex of rn0, 'rn0') after: {renamed[0]}",
             method("DeleteLink", U64(blue), I32(rn0), "rn0"), {NF}),
        Case(f"MoveLink(blue, ifindex of rn0, 'rn0', host) after: {renamed[0]}",
             method("MoveLink", U64(blue), I32(rn0), "rn0", U64(host)), {NF}),
        Case(f"AddAddress(blue, ifindex of rn0, 'rn0') after: {renamed[0]}",
             method("AddAddress", U64(blue), I32(rn0), "rn0", "10.9.9.9/24"), {NF}),
        Case(f"SetMasquerade(blue, ifindex of rn0, 'rn0') after: {renamed[0]}",
             method("SetMasquerade", U64(blue), I32(rn0), "rn0", B(True)), {NF}),
    ]
    for c in cases[-5:]:
        c.before_cmd, c.after_cmd = renamed[1], renamed[2]
    gone = ("delete the veth gone0 with ip after the caller read the topology",
            "ip -n blue link del dev gone0", "ip -n blue link add gone0 type veth peer name gone1")
    cases += [
        Case(f"SetMtu(blue, ifindex of gone0, 'gone0') after: {gone[0]}",
             method("SetMtu", U64(blue), I32(env["gone0"]), "gone0", U32(1400)), {NF}),
    ]
    cases[-1].before_cmd, cases[-1].after_cmd = gone[1], None

    # Masquerading (setup: on for blue's b0 through the helper, on for red's r0 by a
    # rule written with nft, off for blue's b1): names nft cannot write, interfaces
    # that are not there, on where it is on already, off where it is not the helper's.
    r0 = env["r0"]
    for n in ('a"b', "eth*", "a\\b", '"'):
        cases.append(Case(f"SetMasquerade(blue, ifindex 0, {n!r}): nft cannot write it",
                          method("SetMasquerade", U64(blue), I32(0), n, B(True)), {IA}))
    cases += [
        Case("SetMasquerade(blue, b0, on): on already",
             method("SetMasquerade", U64(blue), I32(b0), "b0", B(True)), {EX}),
        Case("SetMasquerade(blue, b1, off): it is off",
             method("SetMasquerade", U64(blue), I32(0), "b1", B(False)), {NF}),
        Case("SetMasquerade(red, r0, on): on already, by a rule written with nft",
             method("SetMasquerade", U64(env["red"]), I32(r0), "r0", B(True)), {EX}),
        Case("SetMasquerade(red, r0, off): on by a rule that is not the helper's",
             method("SetMasquerade", U64(env["red"]), I32(r0), "r0", B(False)), {NF}),
        Case("SetMasquerade(blue, ifindex of b0, 'lo'): that index has another name",
             method("SetMasquerade", U64(blue), I32(b0), "lo", B(True)), {NF}),
        Case("SetMasquerade(blue, ifindex 9999, 'b0')",
             method("SetMasquerade", U64(blue), I32(9999), "b0", B(True)), {NF}),
        Case("SetMasquerade(blue, 'nosuch0')",
             method("SetMasquerade", U64(blue), I32(0), "nosuch0", B(True)), {NF}),
        Case("SetMasquerade(unknown namespace, b0)",
             method("SetMasquerade", U64(env["gone"]), I32(b0), "b0", B(True)), {NF}),
        Case("SetMasquerade(namespace 0, b0)",
             method("SetMasquerade", U64(0), I32(b0), "b0", B(True)), {IA, NF}),
        Case("SetMasquerade(blue, ifindex -1, b0)",
             method("SetMasquerade", U64(blue), I32(-1), "b0", B(True)), {IA}),
        Case("ApplyBatch set-masquerade b1 on, then b0 on: the first is undone",
             batch({"type": "set-masquerade", "ns-id": U64(blue), "link-name": "b1",
                    "flag": B(True)},
                   {"type": "set-masquerade", "ns-id": U64(blue), "link-name": "b0",
                    "flag": B(True)}), {EX}),
        Case("ApplyBatch set-masquerade with flag as a string",
             batch({"type": "set-masquerade", "ns-id": U64(blue), "link-name": "b1",
                    "flag": "true"}), {IA}),
        Case("ApplyBatch set-masquerade with a family",
             batch({"type": "set-masquerade", "ns-id": U64(blue), "link-name": "b1",
                    "flag": B(True), "family": "inet"}), {IA}),
        Case("SetMasquerade(t, i, s, s)", raw("SetMasquerade", "tiss", U64(blue), I32(b0), "b1",
                                              "on"), SIG),
        Case("SetMasquerade(t, i, s)", raw("SetMasquerade", "tis", U64(blue), I32(b0), "b1"), SIG),
        Case("SetMasquerade(t, s, s, b)", raw("SetMasquerade", "tssb", U64(blue), "b1", "b1",
                                              B(True)), SIG),
    ]

    # Wrong D-Bus signatures.
    cases += [
        Case("CreateNamespace()", raw("CreateNamespace", ""), SIG),
        Case("CreateNamespace(u)", raw("CreateNamespace", "u", U32(5)), SIG),
        Case("CreateNamespace(s, s)", raw("CreateNamespace", "ss", "a", "b"), SIG),
        Case("CreateNamespace(ay)", raw("CreateNamespace", "ay", dbus.ByteArray(b"fine")), SIG),
        Case("CreateNamespace(o)", raw("CreateNamespace", "o", dbus.ObjectPath("/fine")), SIG),
        Case("DeleteNamespace(s)", raw("DeleteNamespace", "s", "blue"), SIG),
        Case("DeleteNamespace(x)", raw("DeleteNamespace", "x", dbus.Int64(blue)), SIG),
        Case("DeleteNamespace(u)", raw("DeleteNamespace", "u", U32(blue & 0xffffffff)), SIG),
        Case("SetMtu(t, i, s, i)", raw("SetMtu", "tisi", U64(blue), I32(b0), "b0",
                                       I32(1400)), SIG),
        Case("SetMtu(t, i, s, t)", raw("SetMtu", "tist", U64(blue), I32(b0), "b0",
                                       U64(1400)), SIG),
        Case("SetLinkUp(t, i, s, s)", raw("SetLinkUp", "tiss", U64(blue), I32(b0), "b0",
                                          "true"), SIG),
        Case("SetLinkUp(t, u, s, b)", raw("SetLinkUp", "tusb", U64(blue), U32(b0), "b0",
                                          B(True)), SIG),
        Case("AddRoute(t, s, s, s, i)", raw("AddRoute", "tsssi", U64(blue), "10.8.0.0/16",
                                            "", "b0", I32(5)), SIG),
        Case("AddRoute(t, s, s, s)", raw("AddRoute", "tsss", U64(blue), "10.8.0.0/16",
                                         "", "b0"), SIG),
        Case("CreateVethPair(v...)", raw("CreateVethPair", "vvvv", U64(blue), "ok0", U64(blue),
                                         "ok1"), SIG),
        Case("ApplyBatch(as)", raw("ApplyBatch", "as", ["add-namespace"]), SIG),
        Case("ApplyBatch(a{sv})", raw("ApplyBatch", "a{sv}",
                                      {"type": "add-namespace", "name": "ok"}), SIG),
        Case("ApplyBatch(aa{ss})", raw("ApplyBatch", "aa{ss}",
                                       [{"type": "add-namespace", "name": "ok"}]), SIG),
        Case("ApplyBatch(aa{sv}, s)", raw("ApplyBatch", "aa{sv}s",
                                          [{"type": "add-namespace", "name": "ok"}], "x"), SIG),
        Case("GetTopology(s)", raw("GetTopology", "s", "x"), SIG),
        Case("NoSuchMethod()", raw("NoSuchMethod", ""), SIG),
        Case("CreateNamespace on interface org.netnsstudio.Helper2",
             lambda h, bus: H.raw_call(bus, "CreateNamespace", "s", ("ok",),
                                       interface="org.netnsstudio.Helper2"),
             SIG | {"org.freedesktop.DBus.Error.UnknownInterface", H.ACCESS_DENIED}),
        Case("CreateNamespace on object /org/netnsstudio/Helper1/x",
             lambda h, bus: H.raw_call(bus, "CreateNamespace", "s", ("ok",),
                                       path="/org/netnsstudio/Helper1/x"),
             SIG | {"org.freedesktop.DBus.Error.UnknownObject"}),
    ]

    # ApplyBatch dictionaries that are not actions.
    S = dbus.String
    cases += [
        Case("ApplyBatch([])", raw("ApplyBatch", "aa{sv}", dbus.Array([], signature="a{sv}")),
             {IA}),
        Case("ApplyBatch([{}])", batch({}), {IA}),
        Case("ApplyBatch type missing", batch({"name": S("ok")}), {IA}),
        Case("ApplyBatch type 'add-everything'", batch({"type": S("add-everything")}), {IA}),
        Case("ApplyBatch type as an int", batch({"type": I32(1)}), {IA}),
        Case("ApplyBatch unknown key", batch({"type": S("add-namespace"), "name": S("ok"),
                                             "colour": S("red")}), {IA}),
        Case("ApplyBatch key of another type (add-namespace with ns-id)",
             batch({"type": S("add-namespace"), "name": S("ok"), "ns-id": U64(blue)}), {IA}),
        Case("ApplyBatch name as bytes", batch({"type": S("add-namespace"),
                                               "name": dbus.ByteArray(b"ok")}), {IA}),
        Case("ApplyBatch ns-id as a string",
             batch({"type": S("set-forwarding"), "ns-id": S(str(blue)), "family": S("inet"),
                    "flag": B(True)}), {IA}),
        Case("ApplyBatch ns-id as int32",
             batch({"type": S("set-forwarding"), "ns-id": I32(1), "family": S("inet"),
                    "flag": B(True)}), {IA}),
        Case("ApplyBatch number as int32",
             batch({"type": S("set-mtu"), "ns-id": U64(blue), "link-name": S("b0"),
                    "number": I32(1400)}), {IA}),
        Case("ApplyBatch flag as a string",
             batch({"type": S("set-link-up"), "ns-id": U64(blue), "link-name": S("b0"),
                    "flag": S("true")}), {IA}),
        Case("ApplyBatch link-ifindex as uint32",
             batch({"type": S("set-link-up"), "ns-id": U64(blue), "link-name": S("b0"),
                    "link-ifindex": U32(b0), "flag": B(True)}), {IA}),
        Case("ApplyBatch a nested variant",
             batch({"type": dbus.Struct((S("add-namespace"),), variant_level=1),
                    "name": S("ok")}), {IA}),
        Case("ApplyBatch a good step then a bad one: nothing is done",
             batch({"type": S("add-namespace"), "name": S("good")},
                   {"type": S("add-namespace"), "name": S("../bad")}), {IN}),
        Case("ApplyBatch a good step then an unknown type: nothing is done",
             batch({"type": S("add-namespace"), "name": S("good")},
                   {"type": S("format-disk")}), {IA}),
        Case("ApplyBatch 10000 bad steps",
             lambda h, bus: H.raw_call(bus, "ApplyBatch", "aa{sv}", (dbus.Array(
                 [dbus.Dictionary({"type": S("add-namespace"), "name": S("a/b")},
                                  signature="sv")] * 10000, signature="a{sv}"),)), {IN}),
    ]
    return cases


# --- a NUL inside a D-Bus string, on a raw socket -----------------------------------------

def _pad(buf, n):
    return buf + b"\0" * ((-len(buf)) % n)


def _marshal_call(serial, member, body_sig, body):
    """A little-endian METHOD_CALL to our helper, body already marshalled."""
    def s(v):  # string
        b = v.encode()
        return struct.pack("<I", len(b)) + b + b"\0"

    def g(v):  # signature
        b = v.encode()
        return bytes([len(b)]) + b + b"\0"

    fields = [(1, "o", s(H.OBJECT_PATH)), (2, "s", s(H.INTERFACE)), (3, "s", s(member)),
              (6, "s", s(H.BUS_NAME)), (8, "g", g(body_sig))]
    arr = b""
    for code, sig, value in fields:
        arr = _pad(arr, 8)
        arr += bytes([code]) + g(sig) + value
    header = b"l" + bytes([1, 0, 1]) + struct.pack("<II", len(body), serial)
    header += struct.pack("<I", len(arr))
    header = _pad(header, 8) + arr
    return _pad(header, 8) + body


def nul_on_raw_socket():
    """Sends CreateNamespace("a\\0b") hand-marshalled. Returns a description of what the
    bus did; raises HarnessError if the bus accepted it and the helper replied OK."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(5)
    sock.connect("/run/dbus/system_bus_socket")
    sock.sendall(b"\0AUTH EXTERNAL " + str(os.getuid()).encode().hex().encode() + b"\r\n")
    line = sock.recv(4096)
    if not line.startswith(b"OK"):
        raise H.HarnessError(f"raw bus auth failed: {line!r}")
    sock.sendall(b"BEGIN\r\n")
    hello = b""
    fields = [(1, "o", "/org/freedesktop/DBus"), (2, "s", "org.freedesktop.DBus"),
              (3, "s", "Hello"), (6, "s", "org.freedesktop.DBus")]
    arr = b""
    for code, sig, value in fields:
        arr = _pad(arr, 8)
        b = value.encode()
        arr += bytes([code, 1]) + sig.encode() + b"\0" + struct.pack("<I", len(b)) + b + b"\0"
    hello = b"l" + bytes([1, 0, 1]) + struct.pack("<III", 0, 1, len(arr))
    hello = _pad(_pad(hello, 8) + arr, 8)
    sock.sendall(hello)
    time.sleep(0.2)
    try:
        sock.recv(65536)  # the Hello reply and NameAcquired
    except socket.timeout:
        pass
    def send_and_read(serial, text):
        body = struct.pack("<I", len(text)) + text + b"\0"
        sock.sendall(_marshal_call(serial, "CreateNamespace", "s", body))
        data, closed = b"", False
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and b"Error" not in data:
            try:
                chunk = sock.recv(65536)
            except socket.timeout:
                break
            except ConnectionResetError:
                closed = True
                break
            if not chunk:
                closed = True
                break
            data += chunk
        return data, closed

    # First a well-formed bad name, so that a disconnect below is not our own mistake.
    data, closed = send_and_read(2, b"a/b")
    if closed or b"org.netnsstudio.Helper1.Error.InvalidName" not in data:
        raise H.HarnessError(f"the hand-marshalled control call got no InvalidName: {data!r}")
    data, closed = send_and_read(3, b"a\0b")
    sock.close()
    if closed:
        return "the bus dropped the raw client that sent a string with a NUL"
    if b"org.netnsstudio.Helper1.Error" in data or b"org.freedesktop.DBus.Error" in data:
        return "the bus passed it on and an error came back"
    raise H.HarnessError(f"a string with a NUL got neither a disconnect nor an error: {data!r}")


# --- the run ----------------------------------------------------------------------------

def setup():
    H.sh("""
        ip netns add blue; ip netns add red
        ip -n blue link set lo up
        ip -n blue link add b0 type veth peer name b1
        ip -n blue link add gone0 type veth peer name gone1
        ip -n blue link add rn0 type veth peer name rn1
        ip -n blue link add br0 type bridge
        ip -n blue link set b1 master br0
        ip link add h0 type veth peer name r0 netns red
        ip -n blue link set b0 up; ip -n blue link set b1 up
        ip -n blue addr add 10.1.1.1/24 dev b0
        ip -n blue addr add fd00::1/64 dev b0 nodad
        ip -n blue route add 10.50.0.0/16 via 10.1.1.2
        ip netns add gone; ip netns del gone
        ip netns exec red nft 'add table ip nat; add chain ip nat post { type nat hook postrouting priority srcnat; }; add rule ip nat post oifname "r0" masquerade'
    """)
    holder = H.start_holder()
    # Planted: a regular file, a symlink to a real namespace (the host's), a dangling
    # symlink that would create a file where it points, a directory.
    with open("/run/netns/planted-file", "w") as f:
        f.write("not a namespace\n")
    os.symlink("/proc/1/ns/net", "/run/netns/planted-link")
    os.symlink("/run/created-through-planted-link", "/run/netns/planted-dangling")
    os.mkdir("/run/netns/planted-dir")
    # A mount that is not a namespace: a file bound over the name.
    with open("/run/planted-source", "w") as f:
        f.write("bound, not a namespace\n")
    open("/run/netns/planted-bind", "w").close()
    H.run(["mount", "--bind", "/run/planted-source", "/run/netns/planted-bind"])
    return holder


def planted_intact():
    problems = []
    try:
        if open("/run/netns/planted-file").read() != "not a namespace\n":
            problems.append("planted-file's content changed")
        if os.readlink("/run/netns/planted-link") != "/proc/1/ns/net":
            problems.append("planted-link points elsewhere")
        if os.readlink("/run/netns/planted-dangling") != "/run/created-through-planted-link":
            problems.append("planted-dangling points elsewhere")
        if not os.path.isdir("/run/netns/planted-dir") or os.listdir("/run/netns/planted-dir"):
            problems.append("planted-dir changed")
    except OSError as e:
        problems.append(f"a planted entry is gone: {e}")
        if open("/run/netns/planted-bind").read() != "bound, not a namespace\n" or \
                H.mounts_at("/run/netns/planted-bind") != 1:
            problems.append("planted-bind changed")
    if os.path.lexists("/run/created-through-planted-link"):
        problems.append("a file was created through the dangling symlink")
    if H.mounts_at("/run/netns/planted-file") or H.mounts_at("/run/netns/planted-link") \
            or H.mounts_at("/run/netns/planted-dangling") or H.mounts_at("/proc/1/ns/net"):
        problems.append("something was mounted on a planted entry")
    return "; ".join(problems) or None


def main():
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    import dbus
    t0 = time.monotonic()
    failures = []
    holder = setup()
    H.use_persistent_oracles()  # a snapshot after every call: keep `ip` running

    H.include_nft()  # masquerading is nft state: compare it too
    bus, helper = H.connect()
    topo = H.topology(helper)
    blue = H.find_ns(topo, name="blue")
    helper.SetMasquerade(dbus.UInt64(blue["id"]), dbus.Int32(H.find_link(blue, "b0")["ifindex"]),
                         "b0", True)
    host = H.find_ns(topo, kind="host")
    held = H.find_ns(topo, pid=holder.pid)
    listed = [n["name"] for n in topo if n["name"]]
    if any(n.startswith("planted") for n in listed):
        failures.append(f"GetTopology lists planted entries of /run/netns: {listed}")
    if sorted(listed) != ["blue", "red"]:
        failures.append(f"GetTopology's named namespaces are {listed}, want blue and red")
    known = {n["id"] for n in topo}
    gone_id = 4026531840 + 999999
    while gone_id in known:
        gone_id += 1
    env = {
        "host": host["id"], "blue": blue["id"], "held": held["id"], "gone": gone_id,
        "red": H.find_ns(topo, name="red")["id"],
        "r0": H.find_link(H.find_ns(topo, name="red"), "r0")["ifindex"],
        "b0": H.find_link(blue, "b0")["ifindex"], "br0": H.find_link(blue, "br0")["ifindex"],
        "gone0": H.find_link(blue, "gone0")["ifindex"],
        "rn0": H.find_link(blue, "rn0")["ifindex"],
        "h0": H.find_link(host, "h0")["ifindex"], "planted_intact": planted_intact,
    }
    cases = build_cases(env)
    owner0 = H.owner(bus)
    if not owner0:
        raise H.HarnessError("the helper owns no name after GetTopology")

    import logging
    logging.getLogger("dbus.connection").setLevel(logging.CRITICAL)  # it logs the refusal
    try:
        nul = dbus.String("a\0b")
        helper.CreateNamespace(nul)
        failures.append("dbus-python sent a string with a NUL and the helper accepted it")
    except (TypeError, ValueError, UnicodeError) as e:
        nul_note = f"libdbus refuses a NUL in a string on the client side ({type(e).__name__})"
    except dbus.DBusException as e:
        nul_note = f"a NUL in a string came back as {e.get_dbus_name()}"
        if e.get_dbus_name() not in H.NAMED_ERRORS:
            failures.append(f"CreateNamespace('a\\0b'): {e.get_dbus_name()}")
    raw_note = nul_on_raw_socket()

    before = H.settled_snapshot()
    checked = 0
    for case in cases:
        pre = getattr(case, "before_cmd", None)
        post = getattr(case, "after_cmd", None)
        if pre:
            H.sh(pre)
            before = H.snapshot()
        name, message = case.call(helper, bus)
        after = H.snapshot_until(before)
        what = f"{case.label}: "
        if name is None:
            failures.append(what + f"succeeded ({message!r}), want {sorted(case.expect)}")
        elif name not in case.expect:
            failures.append(what + f"{name} ({message}), want {sorted(case.expect)}")
        elif not message or not str(message).strip():
            failures.append(what + f"{name} without a message")
        now_owner = H.owner(bus)
        if now_owner != owner0:
            failures.append(what + f"the helper's bus name changed from {owner0} to {now_owner} "
                            "(it crashed or restarted)")
            owner0 = now_owner
        if after != before:
            failures.append(what + "the system changed:\n" + H.snapshot_diff(before, after))
        if case.after:
            extra = case.after()
            if extra:
                failures.append(what + extra)
        if post:
            H.sh(post)
            after = H.snapshot()
        before = after
        checked += 1

    extra = planted_intact()
    if extra:
        failures.append("at the end: " + extra)
    listed = [n["name"] for n in H.topology(helper) if n["name"]]
    if any(n.startswith("planted") for n in listed):
        failures.append(f"GetTopology lists planted entries at the end: {listed}")
    if H.owner(bus) != owner0:
        failures.append("the helper's bus name changed at the end")
    holder.kill()
    elapsed = time.monotonic() - t0
    print(f"{NAME}: NUL in a name: {nul_note}; on a raw socket: {raw_note}")
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        print(f"{NAME}: {len(failures)} problems in {checked} cases ({elapsed:.1f} s)")
        return 1
    print(f"{NAME}: {checked} bad calls refused with the named error, helper kept its bus name, "
          f"ip -j of every namespace byte-equal ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    H.run_main(NAME, main)
