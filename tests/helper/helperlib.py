# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared pieces of the helper tests that run in scripts/sandbox: the D-Bus client,
the topology as the helper reports it, and the oracle (`ip -j -d` in every namespace).

Run with Debian's /usr/bin/python3 (it has python3-dbus). Nothing here touches the
host: every test that imports this refuses to run outside a sandbox (see
require_sandbox), except the actions_diff driver, which only starts sandboxes.
"""

import ctypes
import difflib
import json
import os
import re
import socket
import struct
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("NETNS_STUDIO_BUILD") or os.path.join(REPO, "build")
CLIENT = os.path.join(BUILD, "bin", "netns-studio")
SANDBOX = os.path.join(REPO, "scripts", "sandbox")
PYTHON = "/usr/bin/python3"  # Debian's, with python3-dbus

BUS_NAME = "org.netnsstudio.Helper1"
OBJECT_PATH = "/org/netnsstudio/Helper1"
INTERFACE = "org.netnsstudio.Helper1"
ERR = "org.netnsstudio.Helper1.Error."
INVALID_NAME = ERR + "InvalidName"
INVALID_ARGUMENT = ERR + "InvalidArgument"
NOT_FOUND = ERR + "NotFound"
EXISTS = ERR + "Exists"
KERNEL = ERR + "Kernel"
BUSY = ERR + "Busy"
ACCESS_DENIED = "org.freedesktop.DBus.Error.AccessDenied"
UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
INVALID_ARGS = "org.freedesktop.DBus.Error.InvalidArgs"
# Every error name that the helper (or the bus, for a bad signature) may answer with.
NAMED_ERRORS = {INVALID_NAME, INVALID_ARGUMENT, NOT_FOUND, EXISTS, KERNEL, BUSY,
                ACCESS_DENIED, UNKNOWN_METHOD, INVALID_ARGS,
                "org.freedesktop.DBus.Error.UnknownInterface",
                "org.freedesktop.DBus.Error.UnknownObject"}

NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

# Every method and its D-Bus in-signature (from helper/org.netnsstudio.Helper1.xml).
METHODS = {
    "GetTopology": "",
    "Subscribe": "",
    "Unsubscribe": "",
    "Rescan": "",
    "CreateNamespace": "s",
    "DeleteNamespace": "t",
    "AttachNamespace": "ts",
    "CreateVethPair": "tsts",
    "MoveLink": "tist",
    "RenameLink": "tiss",
    "SetLinkUp": "tisb",
    "SetMtu": "tisu",
    "AddAddress": "tiss",
    "DeleteAddress": "tiss",
    "AddRoute": "tsssu",
    "DeleteRoute": "tsssu",
    "CreateBridge": "ts",
    "SetMaster": "tiss",
    "DeleteLink": "tis",
    "SetForwarding": "tsb",
    "SetMasquerade": "tisb",
    "ApplyBatch": "aa{sv}",
}
READ_ONLY = ["GetTopology", "Subscribe", "Unsubscribe", "Rescan"]
MUTATING = [m for m in METHODS if m not in READ_ONLY]  # ApplyBatch last


class HarnessError(Exception):
    """The test could not do its own work (not a finding about the helper)."""


def log(name, text):
    print(f"{name}: {text}", flush=True)


def run_main(name, main):
    """Runs a test's main() as the program: its result is the exit status; a
    HarnessError (the test itself could not run) is said on stderr and exits 2."""
    try:
        sys.exit(main())
    except HarnessError as e:
        print(f"{name}: {e}", file=sys.stderr)
        sys.exit(2)


def require_sandbox(name, hint=""):
    """None when running as root inside scripts/sandbox, else the exit status to use."""
    if os.geteuid() != 0:
        print(f"{name}: needs root; skipping", file=sys.stderr)
        return 77
    if os.environ.get("NETNS_STUDIO_SANDBOX") != "1":
        print(f"{name}: run me inside scripts/sandbox{hint} "
              f"(it creates namespaces and links; never on a real host)", file=sys.stderr)
        return 2
    return None


def driver_main(name, argv, driver, inside):
    """The main() of a test whose driver(argv) runs the script again in sandboxes
    (run_inside), where inside(A, B) does the work: its exit status, a HarnessError
    said on stderr as status 2."""
    try:
        if len(argv) >= 3 and argv[0] == "--inside":
            problem = require_sandbox(name)
            if problem is not None:
                return problem
            return inside(argv[1], argv[2])
        if os.geteuid() != 0:
            print(f"{name}: needs root (it starts sandboxes); skipping", file=sys.stderr)
            return 77
        if not os.access(CLIENT, os.X_OK):
            print(f"{name}: {CLIENT} is missing: build first", file=sys.stderr)
            return 2
        return driver(argv)
    except HarnessError as e:
        print(f"{name}: {e}", file=sys.stderr)
        return 2


def run_inside(script, mode, arg, timeout, env=None):
    """Runs `script --inside mode arg` in a sandbox of its own; the JSON it printed.
    (SystemExit(77) where the sandbox skipped.)"""
    argv = [SANDBOX, "--", PYTHON, os.path.abspath(script), "--inside", mode, arg]
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout, cwd=REPO, env=env)
    if proc.returncode == 77:
        raise SystemExit(77)
    if proc.returncode != 0:
        raise HarnessError(f"sandbox {mode}/{arg} exited {proc.returncode}: {proc.stderr.strip()[-3000:]}")
    try:
        return json.loads(proc.stdout)
    except ValueError:
        raise HarnessError(f"sandbox {mode}/{arg} printed no JSON: {proc.stdout[-500:]!r} {proc.stderr[-2000:]}")


def run(argv, check=True, timeout=60, input=None, env=None):
    """Runs argv (a list, no shell unless argv says so); returns CompletedProcess."""
    try:
        proc = subprocess.run(argv, input=input, stdin=None if input is not None else subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise HarnessError(f"timed out after {timeout} s: {argv}")
    if check and proc.returncode != 0:
        raise HarnessError(f"`{' '.join(map(str, argv))}` exited {proc.returncode}: "
                           f"{proc.stderr.strip()[:2000]}")
    return proc


def sh(script, check=True, timeout=60):
    return run(["sh", "-ec", script], check=check, timeout=timeout)


# --- D-Bus -------------------------------------------------------------------------

def connect(private=False):
    """(bus, helper interface). The helper is D-Bus-activated on the first call."""
    import dbus
    bus = dbus.SystemBus(private=private)
    obj = bus.get_object(BUS_NAME, OBJECT_PATH, introspect=False)
    return bus, dbus.Interface(obj, INTERFACE)


def owner(bus):
    """The unique name that owns the helper's name now, or None."""
    import dbus
    try:
        return str(bus.get_name_owner(BUS_NAME))
    except dbus.DBusException:
        return None


def error_of(call, *args, **kwargs):
    """Calls and returns (error name or None, message or result)."""
    import dbus
    try:
        return None, call(*args, **kwargs)
    except dbus.DBusException as e:
        return e.get_dbus_name(), e.get_dbus_message()


def raw_call(bus, method, signature, args, timeout=25, interface=INTERFACE,
             path=OBJECT_PATH, destination=BUS_NAME):
    """A call with exactly this signature (no introspection, no guessing).
    Returns (error name or None, message or reply args)."""
    import dbus
    try:
        reply = bus.call_blocking(destination, path, interface, method, signature, args,
                                  timeout=timeout)
        return None, reply
    except dbus.DBusException as e:
        return e.get_dbus_name(), e.get_dbus_message()


def topology(helper):
    """GetTopology as plain Python: a list of namespace dicts."""
    result = []
    for ns in helper.GetTopology(timeout=60):
        links = []
        for l in ns[5]:
            links.append({
                "ifindex": int(l[0]), "name": str(l[1]), "kind": str(l[2]), "type": str(l[3]),
                "up": bool(l[4]), "operstate": str(l[5]), "mtu": int(l[6]), "mac": str(l[7]),
                "master": str(l[8]),
                "peer": (int(l[9][0]), int(l[9][1]), str(l[9][2])),
                "addresses": [str(a) for a in l[10]],
                "rp_filter": int(l[11]),
                "masquerade": bool(l[12]),
            })
        # dst, gateway, dev, type, protocol, scope, table, metric, prefsrc
        routes = [tuple(int(x) if i == 7 else str(x) for i, x in enumerate(r)) for r in ns[6]]
        result.append({"id": int(ns[0]), "name": str(ns[1]), "kind": str(ns[2]),
                       "label": str(ns[3]), "pids": [int(p) for p in ns[4]],
                       "links": links, "routes": routes, "forwarding": (bool(ns[7]), bool(ns[8])),
                       "bridge_netfilter": bool(ns[9])})
    return result


def find_ns(topo, name=None, kind=None, pid=None):
    for ns in topo:
        if name is not None and ns["name"] != name:
            continue
        if kind is not None and ns["kind"] != kind:
            continue
        if pid is not None and pid not in ns["pids"]:
            continue
        return ns
    raise HarnessError(f"no namespace name={name!r} kind={kind!r} pid={pid!r} in the topology: "
                       f"{[(n['name'], n['kind'], n['label']) for n in topo]}")


def find_link(ns, name):
    for link in ns["links"]:
        if link["name"] == name:
            return link
    raise HarnessError(f"no link {name!r} in namespace {ns['label']!r}: "
                       f"{[l['name'] for l in ns['links']]}")


# --- the oracle --------------------------------------------------------------------

_NSFS_DEV = None


def _nsfs_dev():
    global _NSFS_DEV
    if _NSFS_DEV is None:
        _NSFS_DEV = os.stat("/proc/self/ns/net").st_dev
    return _NSFS_DEV


def is_nsfs(path):
    """True when path itself (a symlink is not followed) is a namespace file."""
    try:
        return os.lstat(path).st_dev == _nsfs_dev()
    except OSError:
        return False


def net_namespaces(exclude_pids=()):
    """Every network namespace here, as a list of dicts {key, path, inode, names, pids},
    ordered host, named (by name), process-held (by lowest pid). Planted files and
    symlinks in /run/netns are not namespaces and are left out, and so are the
    processes in exclude_pids (the test's own oracles)."""
    dev = _nsfs_dev()
    by_inode = {}
    order = []

    def add(inode, path):
        if inode not in by_inode:
            by_inode[inode] = {"inode": inode, "path": path, "names": [], "pids": []}
            order.append(inode)
        return by_inode[inode]

    host_inode = os.stat("/proc/self/ns/net").st_ino
    add(host_inode, "/proc/self/ns/net")
    try:
        entries = sorted(os.listdir("/run/netns"))
    except FileNotFoundError:
        entries = []
    for name in entries:
        path = os.path.join("/run/netns", name)
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if st.st_dev != dev:
            continue  # a planted file or symlink, not a namespace
        add(st.st_ino, path)["names"].append(name)
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in exclude_pids:
            continue
        try:
            target = os.readlink(f"/proc/{entry}/ns/net")
        except OSError:
            continue
        m = re.match(r"net:\[(\d+)\]$", target)
        if not m:
            continue
        inode = int(m.group(1))
        ns = add(inode, f"/proc/{entry}/ns/net")
        ns["pids"].append(int(entry))
    result = []
    for inode in order:
        ns = by_inode[inode]
        ns["pids"].sort()
        if inode == host_inode:
            ns["key"] = "host"
            ns["path"] = "/proc/self/ns/net"
        elif ns["names"]:
            ns["key"] = "named:" + ",".join(ns["names"])
            ns["path"] = os.path.join("/run/netns", ns["names"][0])
        else:
            pid = ns["pids"][0]
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read().rstrip(b"\0").replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                cmd = "?"
            ns["key"] = "proc:" + cmd
            ns["path"] = f"/proc/{pid}/ns/net"
        result.append(ns)
    host = [n for n in result if n["key"] == "host"]
    named = sorted((n for n in result if n["key"].startswith("named:")), key=lambda n: n["key"])
    procs = sorted((n for n in result if n["key"].startswith("proc:")), key=lambda n: n["pids"][0])
    # Two process namespaces with the same command line get a number.
    seen = {}
    for n in procs:
        k = n["key"]
        seen[k] = seen.get(k, 0) + 1
        if seen[k] > 1:
            n["key"] = f"{k} #{seen[k]}"
    return host + named + procs


ORACLE_PARTS = ("link", "addr", "route", "sysctl")
_BATCH = b"link show\naddr show\nroute show table all\n"
_SYSCTL_DIRS = ("/proc/sys/net/ipv4/conf", "/proc/sys/net/ipv6/conf")
_libc = None


def _setns(fd):
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
    if _libc.setns(fd, _CLONE_NEWNET) != 0:
        raise OSError(ctypes.get_errno(), "setns")


def _read_sysctls():
    lines = []
    with open("/proc/sys/net/ipv4/ip_forward") as f:
        lines.append(f"/proc/sys/net/ipv4/ip_forward:{f.read().strip()}")
    for d in _SYSCTL_DIRS:
        for dev in sorted(os.listdir(d)):
            with open(f"{d}/{dev}/forwarding") as f:
                lines.append(f"{d}/{dev}/forwarding:{f.read().strip()}")
    return "\n".join(lines)


def _start_oracle(ns):
    """Forks a child that enters ns, writes its forwarding sysctls and a NUL, then
    becomes `ip -j -d -batch -` (link show, addr show, route show table all).
    Returns (pid, read end of its stdout, read end of its stderr)."""
    r_in, w_in = os.pipe()
    os.write(w_in, _BATCH)
    os.close(w_in)
    r_out, w_out = os.pipe()
    r_err, w_err = os.pipe()
    try:
        fd = os.open(ns["path"], os.O_RDONLY | os.O_CLOEXEC) if ns["key"] != "host" else -1
    except OSError as e:  # e.g. the process that held it has just ended
        raise HarnessError(f"cannot open namespace {ns['key']} ({ns['path']}): {e}")
    pid = os.fork()
    if pid == 0:  # a child: never returns
        try:
            os.dup2(r_in, 0)
            os.dup2(w_out, 1)
            os.dup2(w_err, 2)
            if fd >= 0:
                _setns(fd)
            os.write(1, _read_sysctls().encode() + b"\0")
            os.execvp("ip", ["ip", "-j", "-d", "-batch", "-"])
        except BaseException as e:  # noqa: BLE001 - report anything, then leave
            try:
                os.write(2, f"oracle child: {e}".encode())
            finally:
                os._exit(127)
    for x in (r_in, w_out, w_err):
        os.close(x)
    if fd >= 0:
        os.close(fd)
    return pid, r_out, r_err


def _read_all(fd):
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode(errors="replace")


def _finish_oracle(ns, started):
    pid, r_out, r_err = started
    out = _read_all(r_out)
    err = _read_all(r_err)
    _, status = os.waitpid(pid, 0)
    sysctl, _, rest = out.partition("\0")
    lines = rest.split("\n")
    if status != 0 or len(lines) < 3:
        raise HarnessError(f"oracle failed in {ns['key']} (status {status}): {err.strip()[:500]}")
    return {"link": lines[0].strip(), "addr": lines[1].strip(), "route": lines[2].strip(),
            "sysctl": sysctl}


def oracle_of(ns):
    """The raw oracle text of one namespace: {part: text}: `ip -j -d link show`,
    `addr show`, `route show table all` (IPv4 and IPv6) and the forwarding sysctls."""
    return _finish_oracle(ns, _start_oracle(ns))


def oracles(namespaces):
    """oracle_of for many namespaces at once: {key: parts}."""
    started = [(ns, _start_oracle(ns)) for ns in namespaces]
    return {ns["key"]: _finish_oracle(ns, s) for ns, s in started}


def run_netns_listing():
    """What /run/netns holds, without following anything: name -> description."""
    listing = {}
    try:
        names = sorted(os.listdir("/run/netns"))
    except FileNotFoundError:
        return {"<no /run/netns>": ""}
    for name in names:
        path = os.path.join("/run/netns", name)
        try:
            st = os.lstat(path)
        except OSError as e:
            listing[name] = f"lstat: {e}"
            continue
        if os.path.islink(path):
            listing[name] = "symlink -> " + os.readlink(path)
        elif st.st_dev == _nsfs_dev():
            listing[name] = f"nsfs {st.st_ino}"
        else:
            listing[name] = f"file mode {oct(st.st_mode)} size {st.st_size}"
    return listing


def mounts_at(path):
    """How many mount entries have this mount point (stacked and covered ones too)."""
    count = 0
    with open("/proc/self/mountinfo") as f:
        for line in f:
            if line.split()[4] == path:
                count += 1
    return count


_TIMER = re.compile(r'"(\w+_timer)":[0-9.]+')


class PersistentOracles:
    """One `ip -force -j -d -batch -` process per namespace that stays and answers
    `link show`, `addr show`, `route show table all` and `netconf show` (the forwarding
    settings, over netlink) on request: about five times cheaper than starting them
    anew, for tests that take a snapshot after every call.

    Its processes live in the namespaces they watch, so they keep them alive and the
    helper sees them as holders. Use it only where nothing is meant to change (a
    namespace that vanishes is still seen to vanish: it is left out unless something
    besides these processes holds it, and its process is ended)."""

    COMMANDS = b"link show\naddr show\nroute show table all\nnetconf show\n"

    def __init__(self):
        self.procs = {}  # inode -> (Popen, buffer)

    def pids(self):
        return {p.pid for p, _ in self.procs.values()}

    def _spawn(self, ns):
        argv = ["stdbuf", "-oL", "ip", "-force", "-j", "-d", "-batch", "-"]
        if ns["key"] != "host":
            argv = ["nsenter", f"--net={ns['path']}"] + argv
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        self.procs[ns["inode"]] = [proc, b""]

    def _lines(self, inode, count, timeout=20.0):
        import select
        entry = self.procs[inode]
        proc = entry[0]
        deadline = time.monotonic() + timeout
        while entry[1].count(b"\n") < count:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([proc.stdout], [], [], left)[0]:
                raise HarnessError(f"the oracle of namespace {inode} did not answer")
            chunk = os.read(proc.stdout.fileno(), 1 << 20)
            if not chunk:
                raise HarnessError(f"the oracle of namespace {inode} ended")
            entry[1] += chunk
        lines = entry[1].split(b"\n")
        entry[1] = b"\n".join(lines[count:])
        return [l.decode(errors="replace") for l in lines[:count]]

    def query(self, namespaces):
        live = {ns["inode"] for ns in namespaces}
        for inode in list(self.procs):
            if inode not in live:
                proc = self.procs.pop(inode)[0]
                proc.kill()
                proc.wait()
        for ns in namespaces:
            if ns["inode"] not in self.procs:
                self._spawn(ns)
        for ns in namespaces:
            proc = self.procs[ns["inode"]][0]
            proc.stdin.write(self.COMMANDS)
            proc.stdin.flush()
        result = {}
        for ns in namespaces:
            link, addr, route, netconf = self._lines(ns["inode"], 4)
            result[ns["key"]] = {"link": link, "addr": addr, "route": route, "sysctl": netconf}
        return result

    def close(self):
        for proc, _ in self.procs.values():
            proc.kill()
            proc.wait()
        self.procs.clear()


_persistent = None
_with_nft = False


def _without_handles(value):
    """nft JSON without handles, and with set elements in one order (the kernel lists
    a hashed set in its hash order)."""
    if isinstance(value, dict):
        return {k: sorted(_without_handles(v), key=json.dumps) if k == "elem" else _without_handles(v)
                for k, v in value.items() if k != "handle"}
    if isinstance(value, list):
        return [_without_handles(v) for v in value]
    return value


def nft_rulesets(namespaces):
    """`nft -j list ruleset` of each namespace, with the handles taken out (they count
    up with every change, so two sandboxes that did the same differ in them):
    {key: [table, chain, set, rule objects]}."""
    procs = {}
    for ns in namespaces:
        argv = ["nft", "-j", "list", "ruleset"]
        if ns["key"] != "host":
            argv = ["nsenter", f"--net={ns['path']}"] + argv
        procs[ns["key"]] = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE, text=True)
    rulesets = {}
    for key, proc in procs.items():
        out, err = proc.communicate(timeout=30)
        if proc.returncode != 0:
            raise HarnessError(f"nft -j list ruleset failed in {key}: {err.strip()}")
        objects = json.loads(out or '{"nftables": []}')["nftables"]
        rulesets[key] = [_without_handles(o) for o in objects if "metainfo" not in o]
    return rulesets


def include_nft():
    """From now on, snapshot() holds each namespace's nft ruleset too (part "nft")."""
    global _with_nft
    _with_nft = True


def use_persistent_oracles():
    """From now on, snapshot() asks PersistentOracles (see its caveat)."""
    global _persistent
    if _persistent is None:
        _persistent = PersistentOracles()
    return _persistent


def snapshot(by="inode"):
    """The raw oracle of every namespace plus /run/netns and `ip netns list`, for
    byte comparison. Keys are namespace inodes (by="inode") or keys (by="key").
    Bridge timers, which tick on their own, are masked."""
    snap = {}
    if _persistent is not None:
        namespaces = net_namespaces(exclude_pids=_persistent.pids())
        raw = _persistent.query(namespaces)
    else:
        namespaces = net_namespaces()
        raw = oracles(namespaces)
    for ns in namespaces:
        parts = raw[ns["key"]]
        for part in ("link", "addr"):  # `ip -d addr` shows the link details too
            parts[part] = _TIMER.sub(r'"\1":"<timer>"', parts[part])
        ident = ns["inode"] if by == "inode" else ns["key"]
        snap[f"ns {ident} ({ns['key']})"] = parts
    if _with_nft:
        rulesets = nft_rulesets(namespaces)
        for ns in namespaces:
            ident = ns["inode"] if by == "inode" else ns["key"]
            snap[f"ns {ident} ({ns['key']})"]["nft"] = json.dumps(rulesets[ns["key"]], sort_keys=True)
    snap["/run/netns"] = run_netns_listing()
    snap["ip netns list"] = run(["ip", "netns", "list"]).stdout
    snap["mounts at /run/netns"] = mounts_at("/run/netns")
    return snap


def _busy(snap):
    """True while the kernel is still settling (IPv6 DAD)."""
    return any(isinstance(v, dict) and '"tentative":true' in v.get("addr", "")
               for v in snap.values())


def _settled(take, busy, timeout, quiet):
    """take() once it has not changed for `quiet` seconds and busy(it) is false (or at
    `timeout`, as it is then)."""
    deadline = time.monotonic() + timeout
    last = take()
    since = time.monotonic()
    while True:
        time.sleep(0.1)
        now = take()
        if now != last or busy(now):
            since = time.monotonic()
        elif time.monotonic() - since >= quiet:
            return now
        if time.monotonic() > deadline:
            return now
        last = now


def settled_snapshot(by="inode", timeout=8.0, quiet=1.2):
    """A snapshot taken once nothing has changed for `quiet` seconds and no address is
    tentative. (The kernel's link watch may report a veth's carrier up to a second
    late, and IPv6 duplicate address detection takes a second or two.)"""
    return _settled(lambda: snapshot(by), _busy, timeout, quiet)


def snapshot_until(expected, by="inode", timeout=2.0, view=lambda snap: snap):
    """A snapshot, taken again until view(it) equals view(expected) or `timeout` has
    passed, so that a change the kernel reports late is not mistaken for one that stays."""
    deadline = time.monotonic() + timeout
    want = view(expected)
    while True:
        now = snapshot(by)
        if view(now) == want or time.monotonic() > deadline:
            return now
        time.sleep(0.1)


def snapshot_diff(before, after, limit=40):
    """Human-readable difference between two snapshots ('' when equal)."""
    out = []
    for key in sorted(set(before) | set(after), key=str):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"  {key}: {'appeared' if a is None else 'vanished'}")
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            for part in sorted(set(a) | set(b)):
                if a.get(part) != b.get(part):
                    out.append(f"  {key} / {part}:")
                    out.extend("    " + l for l in _text_diff(a.get(part), b.get(part)))
        else:
            out.append(f"  {key}: {a!r} -> {b!r}")
    if len(out) > limit:
        out = out[:limit] + [f"  ... ({len(out) - limit} more lines)"]
    return "\n".join(out)


def _text_diff(a, b):
    def lines(x):
        if x is None:
            return []
        if isinstance(x, str):
            try:
                return json.dumps(json.loads(x), indent=1, sort_keys=True).splitlines()
            except ValueError:
                return x.splitlines()
        return [str(x)]
    return [l for l in difflib.unified_diff(lines(a), lines(b), "before", "after", n=1, lineterm="")
            if not l.startswith(("---", "+++"))][:30]


# --- nsids, for telling where a veth's peer is ---------------------------------------

_CLONE_NEWNET = 0x40000000
_RTM_NEWNSID, _RTM_GETNSID = 88, 90
_NETNSA_NSID, _NETNSA_FD = 1, 3
_NLMSG_ERROR = 2


def _getnsid(sock, fd, seq):
    req = struct.pack("=Bxxx", socket.AF_UNSPEC) + struct.pack("=HHi", 8, _NETNSA_FD, fd)
    msg = struct.pack("=LHHLL", 16 + len(req), _RTM_GETNSID, 1, seq, 0) + req
    sock.send(msg)
    data = sock.recv(65536)
    length, mtype = struct.unpack_from("=LH", data, 0)
    if mtype != _RTM_NEWNSID:
        return -1
    off = 16 + 4
    while off + 4 <= length:
        alen, atype = struct.unpack_from("=HH", data, off)
        if atype == _NETNSA_NSID:
            return struct.unpack_from("=i", data, off + 4)[0]
        off += (alen + 3) & ~3
    return -1


def nsid_maps(namespaces):
    """For each namespace key, {nsid: key of the namespace that nsid names there}.
    Read-only: RTM_GETNSID by fd does not assign nsids."""
    libc = ctypes.CDLL(None, use_errno=True)
    fds = {ns["key"]: os.open(ns["path"], os.O_RDONLY | os.O_CLOEXEC) for ns in namespaces}
    maps = {}
    try:
        for ns in namespaces:
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # a child, so that setns never moves the test itself
                status = 1
                try:
                    os.close(r)
                    if libc.setns(fds[ns["key"]], _CLONE_NEWNET) != 0:
                        raise OSError(ctypes.get_errno(), "setns")
                    sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
                    out = {}
                    for i, (key, fd) in enumerate(fds.items()):
                        nsid = _getnsid(sock, fd, i + 1)
                        if nsid >= 0:
                            out[str(nsid)] = key
                    os.write(w, json.dumps(out).encode())
                    status = 0
                finally:
                    os._exit(status)
            os.close(w)
            data = b""
            while True:
                chunk = os.read(r, 65536)
                if not chunk:
                    break
                data += chunk
            os.close(r)
            _, status = os.waitpid(pid, 0)
            if status != 0:
                raise HarnessError(f"cannot read the nsids of {ns['key']}")
            maps[ns["key"]] = {int(k): v for k, v in json.loads(data).items()}
    finally:
        for fd in fds.values():
            os.close(fd)
    return maps


# --- normalised state, for comparing two sandboxes -----------------------------------

_MASKED_LINK_KEYS = {"ifindex", "link_index", "link_netnsid", "address", "permaddr"}
_MAC_VALUED = {"bridge_id", "root_id", "designated_root", "designated_bridge"}


def _mask_ll(text):
    return re.sub(r"^fe80::[0-9a-f:]+", "fe80::<ll>", text) if isinstance(text, str) else text


def normalised_state():
    """Every namespace's links, addresses, routes, forwarding sysctls and nft ruleset, with what
    depends on ifindexes, MACs, nsids and time taken out, and veth peers named by
    (namespace key, link name) instead. Keys are namespace keys (see net_namespaces)."""
    namespaces = net_namespaces()
    raw = oracles(namespaces)
    rulesets = nft_rulesets(namespaces)
    nsids = nsid_maps(namespaces)
    links = {k: json.loads(v["link"] or "[]") for k, v in raw.items()}
    by_index = {k: {l["ifindex"]: l["ifname"] for l in v} for k, v in links.items()}
    state = {}
    for key, parts in raw.items():
        norm_links = []
        for l in links[key]:
            l = dict(l)
            if "link_index" in l:
                where = key
                if "link_netnsid" in l:
                    where = nsids[key].get(l["link_netnsid"], f"<nsid {l['link_netnsid']}>")
                name = by_index.get(where, {}).get(l["link_index"], f"<ifindex {l['link_index']}>")
                l["peer"] = f"{where}/{name}"
            elif "link" in l:
                l["peer"] = f"{key}/{l['link']}"
            for k in _MASKED_LINK_KEYS:
                if k in l and not (k == "address" and l[k] == "00:00:00:00:00:00"):
                    l[k] = "<masked>"
            info = l.get("linkinfo", {})
            for section in ("info_data", "info_slave_data"):
                d = info.get(section)
                if isinstance(d, dict):
                    for k in list(d):
                        if k.endswith("_timer"):
                            d[k] = "<timer>"
                        elif k in _MAC_VALUED:
                            d[k] = "<masked>"
            norm_links.append(l)
        norm_links.sort(key=lambda l: l["ifname"])
        addrs = []
        for a in json.loads(parts["addr"] or "[]"):
            a = {k: v for k, v in a.items() if k not in ("ifindex", "address", "link_index",
                                                         "link_netnsid", "linkinfo", "link",
                                                         "permaddr")}
            a = {"ifname": a.get("ifname"), "addr_info": [
                {k: _mask_ll(v) for k, v in ai.items()} for ai in a.get("addr_info", [])]}
            addrs.append(a)
        addrs.sort(key=lambda a: a["ifname"])
        routes = [{k: _mask_ll(v) for k, v in r.items()} for r in json.loads(parts["route"] or "[]")]
        routes.sort(key=lambda r: json.dumps(r, sort_keys=True))
        sysctl = {}
        for line in parts["sysctl"].splitlines():
            k, _, v = line.rpartition(":")
            sysctl[k] = v
        state[key] = {"links": norm_links, "addresses": addrs, "routes": routes, "sysctl": sysctl,
                      "nft": rulesets[key]}
    state["(ip netns list)"] = sorted(re.sub(r" \(id: \d+\)", "", l)
                                      for l in run(["ip", "netns", "list"]).stdout.splitlines())
    return state


def settled_normalised_state(timeout=8.0, quiet=1.2):
    """normalised_state once nothing has changed for `quiet` seconds (see settled_snapshot)."""
    return _settled(normalised_state, lambda now: '"tentative": true' in json.dumps(now), timeout, quiet)


def state_diff(a, b, names=("a", "b"), limit=60):
    la = json.dumps(a, indent=1, sort_keys=True).splitlines()
    lb = json.dumps(b, indent=1, sort_keys=True).splitlines()
    d = list(difflib.unified_diff(la, lb, names[0], names[1], n=3, lineterm=""))
    if len(d) > limit:
        d = d[:limit] + [f"... ({len(d) - limit} more lines)"]
    return "\n".join(d)


# --- processes that hold a namespace --------------------------------------------------

def start_holder(seconds=600):
    """A process in a new network namespace (unshare --net sleep N); returns its pid."""
    proc = subprocess.Popen(["unshare", "--net", "sleep", str(seconds)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    # unshare execs sleep, so the pid is the holder's; wait until it left our namespace.
    mine = os.readlink("/proc/self/ns/net")
    for _ in range(200):
        try:
            if os.readlink(f"/proc/{proc.pid}/ns/net") != mine and \
                    open(f"/proc/{proc.pid}/comm").read().strip() == "sleep":
                return proc
        except OSError:
            pass
        time.sleep(0.01)
    raise HarnessError("unshare --net sleep did not start")
