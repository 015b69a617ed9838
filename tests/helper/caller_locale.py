#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The helper's errors in the caller's language (SetLocale), through the real D-Bus
interface: one connection sets de_DE, one fr_FR, one sets nothing; each makes the same bad
calls (a name with '/', a namespace id that is gone, a namespace name that exists, an
address the kernel has already (EEXIST), an interface name the kernel has already, an
address without a prefix, a ping count out of range, a batch whose second step fails)
and must get the same error name with the text of its own language: exactly the German
and French of translations/strings.txt, and the English that other D-Bus clients and
the other tests compare. Invalid locale strings ("../../etc", "de_DE.UTF-8/x", 300
letters, "") are InvalidArgument and change nothing. `ip -j` of every namespace stays
byte-equal throughout, and the helper is the same process at the end.

    scripts/sandbox -- /usr/bin/python3 tests/helper/caller_locale.py

Exit status: 0 passed, 1 failed, 2 the test itself could not run, 77 not root.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helperlib as H  # noqa: E402

NAME = "caller_locale"
GONE_ID = 1  # no namespace has inode 1


def cases(blue, b0):
    """(label, method, args, error name, {language: exact text or (start, end)})."""
    import dbus
    U64, I32, U32 = dbus.UInt64, dbus.Int32, dbus.UInt32
    batch = dbus.Array([
        dbus.Dictionary({"type": "add-address", "ns-id": U64(blue), "link-name": "b0",
                         "link-ifindex": I32(b0), "address": "10.2.2.2/24"}, signature="sv"),
        dbus.Dictionary({"type": "add-address", "ns-id": U64(blue), "link-name": "b0",
                         "link-ifindex": I32(b0), "address": "10.1.1.1/24"}, signature="sv"),
    ], signature="a{sv}")
    return [
        ("invalid name", "CreateNamespace", ["a/b"], H.INVALID_NAME, {
            "en": "A namespace name cannot contain '/'.",
            "de": "Ein Namespace-Name darf kein '/' enthalten.",
            "fr": "Un nom d'espace de noms ne peut pas contenir '/'."}),
        ("missing namespace", "DeleteNamespace", [U64(GONE_ID)], H.NOT_FOUND, {
            "en": f"There is no network namespace with id {GONE_ID} (any more).",
            "de": f"Es gibt (nicht mehr) einen Netzwerk-Namespace mit der ID {GONE_ID}.",
            "fr": f"Il n'y a pas (ou plus) d'espace de noms réseau d'id {GONE_ID}."}),
        ("existing namespace name", "CreateNamespace", ["blue"], H.EXISTS, {
            "en": "A namespace named 'blue' already exists.",
            "de": "Ein Namespace namens 'blue' existiert bereits.",
            "fr": "Un espace de noms nommé 'blue' existe déjà."}),
        ("existing address: EEXIST from the kernel", "AddAddress",
         [U64(blue), I32(b0), "b0", "10.1.1.1/24"], H.EXISTS, {
             "en": "Cannot add 10.1.1.1/24 to b0: Object exists",
             "de": "10.1.1.1/24 kann nicht zu b0 hinzugefügt werden: Objekt existiert bereits",
             "fr": "Impossible d'ajouter 10.1.1.1/24 à b0 : L'objet existe déjà"}),
        ("existing interface name: EEXIST from the kernel", "CreateVethPair",
         [U64(blue), "b0", U64(blue), "x1"], H.EXISTS, {
             "en": "Cannot create the veth pair b0/x1: Object exists",
             "de": "Das veth-Paar b0/x1 kann nicht angelegt werden: Objekt existiert bereits",
             "fr": "Impossible de créer la paire veth b0/x1 : L'objet existe déjà"}),
        ("bad address", "AddAddress", [U64(blue), I32(b0), "b0", "10.1.1.1"], H.INVALID_ARGUMENT, {
            "en": "'10.1.1.1' is not an address with a prefix length, such as 10.1.1.1/24.",
            "de": "'10.1.1.1' ist keine Adresse mit Präfixlänge wie 10.1.1.1/24.",
            "fr": "'10.1.1.1' n'est pas une adresse avec une longueur de préfixe, comme 10.1.1.1/24."}),
        ("ping count", "Ping", [U64(blue), "10.1.1.1", U32(0), U32(1000), U32(1000)], H.INVALID_ARGUMENT, {
            "en": "The count must be from 1 to 100.",
            "de": "Die Anzahl muss zwischen 1 und 100 liegen.",
            "fr": "Le nombre doit être compris entre 1 et 100."}),
        ("batch: step 2 fails, step 1 undone", "ApplyBatch", [batch], H.EXISTS, {
            "en": ("Step 2 of 2 (", ") failed: Cannot add 10.1.1.1/24 to b0: Object exists "
                   "The steps before it were undone."),
            "de": ("Schritt 2 von 2 (", ") ist fehlgeschlagen: 10.1.1.1/24 kann nicht zu b0 hinzugefügt "
                   "werden: Objekt existiert bereits Die Schritte davor wurden rückgängig gemacht."),
            "fr": ("L'étape 2 sur 2 (", ") a échoué : Impossible d'ajouter 10.1.1.1/24 à b0 : "
                   "L'objet existe déjà Les étapes précédentes ont été annulées.")}),
    ]


def matches(text, expected):
    if isinstance(expected, tuple):
        return text.startswith(expected[0]) and text.endswith(expected[1])
    return text == expected


def main():
    problem = H.require_sandbox(NAME)
    if problem is not None:
        return problem
    H.sh("ip netns add blue; ip -n blue link add b0 type veth peer name b1; "
         "ip -n blue addr add 10.1.1.1/24 dev b0")
    H.use_persistent_oracles()

    plain_bus, plain = H.connect(private=True)
    topo = H.topology(plain)
    blue_ns = H.find_ns(topo, name="blue")
    blue, b0 = blue_ns["id"], H.find_link(blue_ns, "b0")["ifindex"]
    helper_owner = H.owner(plain_bus)

    callers = {"en": (plain_bus, plain)}
    failures = []
    for language, locale in (("de", "de_DE"), ("fr", "fr_FR")):
        bus, helper = H.connect(private=True)
        name, message = H.raw_call(bus, "SetLocale", "s", (locale,))
        if name is not None:
            failures.append(f"SetLocale({locale!r}): {name}: {message}")
        callers[language] = (bus, helper)

    # Invalid locales: refused, on a fresh connection and on the German one alike.
    for bad in ("../../etc", "de_DE.UTF-8/x", "a" * 300, "", "de_DE.UTF-8", "C", "de_DE\n"):
        for language in ("en", "de"):
            name, message = H.raw_call(callers[language][0], "SetLocale", "s", (bad,))
            if name != H.INVALID_ARGUMENT:
                failures.append(f"SetLocale({bad[:20]!r}) from the {language} caller: {name}: {message!r}, "
                                f"want {H.INVALID_ARGUMENT}")

    before = H.settled_snapshot()
    checked = 0
    for label, method, args, want_name, texts in cases(blue, b0):
        for language in ("de", "en", "fr"):
            bus, _ = callers[language]
            signature = {"CreateNamespace": "s", "DeleteNamespace": "t", "AddAddress": "tiss",
                         "CreateVethPair": "tsts", "Ping": "tsuuu", "ApplyBatch": "aa{sv}"}[method]
            name, message = H.raw_call(bus, method, signature, args)
            after = H.snapshot_until(before)
            what = f"{label} ({language}): "
            if name != want_name:
                failures.append(what + f"{name}: {message!r}, want {want_name}")
            elif not matches(str(message), texts[language]):
                failures.append(what + f"{message!r}, want {texts[language]!r}")
            if after != before:
                failures.append(what + "the system changed:\n" + H.snapshot_diff(before, after))
                before = after
            checked += 1

    if H.owner(plain_bus) != helper_owner:
        failures.append(f"the helper restarted: {helper_owner} -> {H.owner(plain_bus)}")
    for failure in failures:
        H.log(NAME, "FAIL " + failure)
    H.log(NAME, f"{checked} calls in 3 languages, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    H.run_main(NAME, main)
