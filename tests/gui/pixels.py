#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds things in screenshots, for the tests that drive the window under Xvfb.

  pixels.py bbox IMAGE RRGGBB [MIN_PIXELS]
      Prints "X0 Y0 X1 Y1 COUNT": the bounding box (inclusive) of the pixels of exactly
      that colour, or nothing when fewer than MIN_PIXELS (default 50) have it.
  pixels.py rows-changed IMAGE_A IMAGE_B X0 X1 Y0 Y1 [FRACTION]
      Prints "Y0 Y1": the first and last row in [Y0, Y1] where at least FRACTION
      (default 0.5) of the pixels in columns [X0, X1] differ between the two images,
      or nothing when no row does.

  pixels.py runs IMAGE X Y0 Y1
      Prints one line "Y0 Y1 RRGGBB" for each run of one colour down column X,
      from row Y0 to row Y1.

Images are read with ImageMagick's `convert` (no Python imaging library needed).
"""
import subprocess
import sys


def load(path):
    size = subprocess.run(["identify", "-format", "%w %h", path + "[0]"], check=True,
                          capture_output=True, text=True).stdout.split()
    width, height = int(size[0]), int(size[1])
    raw = subprocess.run(["convert", path + "[0]", "-alpha", "off", "-depth", "8", "rgb:-"],
                         check=True, capture_output=True).stdout
    if len(raw) != width * height * 3:
        sys.exit(f"pixels.py: {path}: expected {width * height * 3} bytes, got {len(raw)}")
    return width, height, raw


def bbox(path, colour, min_pixels=50):
    width, height, raw = load(path)
    pattern = bytes.fromhex(colour.lstrip("#"))
    x0 = y0 = 1 << 30
    x1 = y1 = -1
    count = 0
    stride = width * 3
    for y in range(height):
        row = raw[y * stride:(y + 1) * stride]
        i = row.find(pattern)
        while i >= 0:
            if i % 3 == 0:
                x = i // 3
                count += 1
                x0, x1, y0, y1 = min(x0, x), max(x1, x), min(y0, y), max(y1, y)
                i = row.find(pattern, i + 3)
            else:
                i = row.find(pattern, i + 1)
    if count >= min_pixels:
        print(x0, y0, x1, y1, count)


def rows_changed(path_a, path_b, x0, x1, y0, y1, fraction=0.5):
    wa, ha, a = load(path_a)
    wb, hb, b = load(path_b)
    if (wa, ha) != (wb, hb):
        sys.exit("pixels.py: the images differ in size")
    x0, x1 = max(0, x0), min(wa - 1, x1)
    y0, y1 = max(0, y0), min(ha - 1, y1)
    need = fraction * (x1 - x0 + 1)
    rows = []
    for y in range(y0, y1 + 1):
        base = y * wa * 3
        changed = sum(1 for x in range(x0, x1 + 1)
                      if a[base + 3 * x:base + 3 * x + 3] != b[base + 3 * x:base + 3 * x + 3])
        if changed >= need:
            rows.append(y)
    if rows:
        print(rows[0], rows[-1])


def runs(path, x, y0, y1):
    width, height, raw = load(path)
    y0, y1 = max(0, y0), min(height - 1, y1)
    start, colour = y0, None
    for y in range(y0, y1 + 2):
        here = raw[(y * width + x) * 3:(y * width + x) * 3 + 3].hex() if y <= y1 else None
        if here != colour:
            if colour is not None:
                print(start, y - 1, colour)
            start, colour = y, here


def main(argv):
    if len(argv) >= 3 and argv[0] == "bbox":
        bbox(argv[1], argv[2], int(argv[3]) if len(argv) > 3 else 50)
    elif len(argv) >= 7 and argv[0] == "rows-changed":
        bbox_args = [int(v) for v in argv[3:7]]
        rows_changed(argv[1], argv[2], *bbox_args, float(argv[7]) if len(argv) > 7 else 0.5)
    elif len(argv) == 5 and argv[0] == "runs":
        runs(argv[1], int(argv[2]), int(argv[3]), int(argv[4]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
