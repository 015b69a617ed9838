// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathExplainer.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <functional>
#include <sys/socket.h>

namespace NetnsStudio {

namespace {

using Validation::Cidr;
constexpr int kMaxHops = 32;

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PathExplainer)
};

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

bool hasAddress(const Link& link, const Cidr& address)
{
    for (const QString& text : link.addresses)
        if (const auto a = parseAddress(text); a && a->family == address.family && a->address == address.address)
            return true;
    return false;
}

bool isLinkLocal(const Cidr& a)
{
    return a.family == AF_INET6 && quint8(a.address[0]) == 0xfe && (quint8(a.address[1]) & 0xc0) == 0x80;
}

bool hasAddressOf(const Link& link, int family, bool linkLocalOnly = false)
{
    for (const QString& text : link.addresses)
        if (const auto a = parseAddress(text); a && a->family == family && (!linkLocalOnly || isLinkLocal(*a)))
            return true;
    return false;
}

/// The route the kernel takes to target: the longest prefix, then the lowest metric,
/// then the first listed. An IPv6 lookup made with an output interface (an echo reply
/// is routed with the one its request came in by) prefers, among routes that are
/// otherwise equal, the one out of that interface (rt6_score_route).
const Route* lookup(const Namespace& ns, const Cidr& target, const QString& preferredDev = {})
{
    const Route* best = nullptr;
    int bestPrefix = -1;
    const bool prefer = target.family == AF_INET6 && !preferredDev.isEmpty();
    for (const Route& route : ns.routes) {
        const auto dst = routeDestination(route);
        if (!dst || !contains(*dst, target))
            continue;
        const bool longer = dst->prefixLength > bestPrefix;
        const bool equal = !longer && dst->prefixLength == bestPrefix && route.metric == best->metric;
        if (longer || (dst->prefixLength == bestPrefix && route.metric < best->metric) ||
            (prefer && equal && route.dev == preferredDev && best->dev != preferredDev)) {
            best = &route;
            bestPrefix = dst->prefixLength;
        }
    }
    return best;
}

int commonPrefixBits(const QByteArray& a, const QByteArray& b)
{
    int bits = 0;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (const auto x = quint8(quint8(a[i]) ^ quint8(b[i])))
            return bits + std::countl_zero(x);
        bits += 8;
    }
    return bits;
}

/// IPv6 address scope as the kernel ranks it for source selection.
int scopeOf(const Cidr& a)
{
    if (a.address == QByteArray(15, '\0') + '\1')
        return 1; // ::1, node-local
    return isLinkLocal(a) ? 2 : 14;
}

/// RFC 6724's default policy table: the label of the matching prefix (they do not
/// overlap, but for ::/0, which comes last).
int labelOf(const Cidr& a)
{
    static const QList<QPair<Cidr, int>> table = [] {
        const std::array<std::pair<const char*, int>, 9> prefixes{{{"::1/128", 0}, {"::ffff:0:0/96", 4},
                                                                   {"::/96", 3}, {"2001::/32", 5},
                                                                   {"2002::/16", 2}, {"fc00::/7", 13},
                                                                   {"fec0::/10", 11}, {"3ffe::/16", 12},
                                                                   {"::/0", 1}}};
        QList<QPair<Cidr, int>> t;
        QString error;
        for (const auto& [prefix, label] : prefixes)
            t.append({*Validation::parseCidr(QLatin1String(prefix), &error), label});
        return t;
    }();
    for (const auto& [prefix, label] : table)
        if (contains(prefix, a))
            return label;
    return 1;
}

/// inet_select_addr: a primary address of interface dev (the one in the subnet of
/// `near` first), else the first primary address of any interface.
/// Secondary: an earlier address of the same interface is in the same subnet.
std::optional<Cidr> sourceV4(const Namespace& ns, const QString& dev, const std::optional<Cidr>& near)
{
    std::optional<Cidr> onDev, anywhere;
    for (const Link& link : ns.links) {
        QList<Cidr> primaries;
        for (const QString& text : link.addresses) {
            const auto a = parseAddress(text);
            if (!a || a->family != AF_INET || quint8(a->address[0]) == 127) // 127/8: host scope
                continue;
            const bool secondary = std::any_of(primaries.cbegin(), primaries.cend(), [&](const Cidr& p) {
                return p.prefixLength == a->prefixLength && contains(p, *a);
            });
            if (!secondary)
                primaries.append(*a);
        }
        for (const Cidr& a : std::as_const(primaries)) {
            if (link.name == dev) {
                if (near && contains(a, *near))
                    return a;
                if (!onDev)
                    onDev = a;
            }
            if (!anywhere)
                anywhere = a;
        }
    }
    return onDev ? onDev : anywhere;
}

/// ipv6_dev_get_saddr (RFC 6724): the address with the best scope for the
/// destination (rule 2), on the route's interface (5), with the destination's label
/// (6), with the longest prefix in common, up to its own prefix length (8); the first
/// listed wins a tie. A link-local destination takes only the route's interface.
std::optional<Cidr> sourceV6(const Namespace& ns, const Route& route, const Cidr& target)
{
    const int targetScope = scopeOf(target);
    std::optional<Cidr> best;
    std::array<int, 4> bestKey{};
    for (const Link& link : ns.links) {
        const bool onDev = link.name == route.dev;
        if (targetScope <= 2 && !onDev)
            continue;
        for (const QString& text : link.addresses) {
            const auto a = parseAddress(text);
            if (!a || a->family != AF_INET6)
                continue;
            const int scope = scopeOf(*a);
            const std::array<int, 4> key{scope >= targetScope ? -scope : scope - 128, onDev,
                                         labelOf(*a) == labelOf(target),
                                         std::min(commonPrefixBits(a->address, target.address), a->prefixLength)};
            if (!best || key > bestKey) {
                best = a;
                bestKey = key;
            }
        }
    }
    return best;
}

/// The address a namespace sends from towards target: the target itself when it is
/// an own address, else the route's preferred source, else the kernel's choice.
std::optional<Cidr> sourceAddress(const Namespace& ns, const Cidr& target)
{
    if (owner(ns, target))
        return target;
    const Route* route = lookup(ns, target);
    if (!route)
        return std::nullopt;
    QString error;
    if (!route->prefsrc.isEmpty())
        return Validation::parseIpLiteral(route->prefsrc, &error);
    if (target.family == AF_INET6)
        return sourceV6(ns, *route, target);
    std::optional<Cidr> gateway;
    if (!route->gateway.isEmpty())
        gateway = Validation::parseIpLiteral(route->gateway, &error);
    return sourceV4(ns, route->dev, gateway);
}

/// fib_validate_source: with rp_filter on, an IPv4 packet is dropped unless there is a
/// unicast route back to its source: out of the interface it came in by (1, strict),
/// or any (2, loose; but only on an interface that has an IPv4 address).
bool passesReversePath(const Namespace& ns, const Link& in, const Cidr& source)
{
    if (source.family != AF_INET || in.rpFilter == 0)
        return true;
    const Route* back = lookup(ns, source);
    if (!back || back->type != QLatin1String("unicast"))
        return false;
    return back->dev == in.name || (in.rpFilter == 2 && hasAddressOf(in, AF_INET));
}

/// A source rewritten by masquerading: where, and from what to what.
struct Nat {
    NamespaceId ns = 0;
    Cidr from;
    Cidr to;
};

struct Walk {
    Walk(const Topology& t, PathExplanation& o, QList<PathHop>& h) : topology(t), out(o), hops(h) {}

    const Topology& topology;
    PathExplanation& out;
    QList<PathHop>& hops;
    const Link* arrivedBy = nullptr; ///< the interface the packet came in by, where it stopped
    /// Way there: the walk masquerades, and records it here. Way back: the rewrites to
    /// undo (a reply matches its request's connection, so it is never masqueraded anew).
    QList<Nat> nats;
    /// Way there: namespaces whose nat postrouting the packet has passed. Conntrack binds
    /// a connection's NAT there once, so a second pass (bridged after routed, say) keeps it.
    QSet<NamespaceId> natBound;
    /// Way there: the interface each namespace masqueraded the connection out of
    /// (conntrack's masq_index): leaving that namespace by another one kills it.
    QHash<NamespaceId, QString> masqueradedOut;
    bool masquerades = false;
    QString pendingNote; ///< said at the start of the next hop's note

    void addHop(PathHop hop)
    {
        if (!pendingNote.isEmpty())
            hop.note = pendingNote + QLatin1Char(' ') + hop.note;
        pendingNote.clear();
        hops.append(hop);
    }

    bool fail(PathProblem problem, const QString& reason, NamespaceId at, const QString& link = {})
    {
        out.problem = problem;
        out.reason = reason;
        out.failedAt = at;
        out.failedLink = link;
        return false;
    }

    /// An interface reached at layer 2, and the bridges that passed the frame from one
    /// of their ports to another on the way.
    struct Reach {
        const Namespace* ns;
        const Link* link;
        QList<QPair<const Namespace*, const Link*>> bridgedBy;
    };

    /// The interfaces reachable at layer 2 from link `from` in `ns` (across veth pairs
    /// and bridges), that take part in layer 3 (not bridge ports), nearest first: the
    /// order in which they hear a broadcast (a bridge hears it before its ports' peers).
    QList<Reach> segment(const Namespace* ns, const Link* from)
    {
        QList<Reach> endpoints;
        QList<Reach> queue{{ns, from, {}}};
        QSet<QPair<NamespaceId, int>> seen{{ns->id, from->ifindex}};
        auto visit = [&](const Namespace* n, const Link* l, const QList<QPair<const Namespace*, const Link*>>& by) {
            if (!l || !l->up || seen.contains({n->id, l->ifindex}))
                return;
            seen.insert({n->id, l->ifindex});
            queue.append({n, l, by});
        };
        while (!queue.isEmpty()) {
            const Reach r = queue.takeFirst();
            const bool origin = r.ns == ns && r.link == from;
            if (!origin && r.link->master.isEmpty())
                endpoints.append(r);
            if (r.link->peer.isValid())
                if (const Namespace* peerNs = topology.namespaceById(r.link->peer.namespaceId))
                    visit(peerNs, peerNs->linkByIndex(r.link->peer.ifindex), r.bridgedBy);
            for (const Link& other : r.ns->links) {
                if (!r.link->master.isEmpty() && other.name == r.link->master)
                    visit(r.ns, &other, r.bridgedBy); // a port hands frames to its bridge
                // A bridge hands them to its ports; ports reach each other only through
                // it, so not when it is down. What it got from a port, it bridges.
                if (other.master == r.link->name)
                    visit(r.ns, &other, origin ? r.bridgedBy : r.bridgedBy + QList{qMakePair(r.ns, r.link)});
            }
        }
        return endpoints;
    }

    /// Masquerading (nat postrouting) in ns gives the packet the address the kernel would
    /// send from out of dev towards `towards` (inet_select_addr), and the connection
    /// remembers it for the reply. `dropped`: why, when there is no such address;
    /// `rewrittenNote`: the hop's note on the new address.
    /// nf_nat_oif_changed: a connection masqueraded out of one interface whose packet
    /// then leaves the same namespace by another is killed, and the packet dropped.
    bool leavesByMasqueradedInterface(const Namespace& ns, const Link& dev)
    {
        const auto it = masqueradedOut.constFind(ns.id);
        if (it == masqueradedOut.cend() || *it == dev.name)
            return true;
        return fail(PathProblem::NatInterfaceChanged,
                    Text::tr("%1 masqueraded this connection out of %2, and now the packet would leave %1 by %3: "
                             "conntrack takes that for a moved connection, forgets it and drops the packet.")
                        .arg(ns.label, *it, dev.name),
                    ns.id, dev.name);
    }

    bool masquerade(const Namespace& ns, const Link& dev, const Cidr& towards, std::optional<Cidr>& source,
                    const QString& dropped, const std::function<QString(const QString&)>& rewrittenNote)
    {
        masqueradedOut.insert(ns.id, dev.name);
        const auto rewritten = sourceV4(ns, dev.name, towards);
        if (!rewritten)
            return fail(PathProblem::NoSourceAddress, dropped, ns.id, dev.name);
        if (rewritten->address != source->address) {
            hops.last().note += QLatin1Char(' ') + rewrittenNote(rewritten->addressText());
            nats.append({ns.id, *source, *rewritten});
            source = rewritten;
        }
        return true;
    }

    /// With br_netfilter, IPv4 that a bridge passes between its ports goes through its
    /// namespace's nat postrouting with the bridge as output interface: masquerading
    /// there gives it the bridge's address towards the destination.
    bool masqueradeBridged(const QList<QPair<const Namespace*, const Link*>>& bridges, const Cidr& target,
                           std::optional<Cidr>& source)
    {
        if (!masquerades || !source || source->family != AF_INET)
            return true;
        for (const auto& [n, bridge] : bridges) {
            if (!n->bridgeNetfilter)
                continue;
            if (!leavesByMasqueradedInterface(*n, *bridge))
                return false;
            if (bridge->masquerade && !natBound.contains(n->id) &&
                !masquerade(*n, *bridge, target, source,
                            Text::tr("%1 masquerades what its bridge %2 passes on, but has no IPv4 address to "
                                     "give the packet, so it drops it.")
                                .arg(n->label, bridge->name),
                            [&](const QString& to) {
                                return Text::tr("The bridge %1 in %2 passes it on, and masquerading there "
                                                "rewrites its source to %3.")
                                    .arg(bridge->name, n->label, to);
                            }))
                return false;
            natBound.insert(n->id);
        }
        return true;
    }

    /// From namespace `at`, gets a packet from `source` (when there is one) to
    /// `target`; true when it arrives. `self`: the packet starts here (delivery to an
    /// own address then needs lo up). `replyTo`: the interface a request came in by,
    /// which the first route lookup of an IPv6 reply prefers.
    bool go(const Namespace* at, Cidr target, std::optional<Cidr> source, bool self,
            const QString& replyTo = {})
    {
        QSet<NamespaceId> forwardedBy;
        arrivedBy = nullptr;
        for (int hop = 0; hop < kMaxHops; ++hop) {
            if (!masquerades && owner(*at, target)) {
                // A reply to a masqueraded address: the connection's entry turns the
                // destination back into the original source before routing.
                for (const Nat& nat : std::as_const(nats)) {
                    if (nat.ns == at->id && nat.to.address == target.address) {
                        pendingNote = Text::tr("%1 undoes its masquerading: the destination becomes %2 again.")
                                          .arg(at->label, nat.from.addressText());
                        target = nat.from;
                        break;
                    }
                }
            }
            const bool owned = owner(*at, target);
            if (hop > 0 && !owned) {
                const bool forwarding = target.family == AF_INET ? at->forwardingV4 : at->forwardingV6;
                if (!forwarding)
                    return fail(PathProblem::ForwardingOff,
                                Text::tr("%1 does not have %2, so it would have to forward the packet, but "
                                   "IP forwarding is off there.")
                                    .arg(at->label, target.addressText()),
                                at->id);
            }
            if (hop > 0 && source && source->family == AF_INET && owner(*at, *source))
                return fail(PathProblem::MartianSource,
                            Text::tr("%1 drops the packet from %2 that comes in by %3: %2 is an address of %1 "
                                     "itself, so it takes the packet for a forgery.")
                                .arg(at->label, source->addressText(), arrivedBy->name),
                            at->id, arrivedBy->name);
            if (hop > 0 && source && !passesReversePath(*at, *arrivedBy, *source))
                return fail(PathProblem::ReversePathFilter,
                            Text::tr("%1 drops the packet from %2 that comes in by %3: its reverse-path filter "
                               "(rp_filter %4) wants a route back to %2 out of %3, and %1 has none.")
                                .arg(at->label, source->addressText(), arrivedBy->name)
                                .arg(arrivedBy->rpFilter),
                            at->id, arrivedBy->name);
            if (owned) {
                if (self && hop == 0) {
                    const Link* lo = nullptr;
                    for (const Link& l : at->links)
                        if (isLoopback(l))
                            lo = &l;
                    if (!lo || !lo->up)
                        return fail(PathProblem::LoopbackDown,
                                    Text::tr("%1 owns %2, but its lo interface is down, and a namespace "
                                       "delivers to its own addresses through lo.")
                                        .arg(at->label, target.addressText()),
                                    at->id, QStringLiteral("lo"));
                }
                addHop({at->id, at->label, {}, {}, Text::tr("%1 owns %2: delivered.").arg(at->label, target.addressText())});
                return true;
            }
            if (hop > 0 && (isLinkLocal(target) || (source && isLinkLocal(*source))))
                return fail(PathProblem::LinkLocalScope,
                            Text::tr("%1 would have to forward a packet from %2 to %3, but a link-local "
                               "address is only valid on its own link: IPv6 does not forward it.")
                                .arg(at->label, source ? source->addressText() : QString(), target.addressText()),
                            at->id);
            const Route* best = lookup(*at, target, hop == 0 ? replyTo : QString());
            if (!best)
                return fail(PathProblem::NoRoute,
                            Text::tr("%1 has no route to %2, so the packet is not sent at all.").arg(at->label, target.addressText()),
                            at->id);
            if (best->type != QLatin1String("unicast"))
                return fail(PathProblem::RouteRejects,
                            Text::tr("In %1 the route to %2 is a %3 route: the packet is dropped.")
                                .arg(at->label, target.addressText(), best->type),
                            at->id);
            const Link* out = nullptr;
            for (const Link& l : at->links)
                if (l.name == best->dev)
                    out = &l;
            if (!out)
                return fail(PathProblem::NoRoute, Text::tr("%1's route to %2 names no interface.").arg(at->label, target.addressText()), at->id);
            if (!hasCarrier(*out)) {
                QString why = out->up ? Text::tr("%1 in %2 is up but has no carrier").arg(out->name, at->label)
                                      : Text::tr("%1 in %2 is down").arg(out->name, at->label);
                if (out->up && out->peer.isValid())
                    if (const Namespace* peerNs = topology.namespaceById(out->peer.namespaceId))
                        if (const Link* peer = peerNs->linkByIndex(out->peer.ifindex); peer && !peer->up)
                            why = Text::tr("%1 in %2 has no carrier because its peer %3 in %4 is down")
                                      .arg(out->name, at->label, peer->name, peerNs->label);
                return fail(PathProblem::LinkDown, why + Text::tr(", so the packet cannot leave."), at->id, out->name);
            }
            QString error;
            std::optional<Cidr> gateway;
            if (!best->gateway.isEmpty())
                gateway = Validation::parseIpLiteral(best->gateway, &error);
            // Linux ignores an IPv4 gateway that is an own address: the route is on-link.
            const Cidr next = (!gateway || (gateway->family == AF_INET && owner(*at, *gateway))) ? target : *gateway;
            addHop({at->id, at->label, out->name, next.addressText(),
                    Text::tr("%1 sends it out of %2 to %3.").arg(at->label, out->name, next.addressText())});
            if (masquerades && source && source->family == AF_INET && !leavesByMasqueradedInterface(*at, *out))
                return false;
            if (masquerades && out->masquerade && source && source->family == AF_INET && !natBound.contains(at->id) &&
                !masquerade(*at, *out, next, source,
                            Text::tr("%1 masquerades what leaves %2, but has no IPv4 address to give the "
                                     "packet, so it drops it.")
                                .arg(at->label, out->name),
                            [](const QString& to) {
                                return Text::tr("Its source is rewritten to %1 by masquerading.").arg(to);
                            }))
                return false;
            natBound.insert(at->id);
            // A neighbour solicitation goes from a link-local address of the interface, or
            // from the packet's own source when that is an address of the interface.
            if (next.family == AF_INET6 && !hasAddressOf(*out, AF_INET6, true) && !(source && hasAddress(*out, *source)))
                return fail(PathProblem::NoLinkLocal,
                            Text::tr("%1 in %2 has no link-local address, so %2 cannot send the neighbour "
                               "solicitation that would find %3 (unless %3 is already in its "
                               "neighbour table).")
                                .arg(out->name, at->label, next.addressText()),
                            at->id, out->name);
            // Who answers for the next hop on that segment, first come: ARP answers for
            // any own address, when the reverse-path filter of the interface that hears
            // it lets the request's sender through (arp_process routes the request);
            // IPv6 neighbour discovery only for an address of the interface asked.
            // The request asks from the packet's source when that is an own address.
            const std::optional<Cidr> asker =
                source && owner(*at, *source) ? source : sourceV4(*at, out->name, next);
            const Namespace* nextNs = nullptr;
            std::optional<Reach> filtered, forged;
            for (const Reach& r : segment(at, out)) {
                if (r.ns == at || (next.family == AF_INET6 ? !hasAddress(*r.link, next) : !owner(*r.ns, next)))
                    continue;
                // The request is routed like a packet from the asker: one from an own
                // address is taken for a forgery, rp_filter or not.
                if (next.family == AF_INET && asker && owner(*r.ns, *asker)) {
                    if (!forged)
                        forged = r;
                    continue;
                }
                if (next.family == AF_INET && asker && !passesReversePath(*r.ns, *r.link, *asker)) {
                    if (!filtered)
                        filtered = r;
                    continue;
                }
                nextNs = r.ns;
                arrivedBy = r.link;
                if (!masqueradeBridged(r.bridgedBy, target, source))
                    return false;
                // A reply crossing a bridge where br_netfilter holds its masquerading is
                // turned back inside the bridge; that namespace then routes it on.
                for (const auto& [n, bridge] : std::as_const(r.bridgedBy))
                    if (!masquerades && n->bridgeNetfilter &&
                        std::any_of(nats.cbegin(), nats.cend(), [&, n = n](const Nat& nat) {
                            return nat.ns == n->id && nat.to.address == target.address;
                        })) {
                        nextNs = n;
                        arrivedBy = bridge;
                        break;
                    }
                break;
            }
            if (!nextNs && forged)
                return fail(PathProblem::MartianSource,
                            Text::tr("%1 does not answer the ARP request for %2 that comes in by %3: the asker's "
                                     "address %4 is an address of %1 itself, so it takes the request for a "
                                     "forgery. So the packet goes nowhere.")
                                .arg(forged->ns->label, next.addressText(), forged->link->name, asker->addressText()),
                            forged->ns->id, forged->link->name);
            if (!nextNs && filtered)
                return fail(PathProblem::ReversePathFilter,
                            Text::tr("%1 does not answer the ARP request for %2 that comes in by %3: its "
                                     "reverse-path filter (rp_filter %4) wants a route back to the asker %5 out "
                                     "of %3, and %1 has none. So the packet goes nowhere.")
                                .arg(filtered->ns->label, next.addressText(), filtered->link->name)
                                .arg(filtered->link->rpFilter)
                                .arg(asker->addressText()),
                            filtered->ns->id, filtered->link->name);
            if (!nextNs)
                return fail(PathProblem::AddressNotAssigned,
                            next.family == AF_INET6
                                ? Text::tr("No interface on the other side of %1 (in %2) has the address %3, so "
                                     "nobody answers the neighbour solicitation for it and the packet goes "
                                     "nowhere.")
                                      .arg(out->name, at->label, next.addressText())
                                : Text::tr("No namespace on the other side of %1 (in %2) has the address %3, so "
                                     "nobody answers for it and the packet goes nowhere.")
                                      .arg(out->name, at->label, next.addressText()),
                            at->id, out->name);
            if (forwardedBy.contains(nextNs->id))
                return fail(PathProblem::TooManyHops, Text::tr("The packet goes round in a loop."), nextNs->id);
            forwardedBy.insert(at->id);
            at = nextNs;
            self = false;
        }
        return fail(PathProblem::TooManyHops, Text::tr("The path is longer than %1 hops.").arg(kMaxHops), at->id);
    }
};

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
    case PathProblem::ReversePathFilter: return QStringLiteral("rp-filter");
    case PathProblem::MartianSource: return QStringLiteral("martian-source");
    case PathProblem::NatInterfaceChanged: return QStringLiteral("nat-oif-changed");
    case PathProblem::LinkLocalScope: return QStringLiteral("link-local-scope");
    case PathProblem::NoLinkLocal: return QStringLiteral("no-link-local");
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
        out.reason = target ? Text::tr("There is no such namespace.") : error;
        return out;
    }
    // The source comes first: the reverse-path filter and neighbour discovery on the
    // way there depend on it.
    const auto src = sourceAddress(*from, *target);
    Walk there{m_topology, out, out.forward};
    there.masquerades = true;
    out.arrives = there.go(from, *target, src, true);
    if (!out.arrives)
        return out;
    if (!src) {
        out.arrives = false;
        out.problem = PathProblem::NoSourceAddress;
        out.reason = Text::tr("%1 has no address to send from.").arg(from->label);
        out.failedAt = from->id;
        return out;
    }
    out.sourceAddress = src->addressText();
    const Namespace* destinationNs = m_topology.namespaceById(out.forward.last().ns);
    // The reply goes to the source the request arrived with, the last one masquerading gave it.
    Walk back{m_topology, out, out.back};
    back.nats = there.nats;
    const Cidr replyTo = there.nats.isEmpty() ? *src : there.nats.last().to;
    out.returns = back.go(destinationNs, replyTo, target, true, there.arrivedBy ? there.arrivedBy->name : QString());
    if (!out.returns)
        out.reason = Text::tr("The packet arrives, but the reply cannot come back to %1: %2").arg(out.sourceAddress, out.reason);
    return out;
}

} // namespace NetnsStudio
