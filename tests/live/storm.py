#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Live updates survive an event storm that overflows the helper's netlink buffers.

Runs inside scripts/sandbox (it creates namespaces and links):

    scripts/sandbox /usr/bin/python3 tests/live/storm.py [--flaps N]

1. Starts the helper by hand, as root, before any client asks for it (so D-Bus
   activation is not used and our environment applies):
   NETNS_STUDIO_HELPER_EVENT_BUFFER=4096 netns-studio-helper 2>helper.log &
   A 4 KiB receive buffer holds only a few netlink events.
2. Builds a few veth pairs (root namespace <-> named namespaces, and one within a
   named namespace), subscribes with `netns-studio --watch`.
3. Flaps the links N times (default 3000 `ip link set vX up|down`, through `ip -batch`
   so that they come as fast as the kernel takes them), in the root namespace and in
   the named ones, ending in a random mix of up and down.
4. Waits until the client is quiet and checks that the helper's log says a buffer
   "overflowed", that the client saw consecutive generations (or resyncs), and that its
   final model equals `ip -j` in every namespace (the comparison of
   tests/helper/topology_diff.py).

Exit status: 0 passed, 1 failed, 2 the test could not run, 77 not root.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import livelib  # noqa: E402
from livelib import HarnessError, Namespace, ip  # noqa: E402

PROG = "storm"
PAIRS = 4


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--flaps", type=int, default=3000)
    parser.add_argument("seed", nargs="?")
    args = parser.parse_args()
    livelib.require_sandbox(PROG)
    seed = int(args.seed) if args.seed else int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    print(f"{PROG}: seed {seed}", flush=True)

    log_path = "/run/netns-studio-helper.log"
    helper = client = None
    failures = []
    t0 = time.monotonic()
    try:
        with open(log_path, "w") as log:
            helper = subprocess.Popen([livelib.HELPER], stdin=subprocess.DEVNULL,
                                      stdout=subprocess.DEVNULL, stderr=log,
                                      env={**os.environ, "NETNS_STUDIO_HELPER_EVENT_BUFFER": "4096"})
        if not livelib.wait_for_bus_name():
            raise HarnessError(f"the helper did not take its bus name: {open(log_path).read()}")
        if livelib.helper_pid() != helper.pid:
            raise HarnessError("org.netnsstudio.Helper1 belongs to another process than ours")

        host = Namespace("host")
        namespaces = [host]
        for i in range(PAIRS):
            ip(["ip", "netns", "add", f"s{i}"])
            ns = Namespace("named", f"s{i}")
            namespaces.append(ns)
            ip(["ip", "link", "add", f"v{i}", "type", "veth", "peer", "name", "eth0",
                "netns", f"s{i}"])
            ip(["ip", "addr", "add", f"10.9.{i}.1/24", "dev", f"v{i}"])
            ip(ns.ip_argv("addr", "add", f"10.9.{i}.2/24", "dev", "eth0"))
            ip(ns.ip_argv("link", "set", "eth0", "up"))
            ip(ns.ip_argv("link", "set", "lo", "up"))
        inner = namespaces[1]
        ip(inner.ip_argv("link", "add", "w0", "type", "veth", "peer", "name", "w1"))

        client = livelib.WatchClient(stderr_path="/run/storm-watch.err")
        client.wait_started()
        client.wait_quiet(0.5, timeout=10)
        lines_before = client.lines
        t1 = time.monotonic()

        # The storm: N flaps over the root namespace's v0..v3 and the inner pair, with
        # two `ip -batch` processes at once (root namespace and s0).
        host_lines, inner_lines = [], []
        for k in range(args.flaps):
            state = "up" if k % 2 == 0 else "down"
            if rng.random() < 0.75:
                host_lines.append(f"link set v{rng.randrange(PAIRS)} {state}")
            else:
                inner_lines.append(f"link set w{rng.randrange(2)} {state}")
        # End in a known random mix.
        host_lines += [f"link set v{i} {rng.choice(['up', 'down'])}" for i in range(PAIRS)]
        inner_lines += [f"link set w{i} {rng.choice(['up', 'down'])}" for i in range(2)]
        with tempfile.TemporaryDirectory(dir="/run") as tmp:
            procs = []
            for name, lines, netns in (("host", host_lines, None), ("inner", inner_lines, "s0")):
                path = os.path.join(tmp, name)
                with open(path, "w") as f:
                    f.write("\n".join(lines) + "\n")
                procs.append(subprocess.Popen(
                    ["ip", *(["-n", netns] if netns else []), "-batch", path],
                    stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
            for p in procs:
                _, err = p.communicate(timeout=120)
                if p.returncode != 0:
                    raise HarnessError(f"ip -batch failed: {err.strip()}")
        t2 = time.monotonic()

        diffs, counts, attempts, later = livelib.converge(client, namespaces, PROG)
        t3 = time.monotonic()
        with open(log_path) as f:
            helper_log = f.read()
        overflows = helper_log.count("overflowed")
        if overflows == 0:
            failures.append("the helper's log does not say that a buffer overflowed (with a "
                            "4 KiB buffer it must): " + helper_log[-500:].strip())
        if helper.poll() is not None:
            failures.append(f"the helper exited ({helper.returncode}): {helper_log[-500:]}")
        failures += ["client: " + p for p in client.problems]
        if not client.alive():
            failures.append("netns-studio --watch ended: " + client.stderr_text())
        failures += diffs
        if diffs:
            failures.append(f"(the model taken again a few seconds later has {len(later)} "
                            "difference(s))")
    except HarnessError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    finally:
        if client:
            client.stop()
        if helper and helper.poll() is None:
            helper.terminate()
            helper.wait(10)

    timing = (f"(set-up {t1 - t0:.1f} s, storm {t2 - t1:.2f} s for {args.flaps} flaps, "
              f"quiet+compare {t3 - t2:.1f} s, {attempts} comparison(s))")
    print(f"{PROG}: the client printed {client.lines - lines_before} lines during and after "
          f"the storm ({client.resyncs} resyncs); the helper logged {overflows} overflow(s)")
    return livelib.report(PROG, failures, f"(seed {seed}) {timing}",
                          f"after the storm the live model equals ip -j: {counts['namespaces']} "
                          f"namespaces, {counts['links']} links, {counts['routes']} routes {timing}")


if __name__ == "__main__":
    sys.exit(main())
