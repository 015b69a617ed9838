#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Broken lab files never crash netns-studio, always give an error with a line
number, and change nothing.

Inside scripts/sandbox: applies resources/labs/router.yaml so that there is
something to disturb, then makes LABS_FUZZ_COUNT (default 240) broken labs from the
examples with a seeded generator (LABS_FUZZ_SEED, default 7; the seed is printed):
broken YAML (cut off and left open, deep nesting, random text), values of the wrong
type, unknown keys, namespaces and interfaces declared twice, bad names, bad
addresses, bad routes, MTUs out of range, references to namespaces and ports the lab
does not have. Each goes to --apply (and every third also to --destroy and
--export-script), which must exit 2 with every line of its error output in the form
FILE:LINE:COLUMN: message (LINE >= 1). Raw `ip -j` of every namespace must be the
same after each one as before the first.

    scripts/sandbox /usr/bin/python3 tests/labs/labs_fuzz.py
"""

import copy
import json
import os
import random
import re
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "helper"))
import helperlib as H  # noqa: E402

NAME = "labs_fuzz"
LABS = os.path.join(H.REPO, "resources", "labs")
EXAMPLES = ["blue.yaml", "veth-pair.yaml", "bridge.yaml", "router.yaml"]

BAD_ADDRESSES = ["10.1.1.300/24", "10.1.1.1/33", "10.1.1.1", "1.2.3/8", "fd00::g/64", "fd00::1/129",
                 "10.1.1.1/024", "", "10.1.1.1/-1", "host/24"]
BAD_NS_NAMES = ["a/b", "..", ".", "", "x" * 256, "bad\nname", "nul\0"]
BAD_IF_NAMES = ["x" * 16, "a/b", "a:b", "a b", "..", "", "lo", "tab\tname"]


def mappings(node, out):
    """Every mapping of the document (the root too), for adding keys to."""
    if isinstance(node, dict):
        out.append(node)
        for v in node.values():
            mappings(v, out)
    elif isinstance(node, list):
        for v in node:
            mappings(v, out)
    return out


def interfaces(lab):
    out = []
    for link in lab.get("links", []):
        if link["type"] == "veth":
            out += link["ends"]
        else:
            out.append(link)
    return out


def typed_fields(node, out):
    """(mapping, key, kind) for every field whose type the format fixes."""
    kinds = {"name": "text", "namespace": "text", "to": "text", "via": "text", "dev": "text", "title": "text",
             "type": "text", "up": "bool", "loopback-up": "bool", "ipv4": "bool", "ipv6": "bool",
             "mtu": "number", "metric": "number", "version": "number", "x": "real", "y": "real",
             "addresses": "list", "ports": "list", "routes": "list", "namespaces": "list", "links": "list",
             "ends": "list", "position": "map", "forwarding": "map"}
    for m in mappings(node, []):
        for k in m:
            if k in kinds:
                out.append((m, k, kinds[k]))
    return out


def wrong_value(rng, kind):
    choices = {
        "text": [{"a": 1}, [1, 2], ["x"]],
        "bool": ["maybe", 2, [True], {"on": True}],
        "number": ["many", -1, 1.5, [1], 2 ** 40, "0x"],
        "real": ["left", [1], {"x": 1}],
        "list": ["a-string", {"a": 1}, 5],
        "map": ["a-string", [1, 2], 3],
    }[kind]
    return rng.choice(choices)


def mutate(rng, lab, text):
    """(kind, file text) of a lab that is wrong in one way."""
    lab = copy.deepcopy(lab)
    kind = rng.choice(["broken-yaml", "deep", "garbage", "wrong-type", "unknown-key", "duplicate-namespace",
                       "duplicate-interface", "bad-namespace-name", "bad-interface-name", "bad-address",
                       "bad-route", "bad-mtu", "missing-namespace", "missing-port", "missing-route-dev"])
    ifaces = interfaces(lab)
    if kind == "broken-yaml":
        cut = rng.randrange(len(text))
        return kind, text[:cut] + "\n[" + "".join(rng.choice("ab:{,- ") for _ in range(rng.randrange(8)))
    if kind == "deep":
        return kind, "namespaces: " + "[" * rng.randrange(50, 5000)
    if kind == "garbage":
        return kind, "x" + "".join(chr(rng.randrange(1, 0x250)) for _ in range(rng.randrange(1, 200)))
    if kind == "wrong-type":
        m, k, t = rng.choice(typed_fields(lab, []))
        m[k] = wrong_value(rng, t)
    elif kind == "unknown-key":
        rng.choice(mappings(lab, []))[rng.choice(["colour", "vlan", "Name", "addresses_", "via "])] = "x"
    elif kind == "duplicate-namespace":
        lab["namespaces"].append(copy.deepcopy(rng.choice(lab["namespaces"])))
    elif kind == "duplicate-interface":
        victim = rng.choice(ifaces)
        other = rng.choice([i for i in ifaces if i is not victim])
        victim["namespace"], victim["name"] = other["namespace"], other["name"]
    elif kind == "bad-namespace-name":
        rng.choice(lab["namespaces"])["name"] = rng.choice(BAD_NS_NAMES)
    elif kind == "bad-interface-name":
        rng.choice(ifaces)["name"] = rng.choice(BAD_IF_NAMES)
    elif kind == "bad-address":
        rng.choice(ifaces).setdefault("addresses", []).insert(0, rng.choice(BAD_ADDRESSES))
    elif kind == "bad-route":
        ns = rng.choice(lab["namespaces"])
        ns.setdefault("routes", []).append(rng.choice([
            {"to": "default"}, {"to": "10.9.0.1/16", "via": "10.0.0.1"}, {"to": "nowhere", "via": "10.0.0.1"},
            {"to": "10.9.0.0/16", "via": "fd00::1"}, {"to": "default", "via": "10.0.0.300"},
            {"to": "fd00:9::/64", "via": "10.0.0.1"}]))
    elif kind == "bad-mtu":
        rng.choice(ifaces)["mtu"] = rng.choice([0, 10, 67, 65537, 70000])
    elif kind == "missing-namespace":
        rng.choice(ifaces)["namespace"] = "not-in-the-lab"
    elif kind == "missing-port":
        lab.setdefault("links", []).append({"type": "bridge", "namespace": "host", "name": "brz",
                                            "ports": ["no-such-port"]})
    elif kind == "missing-route-dev":
        rng.choice(lab["namespaces"]).setdefault("routes", []).append({"to": "10.77.0.0/16", "dev": "nowhere0"})
    return kind, yaml.safe_dump(lab, sort_keys=False, allow_unicode=True)


ERROR_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): .+")


def check_refusal(path, proc):
    """What is wrong with netns-studio's answer to a broken lab ('' when fine)."""
    if proc.returncode < 0:
        return f"crashed with signal {-proc.returncode}"
    if proc.returncode != 2:
        return f"exited {proc.returncode} instead of 2; stdout {proc.stdout[:300]!r}"
    lines = proc.stderr.splitlines()
    if not lines:
        return "refused without saying why"
    for line in lines:
        m = ERROR_LINE.match(line)
        if not m or m["file"] != path or int(m["line"]) < 1:
            return f"an error without FILE:LINE:COLUMN: {line!r}"
    return ""


def main():
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    seed = int(os.environ.get("LABS_FUZZ_SEED", "7"))
    count = int(os.environ.get("LABS_FUZZ_COUNT", "240"))
    rng = random.Random(seed)
    H.log(NAME, f"seed {seed} (LABS_FUZZ_SEED repeats a run), {count} broken labs")
    H.run([H.CLIENT, "--apply", os.path.join(LABS, "router.yaml")])
    H.use_persistent_oracles()
    before = H.settled_snapshot()
    bases = []
    for name in EXAMPLES:
        text = open(os.path.join(LABS, name)).read()
        bases.append((yaml.safe_load(text), text))
    workdir = tempfile.mkdtemp(prefix="labs-fuzz-")
    failures, kinds = [], {}
    for i in range(count):
        lab, text = rng.choice(bases)
        kind, broken = mutate(rng, lab, text)
        kinds[kind] = kinds.get(kind, 0) + 1
        path = os.path.join(workdir, f"broken-{i}.yaml")
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(broken)
        modes = ["--apply"] + (["--destroy", "--export-script"] if i % 3 == 0 else [])
        for mode in modes:
            proc = H.run([H.CLIENT, mode, path], check=False, timeout=30)
            why = check_refusal(path, proc)
            if why:
                failures.append(f"#{i} ({kind}) {mode}: {why}\n--- the file:\n{broken[:1500]}")
        now = H.snapshot()
        if now != before:
            failures.append(f"#{i} ({kind}) changed the host:\n{H.snapshot_diff(before, now)}")
            before = now
        if len(failures) >= 10:
            break
    for f in failures:
        print(f"{NAME}: FAIL: {f}")
    if failures:
        return 1
    H.log(NAME, f"{count} broken labs refused with FILE:LINE:COLUMN, nothing changed; "
                f"kinds: {json.dumps(kinds, sort_keys=True)}")
    return 0


if __name__ == "__main__":
    H.run_main(NAME, main)
