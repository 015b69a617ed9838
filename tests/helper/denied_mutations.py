#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A caller that polkit refuses changes nothing, with any method; a caller that hangs up
while polkit is deciding changes nothing either.

Runs inside scripts/sandbox with two test rules, in this order:

    scripts/sandbox --rules tests/helper/issue3-slow.rules \\
        --rules tests/helper/issue3-deny-nobody.rules \\
        -- /usr/bin/python3 tests/helper/denied_mutations.py

issue3-deny-nobody.rules says NO to every org.netnsstudio.* action for nobody;
issue3-slow.rules says YES, after polkit.spawn(["/bin/sleep", "2"]), to nobody's
changes of a namespace labelled "...slowpoke..." and to everything daemon asks.

1. As nobody (setpriv --reuid=65534 --regid=65534 --clear-groups), every method of
   the helper with valid arguments (GetTopology, each mutating method, the host's own
   interfaces, routes and masquerading, a process-held namespace, an ApplyBatch) gets
   org.freedesktop.DBus.Error.AccessDenied, and `ip -j` and `nft -j list ruleset` of
   every namespace, /run/netns and `ip netns list` are byte-equal before and after.
2. The arguments were valid: root then makes the same calls, in the same order, and
   each succeeds.
3. nobody sends CreateNamespace("slowpoke-...") and hangs up (a) at once, (b) while
   polkit runs the slow rule (its `sleep 2` is seen); 3 s later nothing was created.
   (c) The same call from a nobody who waits is granted, so (a) and (b) were real.
   (d) daemon (granted everything after 2 s) sends Subscribe and hangs up during the
   check: a bus monitor then sees TopologyChanged go to a subscriber that stayed, and
   never to the departed one.

Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 not root.
"""

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "denied_mutations"

# Runs as nobody (or root): reads [[method, signature, [args]], ...] on stdin, where
# an ApplyBatch argument is a list of {key: [D-Bus type, value]}; prints
# [[error name or null, message], ...].
CLIENT = r"""
import dbus, json, sys
calls = json.load(sys.stdin)
bus = dbus.SystemBus()
def conv(t, v):
    if t == "aa{sv}":
        return dbus.Array([dbus.Dictionary({k: conv(tv[0], tv[1]) for k, tv in d.items()},
                                           signature="sv") for d in v], signature="a{sv}")
    return {"t": dbus.UInt64, "i": dbus.Int32, "u": dbus.UInt32, "b": dbus.Boolean,
            "s": dbus.String}[t](v)
def split(sig):
    return ["aa{sv}"] if sig == "aa{sv}" else list(sig)
out = []
for method, sig, args in calls:
    try:
        reply = bus.call_blocking("org.netnsstudio.Helper1", "/org/netnsstudio/Helper1",
                                  "org.netnsstudio.Helper1", method, sig,
                                  tuple(conv(t, a) for t, a in zip(split(sig), args)),
                                  timeout=60)
        out.append([None, "ok"])
    except dbus.DBusException as e:
        out.append([e.get_dbus_name(), e.get_dbus_message()])
print(json.dumps(out))
"""

# Runs as nobody or daemon: sends METHOD (with one string argument, if given) and hangs
# up, at once or once polkit's slow rule is running (its `/bin/sleep 2` exists).
# Prints whether it saw the sleep, and its unique bus name.
HANG_UP = r"""
import dbus, dbus.lowlevel, os, sys, time
method, when, args = sys.argv[1], sys.argv[2], sys.argv[3:]
bus = dbus.SystemBus(private=True)
msg = dbus.lowlevel.MethodCallMessage("org.netnsstudio.Helper1", "/org/netnsstudio/Helper1",
                                      "org.netnsstudio.Helper1", method)
if args:
    msg.append(*args, signature="s" * len(args))
def sleeping():
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if open(f"/proc/{pid}/cmdline", "rb").read() == b"/bin/sleep\0" + b"2\0":
                    return True
            except OSError:
                pass
    return False
bus.send_message(msg)
bus.flush()
seen = False
if when == "during":
    deadline = time.monotonic() + 5
    while not seen and time.monotonic() < deadline:
        seen = sleeping()
        time.sleep(0.01)
name = bus.get_unique_name()
bus.close()
print("seen" if seen else "not-seen", name)
"""

# Runs as root: a bus monitor that prints "ready", then, after SECONDS, the
# destinations of the TopologyChanged signals it saw, as JSON.
MONITOR = r"""
import dbus, dbus.lowlevel, dbus.mainloop.glib, json, sys
from gi.repository import GLib
dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
bus = dbus.SystemBus(private=True)
seen = []
def watch(conn, msg):
    if isinstance(msg, dbus.lowlevel.SignalMessage) and msg.get_member() == "TopologyChanged":
        seen.append(msg.get_destination())
    return dbus.lowlevel.HANDLER_RESULT_HANDLED
bus.add_message_filter(watch)
bus.call_blocking("org.freedesktop.DBus", "/org/freedesktop/DBus",
                  "org.freedesktop.DBus.Monitoring", "BecomeMonitor", "asu",
                  (["type='signal',interface='org.netnsstudio.Helper1',member='TopologyChanged'"], 0))
print("ready", flush=True)
loop = GLib.MainLoop()
GLib.timeout_add(int(float(sys.argv[1]) * 1000), loop.quit)
loop.run()
print(json.dumps(seen), flush=True)
"""

DAEMON = ["setpriv", "--reuid=1", "--regid=1", "--clear-groups"]


def as_nobody(code, args=(), stdin=None, timeout=120, user=H.NOBODY):
    proc = subprocess.run(user + [H.PYTHON, "-c", code, *args], input=stdin,
                          capture_output=True, text=True, timeout=timeout, cwd="/")
    if proc.returncode != 0:
        raise H.HarnessError(f"the nobody client exited {proc.returncode}: {proc.stderr[-1500:]}")
    return proc.stdout


def as_root(code, stdin):
    proc = subprocess.run([H.PYTHON, "-c", code], input=stdin, capture_output=True, text=True,
                          timeout=120, cwd="/")
    if proc.returncode != 0:
        raise H.HarnessError(f"the root client exited {proc.returncode}: {proc.stderr[-1500:]}")
    return proc.stdout


def setup():
    H.sh("""
        ip netns add blue; ip netns add red; ip netns add doomed
        ip -n blue link set lo up
        ip -n blue link add b0 type veth peer name r0 netns red
        ip -n blue link add b1 type veth peer name b1p
        ip -n blue link add b2 type veth peer name b2p
        ip -n blue link set b2 up; ip -n blue link set b2p up
        ip -n blue addr add 10.2.2.1/24 dev b2
        ip -n blue addr add 10.3.3.1/24 dev b2
        ip -n blue route add 10.60.0.0/16 dev b2 proto static
        ip -n blue link add br0 type bridge
        ip -n blue link add b3 type veth peer name b3p
        ip -n blue link add b4 type veth peer name b4p
        ip -n blue link set b4 master br0
        ip -n blue link add b5 type veth peer name b5p
        ip -n red link add r1 type veth peer name r1p
        ip link add h0 type veth peer name h0p
        ip link set h0 up; ip link set h0p up
    """)
    return H.start_holder()


def the_calls(topo, holder_pid):
    """Valid calls, in an order in which root can make them one after another."""
    blue = H.find_ns(topo, name="blue")
    red = H.find_ns(topo, name="red")
    host = H.find_ns(topo, kind="host")
    doomed = H.find_ns(topo, name="doomed")
    held = H.find_ns(topo, pid=holder_pid)
    ix = lambda ns, name: H.find_link(ns, name)["ifindex"]  # noqa: E731
    B, R, HOST = blue["id"], red["id"], host["id"]
    return [
        ("GetTopology", "", []),
        ("Subscribe", "", []),
        ("Rescan", "", []),
        ("Unsubscribe", "", []),
        ("CreateNamespace", "s", ["green"]),
        ("DeleteNamespace", "t", [doomed["id"]]),
        ("AttachNamespace", "ts", [held["id"], "held"]),
        ("CreateVethPair", "tsts", [B, "x0", R, "x1"]),
        ("MoveLink", "tist", [B, ix(blue, "b0"), "b0", R]),
        ("RenameLink", "tiss", [R, ix(red, "r1"), "r1", "r1new"]),
        ("SetLinkUp", "tisb", [B, ix(blue, "b1"), "b1", True]),
        ("SetMtu", "tisu", [B, ix(blue, "b1"), "b1", 1400]),
        ("AddAddress", "tiss", [B, ix(blue, "b1"), "b1", "10.9.9.1/24"]),
        ("DeleteAddress", "tiss", [B, ix(blue, "b2"), "b2", "10.3.3.1/24"]),
        ("AddRoute", "tsssu", [B, "10.50.0.0/16", "10.2.2.2", "", 0]),
        ("DeleteRoute", "tsssu", [B, "10.60.0.0/16", "", "b2", 0]),
        ("CreateBridge", "ts", [B, "br1"]),
        ("SetMaster", "tiss", [B, ix(blue, "b3"), "b3", "br0"]),
        ("SetMaster", "tiss", [B, ix(blue, "b4"), "b4", ""]),
        ("DeleteLink", "tis", [B, ix(blue, "b5"), "b5"]),
        ("SetForwarding", "tsb", [B, "inet", True]),
        ("SetMasquerade", "tisb", [B, ix(blue, "b1"), "b1", True]),
        ("SetMtu", "tisu", [HOST, ix(host, "h0"), "h0", 1400]),
        ("AddRoute", "tsssu", [HOST, "10.70.0.0/16", "", "h0", 5]),
        ("SetForwarding", "tsb", [HOST, "inet6", True]),
        ("SetMasquerade", "tisb", [HOST, ix(host, "h0"), "h0", True]),
        ("SetLinkUp", "tisb", [HOST, ix(host, "lo"), "lo", True]),
        ("ApplyBatch", "aa{sv}", [[
            {"type": ["s", "add-namespace"], "name": ["s", "batchy"]},
            {"type": ["s", "add-veth-pair"], "ns-name": ["s", "batchy"], "name": ["s", "y0"],
             "peer-ns-id": ["t", B], "peer-name": ["s", "y1"]},
            {"type": ["s", "set-forwarding"], "ns-name": ["s", "batchy"],
             "family": ["s", "inet6"], "flag": ["b", True]},
            {"type": ["s", "set-masquerade"], "ns-name": ["s", "batchy"],
             "link-name": ["s", "y0"], "flag": ["b", True]},
        ]]),
    ]


def describe(call):
    method, _, args = call
    return f"{method}({json.dumps(args)[1:-1][:160]})"


def main():
    problem = H.require_sandbox(NAME, " --rules tests/helper/issue3-slow.rules --rules "
                                      "tests/helper/issue3-deny-nobody.rules")
    if problem is not None:
        return problem
    rules = sorted(os.listdir("/etc/polkit-1/rules.d"))
    if [r.split("-", 1)[-1] for r in rules] != ["issue3-slow.rules", "issue3-deny-nobody.rules"]:
        print(f"{NAME}: the sandbox's rules are {rules}: give --rules "
              f"tests/helper/issue3-slow.rules --rules tests/helper/issue3-deny-nobody.rules",
              file=sys.stderr)
        return 2
    t0 = time.monotonic()
    failures = []
    holder = setup()
    H.include_nft()  # masquerading is nft state: compare it too
    bus, helper = H.connect()
    owner0 = H.owner(bus)
    topo = H.topology(helper)
    calls = the_calls(topo, holder.pid)
    methods_used = {c[0] for c in calls}
    missing = set(H.METHODS) - methods_used
    if missing:
        raise H.HarnessError(f"calls do not cover {sorted(missing)}")

    # 1. nobody is refused everything, and nothing changes.
    before = H.settled_snapshot()
    results = json.loads(as_nobody(CLIENT, stdin=json.dumps(calls)))
    after = H.snapshot_until(before)
    for call, (name, message) in zip(calls, results):
        if name != H.ACCESS_DENIED:
            failures.append(f"as nobody: {describe(call)}: {name or 'success'}: {message[:300]} "
                            f"(want {H.ACCESS_DENIED})")
    if after != before:
        failures.append("as nobody: the system changed:\n" + H.snapshot_diff(before, after))
    if H.owner(bus) != owner0:
        failures.append("as nobody: the helper's bus name changed")

    # 3. Hanging up while polkit decides (before root changes the topology in 2.).
    # (a) at once, (b) once the slow rule runs; each gets 3 s to do harm.
    hang_ups = {}
    for name, when in (("slowpoke-a", "now"), ("slowpoke-b", "during")):
        before = H.snapshot()
        seen = as_nobody(HANG_UP, ["CreateNamespace", when, name]).split()[0]
        hang_ups[name] = seen
        if when == "during" and seen != "seen":
            failures.append(f"{name}: the slow rule's sleep never ran while the caller waited "
                            "(is issue3-slow.rules loaded and polkit.spawn allowed?)")
        time.sleep(3)
        after = H.snapshot_until(before)
        if os.path.lexists(f"/run/netns/{name}"):
            failures.append(f"CreateNamespace({name!r}) from nobody, who hung up "
                            f"{'at once' if when == 'now' else 'while polkit was deciding'}: "
                            f"the namespace was created anyway")
        if after != before:
            failures.append(f"{name}: the system changed after the caller hung up:\n" +
                            H.snapshot_diff(before, after))
    if H.owner(bus) != owner0:
        failures.append("after the hang-ups: the helper's bus name changed")
    # (c) The control: a nobody who waits is granted after ~2 s.
    t = time.monotonic()
    (name, message), = json.loads(as_nobody(CLIENT, stdin=json.dumps(
        [("CreateNamespace", "s", ["slowpoke-c"])])))
    waited = time.monotonic() - t
    if name is not None or not os.path.lexists("/run/netns/slowpoke-c"):
        failures.append(f"control: nobody's CreateNamespace('slowpoke-c') gave {name}: {message} "
                        "(the slow rule should grant it)")
    elif waited < 1.5:
        failures.append(f"control: granted after {waited:.1f} s, so polkit did not run the slow "
                        "rule's sleep")
    if os.path.lexists("/run/netns/slowpoke-c"):
        H.sh("ip netns del slowpoke-c")

    # (d) Subscribe from a caller (daemon, granted after 2 s) who hangs up during the
    # check must not leave a subscription behind: after a change, the helper sends
    # TopologyChanged to a subscriber who stays (the control) and never to the one gone.
    ctl_bus, ctl = H.connect(private=True)
    ctl.Subscribe()
    seen, gone = as_nobody(HANG_UP, ["Subscribe", "during"], user=DAEMON).split()
    if seen != "seen":
        failures.append("Subscribe hang-up: the slow rule's sleep never ran for daemon")
    time.sleep(2.5)  # the check ends; a helper that forgets the caller left subscribes it
    monitor = subprocess.Popen([H.PYTHON, "-c", MONITOR, "2.5"], stdout=subprocess.PIPE,
                               text=True, cwd="/")
    if monitor.stdout.readline().strip() != "ready":
        raise H.HarnessError("the bus monitor did not start")
    H.sh("ip link add mon0 type veth peer name mon1")
    destinations = json.loads(monitor.stdout.readline())
    monitor.wait()
    H.sh("ip link del mon0")
    if ctl_bus.get_unique_name() not in destinations:
        failures.append(f"Subscribe hang-up: no TopologyChanged reached the subscriber that "
                        f"stayed ({ctl_bus.get_unique_name()}; seen: {destinations}), so the "
                        f"check below proves nothing")
    if gone in destinations:
        failures.append(f"Subscribe from daemon, who hung up while polkit was deciding: the "
                        f"helper subscribed the departed caller anyway (TopologyChanged sent "
                        f"to {gone} {destinations.count(gone)} time(s)); it will never be "
                        f"removed, keeps the helper from idling, and holds one of its "
                        f"subscriber slots")
    ctl.Unsubscribe()
    ctl_bus.close()

    # 2. The same calls as root all work, so the refusals above were polkit's.
    topo = H.topology(helper)
    calls = the_calls(topo, holder.pid)
    before = H.snapshot()
    results = json.loads(as_root(CLIENT, json.dumps(calls)))
    for call, (name, message) in zip(calls, results):
        if name is not None:
            failures.append(f"as root: {describe(call)}: {name}: {message[:300]} (the test "
                            f"expects these arguments to be valid)")
    if H.snapshot() == before:
        failures.append("as root: nothing changed, so the calls were not real changes")
    if H.owner(bus) != owner0:
        failures.append("as root: the helper's bus name changed")

    holder.kill()
    elapsed = time.monotonic() - t0
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        return 1
    print(f"{NAME}: nobody got AccessDenied for all {len(calls)} calls ({len(methods_used)} "
          f"methods) and nothing changed; root's identical calls all worked; hanging up at "
          f"once or during a 2 s polkit check created nothing; a waiting nobody was granted "
          f"after {waited:.1f} s ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    H.run_main(NAME, main)
