#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Callers racing each other get one winner, and namespace mounts never stack.

Runs inside scripts/sandbox:

    scripts/sandbox -- /usr/bin/python3 tests/helper/concurrency.py [ROUNDS]

Two worker processes, each with its own bus connection, are told to act at the same
instant (a shared CLOCK_MONOTONIC deadline, then busy-waiting):

1. CreateNamespace("same") from both, ROUNDS times (default 30): exactly one returns
   an id and the other gets org.netnsstudio.Helper1.Error.Exists; then
   DeleteNamespace(that id) from both: exactly one succeeds, the other gets NotFound.
   /run/netns/same is mounted once while it exists.
2. The helper's CreateNamespace("mixed") against `ip netns add mixed`: exactly one
   of them succeeds.
3. `ip netns add sh1..sh20` from a shell loop while the helper creates hp1..hp20,
   first with /run/netns already a mount point (the sandbox's tmpfs), then, three
   times, with /run/netns a plain directory, so that both race to make it a shared
   mount point (iproute2's flock-guarded bind of /run/netns onto itself): every name
   is a namespace mounted once, and the mounts at /run/netns are one more than those
   below it (never stacked).
4. One client pipelines 2000 invalid calls and 200 GetTopology calls, 100 in flight at
   a time: every one gets an answer (a named error, or the topology), the helper keeps
   its bus name, and nothing changed.

Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 not root.
"""

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "concurrency"
WINDOW = 100  # calls in flight at once in the burst


# --- a worker: one process, one bus connection ----------------------------------------

def worker():
    import dbus
    bus, helper = H.connect(private=True)
    H.topology(helper)  # activation and polkitd are up before the first race
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        while time.monotonic() < job["at"]:
            pass
        results = []
        if job["op"] == "create":
            for name in job["names"]:
                try:
                    results.append([None, int(helper.CreateNamespace(name))])
                except dbus.DBusException as e:
                    results.append([e.get_dbus_name(), e.get_dbus_message()])
        elif job["op"] == "delete":
            try:
                helper.DeleteNamespace(dbus.UInt64(job["id"]))
                results.append([None, "ok"])
            except dbus.DBusException as e:
                results.append([e.get_dbus_name(), e.get_dbus_message()])
        elif job["op"] == "ip-add":
            for name in job["names"]:
                p = subprocess.run(["ip", "netns", "add", name], stdin=subprocess.DEVNULL,
                                   capture_output=True, text=True)
                results.append([None if p.returncode == 0 else f"ip exited {p.returncode}",
                                p.stderr.strip()])
        print(json.dumps({"results": results}), flush=True)


class Worker:
    def __init__(self):
        self.proc = subprocess.Popen([H.PYTHON, os.path.abspath(__file__), "--worker"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line or not json.loads(line).get("ready"):
            raise H.HarnessError("a worker did not start")

    def send(self, job):
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()

    def receive(self):
        line = self.proc.stdout.readline()
        if not line:
            raise H.HarnessError("a worker died")
        return json.loads(line)["results"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def together(pairs, lead=0.05):
    """Sends each (worker, job) with one shared start time; returns their results."""
    at = time.monotonic() + lead
    for w, job in pairs:
        w.send(dict(job, at=at))
    return [w.receive() for w, _ in pairs]


# --- the checks -------------------------------------------------------------------------

def named_namespaces():
    return sorted(n for n in os.listdir("/run/netns") if H.is_nsfs(f"/run/netns/{n}"))


def mount_problems(names):
    problems = []
    for n in names:
        count = H.mounts_at(f"/run/netns/{n}")
        if count != 1:
            problems.append(f"/run/netns/{n} is mounted {count} times")
    return problems


def delete_all():
    for n in os.listdir("/run/netns"):
        H.run(["ip", "netns", "del", n])


def main(argv):
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    rounds = int(argv[0]) if argv else 30
    t0 = time.monotonic()
    failures = []
    bus, helper = H.connect()
    owner0 = H.owner(bus)
    a, b = Worker(), Worker()
    notes = []

    # 1. Two clients, one name.
    for r in range(rounds):
        (ra,), (rb,) = together([(a, {"op": "create", "names": ["same"]}),
                                 (b, {"op": "create", "names": ["same"]})])
        won = [x for x in (ra, rb) if x[0] is None]
        lost = [x for x in (ra, rb) if x[0] is not None]
        if len(won) != 1 or [x[0] for x in lost] != [H.EXISTS]:
            failures.append(f"round {r + 1}: CreateNamespace('same') twice at once gave "
                            f"{ra} and {rb}, want one id and one {H.EXISTS}")
        if named_namespaces() != ["same"]:
            failures.append(f"round {r + 1}: /run/netns holds {named_namespaces()}")
        failures += [f"round {r + 1}: {p}" for p in mount_problems(["same"])]
        if not won:
            delete_all()
            continue
        ns_id = won[0][1]
        if os.stat("/run/netns/same").st_ino != ns_id:
            failures.append(f"round {r + 1}: the id {ns_id} is not /run/netns/same's inode")
        (da,), (db,) = together([(a, {"op": "delete", "id": ns_id}),
                                 (b, {"op": "delete", "id": ns_id})])
        names = sorted(str(x[0]) for x in (da, db))
        if names != sorted(["None", H.NOT_FOUND]):
            failures.append(f"round {r + 1}: DeleteNamespace({ns_id}) twice at once gave {da} "
                            f"and {db}, want one success and one {H.NOT_FOUND}")
        if os.listdir("/run/netns"):
            failures.append(f"round {r + 1}: after the deletes /run/netns holds "
                            f"{os.listdir('/run/netns')}")
            delete_all()
        if len(failures) > 10:
            break
    if H.owner(bus) != owner0:
        failures.append("after the races for one name: the helper's bus name changed")

    # 2. The helper against ip, for one name.
    ip_wins = helper_wins = 0
    for r in range(max(5, rounds // 2)):
        (rh,), (ri,) = together([(a, {"op": "create", "names": ["mixed"]}),
                                 (b, {"op": "ip-add", "names": ["mixed"]})])
        helper_won, ip_won = rh[0] is None, ri[0] is None
        helper_wins += helper_won
        ip_wins += ip_won
        if helper_won == ip_won:
            failures.append(f"mixed round {r + 1}: helper {rh}, ip {ri}: want exactly one "
                            "success")
        elif not helper_won and rh[0] != H.EXISTS:
            failures.append(f"mixed round {r + 1}: the helper lost with {rh[0]}, want "
                            f"{H.EXISTS}")
        failures += [f"mixed round {r + 1}: {p}" for p in mount_problems(["mixed"])]
        delete_all()
    notes.append(f"helper vs ip: helper won {helper_wins}, ip won {ip_wins}")

    # 3. Many names from both sides; /run/netns a mount point, then a plain directory.
    below = H.mounts_at("/run/netns") - 1  # the sandbox's tmpfs is one
    for phase in range(4):
        if phase > 0:
            # Unmount everything at /run/netns down to what lies below the sandbox's
            # own mounts: /run/netns is then a directory on the sandbox's /run tmpfs.
            while H.mounts_at("/run/netns") > below:
                H.run(["umount", "/run/netns"])
        sh_names = [f"sh{i}" for i in range(1, 21)]
        hp_names = [f"hp{i}" for i in range(1, 21)]
        rh, ri = together([(a, {"op": "create", "names": hp_names}),
                           (b, {"op": "ip-add", "names": sh_names})])
        bad = [(n, x) for n, x in zip(hp_names, rh) if x[0] is not None]
        bad += [(n, x) for n, x in zip(sh_names, ri) if x[0] is not None]
        what = "a mount point" if phase == 0 else "a plain directory"
        if bad:
            failures.append(f"many names, /run/netns {what}: failed: {bad[:5]}")
        if named_namespaces() != sorted(sh_names + hp_names):
            failures.append(f"many names, /run/netns {what}: /run/netns holds "
                            f"{named_namespaces()}")
        failures += [f"many names, /run/netns {what}: {p}"
                     for p in mount_problems(sh_names + hp_names)]
        stacked = H.mounts_at("/run/netns") - below
        if stacked != 1:
            failures.append(f"many names, /run/netns {what}: {stacked} mounts on /run/netns "
                            f"(want 1: one shared mount point, never stacked)")
        delete_all()
    if H.owner(bus) != owner0:
        failures.append("after the races for many names: the helper's bus name changed")
    a.close()
    b.close()

    # 4. One client, thousands of requests in flight.
    burst_failures, burst_summary = burst(bus, owner0)
    failures += burst_failures
    notes.append(f"burst answers: {burst_summary}")

    elapsed = time.monotonic() - t0
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        print(f"{NAME}: {len(failures)} problems ({elapsed:.1f} s); {'; '.join(notes)}")
        return 1
    print(f"{NAME}: {notes[1]}")
    print(f"{NAME}: {rounds} races for one name (one id + Exists, then one delete + NotFound), "
          f"helper vs ip netns add ({notes[0]}), 4 x 40 names from both sides with no stacked "
          f"mounts, 2200 pipelined calls all answered ({elapsed:.1f} s)")
    return 0


def burst(bus, owner0):
    import dbus
    import dbus.lowlevel
    failures = []
    before = H.settled_snapshot(quiet=0.5)
    replies = {}

    def handler_for(i):
        def handle(message):
            replies[i] = message
        return handle

    calls = []
    for i in range(2000):
        calls.append(("CreateNamespace", "s", [f"bad/{i}"]))
    for i in range(200):
        calls.insert(i * 11, ("GetTopology", "", []))
    # Waves of WINDOW calls in flight: the bus refuses more than a few hundred pending
    # replies per connection (LimitsExceeded), and the point is that the helper gets them.
    for start in range(0, len(calls), WINDOW):
        pending = []
        for i in range(start, min(start + WINDOW, len(calls))):
            member, sig, args = calls[i]
            msg = dbus.lowlevel.MethodCallMessage(H.BUS_NAME, H.OBJECT_PATH, H.INTERFACE,
                                                  member)
            if args:
                msg.append(signature=sig, *args)
            pending.append(bus.send_message_with_reply(msg, handler_for(i), 120,
                                                       require_main_loop=False))
        for p in pending:
            p.block()
    outcomes = {}
    for i, (member, _, _) in enumerate(calls):
        reply = replies.get(i)
        if reply is None:
            failures.append(f"burst: call {i} ({member}) got no answer")
            continue
        if isinstance(reply, dbus.lowlevel.ErrorMessage):
            name = reply.get_error_name()
        else:
            name = "(reply)"
        outcomes[(member, name)] = outcomes.get((member, name), 0) + 1
    for (member, name), n in sorted(outcomes.items()):
        ok = (member == "GetTopology" and name == "(reply)") or \
             (member == "CreateNamespace" and name == H.INVALID_NAME) or \
             name == "org.freedesktop.DBus.Error.LimitsExceeded"
        if not ok:
            failures.append(f"burst: {n} x {member} answered {name}")
    after = H.snapshot_until(before)
    if after != before:
        failures.append("burst: the system changed:\n" + H.snapshot_diff(before, after))
    if H.owner(bus) != owner0:
        failures.append("burst: the helper's bus name changed")
    summary = ", ".join(f"{n} x {m} {e.rsplit('.', 1)[-1]}" for (m, e), n in sorted(outcomes.items()))
    return failures[:20], summary


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker()
        sys.exit(0)
    try:
        sys.exit(main(sys.argv[1:]))
    except H.HarnessError as e:
        print(f"{NAME}: {e}", file=sys.stderr)
        sys.exit(2)
