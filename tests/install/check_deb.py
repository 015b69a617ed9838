#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tests/install/check_deb.py BUILD EXPECTED: builds the Debian package with CPack in
BUILD/deb and checks it: `dpkg-deb -c` lists exactly the paths in the file EXPECTED
(sorted); Depends has the shared libraries' packages (dpkg-shlibdeps) plus dbus and
polkitd; there are no maintainer scripts; lintian reports no errors and no hardening
tags (its other warnings and notes are printed for the record)."""
import glob
import io
import os
import shutil
import subprocess
import sys
import tarfile

from checklist import check, summary


def output(cmd, **kwargs):
    return subprocess.run(cmd, capture_output=True, text=True, check=True, **kwargs).stdout


def main():
    build, expected_file = os.path.abspath(sys.argv[1]), sys.argv[2]
    out = os.path.join(build, "deb")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(["cpack", "-G", "DEB", "-B", out, "--config", os.path.join(build, "CPackConfig.cmake")],
                   check=True, stdout=subprocess.DEVNULL)
    debs = glob.glob(os.path.join(out, "*.deb"))
    check(len(debs) == 1, f"one package: {debs}")
    deb = debs[0]

    # "drwxr-xr-x root/root 0 2026-11-29 06:00 ./usr/bin/": the path is the last field.
    listed = sorted(line.split(None, 5)[5] for line in output(["dpkg-deb", "-c", deb]).splitlines())
    with open(expected_file) as f:
        expected = sorted(line.strip() for line in f if line.strip() and not line.startswith("#"))
    for path in sorted(set(listed) - set(expected)):
        print("     | unexpected: " + path)
    for path in sorted(set(expected) - set(listed)):
        print("     | missing:    " + path)
    check(listed == expected, f"dpkg-deb -c lists exactly the {len(expected)} paths of {expected_file}")

    depends = [d.strip().split()[0] for d in output(["dpkg-deb", "-f", deb, "Depends"]).split(",")]
    print("     | Depends: " + ", ".join(depends))
    for package in ("dbus", "polkitd", "libc6", "libqt6core6", "libqt6dbus6", "libqt6widgets6", "libnl-3-200"):
        check(package in depends, f"Depends has {package}")

    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", deb], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(control)) as tar:
        names = sorted(os.path.basename(m.name) for m in tar.getmembers() if m.isfile())
    check(names == ["control", "md5sums"], f"control members {names}: no maintainer scripts")

    lintian = subprocess.run(["lintian", "--display-level", ">=pedantic", deb],
                             capture_output=True, text=True)
    report = lintian.stdout.strip().splitlines()
    for line in report:
        print("     | " + line)
    errors = [line for line in report if line.startswith("E: ")]
    check(not errors and lintian.returncode in (0, 2) and "E:" not in lintian.stderr,
          f"lintian: no errors ({len(report)} other lines)")
    # The build hardens as Debian does (CMakeLists.txt: _FORTIFY_SOURCE, -z relro -z now).
    for tag in ("hardening-no-bindnow", "hardening-no-fortify-functions", "hardening-no-relro"):
        check(not any(tag in line for line in report), f"lintian: no {tag}")

    return summary()


if __name__ == "__main__":
    sys.exit(main())
