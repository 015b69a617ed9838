# SPDX-License-Identifier: GPL-3.0-or-later
"""What the install tests share: checks, each printed as it is made, and the count of
those that failed."""

failures = []


def check(ok, message):
    print(("ok   " if ok else "FAIL ") + message)
    if not ok:
        failures.append(message)


def summary():
    """Prints how many checks failed; the exit status."""
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0
