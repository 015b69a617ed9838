#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Live updates of veth peers whose other end moves: the deterministic companion of
random_changes.py for the cases where the end that stays gets no netlink event.

Runs inside scripts/sandbox (it creates namespaces and links):

    scripts/sandbox /usr/bin/python3 tests/live/peer_moves.py

With `netns-studio --watch` subscribed, one step at a time, and after each step the
client's model (once quiet for 1.5 s) compared with `ip -j` in every namespace:

 1. a:x <-> b:y, then y moves b -> c: x (in a, untouched) must now name c as its peer's
    namespace. The kernel sends nothing to a: only b and c see an event.
 2. y moves c -> root namespace.
 3. y moves root -> a process-held namespace (unshare --net sleep).
 4. c gets a few links first, so that y takes a new ifindex when it moves there.
 5. y is renamed in c (the peer name that a shows).
 6. y comes home to a (both ends in one namespace, no nsid any more).
 7. x moves a -> b while y stays in a.

Exit status: 0 all equal, 1 a step differed, 2 the test could not run, 77 not root.
"""

import os
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import livelib  # noqa: E402
from livelib import HarnessError, Namespace, ip  # noqa: E402

PROG = "peer_moves"


def main():
    livelib.require_sandbox(PROG)
    client = holder = None
    failures = []
    steps = 0
    t0 = time.monotonic()
    try:
        for name in ("a", "b", "c"):
            ip(["ip", "netns", "add", name])
        host = Namespace("host")
        a, b, c = (Namespace("named", n) for n in ("a", "b", "c"))
        holder = livelib.start_holder()
        p = Namespace("process", None, [holder.pid])
        namespaces = [host, a, b, c, p]
        client = livelib.WatchClient(stderr_path="/run/peer-moves-watch.err")
        client.wait_started()

        def step(what, *commands):
            nonlocal steps
            steps += 1
            for argv in commands:
                ip(argv)
            diffs, _, _, later = livelib.converge(client, namespaces, PROG, attempts=2)
            if diffs:
                failures.append(f"step {steps} ({what}):" + "".join("\n    " + d for d in diffs)
                                + ("\n    (the model caught up later, after unrelated events)"
                                   if not later else ""))

        step("a:x <-> b:y", a.ip_argv("link", "add", "x", "type", "veth", "peer", "name", "y",
                                      "netns", "b"))
        step("y moves b -> c", b.ip_argv("link", "set", "y", "netns", "c"))
        step("y moves c -> root", c.ip_argv("link", "set", "y", "netns", "1"))
        step("y moves root -> process-held", ["ip", "link", "set", "y", "netns", str(holder.pid)])
        step("c gets links, y moves there and takes a new ifindex",
             c.ip_argv("link", "add", "c1", "type", "veth", "peer", "name", "c2"),
             c.ip_argv("link", "add", "c3", "type", "veth", "peer", "name", "c4"),
             p.ip_argv("link", "set", "y", "netns", "c"))
        step("y renamed in c", c.ip_argv("link", "set", "y", "name", "y-renamed"))
        step("y comes home to a", c.ip_argv("link", "set", "y-renamed", "netns", "a"))
        step("x moves a -> b", a.ip_argv("link", "set", "x", "netns", "b"))
        failures += ["client: " + x for x in client.problems]
    except HarnessError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    finally:
        if client:
            client.stop()
        if holder:
            holder.kill()
            holder.wait()
    timing = f"({steps} steps in {time.monotonic() - t0:.1f} s)"
    return livelib.report(PROG, failures,
                          f"{timing}; namespaces: " + ", ".join(ns.describe() for ns in namespaces),
                          f"after every move the live model equals ip -j {timing}")


if __name__ == "__main__":
    sys.exit(main())
