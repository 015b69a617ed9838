#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tests/install/installed_sandbox.py STAGING, run by `scripts/sandbox --installed
STAGING`: with the installed files laid over /usr and the build folder hidden,
pkaction lists every action of the installed polkit policy with its details, and
`netns-studio --json`, found on PATH, gets the topology from a helper that the bus
started from the installed service file: /proc/PID/exe of the helper is the
installed /usr/libexec/netns-studio-helper, and /usr is the overlay of STAGING."""
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from checklist import check, summary

HELPER = "/usr/libexec/netns-studio-helper"


def helper_pids():
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.readlink(f"/proc/{entry}/exe") == HELPER:
                    pids.append(int(entry))
            except OSError:
                pass
    return pids


def strings(value):
    """Every string anywhere in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def main():
    staging = os.path.realpath(sys.argv[1])
    overlay = subprocess.run(["findmnt", "-n", "-o", "FSTYPE,OPTIONS", "/usr"],
                             capture_output=True, text=True).stdout
    check(overlay.startswith("overlay") and f"lowerdir={staging}/usr:/usr" in overlay,
          f"/usr is the overlay of {staging}/usr: {overlay.strip()}")
    build = os.environ.get("NETNS_STUDIO_BUILD")
    check(build is None or not os.listdir(build), f"the build folder {build} is hidden (empty)")

    policy = ET.parse("/usr/share/polkit-1/actions/org.netnsstudio.policy").getroot()
    actions = {a.get("id"): a.findtext("description") for a in policy.findall("action")}
    check(len(actions) >= 4, f"{len(actions)} actions in the installed policy")
    listed = subprocess.run(["pkaction"], capture_output=True, text=True, check=True).stdout.split()
    for action, description in sorted(actions.items()):
        check(action in listed, f"pkaction lists {action}")
        verbose = subprocess.run(["pkaction", "--action-id", action, "--verbose"],
                                 capture_output=True, text=True)
        check(verbose.returncode == 0 and f"description:       {description}" in verbose.stdout
              and "implicit active:" in verbose.stdout, f"pkaction --action-id {action} --verbose")

    program = shutil.which("netns-studio")
    check(program == "/usr/bin/netns-studio", f"netns-studio on PATH is {program}")
    check(not helper_pids(), "no helper runs before the program asks for one")
    subprocess.run(["ip", "netns", "add", "blue"], check=True)
    subprocess.run(["ip", "link", "add", "veth0", "type", "veth", "peer", "name", "veth1", "netns", "blue"],
                   check=True)
    result = subprocess.run(["netns-studio", "--json"], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    check(result.returncode == 0, f"netns-studio --json exits 0 ({result.stderr.strip()})")
    names = set(strings(json.loads(result.stdout))) if result.returncode == 0 else set()
    check({"blue", "veth0", "veth1"} <= names, "the topology has blue, veth0 and veth1")

    pids = helper_pids()
    check(len(pids) == 1, f"one helper runs, from {HELPER}: pids {pids}")
    with open(os.environ["NETNS_STUDIO_SANDBOX_BUS_LOG"]) as f:
        log = f.read()
    check("Successfully activated service 'org.netnsstudio.Helper1'" in log,
          "the bus activated org.netnsstudio.Helper1")
    with open("/usr/share/dbus-1/system-services/org.netnsstudio.Helper1.service") as f:
        check(f"Exec={HELPER}\n" in f.read(), "from the installed service file, Exec=" + HELPER)

    return summary()


if __name__ == "__main__":
    sys.exit(main())
