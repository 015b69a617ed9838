# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared pieces of the live tests (tests/live/*.py) and of bench/live.

- WatchClient: runs `netns-studio --watch` (the app's own HelperClient and
  TopologyModel), reads its stdout in a thread and keeps a mirror of the model exactly
  as TopologyModel does: a resync line replaces everything, a change line replaces or
  appends each changed namespace (by id, keeping the order) and drops the removed ones.
  It also checks that change lines have consecutive generations (the app prints a
  change only after TopologyModel::applyChange accepted it, and re-subscribes instead
  on a gap, which shows up as a resync line).
- The oracle: `ip -j -d link/addr/route` (+ `-6 route`) in every namespace, taken from
  tests/helper/topology_diff.py (imported: it has no side effects at import time).
- Small helpers: run `ip`, process-held namespaces, the helper's D-Bus Rescan.

Everything here creates namespaces, so every caller checks require_sandbox() first.
Run with Debian's /usr/bin/python3 (python3-dbus).
"""

import collections
import json
import os
import subprocess
import sys
import threading
import time

sys.dont_write_bytecode = True  # never leave __pycache__ in the source tree

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BUILD = os.environ.get("NETNS_STUDIO_BUILD") or os.path.join(REPO, "build")
CLIENT = os.path.join(BUILD, "bin", "netns-studio")
HELPER = os.path.join(BUILD, "bin", "netns-studio-helper")

BUS_NAME = "org.netnsstudio.Helper1"
OBJECT_PATH = "/org/netnsstudio/Helper1"
INTERFACE = "org.netnsstudio.Helper1"

sys.path.insert(0, os.path.join(REPO, "tests", "helper"))
import topology_diff as td  # noqa: E402  (the oracle and the comparison)

HarnessError = td.HarnessError
Namespace = td.Namespace  # kind "host" | "named" | "process", with ip_argv()


def require_sandbox(prog):
    """Exit 77 when not root, 2 when not inside scripts/sandbox or not built."""
    if os.geteuid() != 0:
        print(f"{prog}: needs root; skipping", file=sys.stderr)
        sys.exit(77)
    if os.environ.get("NETNS_STUDIO_SANDBOX") != "1":
        print(f"{prog}: run me inside scripts/sandbox (I create namespaces and links)",
              file=sys.stderr)
        sys.exit(2)
    for path in (CLIENT, HELPER):
        if not os.access(path, os.X_OK):
            print(f"{prog}: {path} is missing: build first", file=sys.stderr)
            sys.exit(2)


def report(prog, failures, failed, passed):
    """Prints a live test's outcome and returns its exit status: with failures,
    "PROG: FAILED <failed>" and each failure; else "PROG: <passed>"."""
    if failures:
        print(f"{prog}: FAILED {failed}")
        for f in failures:
            print("  " + f)
        return 1
    print(f"{prog}: {passed}")
    return 0


def ip(argv, check=True, timeout=30):
    """Runs a command (normally `ip ...`); returns (ok, stderr)."""
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout)
    if check and proc.returncode != 0:
        raise HarnessError(f"`{' '.join(argv)}` exited {proc.returncode}: {proc.stderr.strip()}")
    return proc.returncode == 0, proc.stderr.strip()


def start_holder():
    """`unshare --net sleep &`: a namespace that only a process holds."""
    return td.start_holder(["unshare", "--net"])


def helper_proxy():
    import dbus
    bus = dbus.SystemBus()
    return bus, bus.get_object(BUS_NAME, OBJECT_PATH)


def rescan():
    """Asks the helper to look at /proc now (org.netnsstudio.Helper1.Rescan)."""
    _, obj = helper_proxy()
    obj.Rescan(dbus_interface=INTERFACE, timeout=30)


def helper_pid():
    import dbus
    bus = dbus.SystemBus()
    dbus_obj = bus.get_object("org.freedesktop.DBus", "/org/freedesktop/DBus")
    return int(dbus_obj.GetConnectionUnixProcessID(BUS_NAME, dbus_interface="org.freedesktop.DBus"))


def wait_for_bus_name(name=BUS_NAME, timeout=10.0):
    import dbus
    bus = dbus.SystemBus()
    dbus_obj = bus.get_object("org.freedesktop.DBus", "/org/freedesktop/DBus")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if dbus_obj.NameHasOwner(name, dbus_interface="org.freedesktop.DBus"):
            return True
        time.sleep(0.02)
    return False


# --------------------------------------------------------------------------------------
# The --watch client


class WatchClient:
    """`netns-studio --watch` and a mirror of its model, fed by a reader thread."""

    def __init__(self, argv_prefix=(), stderr_path=None, keep_lines=False):
        self.lock = threading.Condition()
        self.namespaces = []  # as TopologyModel::m_topology.namespaces (ordered)
        self.generation = None
        self.lines = 0  # change and resync lines
        self.changes = 0
        self.resyncs = 0
        self.problems = []  # generation gaps, unparsable lines
        self.last_line_at = None
        self.started = False
        self.eof = False
        self.keep_lines = keep_lines
        self.log = []  # (monotonic time, parsed object) when keep_lines
        self.listeners = []  # callables(time, obj) run on the reader thread
        self.stderr_path = stderr_path
        self.stderr_file = open(stderr_path or os.devnull, "w")
        self.proc = subprocess.Popen([*argv_prefix, CLIENT, "--watch"], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=self.stderr_file,
                                     env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    # TopologyModel::setTopology / applyChange, in Python.
    def _apply(self, obj):
        if "resync" in obj:
            self.namespaces = list(obj["topology"]["namespaces"])
            self.generation = obj["generation"]
            self.resyncs += 1
            return
        gen = obj["generation"]
        if gen != self.generation + 1:
            # The app prints a change only after applyChange accepted it (gen == last+1).
            self.problems.append(f"change line with generation {gen} after generation "
                                 f"{self.generation} (the app must resync instead)")
        self.generation = gen
        index = {ns["id"]: i for i, ns in enumerate(self.namespaces)}
        for ns in obj["changed"]:
            if ns["id"] in index:
                self.namespaces[index[ns["id"]]] = ns
            else:
                index[ns["id"]] = len(self.namespaces)
                self.namespaces.append(ns)
        removed = set(obj["removed"])
        self.namespaces = [ns for ns in self.namespaces if ns["id"] not in removed]
        self.changes += 1

    def _read(self):
        out = self.proc.stdout
        # First the whole topology as indented JSON, ending with a "}" line of its own.
        buffer = []
        for raw in out:
            line = raw.decode("utf-8", "replace")
            buffer.append(line)
            if line.rstrip("\n") == "}":
                break
        if buffer:
            try:
                first = json.loads("".join(buffer))
                with self.lock:
                    self.namespaces = list(first["namespaces"])
                    # The generation of the first subscription is not printed; the next
                    # change line says where we are.
                    self.generation = None
                    self.started = True
                    self.last_line_at = time.monotonic()
                    self.lock.notify_all()
            except (json.JSONDecodeError, KeyError) as e:
                with self.lock:
                    self.problems.append(f"first output is not a topology: {e}")
        for raw in out:
            now = time.monotonic()
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                with self.lock:
                    self.problems.append(f"unparsable line ({e}): {raw[:200]!r}")
                continue
            with self.lock:
                if self.generation is None and "resync" not in obj:
                    self.generation = obj["generation"] - 1
                self._apply(obj)
                self.lines += 1
                self.last_line_at = now
                if self.keep_lines:
                    self.log.append((now, obj))
                for listener in self.listeners:
                    listener(now, obj)
                self.lock.notify_all()
        with self.lock:
            self.eof = True
            self.lock.notify_all()

    def wait_started(self, timeout=20.0):
        with self.lock:
            if not self.lock.wait_for(lambda: self.started or self.eof or self.problems, timeout):
                raise HarnessError("netns-studio --watch printed no topology in time")
            if not self.started:
                raise HarnessError(f"netns-studio --watch ended or failed: {self.problems} "
                                   f"(exit {self.proc.poll()}): {self.stderr_text()}")

    def stderr_text(self):
        if not self.stderr_path:
            return ""
        try:
            with open(self.stderr_path) as f:
                return f.read().strip()
        except OSError:
            return ""

    def wait_quiet(self, quiet=1.0, timeout=60.0):
        """Waits until no line has come for `quiet` seconds, counted from now at the
        earliest (a change just made has its line still on the way); returns False on
        timeout."""
        start = time.monotonic()
        deadline = start + timeout
        while True:
            with self.lock:
                last = max(self.last_line_at or 0, start)
            now = time.monotonic()
            if now - last >= quiet:
                return True
            if now > deadline:
                return False
            time.sleep(min(quiet - (now - last) + 0.01, 0.2))

    def model(self):
        with self.lock:
            return {"namespaces": json.loads(json.dumps(self.namespaces))}

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.thread.join(5)
        self.stderr_file.close()


# --------------------------------------------------------------------------------------
# Comparison with the oracle


def settle_oracle(namespaces, timeout=15.0):
    """Reads ip -j in every namespace until two reads agree and no address with carrier
    is tentative. Returns (snapshot, reads it took)."""
    deadline = time.monotonic() + timeout
    previous, reads = None, 0
    while True:
        snapshot = td.read_all(namespaces)
        reads += 1
        settling = any(l["_settling"] for s in snapshot.values() for l in s["links"].values())
        if not settling and previous is not None and td.comparable(previous) == td.comparable(snapshot):
            return snapshot, reads
        if time.monotonic() > deadline:
            return snapshot, reads
        previous = snapshot
        time.sleep(0.2)


def compare_with_oracle(namespaces, model, snapshot=None):
    """Differences between model ({"namespaces": [...]}) and ip -j in namespaces
    (topology_diff.Namespace objects). Returns (diffs, counts)."""
    if snapshot is None:
        snapshot, _ = settle_oracle(namespaces)
    nsids = td.nsid_maps(namespaces)
    problems = td.resolve_peers(namespaces, snapshot, nsids)
    if problems:
        raise HarnessError("the oracle is inconsistent:\n  " + "\n  ".join(problems))
    counts = collections.Counter()
    diffs = td.compare(namespaces, snapshot, model, counts)
    return diffs, counts


def converge(client, namespaces, prog, attempts=3, quiet=1.5):
    """Waits until the client has printed nothing for `quiet` seconds (the kernel's late
    events, link watch among them, come within a second), takes its model, then reads
    ip -j. The model is taken before the oracle runs on purpose: the oracle's own `ip -n`
    processes show up as holders of the namespaces at the helper's next /proc scan, and
    the re-read that follows could hide a stale model.

    The comparison is repeated only when the kernel was still changing while the oracle
    read it (the first two reads differed). Returns (diffs, counts, attempts used,
    later) where later is, when diffs is not empty, the differences of the model taken
    again after the oracle ran (empty: the model caught up, by an unrelated event)."""
    diffs, counts = [], collections.Counter()
    for attempt in range(1, attempts + 1):
        if not client.wait_quiet(quiet=quiet, timeout=30):
            raise HarnessError("the --watch client never went quiet")
        model = client.model()
        snapshot, reads = settle_oracle(namespaces)
        diffs, counts = compare_with_oracle(namespaces, model, snapshot)
        if not diffs:
            return diffs, counts, attempt, []
        if reads <= 2:
            break  # the kernel held still: the model was wrong
        print(f"{prog}: attempt {attempt}: {len(diffs)} difference(s), but the kernel was "
              f"still changing ({reads} reads); again:\n    " + "\n    ".join(diffs),
              file=sys.stderr, flush=True)
    time.sleep(2.5)
    client.wait_quiet(quiet=quiet, timeout=30)
    later, _ = compare_with_oracle(namespaces, client.model())
    return diffs, counts, attempt, later


def fresh_json():
    """What `netns-studio --json` (a fresh full scan by the helper) says now."""
    proc = subprocess.run([CLIENT, "--json"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=60)
    if proc.returncode != 0:
        raise HarnessError(f"netns-studio --json exited {proc.returncode}: {proc.stderr.strip()}")
    return json.loads(proc.stdout)
