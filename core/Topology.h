// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

/// The topology model: what the kernel says about every network namespace of a host.
/// Plain values, shared by the helper (which fills it), the D-Bus wire and the app.
namespace NetnsStudio {

/// Identity of a network namespace: the inode of its nsfs file.
using NamespaceId = quint64;

/// The other end of a veth pair. namespaceId is 0 when the peer's namespace is not
/// one the helper could see (it is then only known by ifindex).
struct PeerRef {
    NamespaceId namespaceId = 0;
    int ifindex = 0;
    QString name;

    bool isValid() const { return ifindex != 0; }
    friend bool operator==(const PeerRef&, const PeerRef&) = default;
};

/// One network interface inside a namespace.
struct Link {
    int ifindex = 0;
    QString name;
    QString kind;      ///< IFLA_INFO_KIND ("veth", "bridge", ...), empty for none (lo, physical)
    QString linkType;  ///< ARPHRD type as ip names it ("ether", "loopback", "none", ...)
    bool up = false;   ///< administratively up (IFF_UP)
    QString operstate; ///< "UP", "DOWN", "LOWERLAYERDOWN", "UNKNOWN", ...
    quint32 mtu = 0;
    QString mac;       ///< empty when the link has no hardware address
    QString master;    ///< name of the bridge (or bond) this link is a port of, or empty
    PeerRef peer;      ///< veth peer, or invalid
    QStringList addresses; ///< "10.1.1.1/24", "fe80::1/64"
    int rpFilter = 0;  ///< IPv4 reverse-path filter in effect: max of net.ipv4.conf.{all,DEV}.rp_filter
    bool masquerade = false; ///< an nftables rule masquerades IPv4 traffic leaving it
    friend bool operator==(const Link&, const Link&) = default;
};

/// One route of a namespace's main table.
struct Route {
    QString family;   ///< "inet" or "inet6"
    QString type;     ///< "unicast", "blackhole", "unreachable", "prohibit", ...
    QString dst;      ///< "default" or "10.1.1.0/24"
    QString gateway;  ///< empty when there is none
    QString dev;      ///< output interface name, empty when there is none
    QString scope;    ///< "global", "link", "host", ...
    QString protocol; ///< "kernel", "boot", "static", ...
    quint32 metric = 0;
    QString prefsrc;  ///< the source address the route prefers, empty when it names none
    friend bool operator==(const Route&, const Route&) = default;
};

/// How a namespace came to be found.
enum class NamespaceKind { Host, Named, Process, Container };

QString namespaceKindName(NamespaceKind kind);
NamespaceKind namespaceKindFromName(const QString& name, bool* ok = nullptr);

/// One network namespace with everything in it.
struct Namespace {
    NamespaceId id = 0;
    QString name;  ///< the /run/netns name, empty when it has none
    NamespaceKind kind = NamespaceKind::Process;
    QString label; ///< what a person reads: the name, "pid 42 (sleep)", "docker 1a2b…"
    QList<quint32> pids; ///< processes that hold it (not listed for the host namespace)
    QList<Link> links;
    QList<Route> routes;
    bool forwardingV4 = false; ///< net.ipv4.ip_forward
    bool forwardingV6 = false; ///< net.ipv6.conf.all.forwarding
    /// net.bridge.bridge-nf-call-iptables (br_netfilter loaded): IPv4 that a bridge here
    /// passes between its ports goes through this namespace's netfilter hooks, NAT included.
    bool bridgeNetfilter = false;

    const Link* linkByIndex(int ifindex) const;
    const Link* linkByName(const QString& name) const;
    friend bool operator==(const Namespace&, const Namespace&) = default;
};

/// A snapshot of every namespace the helper found.
struct Topology {
    QList<Namespace> namespaces;

    const Namespace* namespaceById(NamespaceId id) const;
    /// The named namespace called name, or the host namespace for an empty name.
    const Namespace* namespaceByName(const QString& name) const;
    friend bool operator==(const Topology&, const Topology&) = default;
};

} // namespace NetnsStudio
