#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Live changes go to subscribers alone: nobody else on the bus hears TopologyChanged.

Runs inside scripts/sandbox with the rule that denies org.netnsstudio.* to nobody:

    scripts/sandbox --rules tests/live/deny-nobody.rules /usr/bin/python3 tests/live/no_leak.py

Clients, all on the real system bus:
  A  root, `netns-studio --watch`: subscribed; must see the changes.
  B  nobody (setpriv --reuid=65534 ...): calls Subscribe and must get
     org.freedesktop.DBus.Error.AccessDenied; then listens with a match for every
     signal (add_signal_receiver without filters), one for our interface, and an
     eavesdrop match (the bus may refuse it; that is fine).
  C  root, connected but never subscribed; listens the same way.
  D  root, subscribes and unsubscribes at once; listens the same way afterwards.
  E  root, subscribes and stays subscribed; listens the same way: the control that
     shows that the listeners would notice a TopologyChanged signal.
While they listen, the test makes changes with `ip` (namespaces, a veth pair across
them, addresses, links up and down). A must print change lines for them; B, C and D
must receive no TopologyChanged signal at all, and E must (each counts every message of interface
org.netnsstudio.Helper1 that reaches its connection, by a message filter).

Exit status: 0 passed, 1 failed, 2 the test could not run, 77 not root.
"""

import json
import os
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

PROG = "no_leak"
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
ACCESS_DENIED = "org.freedesktop.DBus.Error.AccessDenied"
INTERFACE = "org.netnsstudio.Helper1"


# --------------------------------------------------------------------------------------
# The listeners (B, C, D): run as `no_leak.py --listener ROLE [--subscribe|--unsubscribe]`.
# They print "ready ..." on stdout, listen until stdin closes, then print one JSON line.


def listener(role, mode):
    import dbus
    import dbus.mainloop.glib
    from gi.repository import GLib

    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SystemBus()
    result = {"role": role, "uid": os.getuid(), "subscribe_error": None, "signals": 0,
              "via_receiver": 0, "eavesdrop_match": None, "first": None}
    listening = [False]

    def count(message):
        if listening[0] and message.get_interface() == INTERFACE:
            result["signals"] += 1
            if result["first"] is None:
                result["first"] = f"{message.get_member()} from {message.get_sender()} to " \
                                  f"{message.get_destination()}"

    def on_message(_bus, message):
        if isinstance(message, dbus.lowlevel.SignalMessage):
            count(message)
        return dbus.lowlevel.HANDLER_RESULT_NOT_YET_HANDLED

    def on_signal(*_args, **kw):
        if listening[0] and kw.get("interface") == INTERFACE:
            result["via_receiver"] += 1

    bus.add_message_filter(on_message)
    # Every signal that the bus routes to us (no sender, path, interface or member).
    bus.add_signal_receiver(on_signal, interface_keyword="interface", member_keyword="member")
    bus.add_signal_receiver(on_signal, dbus_interface=INTERFACE, interface_keyword="interface")
    try:
        bus.add_match_string("type='signal',eavesdrop='true'")
        result["eavesdrop_match"] = "accepted"
    except dbus.DBusException as e:
        result["eavesdrop_match"] = f"refused: {e.get_dbus_name()}"

    helper = bus.get_object("org.netnsstudio.Helper1", "/org/netnsstudio/Helper1")
    if mode in ("subscribe", "unsubscribe"):
        try:
            helper.Subscribe(dbus_interface=INTERFACE, timeout=30)
        except dbus.DBusException as e:
            result["subscribe_error"] = e.get_dbus_name()
    if mode == "unsubscribe":
        helper.Unsubscribe(dbus_interface=INTERFACE, timeout=30)
    # From here on, nothing may come: the messages of the subscription (if any) are
    # behind us, because the bus keeps the order of one sender's messages.
    bus.flush()
    listening[0] = True
    print(f"ready {role}", flush=True)

    loop = GLib.MainLoop()

    def on_stdin(_fd, _cond):
        loop.quit()
        return False

    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_stdin)
    loop.run()
    # Drain whatever is still queued.
    ctx = GLib.MainContext.default()
    while ctx.iteration(False):
        pass
    print(json.dumps(result), flush=True)
    return 0


# --------------------------------------------------------------------------------------
# The test


def start_listener(role, mode, as_nobody):
    argv = [*(NOBODY if as_nobody else []), "/usr/bin/python3", os.path.abspath(__file__),
            "--listener", role, mode]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd="/")
    line = proc.stdout.readline()
    if not line.startswith("ready"):
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"listener {role} did not start: {line!r} {err.strip()}")
    return proc


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--listener":
        return listener(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "listen")

    import livelib
    from livelib import HarnessError, Namespace, ip
    livelib.require_sandbox(PROG)

    failures = []
    procs = {}
    a = None
    t0 = time.monotonic()
    try:
        a = livelib.WatchClient(stderr_path="/run/no-leak-watch.err")
        a.wait_started()
        procs["B"] = start_listener("B", "subscribe", as_nobody=True)
        procs["C"] = start_listener("C", "listen", as_nobody=False)
        procs["D"] = start_listener("D", "unsubscribe", as_nobody=False)
        procs["E"] = start_listener("E", "subscribe", as_nobody=False)
        a.wait_quiet(0.3, timeout=10)
        before = a.lines
        t1 = time.monotonic()

        # Changes while everyone listens.
        ip(["ip", "netns", "add", "leak1"])
        ip(["ip", "netns", "add", "leak2"])
        n1, n2 = Namespace("named", "leak1"), Namespace("named", "leak2")
        ip(n1.ip_argv("link", "add", "x1", "type", "veth", "peer", "name", "x2", "netns", "leak2"))
        ip(n1.ip_argv("addr", "add", "10.44.0.1/24", "dev", "x1"))
        ip(n2.ip_argv("addr", "add", "fd44::2/64", "dev", "x2", "nodad"))
        for _ in range(3):
            ip(n1.ip_argv("link", "set", "x1", "up"))
            ip(n2.ip_argv("link", "set", "x2", "up"))
            time.sleep(0.05)
            ip(n1.ip_argv("link", "set", "x1", "down"))
            time.sleep(0.05)
        ip(["ip", "link", "add", "h1", "type", "veth", "peer", "name", "h2", "netns", "leak1"])
        ip(["ip", "link", "set", "h1", "up"])
        ip(["ip", "netns", "del", "leak2"])
        livelib.rescan()
        a.wait_quiet(1.0, timeout=20)
        t2 = time.monotonic()

        a_lines = a.lines - before
        if a_lines < 3:
            failures.append(f"A (subscribed, root) printed only {a_lines} change line(s) for the "
                            "changes; want several")
        failures += ["A: " + p for p in a.problems]
        results = {}
        for role, proc in procs.items():
            out, err = proc.communicate("", timeout=20)
            if proc.returncode != 0:
                failures.append(f"{role}: listener exited {proc.returncode}: {err.strip()}")
                continue
            results[role] = json.loads(out.strip().splitlines()[-1])
        b = results.get("B")
        if b:
            if b["uid"] != 65534:
                failures.append(f"B ran as uid {b['uid']}, not nobody")
            if b["subscribe_error"] != ACCESS_DENIED:
                failures.append(f"B (nobody): Subscribe answered {b['subscribe_error'] or 'success'}, "
                                f"want {ACCESS_DENIED}")
        for role in ("D", "E"):
            if results.get(role, {}).get("subscribe_error"):
                failures.append(f"{role} (root): Subscribe failed: {results[role]['subscribe_error']}")
        e = results.get("E")
        if e and not (e["signals"] and e["via_receiver"]):
            failures.append(f"E (root, subscribed; the control) counted {e['signals']} signal(s), "
                            f"{e['via_receiver']} through its match rules: the listeners cannot "
                            "tell whether signals leak")
        for role, r in sorted(results.items()):
            if role != "E" and (r["signals"] or r["via_receiver"]):
                failures.append(f"{role} (uid {r['uid']}) received {r['signals']} message(s) of "
                                f"{INTERFACE} ({r['via_receiver']} through its match rules), "
                                f"the first: {r['first']}")
    except (HarnessError, RuntimeError) as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if a:
            a.stop()

    summary = ", ".join(f"{role}: {r['signals']} signal(s), eavesdrop match {r['eavesdrop_match']}"
                        for role, r in sorted(results.items()))
    print(f"{PROG}: A printed {a_lines} change line(s); {summary}")
    timing = f"(set-up {t1 - t0:.1f} s, changes {t2 - t1:.1f} s)"
    return livelib.report(PROG, failures, timing, f"TopologyChanged reached the subscriber only {timing}")


if __name__ == "__main__":
    sys.exit(main())
