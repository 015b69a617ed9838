#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tests/install/validate_installed.py STAGING: checks what `cmake --install --prefix
/usr` put into STAGING. The desktop entry and the AppStream metainfo pass their
validators (offline: appstreamcli --no-net checks everything but whether URLs answer);
each screenshot the metainfo names is shipped, at the size it declares; each icon
has its folder's size; the man pages document every option of `netns-studio --help`
and man finds nothing to warn about; the D-Bus service file and the systemd unit
start the installed helper."""
import configparser
import gzip
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

from checklist import check, summary

APP_ID = "org.netnsstudio.NetnsStudio"
HELPER = "/usr/libexec/netns-studio-helper"


def run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    output = (result.stdout + result.stderr).strip()
    if output:
        print("\n".join("     | " + line for line in output.splitlines()))
    return result


def png_size(path):
    if not os.path.isfile(path):
        return None
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def main():
    stage = os.path.abspath(sys.argv[1])
    usr = os.path.join(stage, "usr")

    desktop = os.path.join(usr, "share/applications", APP_ID + ".desktop")
    check(run(["desktop-file-validate", desktop]).returncode == 0, "desktop-file-validate " + desktop)
    metainfo = os.path.join(usr, "share/metainfo", APP_ID + ".metainfo.xml")
    check(run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo]).returncode == 0,
          "appstreamcli validate --no-net " + metainfo)
    # The tree as a whole: the metainfo's launchable desktop entry is there and valid.
    check(run(["appstreamcli", "validate-tree", "--no-net", stage]).returncode == 0,
          "appstreamcli validate-tree --no-net " + stage)

    images = ET.parse(metainfo).getroot().findall("./screenshots/screenshot/image")
    check(len(images) >= 1, f"{len(images)} screenshot(s) in the metainfo")
    for image in images:
        shipped = os.path.join(usr, "share/netns-studio/screenshots", os.path.basename(image.text.strip()))
        declared = (int(image.get("width")), int(image.get("height")))
        check(os.path.isfile(shipped) and png_size(shipped) == declared,
              f"{shipped} is shipped, a PNG of {declared[0]}x{declared[1]}")

    icons = os.path.join(usr, "share/icons/hicolor")
    check(os.path.isfile(os.path.join(icons, "scalable/apps", APP_ID + ".svg")), "scalable SVG icon")
    sizes = sorted(int(d.split("x")[0]) for d in os.listdir(icons) if re.fullmatch(r"\d+x\d+", d))
    check(len(sizes) >= 4, f"PNG icons in sizes {sizes}")
    for size in sizes:
        png = os.path.join(icons, f"{size}x{size}/apps", APP_ID + ".png")
        check(png_size(png) == (size, size), f"{png} is {size}x{size}")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    help_text = subprocess.run([os.path.join(usr, "bin/netns-studio"), "--help"], env=env,
                               capture_output=True, text=True, check=True).stdout
    options = sorted(set(re.findall(r"(?m)^\s+(?:-\w, )?--([\w-]+)", help_text)))
    check(len(options) >= 10, f"{len(options)} options in netns-studio --help")
    for page, section in (("netns-studio", 1), ("netns-studio-helper", 8)):
        path = os.path.join(usr, f"share/man/man{section}/{page}.{section}.gz")
        check(os.path.isfile(path), path)
        warnings = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", path],
                                  env=dict(env, LC_ALL="C.UTF-8", MANWIDTH="80"), text=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        check(warnings.returncode == 0 and not warnings.stderr.strip(),
              f"man --warnings {page}.{section}: none {warnings.stderr.strip()}")
    with gzip.open(os.path.join(usr, "share/man/man1/netns-studio.1.gz"), "rt") as f:
        manual = f.read().replace("\\-", "-")
    for option in options:
        check(re.search(r"(?m)^\.B[IR]? .*--" + re.escape(option) + r"(?![\w-])", manual) is not None,
              f"netns-studio(1) documents --{option}")

    check(os.access(stage + HELPER, os.X_OK), "the helper is installed at " + HELPER)
    service = configparser.ConfigParser(interpolation=None)
    service.read(os.path.join(usr, "share/dbus-1/system-services/org.netnsstudio.Helper1.service"))
    check(service["D-BUS Service"]["Exec"] == HELPER, "the D-Bus service file starts " + HELPER)
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read(os.path.join(usr, "lib/systemd/system/netns-studio-helper.service"))
    check(unit["Service"]["ExecStart"] == HELPER, "the systemd unit starts " + HELPER)
    check(service["D-BUS Service"]["SystemdService"] == "netns-studio-helper.service",
          "the D-Bus service file names the systemd unit")

    return summary()


if __name__ == "__main__":
    sys.exit(main())
