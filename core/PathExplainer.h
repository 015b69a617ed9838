// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QList>
#include <QString>

namespace NetnsStudio {

/// Why a packet does not get there, or back.
enum class PathProblem {
    None,
    NoSourceAddress,   ///< the source namespace has no address of that IP version to send from
    NoRoute,           ///< no route matches the destination
    RouteRejects,      ///< the matching route is a blackhole, unreachable or prohibit route
    LinkDown,          ///< the output interface is down or has no carrier
    LoopbackDown,      ///< delivery to an own address needs lo, and lo is down
    AddressNotAssigned,///< nobody on the other side of the link has the next-hop address
    ForwardingOff,     ///< a namespace in the middle would have to forward, and does not
    TooManyHops,       ///< the path loops
    ReversePathFilter, ///< rp_filter drops it: the way back to its source is not by the interface it came in by
    MartianSource,     ///< an IPv4 packet or ARP request from an address the receiving namespace has itself
    NatInterfaceChanged, ///< a masqueraded connection leaves the masquerading namespace by another interface
    LinkLocalScope,    ///< an IPv6 packet from or to a link-local address would have to be forwarded
    NoLinkLocal,       ///< IPv6 neighbour discovery has no link-local address to ask from
};

/// One step of a path: a namespace, and how the packet leaves it (or that it arrives).
struct PathHop {
    NamespaceId ns = 0;
    QString nsLabel;
    QString outLink;  ///< interface the packet leaves by; empty where it arrives
    QString nextHop;  ///< the address it is sent to on that link (gateway or destination)
    QString note;     ///< plain words for this step
};

/// The explainer's answer: the way there, the way back, and the first reason it fails.
struct PathExplanation {
    bool arrives = false;
    bool returns = false;
    QList<PathHop> forward;
    QList<PathHop> back;
    PathProblem problem = PathProblem::None;
    QString reason;          ///< plain words; empty when the ping works
    NamespaceId failedAt = 0;///< where it stops
    QString failedLink;      ///< the interface at fault, if there is one
    QString sourceAddress;   ///< the address the source sends from

    bool works() const { return arrives && returns; }
};

/// Walks the path of a ping as the kernel would, on the topology alone: the source
/// address (the route's preferred source, IPv4's primary address of the output
/// interface, IPv6's RFC 6724 choice), longest-prefix route lookup in each namespace,
/// the output interface's state and carrier, across veth pairs and bridges (that are up)
/// to whoever answers ARP (any own address) or neighbour discovery (an address of the
/// interface asked) for the next hop, the reverse-path filter on arrival, forwarding in
/// the namespaces in between, IPv4 masquerading on the interfaces it leaves by (the
/// source becomes the kernel's choice for that interface), delivery, and then the
/// reply's way back (for IPv6, preferring the interface the request came in by), to the
/// masquerading namespaces that turn its destination back into the original source.
///
/// What it cannot know, because it depends on history rather than on the topology:
/// neighbour entries that are already cached (they can make a path work that needs a
/// neighbour solicitation which cannot be sent, see NoLinkLocal).
class PathExplainer {
public:
    explicit PathExplainer(const Topology& topology) : m_topology(topology) {}

    /// destination: an IPv4 or IPv6 literal. An invalid one gives NoRoute with a reason.
    PathExplanation explain(NamespaceId source, const QString& destination) const;

private:
    const Topology& m_topology;
};

QString pathProblemName(PathProblem problem);

} // namespace NetnsStudio
