# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared pieces of the bench scripts: build a test topology, let the machine
settle, time commands. Everything here creates namespaces and links, so it must
only ever run inside a sandbox (scripts/sandbox); the callers check that."""

import os
import statistics
import subprocess
import tempfile
import time

BRIDGE = "br0"
BRIDGE_ADDR = "10.200.255.254/16"
GATEWAY = "10.200.255.254"


def ns_addr(i):
    """A unique address in 10.200.0.0/16 for namespace i (i < 65000)."""
    return f"10.200.{i // 250}.{i % 250 + 1}/16"


def in_sandbox():
    """True when we may create namespaces: a private mount namespace with a tmpfs
    on /run/netns (scripts/sandbox sets NETNS_STUDIO_SANDBOX=1; our own fallback
    sets NETNS_STUDIO_BENCH_SANDBOX=1)."""
    if not (os.environ.get("NETNS_STUDIO_SANDBOX") == "1" or os.environ.get("NETNS_STUDIO_BENCH_SANDBOX") == "1"):
        return False
    # /run/netns must be a tmpfs mount of its own (never the host's disk).
    with open("/proc/self/mountinfo") as f:
        for line in f:
            fields = line.split()
            if fields[4] == "/run/netns":
                sep = fields.index("-")
                return fields[sep + 1] == "tmpfs"
    return False


def ip_batch(lines, netns=None):
    with tempfile.NamedTemporaryFile("w", prefix="bench-ip-", suffix=".batch", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        path = f.name
    try:
        cmd = ["ip"] + (["-n", netns] if netns else []) + ["-batch", path]
        subprocess.run(cmd, check=True)
    finally:
        os.unlink(path)


def make_topology(n):
    """n namespaces ns0..ns(n-1), each with eth0 (a veth whose peer v<i> is a port
    of br0 in the sandbox's root namespace), an address in 10.200.0.0/16, lo up and
    a default route via br0's address. Returns the seconds it took."""
    t0 = time.monotonic()
    host = [f"link add {BRIDGE} type bridge", f"addr add {BRIDGE_ADDR} dev {BRIDGE}", f"link set {BRIDGE} up"]
    host += [f"netns add ns{i}" for i in range(n)]
    for i in range(n):
        host.append(f"link add v{i} type veth peer name eth0 netns ns{i}")
        host.append(f"link set v{i} master {BRIDGE} up")
    ip_batch(host)
    # Addresses and routes must be set inside each namespace (moving a link
    # flushes them), so one `ip -n NS -batch` per namespace, two at a time.
    procs = []
    files = []
    for i in range(n):
        with tempfile.NamedTemporaryFile("w", prefix="bench-ns-", suffix=".batch", delete=False) as f:
            f.write(f"link set lo up\naddr add {ns_addr(i)} dev eth0\nlink set eth0 up\n"
                    f"route add default via {GATEWAY}\n")
            files.append(f.name)
        procs.append(subprocess.Popen(["ip", "-n", f"ns{i}", "-batch", f.name]))
        if len(procs) >= 2:
            p = procs.pop(0)
            if p.wait() != 0:
                raise RuntimeError("ip -batch failed in a namespace")
    for p in procs:
        if p.wait() != 0:
            raise RuntimeError("ip -batch failed in a namespace")
    for path in files:
        os.unlink(path)
    return time.monotonic() - t0


def _kernel_busy():
    """(kernel-side jiffies, total jiffies) from /proc/stat. Kernel-side =
    system + irq + softirq: where DAD, MLD and bridge work show up. User time is
    left out because other work on the machine (compilers) must not keep the
    benchmark waiting forever."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return v[2] + v[5] + v[6], sum(v)


def settle(min_seconds, max_seconds=12.0, interval=0.5, busy_limit=0.08):
    """Wait until the kernel is quiet again (after hundreds of new veths IPv6 DAD
    and multicast keep both cores busy for a few seconds): at least min_seconds,
    then until two consecutive samples show less than busy_limit of all CPU time
    spent in the kernel, at most max_seconds. Returns the seconds waited."""
    t0 = time.monotonic()
    quiet = 0
    b0, t_0 = _kernel_busy()
    while True:
        time.sleep(interval)
        b1, t_1 = _kernel_busy()
        frac = (b1 - b0) / max(1, t_1 - t_0)
        b0, t_0 = b1, t_1
        quiet = quiet + 1 if frac < busy_limit else 0
        waited = time.monotonic() - t0
        if (waited >= min_seconds and quiet >= 2) or waited >= max_seconds:
            return waited


def time_runs(argv, runs, warmup=1, shell=False, check=True, env=None):
    """Whole-process wall times (seconds) of runs executions after warmup ones."""
    times = []
    for k in range(warmup + runs):
        t0 = time.perf_counter()
        r = subprocess.run(argv, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        dt = time.perf_counter() - t0
        if check and r.returncode != 0:
            raise RuntimeError(f"{argv if not shell else argv[:80]} exited with {r.returncode}")
        if k >= warmup:
            times.append(dt)
    return times


def median_ms(times):
    return statistics.median(times) * 1000.0 if times else None
