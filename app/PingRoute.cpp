// SPDX-License-Identifier: GPL-3.0-or-later
#include "PingRoute.h"

#include <QHash>

namespace NetnsStudio {

namespace {

const Link* linkNamed(const Namespace* ns, const QString& name)
{
    if (ns)
        for (const Link& link : ns->links)
            if (link.name == name)
                return &link;
    return nullptr;
}

/// From `out` in `from`, across veth pairs and bridges (as the explainer's segment
/// walk goes: only links that are up) to the first interface of namespace `to` that
/// takes part in layer 3; the interfaces on the way, both ends included. When `to` is
/// 0 (the packet goes out and nobody takes it), the way ends at out's veth peer.
QList<InterfaceRef> crossing(const Topology& topology, const Namespace* from, const Link* out, NamespaceId to)
{
    const InterfaceRef start{from->id, out->ifindex};
    if (to == 0) {
        if (out->peer.isValid() && topology.namespaceById(out->peer.namespaceId))
            return {start, {out->peer.namespaceId, out->peer.ifindex}};
        return {start};
    }
    QHash<InterfaceRef, InterfaceRef> cameFrom{{start, start}};
    QList<QPair<const Namespace*, const Link*>> queue{{from, out}};
    auto visit = [&](const InterfaceRef& previous, const Namespace* ns, const Link* link) {
        if (!link || !link->up || cameFrom.contains({ns->id, link->ifindex}))
            return;
        cameFrom.insert({ns->id, link->ifindex}, previous);
        queue.append({ns, link});
    };
    while (!queue.isEmpty()) {
        const auto [ns, link] = queue.takeFirst();
        const InterfaceRef here{ns->id, link->ifindex};
        if (ns->id == to && link->master.isEmpty() && here != start) {
            QList<InterfaceRef> way{here};
            while (way.first() != start)
                way.prepend(cameFrom.value(way.first()));
            return way;
        }
        if (link->peer.isValid())
            if (const Namespace* peerNs = topology.namespaceById(link->peer.namespaceId))
                visit(here, peerNs, peerNs->linkByIndex(link->peer.ifindex));
        // Through a bridge rather than from port to port, so that the way is drawn through it.
        for (const Link& other : ns->links)
            if (other.name == link->master || other.master == link->name)
                visit(here, ns, &other);
    }
    return {start};
}

QList<InterfaceRef> walk(const Topology& topology, const QList<PathHop>& hops)
{
    QList<InterfaceRef> way;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const Namespace* ns = topology.namespaceById(hops[i].ns);
        const Link* out = linkNamed(ns, hops[i].outLink);
        if (!out)
            continue; // delivered here
        const NamespaceId next = i + 1 < hops.size() ? hops[i + 1].ns : 0;
        way += crossing(topology, ns, out, next);
    }
    return way;
}

} // namespace

PingRoute PingRoute::of(const Topology& topology, NamespaceId source, const PathExplanation& explanation)
{
    PingRoute route;
    route.source = source;
    route.there = walk(topology, explanation.forward);
    route.back = walk(topology, explanation.back);
    if (explanation.arrives && !explanation.forward.isEmpty())
        route.destination = explanation.forward.last().ns;
    if (const Link* link = linkNamed(topology.namespaceById(explanation.failedAt), explanation.failedLink))
        route.failedAt = {explanation.failedAt, link->ifindex};
    else
        route.failedAt = {explanation.failedAt, 0};
    return route;
}

} // namespace NetnsStudio
