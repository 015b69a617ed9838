#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every example lab in resources/labs goes round the loop, in fresh sandboxes.

For each example the driver starts two sandboxes side by side:

  cli     `netns-studio --apply LAB` (state A); --apply again, which must say there is
          nothing to do and leave every namespace's raw `ip -j` exactly as it was;
          `--save` the live namespaces; `--destroy LAB`, which must leave the sandbox
          as it started; then `--apply` of the saved file (state B).
  script  `netns-studio --export-script LAB` run with bash (state S).

States are tests/helper/helperlib.py's normalised `ip -j -d link/addr/route` and
forwarding of every namespace (ifindexes, MACs, nsids, link-local addresses and
bridge timers masked; veth peers named by namespace and link name). The driver
requires A == B and A == S.

    /usr/bin/python3 tests/labs/labs_roundtrip.py [LAB.yaml...]      (as root)

Exit status: 0 all equal, 1 a difference or a failed command, 2 the test could not
run, 77 not root.
"""

import concurrent.futures
import glob
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "helper"))
import helperlib as H  # noqa: E402

NAME = "labs_roundtrip"
LABS = os.path.join(H.REPO, "resources", "labs")


def studio(*args):
    return H.run([H.CLIENT, *args], check=False, timeout=120)


def inside(mode, lab):
    """Runs in a sandbox; prints {"states": {...}, "errors": [...]} as JSON."""
    errors, states = [], {}

    def must(proc, what):
        if proc.returncode != 0:
            errors.append(f"{what} exited {proc.returncode}: {proc.stderr.strip()}")
        return proc

    if mode == "script":
        script = must(studio("--export-script", lab), "--export-script")
        with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as f:
            f.write(script.stdout)
        ran = H.run(["bash", f.name], check=False)
        if ran.returncode != 0:
            errors.append(f"the exported script exited {ran.returncode}: {ran.stderr.strip()}\n{script.stdout}")
        states["applied"] = H.settled_normalised_state()
    elif mode == "cli":
        states["start"] = H.settled_normalised_state()
        must(studio("--apply", lab), "--apply")
        states["applied"] = H.settled_normalised_state()
        before = H.snapshot()
        again = must(studio("--apply", lab), "--apply (again)")
        after = H.snapshot_until(before)
        if "Nothing to do" not in again.stdout:
            errors.append(f"the second --apply did not say there was nothing to do: {again.stdout.strip()}")
        if after != before:
            errors.append("the second --apply changed the host:\n" + H.snapshot_diff(before, after))
        saved = os.path.join(tempfile.mkdtemp(), "saved.yaml")
        must(studio("--save", saved), "--save")
        must(studio("--destroy", lab), "--destroy")
        states["destroyed"] = H.settled_normalised_state()
        must(studio("--apply", saved), "--apply of the saved lab")
        states["reapplied"] = H.settled_normalised_state()
        if os.path.exists(saved):
            states["saved file"] = open(saved).read()
    json.dump({"states": states, "errors": errors}, sys.stdout)
    return 0


def run_sandbox(mode, lab):
    # The program's saved diagram layout must not come from the person running the test.
    env = dict(os.environ, XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="labs-config-"))
    return H.run_inside(__file__, mode, lab, timeout=240, env=env)


def driver(labs):
    labs = [os.path.abspath(l) for l in labs] or sorted(glob.glob(os.path.join(LABS, "*.yaml")))
    if not labs:
        print(f"{NAME}: no labs in {LABS}", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for lab in labs:
            name = os.path.basename(lab)
            futures = {m: pool.submit(run_sandbox, m, lab) for m in ("cli", "script")}
            try:
                cli, script = futures["cli"].result(), futures["script"].result()
            except H.HarnessError as e:
                print(f"{NAME}: {e}", file=sys.stderr)
                return 2
            mine = [f"{name} [{m}]: {e}" for m, r in (("cli", cli), ("script", script)) for e in r["errors"]]
            a = cli["states"].get("applied")
            checks = [("--apply, then --save, --destroy and --apply of the saved file", cli["states"].get("reapplied")),
                      ("the exported script run with bash", script["states"].get("applied"))]
            for what, other in checks:
                if a != other:
                    mine.append(f"{name}: {what} leaves another state than --apply:\n" +
                                H.state_diff(a, other, ("--apply", what)))
            if cli["states"].get("destroyed") != cli["states"].get("start"):
                mine.append(f"{name}: --destroy did not leave the sandbox as it started:\n" +
                            H.state_diff(cli["states"].get("start"), cli["states"].get("destroyed"),
                                         ("start", "destroyed")))
            if mine and "saved file" in cli["states"]:
                mine.append(f"{name}: the saved lab was:\n{cli['states']['saved file']}")
            failures += mine
            print(f"{NAME}: {name}: {'DIFFERENT' if mine else 'same'} ({time.monotonic() - t0:.1f} s so far)",
                  flush=True)
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        return 1
    print(f"{NAME}: {len(labs)} labs: apply, save/destroy/apply-saved and the exported script leave the same "
          f"state; a second apply changes nothing ({time.monotonic() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(H.driver_main(NAME, sys.argv[1:], driver, inside))
