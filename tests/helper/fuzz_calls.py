#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thousands of malformed or mistyped calls neither crash the helper nor change anything.

Runs inside scripts/sandbox:

    scripts/sandbox -- /usr/bin/python3 tests/helper/fuzz_calls.py [SEED [COUNT]]

Sends COUNT (default 3000) seeded random method calls as raw messages
(dbus.lowlevel.MethodCallMessage): our methods with their own signature but at least
one argument that the helper must refuse (a name that fails validation, an address
that is not CIDR, an MTU or family out of range, a namespace id that cannot exist, a
negative ifindex); our methods with random other signatures and random values of
every D-Bus type (nested arrays, dicts, structs, variants); unknown method names;
other interfaces and object paths; ApplyBatch with random dictionaries (random keys,
value types, action types), each batch carrying at least one step that validation
refuses; some calls flagged NO_REPLY_EXPECTED. Every call is invalid by construction,
so nothing may change.

Checks: every call that expects a reply gets a named error (never a success, a
timeout or "no owner"); the helper keeps its unique bus name throughout; its open
file descriptors do not pile up; `ip -j -d link/addr/route` and the forwarding
sysctls of every namespace, /run/netns and `ip netns list` are byte-equal to the
start every 50 calls and at the end.

The seed comes from argv[1], else $FUZZ_CALLS_SEED, else is random; it is printed.
Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 not root.
"""

import collections
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "fuzz_calls"
CHECK_EVERY = 50

ACTION_TYPES = ["add-namespace", "delete-namespace", "attach-namespace", "add-veth-pair",
                "move-link", "rename-link", "set-link-up", "set-mtu", "add-address",
                "delete-address", "add-route", "delete-route", "add-bridge", "set-master",
                "delete-link", "set-forwarding", "set-masquerade"]
ACTION_KEYS = {
    "add-namespace": ["name"],
    "delete-namespace": ["ns-id", "ns-name"],
    "attach-namespace": ["ns-id", "ns-name", "name"],
    "add-veth-pair": ["ns-id", "ns-name", "name", "peer-ns-id", "peer-ns-name", "peer-name"],
    "move-link": ["ns-id", "ns-name", "link-name", "link-ifindex", "peer-ns-id", "peer-ns-name"],
    "rename-link": ["ns-id", "ns-name", "link-name", "link-ifindex", "name"],
    "set-link-up": ["ns-id", "ns-name", "link-name", "link-ifindex", "flag"],
    "set-mtu": ["ns-id", "ns-name", "link-name", "link-ifindex", "number"],
    "add-address": ["ns-id", "ns-name", "link-name", "link-ifindex", "address"],
    "delete-address": ["ns-id", "ns-name", "link-name", "link-ifindex", "address"],
    "add-route": ["ns-id", "ns-name", "address", "gateway", "link-name", "link-ifindex", "number"],
    "delete-route": ["ns-id", "ns-name", "address", "gateway", "link-name", "link-ifindex",
                     "number"],
    "add-bridge": ["ns-id", "ns-name", "name"],
    "set-master": ["ns-id", "ns-name", "link-name", "link-ifindex", "master-name",
                   "master-ifindex"],
    "delete-link": ["ns-id", "ns-name", "link-name", "link-ifindex"],
    "set-forwarding": ["ns-id", "ns-name", "family", "flag"],
    "set-masquerade": ["ns-id", "ns-name", "link-name", "link-ifindex", "flag"],
}
KEY_TYPES = {"ns-id": "t", "peer-ns-id": "t", "link-ifindex": "i", "master-ifindex": "i",
             "number": "u", "flag": "b"}  # the rest are "s"
ALL_KEYS = sorted({k for ks in ACTION_KEYS.values() for k in ks})

BAD_NS_NAMES = ["", ".", "..", "a/b", "../../etc", "/", "x" * 256, "é" * 200, "a\nb", "\x1b[2J",
                "\x00"[1:] + "\x07bell", "\t", "a\x7f", "ok/..", "\u202e\n"]
BAD_IF_NAMES = ["", ".", "..", "x" * 16, "a:b", "a/b", "a b", "a\tb", "é" * 8, "\x1b",
                "0123456789abcdef", "eth0:1", "\n"]
BAD_CIDRS = ["", "10.0.0.1", "10.0.0.1/33", "fe80::1/129", "1.2.3/8", "10.0.0.1/08", "x/1",
             "10.0.0.1/24 ", "::/-1", "256.0.0.0/8", "10.0.0.1//24", "default/8"]
BAD_FAMILIES = ["", "ipx", "inet4", "INET", "inet6\n", "bridge", "all", "inet inet6"]


class Fuzzer:
    def __init__(self, rnd, real_ids, real_ifindexes):
        self.r = rnd
        self.real_ids = real_ids
        self.real_ifindexes = real_ifindexes

    # -- random values of any D-Bus type ------------------------------------------------

    def string(self):
        r = self.r
        kind = r.random()
        if kind < 0.3:
            return r.choice(BAD_NS_NAMES + BAD_IF_NAMES + BAD_CIDRS + BAD_FAMILIES)
        if kind < 0.5:
            return "".join(r.choice("abcxyz019._-:/ ") for _ in range(r.randint(0, 20)))
        if kind < 0.6:
            return "x" * r.choice([15, 16, 255, 256, 4096, 65536])
        alphabet = [chr(c) for c in range(1, 128)] + ["é", "ß", "中", "\u202e", "\u200b",
                                                      "\U0001f600", "\ufeff"]
        return "".join(r.choice(alphabet) for _ in range(r.randint(0, 40)))

    def basic_type(self):
        return self.r.choice("ybnqiuxtdsogb")

    def type_(self, depth=0):
        r = self.r
        x = r.random()
        if depth > 2 or x < 0.6:
            return self.basic_type()
        if x < 0.72:
            return "a" + self.type_(depth + 1)
        if x < 0.82:
            return "a{" + self.basic_type() + self.type_(depth + 1) + "}"
        if x < 0.92:
            return "(" + "".join(self.type_(depth + 1) for _ in range(r.randint(1, 3))) + ")"
        return "v"

    def signature(self, max_args=5):
        return "".join(self.type_() for _ in range(self.r.randint(0, max_args)))

    @staticmethod
    def split(sig):
        """Complete types of a signature."""
        out, i = [], 0
        while i < len(sig):
            j = Fuzzer._end(sig, i)
            out.append(sig[i:j])
            i = j
        return out

    @staticmethod
    def _end(sig, i):
        c = sig[i]
        if c == "a":
            return Fuzzer._end(sig, i + 1)
        if c in "({":
            close = ")" if c == "(" else "}"
            i += 1
            while sig[i] != close:
                i = Fuzzer._end(sig, i)
            return i + 1
        return i + 1

    def value(self, t, variant_level=0):
        import dbus
        r = self.r
        kw = {"variant_level": variant_level} if variant_level else {}
        c = t[0]
        ints = {"y": (dbus.Byte, 0, 255), "n": (dbus.Int16, -2**15, 2**15 - 1),
                "q": (dbus.UInt16, 0, 2**16 - 1), "i": (dbus.Int32, -2**31, 2**31 - 1),
                "u": (dbus.UInt32, 0, 2**32 - 1), "x": (dbus.Int64, -2**63, 2**63 - 1),
                "t": (dbus.UInt64, 0, 2**64 - 1)}
        if c in ints:
            cls, lo, hi = ints[c]
            v = r.choice([lo, hi, 0, 1, -1 if lo < 0 else 2, r.randint(lo, hi)])
            if c == "t" and r.random() < 0.3:
                v = r.choice(self.real_ids)  # a real namespace, but in the wrong place
            return cls(v, **kw)
        if c == "b":
            return dbus.Boolean(r.random() < 0.5, **kw)
        if c == "d":
            return dbus.Double(r.choice([0.0, -1.5, 1e308, float("inf"), float("nan")]), **kw)
        if c == "s":
            return dbus.String(self.string(), **kw)
        if c == "o":
            return dbus.ObjectPath(r.choice(["/", "/a", "/org/netnsstudio/Helper1", "/x/y_9"]), **kw)
        if c == "g":
            return dbus.Signature(self.signature(3), **kw)
        if c == "v":
            inner = self.type_(2)
            return self.value(inner, variant_level=variant_level + 1)
        if c == "a" and t[1] == "{":
            kt, vt = self.split(t[2:-1])
            d = {}
            for _ in range(r.randint(0, 4)):
                k = self.value(kt)
                d[k] = self.value(vt)
            return dbus.Dictionary(d, signature=kt + vt, **kw)
        if c == "a":
            et = t[1:]
            if et == "y":
                return dbus.ByteArray(bytes(r.randint(0, 255) for _ in range(r.randint(0, 16))),
                                      **kw)
            return dbus.Array([self.value(et) for _ in range(r.randint(0, 4))], signature=et, **kw)
        if c == "(":
            return dbus.Struct([self.value(x) for x in self.split(t[1:-1])], signature=t[1:-1],
                               **kw)
        raise ValueError(t)

    # -- invalid by construction -----------------------------------------------------------

    def bogus_id(self):
        # nsfs inodes start at 0xF0000000 and stay below 2**32.
        return self.r.choice([0, 1, 4026531839, 2**32 + self.r.randint(0, 2**40), 2**64 - 1,
                              self.r.randint(2, 4026531839)])

    def poisoned_call(self, method):
        """Our method with its own signature and at least one argument it must refuse."""
        import dbus
        r = self.r
        U64, I32, U32, B, S = dbus.UInt64, dbus.Int32, dbus.UInt32, dbus.Boolean, dbus.String
        nsid = lambda: U64(r.choice(self.real_ids))  # noqa: E731
        ifx = lambda: I32(r.choice(self.real_ifindexes + [0, 1, 2, 3]))  # noqa: E731
        good_if = lambda: S(r.choice(["lo", "b0", "b1", "h0", "br0", "new0"]))  # noqa: E731
        bad_ns = lambda: S(r.choice(BAD_NS_NAMES))  # noqa: E731
        bad_if = lambda: S(r.choice(BAD_IF_NAMES))  # noqa: E731
        if method == "CreateNamespace":
            return [bad_ns()]
        if method == "DeleteNamespace":
            return [U64(self.bogus_id())]
        # Arguments that may be valid, then poison one that is checked before acting.
        sig = H.METHODS[method]
        args = []
        for t in self.split(sig):
            args.append({"t": nsid, "i": ifx, "u": lambda: U32(r.randint(0, 2**32 - 1)),
                         "b": lambda: B(r.random() < 0.5), "s": good_if}[t]())
        poisons = [i for i, t in enumerate(self.split(sig)) if t in "ts"]
        k = r.choice(poisons)
        t = self.split(sig)[k]
        if t == "t":
            args[k] = U64(self.bogus_id())
        elif method == "AttachNamespace":
            args[k] = bad_ns()
        elif method == "SetMaster" and k == 3:
            args[k] = S(r.choice(BAD_IF_NAMES[1:]))  # "" would mean "no master": valid
        elif method in ("AddAddress", "DeleteAddress") and k == 3:
            args[k] = S(r.choice(BAD_CIDRS))
        elif method in ("AddRoute", "DeleteRoute"):
            args[k] = S(r.choice(BAD_CIDRS[1:]) if k == 1 else
                        r.choice(["x", "10.0.0.1/24", "1.2.3.4.5", "::g"]) if k == 2 else
                        r.choice(BAD_IF_NAMES[1:]))
        elif method == "SetForwarding":
            args[k] = S(r.choice(BAD_FAMILIES))
        else:
            args[k] = bad_if()
        if method == "SetMtu" and r.random() < 0.3:
            args[3] = U32(r.choice([0, 67, 65537, 2**32 - 1]))
            args[0] = U64(self.bogus_id())
        if "i" in sig and r.random() < 0.1:
            args[sig.index("i")] = I32(-r.randint(1, 2**31))
        return args

    def random_action(self):
        """A dictionary that may or may not be a valid action."""
        import dbus
        r = self.r
        t = r.choice(ACTION_TYPES)
        d = {"type": dbus.String(t)}
        for key in r.sample(ACTION_KEYS[t], r.randint(0, len(ACTION_KEYS[t]))):
            kt = KEY_TYPES.get(key, "s")
            if kt == "t":
                d[key] = dbus.UInt64(r.choice(self.real_ids + [self.bogus_id()]))
            elif kt == "s":
                d[key] = dbus.String(r.choice(["blue", "lo", "b0", "new0", "10.9.0.1/24",
                                               "default", "inet", "10.1.1.2", ""]))
            else:
                d[key] = self.value(kt)
        return d

    def poisoned_action(self):
        """A dictionary that validation refuses (never only at act time)."""
        import dbus
        r = self.r
        how = r.choice(["unknown-type", "no-type", "type-not-string", "unknown-key",
                        "wrong-type", "bad-name", "bad-number", "bad-address", "random"])
        if how == "random":
            d = {}
            for _ in range(r.randint(0, 5)):
                key = r.choice(ALL_KEYS + ["", "Type", "TYPE", "type ", "x" * 300, "ns_id"])
                d[dbus.String(key)] = self.value(self.type_(), variant_level=1)
            return d  # no "type" key: refused
        t = r.choice(ACTION_TYPES)
        d = self.random_action()
        d["type"] = dbus.String(t)
        for k in list(d):
            if k != "type" and k not in ACTION_KEYS[t]:
                del d[k]
        if how == "unknown-type":
            d["type"] = dbus.String(r.choice(["", "add", "add-namespace ", "Add-Namespace",
                                              "rm -rf", "add_namespace", self.string()]))
            if d["type"] in ACTION_TYPES:
                d["type"] = dbus.String("nope")
        elif how == "no-type":
            del d["type"]
        elif how == "type-not-string":
            d["type"] = self.value(r.choice("iuyb") + "", variant_level=1)
        elif how == "unknown-key":
            extra = [k for k in ALL_KEYS + ["colour", "", "type2", "ns id"]
                     if k not in ACTION_KEYS[t] and k != "type"]
            d[dbus.String(r.choice(extra))] = dbus.String("x")
        elif how == "wrong-type":
            key = r.choice(ACTION_KEYS[t])
            want = KEY_TYPES.get(key, "s")
            other = r.choice([c for c in "ybnqiuxtdsog" if c != want] + ["as", "a{sv}", "(s)"])
            d[key] = self.value(other)
        elif how == "bad-name":
            names = [k for k in ACTION_KEYS[t] if k in ("name", "peer-name", "link-name",
                                                         "master-name", "ns-name",
                                                         "peer-ns-name")]
            if not names:
                d[dbus.String("colour")] = dbus.String("x")
            else:
                key = r.choice(names)
                ns_like = key.endswith("ns-name") or (key == "name" and t in (
                    "add-namespace", "attach-namespace"))
                bad = r.choice(BAD_NS_NAMES[1:] if ns_like else BAD_IF_NAMES[1:])
                d[key] = dbus.String(bad)
        elif how == "bad-number":
            if t == "set-mtu":
                d["number"] = dbus.UInt32(r.choice([0, 1, 67, 65537, 2**32 - 1]))
            else:
                d[dbus.String("number" if "number" not in ACTION_KEYS[t] else "peer-number")] = \
                    dbus.UInt32(1)
        elif how == "bad-address":
            if t in ("add-address", "delete-address", "add-route", "delete-route"):
                d["address"] = dbus.String(r.choice(BAD_CIDRS[1:]))
            else:
                d[dbus.String("address" if "address" not in ACTION_KEYS[t] else "addr")] = \
                    dbus.String("10.0.0.1/24")
        return d

    # -- one call --------------------------------------------------------------------------

    def call(self):
        """(kind, member, signature, args, interface, path, no_reply)."""
        import dbus
        r = self.r
        x = r.random()
        iface, path = H.INTERFACE, H.OBJECT_PATH
        if x < 0.40:
            method = r.choice(H.MUTATING[:-1])
            return "poisoned", method, H.METHODS[method], self.poisoned_call(method), iface, path
        if x < 0.58:
            steps = [self.random_action() for _ in range(r.randint(0, 4))]
            steps.insert(r.randint(0, len(steps)), self.poisoned_action())
            return ("batch", "ApplyBatch", "aa{sv}",
                    [dbus.Array([dbus.Dictionary(s, signature="sv") for s in steps],
                                signature="a{sv}")], iface, path)
        if x < 0.85:
            method = r.choice(list(H.METHODS))
            sig = self.signature()
            while sig == H.METHODS[method]:
                sig = self.signature()
            return ("signature", method, sig, [self.value(t) for t in self.split(sig)],
                    iface, path)
        if x < 0.93:
            method = r.choice(["", "createNamespace", "CreateNamespace2", "Delete", "Get",
                               "ApplyBatches", "GetTopologyX", "Quit", "deleteLater",
                               "destroyed", "objectName", "Introspect2"])
            if not method:
                method = "M" + "".join(r.choice("abcXYZ_09") for _ in range(r.randint(0, 40)))
            sig = self.signature()
            return ("unknown-method", method, sig, [self.value(t) for t in self.split(sig)],
                    iface, path)
        sig = self.signature()
        method = r.choice(list(H.METHODS) + ["deleteLater", "destroyed", "setObjectName"])
        if r.random() < 0.5:
            iface = r.choice(["org.netnsstudio.Helper2", "org.netnsstudio", "org.netnsstudio.Helper1.Error",
                              "org.qtproject.Qt.QObject", "local.HelperService"])
        else:
            path = r.choice(["/", "/org", "/org/netnsstudio", "/org/netnsstudio/Helper1/x",
                             "/org/netnsstudio/Helper2"])
        return ("elsewhere", method, sig, [self.value(t) for t in self.split(sig)], iface, path)


def helper_pid(bus, owner):
    import dbus
    dbus_obj = bus.get_object("org.freedesktop.DBus", "/org/freedesktop/DBus")
    return int(dbus.Interface(dbus_obj, "org.freedesktop.DBus").GetConnectionUnixProcessID(owner))


def fd_count(pid):
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def main(argv):
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    import dbus
    import dbus.lowlevel
    seed = int(argv[0]) if argv else int(os.environ.get("FUZZ_CALLS_SEED") or
                                           random.randrange(2**32))
    count = int(argv[1]) if len(argv) > 1 else 3000
    print(f"{NAME}: seed {seed}, {count} calls (rerun: fuzz_calls.py {seed} {count})", flush=True)
    rnd = random.Random(seed)
    t0 = time.monotonic()
    H.use_persistent_oracles()  # a snapshot after every call: keep `ip` running

    H.sh("""
        ip netns add blue; ip netns add red
        ip -n blue link add b0 type veth peer name b1
        ip -n blue link add br0 type bridge
        ip -n blue link set b1 master br0
        ip link add h0 type veth peer name r0 netns red
        ip -n blue link set b0 up; ip -n blue addr add 10.1.1.1/24 dev b0
    """)
    holder = H.start_holder()
    bus, helper = H.connect()
    topo = H.topology(helper)
    real_ids = [n["id"] for n in topo]
    real_ifindexes = sorted({l["ifindex"] for n in topo for l in n["links"]})
    owner0 = H.owner(bus)
    pid = helper_pid(bus, owner0)
    fds0 = fd_count(pid)
    before = H.settled_snapshot()

    fuzzer = Fuzzer(rnd, real_ids, real_ifindexes)
    conn = bus  # a dbus.Bus is a lowlevel connection too
    failures = []
    outcomes = collections.Counter()
    refused_by_libdbus = 0
    for n in range(1, count + 1):
        kind, member, sig, args, iface, path = fuzzer.call()
        no_reply = rnd.random() < 0.05
        msg = dbus.lowlevel.MethodCallMessage(H.BUS_NAME, path, iface, member)
        try:
            if args or sig:
                msg.append(signature=sig, *args)
        except (TypeError, ValueError, OverflowError, UnicodeError):
            refused_by_libdbus += 1  # libdbus would not send this: nothing to test
            continue
        what = f"call {n} ({kind}) {iface}.{member}({sig}) {str(args)[:300]}"
        if no_reply:
            msg.set_no_reply(True)
            conn.send_message(msg)
            outcomes["(no reply asked)"] += 1
            continue
        try:
            reply = conn.send_message_with_reply_and_block(msg, 30)
            outcomes["(success)"] += 1
            if not (kind == "signature" and member == "GetTopology" and sig == ""):
                failures.append(f"{what}: succeeded: {str(reply.get_args_list())[:200]}")
        except dbus.DBusException as e:
            name = e.get_dbus_name() or "(no name)"
            outcomes[name] += 1
            allowed = {
                "poisoned": {H.INVALID_NAME, H.INVALID_ARGUMENT, H.NOT_FOUND},
                "batch": {H.INVALID_NAME, H.INVALID_ARGUMENT},
                "signature": {H.UNKNOWN_METHOD, H.INVALID_ARGS},
                "unknown-method": {H.UNKNOWN_METHOD, H.INVALID_ARGS},
                "elsewhere": {H.UNKNOWN_METHOD, H.INVALID_ARGS, H.ACCESS_DENIED,
                              "org.freedesktop.DBus.Error.UnknownInterface",
                              "org.freedesktop.DBus.Error.UnknownObject"},
            }[kind]
            if name not in allowed:
                failures.append(f"{what}: {name}: {e.get_dbus_message()[:300]} "
                                f"(want one of {sorted(allowed)})")
        if n % CHECK_EVERY == 0 or n == count:
            now_owner = H.owner(bus)
            if now_owner != owner0:
                failures.append(f"after call {n}: the helper's bus name is {now_owner}, was "
                                f"{owner0} (it crashed or restarted)")
                break
            after = H.snapshot_until(before)
            if after != before:
                failures.append(f"after call {n}: the system changed:\n" +
                                H.snapshot_diff(before, after))
                before = after
        if len(failures) > 30:
            failures.append("(stopped after 30 problems)")
            break

    # The NO_REPLY calls are done once a round trip has been answered.
    H.error_of(helper.GetTopology)
    after = H.snapshot_until(before)
    if after != before:
        failures.append("at the end: the system changed:\n" + H.snapshot_diff(before, after))
    if H.owner(bus) != owner0:
        failures.append(f"at the end: the helper's bus name is {H.owner(bus)}, was {owner0}")
    fds1 = fd_count(pid)
    if fds1 < 0:
        failures.append(f"at the end: the helper (pid {pid}) is gone")
    elif fds1 > fds0 + 16:
        failures.append(f"the helper's open files grew from {fds0} to {fds1}")
    holder.kill()
    elapsed = time.monotonic() - t0
    summary = ", ".join(f"{k.replace('org.netnsstudio.Helper1.Error.', '').replace('org.freedesktop.DBus.Error.', '')}"
                        f" {v}" for k, v in outcomes.most_common())
    print(f"{NAME}: outcomes: {summary}; {refused_by_libdbus} not sendable (libdbus refused); "
          f"helper fds {fds0} -> {fds1}")
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        print(f"{NAME}: seed {seed}: {len(failures)} problems ({elapsed:.1f} s)")
        return 1
    print(f"{NAME}: seed {seed}: {count} invalid calls, all refused with named errors; helper "
          f"kept its bus name; ip -j of every namespace unchanged ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except H.HarnessError as e:
        print(f"{NAME}: {e}", file=sys.stderr)
        sys.exit(2)
