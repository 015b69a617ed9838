// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

/// A lab: a topology described in a file (docs/lab-format.md) that can be applied to
/// a host, torn down, exported as a script, and captured from a live host. Plain
/// values; LabYaml reads and writes them, LabPlan turns them into Actions.
namespace NetnsStudio {

/// Where something was read in a lab file (1-based); line 0 when it was not read from
/// one. Marks say where a thing came from, not what it is, so they never make two
/// labs unequal.
struct LabMark {
    int line = 0;
    int column = 0;
    friend bool operator==(const LabMark&, const LabMark&) { return true; }
};

/// The name a lab uses for the host's own namespace (the one the helper runs in). It
/// is never created or deleted; links may have ends in it, and a namespace entry with
/// this name may give it routes, forwarding and a position.
inline const QString kLabHost = QStringLiteral("host");

struct LabRoute {
    QString to;           ///< "default" or a network in CIDR form
    QString via;          ///< gateway address, or empty
    QString dev;          ///< interface in the namespace, or empty
    quint32 metric = 0;   ///< 0: the kernel's default (0 for IPv4, 1024 for IPv6)
    LabMark mark;
    friend bool operator==(const LabRoute&, const LabRoute&) = default;
};

struct LabNamespace {
    QString name;
    bool loopbackUp = true;
    std::optional<bool> forwardingV4; ///< unset: left as the host has it
    std::optional<bool> forwardingV6;
    std::optional<QPointF> position;  ///< the box's place in the diagram
    QList<LabRoute> routes;
    LabMark mark;
    friend bool operator==(const LabNamespace&, const LabNamespace&) = default;
};

/// An interface the lab makes: one end of a veth pair, or a bridge.
struct LabInterface {
    QString ns;           ///< a namespace of the lab, or kLabHost
    QString name;
    bool up = true;
    quint32 mtu = 0;      ///< 0: as the kernel makes it
    QStringList addresses; ///< CIDR, in the order they are added
    bool masquerade = false; ///< IPv4 traffic leaving it is masqueraded (a lab only turns it on)
    LabMark mark;
    friend bool operator==(const LabInterface&, const LabInterface&) = default;
};

struct LabVeth {
    std::array<LabInterface, 2> ends;
    LabMark mark;
    friend bool operator==(const LabVeth&, const LabVeth&) = default;
};

struct LabBridge {
    LabInterface bridge;
    QStringList ports;    ///< veth ends in the bridge's namespace
    LabMark mark;
    friend bool operator==(const LabBridge&, const LabBridge&) = default;
};

struct Lab {
    QString title;
    QList<LabNamespace> namespaces;
    QList<LabVeth> veths;
    QList<LabBridge> bridges;

    const LabNamespace* namespaceNamed(const QString& name) const;
    /// Every interface of the lab: each veth end, then each bridge.
    QList<const LabInterface*> interfaces() const;
    /// The names of the namespaces the lab creates (all but kLabHost).
    QStringList createdNamespaces() const;
    friend bool operator==(const Lab&, const Lab&) = default;
};

/// One thing wrong with a lab, at the place in the file it concerns.
struct LabProblem {
    LabMark mark;
    QString message;
    /// "FILE:LINE:COLUMN: message", as compilers say it.
    QString toString(const QString& fileName) const;
};

/// Checks what a lab means, beyond its shape: names and addresses (core/Validation),
/// namespaces and links named twice, references to namespaces and interfaces it does
/// not have, bridge ports, routes. Empty when the lab can be applied.
QList<LabProblem> validateLab(const Lab& lab);

} // namespace NetnsStudio
