#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A caller that polkit refuses gets org.freedesktop.DBus.Error.AccessDenied and nothing else.

Runs inside scripts/sandbox with the rule that denies every Netns Studio action to nobody:

    scripts/sandbox --rules tests/helper/deny-nobody.rules python3 tests/helper/access_denied.py

1. `netns-studio --json` as nobody (setpriv --reuid=65534 --regid=65534 --clear-groups)
   exits non-zero, prints nothing on stdout, names org.freedesktop.DBus.Error.AccessDenied
   on stderr, and the helper did ask polkit (the bus activated polkitd on its request).
2. Polkit itself answers "not authorized" (a NO from the rule, not an authentication
   challenge from the default policy) for nobody and org.netnsstudio.inspect.
3. The same command as root exits 0 and prints a topology that has the host namespace.

The build tree is $NETNS_STUDIO_BUILD, else <repo>/build.
Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 skipped (not root).
"""

import json
import os
import stat
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("NETNS_STUDIO_BUILD") or os.path.join(REPO, "build")
CLIENT = os.path.join(BUILD, "bin", "netns-studio")
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
ACCESS_DENIED = "org.freedesktop.DBus.Error.AccessDenied"


def unreachable_for_nobody(path):
    """The first directory on the way to path that nobody cannot traverse, or the file
    itself if nobody cannot execute it; None when nobody can run it."""
    parts = os.path.abspath(path).split("/")[1:]
    current = "/"
    for i, part in enumerate(parts):
        st = os.stat(current)
        if not st.st_mode & stat.S_IXOTH and st.st_uid != 65534 and st.st_gid != 65534:
            return f"{current} (mode {stat.filemode(st.st_mode)}, {st.st_uid}:{st.st_gid})"
        current = os.path.join(current, part)
    st = os.stat(current)
    if not st.st_mode & stat.S_IXOTH or not st.st_mode & stat.S_IROTH:
        return f"{current} (mode {stat.filemode(st.st_mode)})"
    return None


def run(argv, timeout=60):
    return subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout, cwd="/")


def main():
    if os.geteuid() != 0:
        print("access_denied: needs root; skipping", file=sys.stderr)
        return 77
    if os.environ.get("NETNS_STUDIO_SANDBOX") != "1":
        print("access_denied: run me inside scripts/sandbox --rules "
              "tests/helper/deny-nobody.rules", file=sys.stderr)
        return 2
    if not os.access(CLIENT, os.X_OK):
        print(f"access_denied: {CLIENT} is missing: build first", file=sys.stderr)
        return 2
    blocked = unreachable_for_nobody(CLIENT)
    if blocked:
        print(f"access_denied: nobody cannot run {CLIENT}: {blocked} is in the way",
              file=sys.stderr)
        return 2

    failures = []
    t0 = time.monotonic()

    # 1. nobody is refused by the helper.
    denied = run([*NOBODY, CLIENT, "--json"])
    if denied.returncode == 0:
        failures.append("as nobody: exited 0, want non-zero")
    if denied.stdout:
        failures.append(f"as nobody: printed on stdout: {denied.stdout[:300]!r}")
    if ACCESS_DENIED not in denied.stderr:
        failures.append(f"as nobody: stderr does not name {ACCESS_DENIED}: "
                        f"{denied.stderr.strip()[:500]!r}")
    bus_log_path = os.environ.get("NETNS_STUDIO_SANDBOX_BUS_LOG")
    if bus_log_path:
        with open(bus_log_path, errors="replace") as f:
            bus_log = f.read()
        if "Successfully activated service 'org.netnsstudio.Helper1'" not in bus_log:
            failures.append("as nobody: the helper was never activated, so the refusal came "
                            "from the bus, not from the helper")
        elif not any("name='org.freedesktop.PolicyKit1'" in line and "netns-studio-helper" in line
                     for line in bus_log.splitlines()):
            failures.append("as nobody: the helper refused without asking polkit")

    # 2. The rule is loaded and says NO (asked after step 1, so that polkitd's activation
    # in the bus log is the helper's doing) (pkcheck: 1 = not authorized, 2 = challenge).
    holder = subprocess.Popen([*NOBODY, "sleep", "60"], stdin=subprocess.DEVNULL, cwd="/")
    try:
        check = run(["pkcheck", "--action-id", "org.netnsstudio.inspect",
                     "--process", str(holder.pid)])
    finally:
        holder.kill()
        holder.wait()
    setup_problem = None
    if check.returncode != 1:
        setup_problem = (f"pkcheck for nobody exited {check.returncode} (want 1, a plain NO "
                         f"from deny-nobody.rules; is it loaded?): {check.stderr.strip()}")

    # 3. root is served.
    allowed = run([CLIENT, "--json"])
    host_id = os.stat("/proc/self/ns/net").st_ino
    if allowed.returncode != 0:
        failures.append(f"as root: exited {allowed.returncode}: {allowed.stderr.strip()[:500]}")
    else:
        try:
            topology = json.loads(allowed.stdout)
            hosts = [ns for ns in topology.get("namespaces", []) if ns.get("kind") == "host"]
            if [ns.get("id") for ns in hosts] != [host_id]:
                failures.append(f"as root: host namespaces {[ns.get('id') for ns in hosts]}, "
                                f"want exactly [{host_id}]")
        except (json.JSONDecodeError, AttributeError) as e:
            failures.append(f"as root: not a topology ({e}): {allowed.stdout[:300]!r}")

    elapsed = time.monotonic() - t0
    for f in failures:
        print(f"access_denied: FAIL: {f}")
    if setup_problem:
        print(f"access_denied: the test's set-up is wrong: {setup_problem}")
        return 2
    if failures:
        return 1
    print(f"access_denied: nobody gets {ACCESS_DENIED} and an empty stdout, root gets the "
          f"topology ({elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
