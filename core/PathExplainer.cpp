// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathExplainer.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QSet>
#include <sys/socket.h>

namespace NetnsStudio {

namespace {

using Validation::Cidr;
constexpr int kMaxHops = 32;

QString tr(const char* text)
{
    return QCoreApplication::translate("PathExplainer", text);
}

bool contains(const Cidr& network, const Cidr& address)
{
    if (network.family != address.family)
        return false;
    Cidr masked = address;
    masked.prefixLength = network.prefixLength;
    return masked.network().address == network.network().address;
}

std::optional<Cidr> parseAddress(const QString& text)
{
    QString error;
    return Validation::parseCidr(text, &error);
}

std::optional<Cidr> routeDestination(const Route& route)
{
    QString error;
    if (route.dst == QLatin1String("default")) {
        const int family = route.family == QLatin1String("inet6") ? AF_INET6 : AF_INET;
        return Cidr{family, QByteArray(family == AF_INET ? 4 : 16, '\0'), 0};
    }
    if (route.dst.contains(QLatin1Char('/')))
        return Validation::parseCidr(route.dst, &error);
    return Validation::parseIpLiteral(route.dst, &error);
}

bool hasCarrier(const Link& link)
{
    return link.up && (link.operstate == QLatin1String("UP") || link.operstate == QLatin1String("UNKNOWN"));
}

bool isLoopback(const Link& link)
{
    return link.linkType == QLatin1String("loopback");
}

/// Whether a namespace has an address (any interface).
const Link* owner(const Namespace& ns, const Cidr& address)
{
    for (const Link& link : ns.links)
        for (const QString& text : link.addresses)
            if (const auto a = parseAddress(text); a && a->family == address.family && a->address == address.address)
                return &link;
    return nullptr;
}

struct Walk {
    const Topology& topology;
    PathExplanation& out;
    QList<PathHop>& hops;

    bool fail(PathProblem problem, const QString& reason, NamespaceId at, const QString& link = {})
    {
        out.problem = problem;
        out.reason = reason;
        out.failedAt = at;
        out.failedLink = link;
        return false;
    }

    /// The interfaces reachable at layer 2 from link `from` in `ns` (across veth pairs
    /// and bridges), that take part in layer 3 (not bridge ports).
    QList<QPair<const Namespace*, const Link*>> segment(const Namespace* ns, const Link* from)
    {
        QList<QPair<const Namespace*, const Link*>> endpoints;
        QList<QPair<const Namespace*, const Link*>> queue{{ns, from}};
        QSet<QPair<NamespaceId, int>> seen{{ns->id, from->ifindex}};
        auto visit = [&](const Namespace* n, const Link* l) {
            if (!l || !l->up || seen.contains({n->id, l->ifindex}))
                return;
            seen.insert({n->id, l->ifindex});
            queue.append({n, l});
        };
        while (!queue.isEmpty()) {
            const auto [n, l] = queue.takeFirst();
            if (!(n == ns && l == from) && l->master.isEmpty())
                endpoints.append({n, l});
            if (l->peer.isValid())
                if (const Namespace* peerNs = topology.namespaceById(l->peer.namespaceId))
                    visit(peerNs, peerNs->linkByIndex(l->peer.ifindex));
            for (const Link& other : n->links) {
                if (!l->master.isEmpty() && other.name == l->master)
                    visit(n, &other); // a port hands frames to its bridge
                if (other.master == l->name || (!l->master.isEmpty() && other.master == l->master))
                    visit(n, &other); // a bridge (or a fellow port) hands them to its ports
            }
        }
        return endpoints;
    }

    /// From namespace `at`, gets a packet to `target`; true when it arrives. `self`:
    /// the packet starts here (delivery to an own address then needs lo up).
    bool go(const Namespace* at, const Cidr& target, bool self)
    {
        QSet<NamespaceId> forwardedBy;
        for (int hop = 0; hop < kMaxHops; ++hop) {
            if (owner(*at, target)) {
                if (self && hop == 0) {
                    const Link* lo = nullptr;
                    for (const Link& l : at->links)
                        if (isLoopback(l))
                            lo = &l;
                    if (!lo || !lo->up)
                        return fail(PathProblem::LoopbackDown,
                                    tr("%1 owns %2, but its lo interface is down, and a namespace "
                                       "delivers to its own addresses through lo.")
                                        .arg(at->label, target.addressText()),
                                    at->id, QStringLiteral("lo"));
                }
                hops.append({at->id, at->label, {}, {}, tr("%1 owns %2: delivered.").arg(at->label, target.addressText())});
                return true;
            }
            if (hop > 0) {
                const bool forwarding = target.family == AF_INET ? at->forwardingV4 : at->forwardingV6;
                if (!forwarding)
                    return fail(PathProblem::ForwardingOff,
                                tr("%1 does not have %2, so it would have to forward the packet, but "
                                   "IP forwarding is off there.")
                                    .arg(at->label, target.addressText()),
                                at->id);
            }
            // Longest prefix, then lowest metric.
            const Route* best = nullptr;
            int bestPrefix = -1;
            for (const Route& route : at->routes) {
                const auto dst = routeDestination(route);
                if (!dst || !contains(*dst, target))
                    continue;
                if (dst->prefixLength > bestPrefix || (dst->prefixLength == bestPrefix && route.metric < best->metric)) {
                    best = &route;
                    bestPrefix = dst->prefixLength;
                }
            }
            if (!best)
                return fail(PathProblem::NoRoute,
                            tr("%1 has no route to %2, so the packet is not sent at all.").arg(at->label, target.addressText()),
                            at->id);
            if (best->type != QLatin1String("unicast"))
                return fail(PathProblem::RouteRejects,
                            tr("In %1 the route to %2 is a %3 route: the packet is dropped.")
                                .arg(at->label, target.addressText(), best->type),
                            at->id);
            const Link* out = nullptr;
            for (const Link& l : at->links)
                if (l.name == best->dev)
                    out = &l;
            if (!out)
                return fail(PathProblem::NoRoute, tr("%1's route to %2 names no interface.").arg(at->label, target.addressText()), at->id);
            if (!hasCarrier(*out)) {
                QString why = out->up ? tr("%1 in %2 is up but has no carrier").arg(out->name, at->label)
                                      : tr("%1 in %2 is down").arg(out->name, at->label);
                if (out->up && out->peer.isValid())
                    if (const Namespace* peerNs = topology.namespaceById(out->peer.namespaceId))
                        if (const Link* peer = peerNs->linkByIndex(out->peer.ifindex); peer && !peer->up)
                            why = tr("%1 in %2 has no carrier because its peer %3 in %4 is down")
                                      .arg(out->name, at->label, peer->name, peerNs->label);
                return fail(PathProblem::LinkDown, why + tr(", so the packet cannot leave."), at->id, out->name);
            }
            QString error;
            const Cidr next = best->gateway.isEmpty() ? target : *Validation::parseIpLiteral(best->gateway, &error);
            hops.append({at->id, at->label, out->name, next.addressText(),
                         tr("%1 sends it out of %2 to %3.").arg(at->label, out->name, next.addressText())});
            // Who answers for the next hop on that segment (any own address, as Linux does).
            const Namespace* nextNs = nullptr;
            for (const auto& [n, l] : segment(at, out)) {
                if (n != at && owner(*n, next)) {
                    nextNs = n;
                    break;
                }
            }
            if (!nextNs)
                return fail(PathProblem::AddressNotAssigned,
                            tr("No namespace on the other side of %1 (in %2) has the address %3, so "
                               "nobody answers for it and the packet goes nowhere.")
                                .arg(out->name, at->label, next.addressText()),
                            at->id, out->name);
            if (forwardedBy.contains(nextNs->id))
                return fail(PathProblem::TooManyHops, tr("The packet goes round in a loop."), nextNs->id);
            forwardedBy.insert(at->id);
            at = nextNs;
            self = false;
        }
        return fail(PathProblem::TooManyHops, tr("The path is longer than %1 hops.").arg(kMaxHops), at->id);
    }
};

/// The address a namespace sends from towards target: the output interface's first
/// address of that family, else any non-loopback one.
std::optional<Cidr> sourceAddress(const Namespace& ns, const Cidr& target)
{
    const Route* best = nullptr;
    int bestPrefix = -1;
    for (const Route& route : ns.routes) {
        const auto dst = routeDestination(route);
        if (dst && contains(*dst, target) && dst->prefixLength > bestPrefix) {
            best = &route;
            bestPrefix = dst->prefixLength;
        }
    }
    QList<const Link*> order;
    for (const Link& link : ns.links)
        if (best && link.name == best->dev)
            order.prepend(&link);
        else
            order.append(&link);
    if (const Link* self = owner(ns, target))
        order.prepend(self);
    for (const Link* link : order)
        for (const QString& text : link->addresses)
            if (const auto a = parseAddress(text); a && a->family == target.family &&
                                                    !text.startsWith(QLatin1String("fe80:")) &&
                                                    (!isLoopback(*link) || owner(ns, target)))
                return a;
    return std::nullopt;
}

} // namespace

QString pathProblemName(PathProblem problem)
{
    switch (problem) {
    case PathProblem::None: return QStringLiteral("none");
    case PathProblem::NoSourceAddress: return QStringLiteral("no-source-address");
    case PathProblem::NoRoute: return QStringLiteral("no-route");
    case PathProblem::RouteRejects: return QStringLiteral("route-rejects");
    case PathProblem::LinkDown: return QStringLiteral("link-down");
    case PathProblem::LoopbackDown: return QStringLiteral("loopback-down");
    case PathProblem::AddressNotAssigned: return QStringLiteral("address-not-assigned");
    case PathProblem::ForwardingOff: return QStringLiteral("forwarding-off");
    case PathProblem::TooManyHops: return QStringLiteral("too-many-hops");
    }
    return {};
}

PathExplanation PathExplainer::explain(NamespaceId source, const QString& destination) const
{
    PathExplanation out;
    QString error;
    const auto target = Validation::parseIpLiteral(destination, &error);
    const Namespace* from = m_topology.namespaceById(source);
    if (!target || !from) {
        out.problem = PathProblem::NoRoute;
        out.reason = target ? tr("There is no such namespace.") : error;
        return out;
    }
    Walk there{m_topology, out, out.forward};
    out.arrives = there.go(from, *target, true);
    if (!out.arrives)
        return out;
    const auto src = sourceAddress(*from, *target);
    if (!src) {
        out.arrives = false;
        out.problem = PathProblem::NoSourceAddress;
        out.reason = tr("%1 has no address to send from.").arg(from->label);
        out.failedAt = from->id;
        return out;
    }
    out.sourceAddress = src->addressText();
    const Namespace* destinationNs = m_topology.namespaceById(out.forward.last().ns);
    Walk back{m_topology, out, out.back};
    out.returns = back.go(destinationNs, *src, true);
    if (!out.returns)
        out.reason = tr("The packet arrives, but the reply cannot come back to %1: %2").arg(out.sourceAddress, out.reason);
    return out;
}

} // namespace NetnsStudio
