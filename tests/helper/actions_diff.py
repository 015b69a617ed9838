#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every action the helper applies leaves the kernel as the program's own `ip` text does.

For each scenario (a starting topology and a list of actions, in ApplyBatch's
dictionary form) the driver starts fresh sandboxes side by side:

  methods  the helper applies each action through its own D-Bus method
           (CreateNamespace, CreateVethPair, ..., links given by ifindex and name);
  batch    the helper applies the whole list with one ApplyBatch;
  ip       `netns-studio --print-commands` turns the list into `ip` command lines
           (core/IpCommand.cpp, the text the GUI shows), and a shell runs them.

Each sandbox builds the same starting topology with `ip`, acts, waits for the kernel
to settle and prints the normalised `ip -j -d link/addr/route` (+ `-6 route`, all
tables), the forwarding sysctls and `nft -j list ruleset` (handles taken out) of every
namespace (tests/helper/helperlib.py:
ifindexes, MACs, nsids, link-local addresses and bridge timers are masked; a veth's
peer is named by namespace and link name). The driver compares methods and batch with
ip. Namespaces are referred to by name ("ns-name") so that one list fits every sandbox;
"@host" and "@proc:CMDLINE" stand for the ids that GetTopology gives the sandbox's own
namespace and a process-held one.

    /usr/bin/python3 tests/helper/actions_diff.py [SCENARIO...]      (as root)

Runs outside a sandbox or inside one (sandboxes nest); it only ever acts inside the
sandboxes it starts. Exit status: 0 equal, 1 a difference or a failed action,
2 the test itself could not run, 77 not root.
"""

import concurrent.futures
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "actions_diff"
HOLDER = "sleep 600"  # the process that holds the unnamed namespace in a scenario


def A(type_, **fields):
    """An action dictionary; keyword names use _ for -."""
    d = {"type": type_}
    for k, v in fields.items():
        d[k.replace("_", "-")] = v
    return d


def ns(ref):
    """ns-name, or ns-id for a placeholder ("@host", "@proc:...")."""
    return {"ns-id": ref} if ref.startswith("@") else {"ns-name": ref}


def peer(ref):
    return {"peer-ns-id": ref} if ref.startswith("@") else {"peer-ns-name": ref}


def act(type_, where, **fields):
    d = A(type_, **fields)
    d.update(ns(where))
    return d


def veth(where, name, peer_where, peer_name):
    d = act("add-veth-pair", where, name=name, peer_name=peer_name)
    d.update(peer(peer_where))
    return d


def move(where, link, target):
    d = act("move-link", where, link_name=link)
    d.update(peer(target))
    return d


def route(type_, where, dst, gateway="", dev="", metric=0):
    d = act(type_, where, address=dst)
    if gateway:
        d["gateway"] = gateway
    if dev:
        d["link-name"] = dev
    if metric:
        d["number"] = metric
    return d


SCENARIOS = {
    # Named namespaces made and deleted, one held by a process given a name.
    "namespaces": {
        "setup": "ip netns add old; ip netns add spare; ip -n old link set lo up",
        "holder": True,
        "actions": [
            A("add-namespace", name="blue"),
            A("add-namespace", name="green-2.x"),
            act("delete-namespace", "old"),
            act("attach-namespace", "@proc:" + HOLDER, name="held"),
            veth("held", "hv0", "blue", "bv0"),
            act("set-link-up", "held", link_name="lo", flag=True),
            act("delete-namespace", "spare"),
        ],
    },
    # veth pairs within a namespace, across two, host<->named both ways; moves,
    # renames, up/down, MTU, deletes.
    "links": {
        "setup": "ip netns add blue; ip netns add red",
        "actions": [
            veth("blue", "v0", "blue", "v1"),
            veth("blue", "b2r", "red", "r2b"),
            veth("@host", "h0", "blue", "hb0"),
            veth("red", "rh0", "@host", "h1"),
            veth("@host", "hh0", "@host", "hh1"),
            move("blue", "v1", "red"),
            move("@host", "h0", "red"),
            move("red", "rh0", "@host"),
            act("rename-link", "red", link_name="r2b", name="r2b-new"),
            act("rename-link", "@host", link_name="hh1", name="hh1.x"),
            act("set-link-up", "blue", link_name="v0", flag=True),
            act("set-link-up", "red", link_name="v1", flag=True),
            act("set-link-up", "@host", link_name="hh0", flag=True),
            act("set-link-up", "@host", link_name="hh1.x", flag=True),
            act("set-link-up", "@host", link_name="hh0", flag=False),
            act("set-mtu", "blue", link_name="v0", number=9000),
            act("set-mtu", "@host", link_name="hh1.x", number=1280),
            act("set-mtu", "red", link_name="v1", number=68),
            act("delete-link", "blue", link_name="b2r"),
            act("delete-link", "@host", link_name="hh0"),
        ],
    },
    # IPv4 and IPv6 addresses and routes of every shape the contract allows.
    "addresses-routes": {
        "setup": """
            ip netns add blue; ip netns add red
            ip -n blue link set lo up; ip -n red link set lo up
            ip -n blue link add b0 type veth peer name r0 netns red
            ip link add h0 type veth peer name bh0 netns blue
            ip -n blue link set b0 up; ip -n red link set r0 up
            ip link set h0 up; ip -n blue link set bh0 up
        """,
        "actions": [
            act("add-address", "blue", link_name="b0", address="10.1.1.1/24"),
            act("add-address", "red", link_name="r0", address="10.1.1.2/24"),
            act("add-address", "blue", link_name="b0", address="fd00:1::1/64"),
            act("add-address", "red", link_name="r0", address="fd00:1::2/64"),
            act("add-address", "blue", link_name="b0", address="10.1.1.10/24"),
            act("add-address", "blue", link_name="b0", address="192.168.7.7/32"),
            act("add-address", "blue", link_name="b0", address="fd00:9::9/128"),
            act("add-address", "@host", link_name="h0", address="10.2.2.1/30"),
            act("add-address", "blue", link_name="bh0", address="10.2.2.2/30"),
            route("add-route", "blue", "default", gateway="10.1.1.2"),
            route("add-route", "blue", "192.168.50.0/24", gateway="10.1.1.2", metric=50),
            route("add-route", "blue", "172.16.0.0/16", dev="b0"),
            route("add-route", "blue", "10.9.0.0/16", dev="b0", metric=7),
            route("add-route", "blue", "10.10.0.0/16", gateway="10.1.1.2", dev="b0"),
            route("add-route", "@host", "default", gateway="10.2.2.2"),
            route("add-route", "@host", "10.1.1.0/24", gateway="10.2.2.2", metric=20),
            route("add-route", "blue", "default", gateway="fd00:1::2"),
            route("add-route", "blue", "fd01::/64", gateway="fd00:1::2", metric=300),
            route("add-route", "blue", "fd02::/64", dev="b0"),
            route("add-route", "red", "10.20.0.0/16", gateway="10.1.1.1", metric=4294967295),
            route("add-route", "red", "10.30.0.0/16", gateway="10.1.1.1", metric=10),
            route("add-route", "red", "fd03::/64", dev="r0", metric=5),
            act("delete-address", "blue", link_name="b0", address="10.1.1.10/24"),
            act("delete-address", "blue", link_name="b0", address="fd00:9::9/128"),
            route("delete-route", "blue", "172.16.0.0/16", dev="b0"),
            route("delete-route", "blue", "192.168.50.0/24", gateway="10.1.1.2", metric=50),
            route("delete-route", "blue", "fd02::/64", dev="b0"),
            route("delete-route", "red", "10.30.0.0/16", gateway="10.1.1.1"),
            route("delete-route", "red", "fd03::/64", dev="r0", metric=5),
            route("delete-route", "@host", "10.1.1.0/24", gateway="10.2.2.2", metric=20),
        ],
    },
    # Bridges (in a named namespace and in the host), ports in and out, forwarding.
    "bridges-forwarding": {
        "setup": """
            ip netns add blue; ip netns add red
            ip -n blue link add p1 type veth peer name q1 netns red
            ip -n blue link add p2 type veth peer name hp2 netns 1
            ip -n blue link add p3 type veth peer name p3peer
            ip -n blue link add oldbr type bridge
            ip -n blue link set p3 master oldbr
        """,
        "actions": [
            act("add-bridge", "blue", name="br0"),
            act("set-master", "blue", link_name="p1", master_name="br0"),
            act("set-master", "blue", link_name="p2", master_name="br0"),
            act("set-link-up", "blue", link_name="br0", flag=True),
            act("set-link-up", "blue", link_name="p1", flag=True),
            act("set-link-up", "red", link_name="q1", flag=True),
            act("set-master", "blue", link_name="p3"),
            act("set-master", "blue", link_name="p2"),
            act("add-bridge", "@host", name="hbr0"),
            act("set-master", "@host", link_name="hp2", master_name="hbr0"),
            act("set-link-up", "@host", link_name="hbr0", flag=True),
            act("add-address", "blue", link_name="br0", address="10.5.0.1/24"),
            act("delete-link", "blue", link_name="oldbr"),
            act("set-forwarding", "blue", family="inet", flag=True),
            act("set-forwarding", "blue", family="inet6", flag=True),
            act("set-forwarding", "@host", family="inet", flag=True),
            act("set-forwarding", "@host", family="inet6", flag=True),
            act("set-forwarding", "red", family="inet6", flag=True),
            act("set-forwarding", "red", family="inet6", flag=False),
            act("set-forwarding", "red", family="inet", flag=False),
        ],
    },
    # Masquerading on and off in named namespaces and the host, a name with a quote in
    # it, and the last one off in a namespace (its empty table stays).
    "masquerade": {
        "setup": """
            ip netns add blue; ip netns add red
            ip -n blue link add b0 type veth peer name r0 netns red
            ip link add h0 type veth peer name hb0 netns blue
            ip -n blue link add "it's" type veth peer name its2
        """,
        "actions": [
            act("set-masquerade", "blue", link_name="b0", flag=True),
            act("set-masquerade", "blue", link_name="hb0", flag=True),
            act("set-masquerade", "blue", link_name="it's", flag=True),
            act("set-masquerade", "@host", link_name="h0", flag=True),
            act("set-masquerade", "red", link_name="r0", flag=True),
            act("set-masquerade", "blue", link_name="b0", flag=False),
            act("set-masquerade", "red", link_name="r0", flag=False),
            act("rename-link", "blue", link_name="hb0", name="hb1"),
            act("set-masquerade", "blue", link_name="hb1", flag=True),
        ],
    },
    # Names that a shell or ip's own parser could misread: the printed text must quote
    # them and put them where ip takes them as names.
    "awkward-names": {
        "setup": "",
        "actions": [
            A("add-namespace", name="it's ns"),
            A("add-namespace", name="$(id) *"),
            veth("it's ns", "up", "$(id) *", "mtu"),
            veth("it's ns", "a", "it's ns", "dev"),
            act("set-link-up", "it's ns", link_name="up", flag=True),
            act("set-mtu", "$(id) *", link_name="mtu", number=1400),
            act("rename-link", "it's ns", link_name="a", name="name"),
            act("add-address", "it's ns", link_name="up", address="10.3.3.1/24"),
            route("add-route", "it's ns", "10.4.0.0/16", dev="up"),
            act("set-forwarding", "$(id) *", family="inet", flag=True),
        ],
    },
}


# --- inside a sandbox -----------------------------------------------------------------

def resolve_placeholders(actions, topo):
    """Replaces "@host" / "@proc:CMDLINE" with this sandbox's namespace ids."""
    def id_of(ref):
        if ref == "@host":
            return H.find_ns(topo, kind="host")["id"]
        if ref.startswith("@proc:"):
            want = ref[len("@proc:"):]
            for n in topo:
                for pid in n["pids"]:
                    try:
                        with open(f"/proc/{pid}/cmdline", "rb") as f:
                            cmd = f.read().rstrip(b"\0").replace(b"\0", b" ").decode()
                    except OSError:
                        continue
                    if cmd == want and n["kind"] != "host":
                        return n["id"]
            raise H.HarnessError(f"no namespace held by `{want}`")
        raise H.HarnessError(f"unknown placeholder {ref}")
    out = []
    for a in actions:
        a = dict(a)
        for key in ("ns-id", "peer-ns-id"):
            if isinstance(a.get(key), str):
                a[key] = id_of(a[key])
        out.append(a)
    return out


def to_dbus(action):
    """ApplyBatch's a{sv} with each value of its contract type."""
    import dbus
    kinds = {"ns-id": dbus.UInt64, "peer-ns-id": dbus.UInt64, "link-ifindex": dbus.Int32,
             "master-ifindex": dbus.Int32, "number": dbus.UInt32, "flag": dbus.Boolean}
    return dbus.Dictionary({k: kinds.get(k, dbus.String)(v) for k, v in action.items()},
                           signature="sv")


def call_method(helper, action):
    """Applies one action through its own D-Bus method, namespaces by id and links by
    ifindex and name, as the GUI does after reading the topology."""
    import dbus
    topo = H.topology(helper)

    def ns_id(key_id, key_name):
        if key_id in action:
            return dbus.UInt64(action[key_id])
        return dbus.UInt64(H.find_ns(topo, name=action[key_name])["id"])

    t = action["type"]
    if t == "add-namespace":
        return helper.CreateNamespace(action["name"])
    nid = ns_id("ns-id", "ns-name")
    here = next(n for n in topo if n["id"] == nid)

    def link():
        name = action["link-name"]
        return dbus.Int32(H.find_link(here, name)["ifindex"]), name

    if t == "delete-namespace":
        return helper.DeleteNamespace(nid)
    if t == "attach-namespace":
        return helper.AttachNamespace(nid, action["name"])
    if t == "add-veth-pair":
        return helper.CreateVethPair(nid, action["name"], ns_id("peer-ns-id", "peer-ns-name"),
                                     action["peer-name"])
    if t == "move-link":
        return helper.MoveLink(nid, *link(), ns_id("peer-ns-id", "peer-ns-name"))
    if t == "rename-link":
        return helper.RenameLink(nid, *link(), action["name"])
    if t == "set-link-up":
        return helper.SetLinkUp(nid, *link(), dbus.Boolean(action["flag"]))
    if t == "set-mtu":
        return helper.SetMtu(nid, *link(), dbus.UInt32(action["number"]))
    if t == "add-address":
        return helper.AddAddress(nid, *link(), action["address"])
    if t == "delete-address":
        return helper.DeleteAddress(nid, *link(), action["address"])
    if t in ("add-route", "delete-route"):
        method = helper.AddRoute if t == "add-route" else helper.DeleteRoute
        return method(nid, action["address"], action.get("gateway", ""),
                      action.get("link-name", ""), dbus.UInt32(action.get("number", 0)))
    if t == "add-bridge":
        return helper.CreateBridge(nid, action["name"])
    if t == "set-master":
        return helper.SetMaster(nid, *link(), action.get("master-name", ""))
    if t == "delete-link":
        return helper.DeleteLink(nid, *link())
    if t == "set-forwarding":
        return helper.SetForwarding(nid, action["family"], dbus.Boolean(action["flag"]))
    if t == "set-masquerade":
        return helper.SetMasquerade(nid, *link(), dbus.Boolean(action["flag"]))
    raise H.HarnessError(f"no method for {t}")


def inside(mode, scenario_name):
    """Runs in a sandbox: set up, act (mode), print {"state", "errors", "commands"}."""
    import dbus
    scenario = SCENARIOS[scenario_name]
    errors, commands = [], []
    if scenario["setup"].strip():
        H.sh(scenario["setup"])
    holder = H.start_holder(600) if scenario.get("holder") else None  # "sleep 600"
    bus, helper = H.connect()
    actions = resolve_placeholders(scenario["actions"], H.topology(helper))

    if mode == "methods":
        for i, a in enumerate(actions):
            try:
                call_method(helper, a)
            except dbus.DBusException as e:
                errors.append(f"action {i + 1} {json.dumps(a)}: {e.get_dbus_name()}: "
                              f"{e.get_dbus_message()}")
            except H.HarnessError as e:  # what it names is not there (an earlier one failed)
                errors.append(f"action {i + 1} {json.dumps(a)}: cannot call: {e}")
    elif mode == "batch":
        try:
            helper.ApplyBatch(dbus.Array([to_dbus(a) for a in actions], signature="a{sv}"),
                              timeout=60)
        except dbus.DBusException as e:
            errors.append(f"ApplyBatch: {e.get_dbus_name()}: {e.get_dbus_message()}")
    elif mode == "ip":
        printed = H.run([H.CLIENT, "--print-commands"], check=False, input=json.dumps(actions))
        if printed.returncode != 0:
            errors.append(f"netns-studio --print-commands exited {printed.returncode}: "
                          f"{printed.stderr.strip()}")
        commands = printed.stdout.splitlines()
        if printed.returncode == 0 and len(commands) != len(actions):
            errors.append(f"--print-commands printed {len(commands)} lines for "
                          f"{len(actions)} actions")
        for i, line in enumerate(commands):
            done = H.run(["sh", "-c", line], check=False)
            if done.returncode != 0:
                errors.append(f"command {i + 1} `{line}` exited {done.returncode}: "
                              f"{(done.stderr or done.stdout).strip()}")
    else:
        raise H.HarnessError(f"unknown mode {mode}")

    state = H.settled_normalised_state()
    if holder:
        holder.kill()
    json.dump({"state": state, "errors": errors, "commands": commands}, sys.stdout)
    return 0


# --- the driver -----------------------------------------------------------------------

def run_sandbox(mode, scenario):
    return H.run_inside(__file__, mode, scenario, timeout=120)


def driver(names):
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        print(f"{NAME}: unknown scenarios {unknown}; there are {list(SCENARIOS)}", file=sys.stderr)
        return 2
    names = names or list(SCENARIOS)
    t0 = time.monotonic()
    failures = []
    modes = ("methods", "batch", "ip")
    # Two cores: run the three sandboxes of a scenario side by side, scenarios in turn.
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        for name in names:
            futures = {m: pool.submit(run_sandbox, m, name) for m in modes}
            try:
                results = {m: f.result() for m, f in futures.items()}
            except H.HarnessError as e:
                print(f"{NAME}: {e}", file=sys.stderr)
                return 2
            n_actions = len(SCENARIOS[name]["actions"])
            for m in modes:
                for err in results[m]["errors"]:
                    failures.append(f"{name} [{m}]: {err}")
            for m in ("methods", "batch"):
                if results[m]["state"] != results["ip"]["state"]:
                    failures.append(
                        f"{name}: the helper's {m} and the printed ip commands leave different "
                        f"kernels behind:\n" + H.state_diff(results["ip"]["state"],
                                                            results[m]["state"],
                                                            ("ip", m)))
            if any(f.startswith(name) for f in failures):
                failures.append(f"{name}: the ip commands were:\n    " +
                                "\n    ".join(results["ip"]["commands"]))
            print(f"{NAME}: {name}: {n_actions} actions, "
                  f"{'DIFFERENT' if any(f.startswith(name) for f in failures) else 'same'} "
                  f"({time.monotonic() - t0:.1f} s so far)", flush=True)
    elapsed = time.monotonic() - t0
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        return 1
    total = sum(len(SCENARIOS[n]["actions"]) for n in names)
    print(f"{NAME}: {len(names)} scenarios, {total} actions: helper methods, ApplyBatch and "
          f"the printed ip commands leave the same state ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(H.driver_main(NAME, sys.argv[1:], driver, inside))
