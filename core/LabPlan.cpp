// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabPlan.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <sys/socket.h>

namespace NetnsStudio::LabPlan {

namespace {

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LabPlan)
};

constexpr quint32 kDefaultMtu = 1500;
constexpr quint32 kIpv6DefaultMetric = 1024; // what the kernel gives an IPv6 route without one

const Namespace* hostOf(const Topology& topology)
{
    for (const Namespace& ns : topology.namespaces)
        if (ns.kind == NamespaceKind::Host)
            return &ns;
    return nullptr;
}

/// The live namespace a lab's name stands for.
const Namespace* liveNamespace(const Topology& topology, const QString& labName)
{
    if (labName == kLabHost)
        return hostOf(topology);
    for (const Namespace& ns : topology.namespaces)
        if (ns.kind != NamespaceKind::Host && ns.name == labName)
            return &ns;
    return nullptr;
}

const Link* linkNamed(const Namespace* ns, const QString& name)
{
    if (!ns)
        return nullptr;
    for (const Link& link : ns->links)
        if (link.name == name)
            return &link;
    return nullptr;
}

QString canonicalCidr(const QString& text)
{
    QString error;
    const auto cidr = Validation::parseCidr(text, &error);
    return cidr ? cidr->toString() : text;
}

QString canonicalIp(const QString& text)
{
    QString error;
    const auto ip = Validation::parseIpLiteral(text, &error);
    return ip ? ip->addressText() : text;
}

int familyOf(const LabRoute& route)
{
    QString error;
    if (route.to != QLatin1String("default")) {
        if (const auto to = Validation::parseCidr(route.to, &error))
            return to->family;
    }
    if (const auto via = Validation::parseIpLiteral(route.via, &error))
        return via->family;
    return AF_INET; // as ip: "default dev X" is IPv4
}

/// A route destination as one text for both forms: "default" and a bare host address
/// (as the topology gives a /32) become CIDR.
QString canonicalDestination(const QString& dst, int family)
{
    if (dst == QLatin1String("default"))
        return family == AF_INET6 ? QStringLiteral("::/0") : QStringLiteral("0.0.0.0/0");
    if (dst.contains(QLatin1Char('/')))
        return canonicalCidr(dst);
    return canonicalCidr(dst + (family == AF_INET6 ? QStringLiteral("/128") : QStringLiteral("/32")));
}

quint32 effectiveMetric(quint32 metric, int family)
{
    return metric == 0 && family == AF_INET6 ? kIpv6DefaultMetric : metric;
}

bool routeMatches(const LabRoute& want, const Route& have)
{
    const int family = familyOf(want);
    const int haveFamily = have.family == QLatin1String("inet6") ? AF_INET6 : AF_INET;
    return family == haveFamily && have.type == QLatin1String("unicast") &&
           canonicalDestination(want.to, family) == canonicalDestination(have.dst, family) &&
           (want.via.isEmpty() || canonicalIp(want.via) == canonicalIp(have.gateway)) &&
           (want.dev.isEmpty() || want.dev == have.dev) &&
           effectiveMetric(want.metric, family) == have.metric;
}

bool hasAddress(const Link& link, const QString& address)
{
    const QString wanted = canonicalCidr(address);
    return std::any_of(link.addresses.cbegin(), link.addresses.cend(),
                       [&](const QString& a) { return canonicalCidr(a) == wanted; });
}

/// The IPv6 link-local addresses (fe80::/10) that the kernel gives every link.
bool isLinkLocal(const QString& address)
{
    QString error;
    const auto cidr = Validation::parseCidr(address, &error);
    return cidr && cidr->family == AF_INET6 && quint8(cidr->address[0]) == 0xfe &&
           (quint8(cidr->address[1]) & 0xc0) == 0x80;
}

/// Builds apply()'s plan in phases, so that each step finds what it needs made.
class ApplyPlanner {
public:
    ApplyPlanner(const Lab& lab, const Topology& live, const Namespace& host)
        : m_lab(lab), m_live(live), m_host(host)
    {
    }

    Plan run()
    {
        for (const QString& name : m_lab.createdNamespaces())
            if (!liveNamespace(m_live, name))
                m_namespaces << Action::addNamespace(name);
        for (const LabBridge& bridge : m_lab.bridges)
            planBridge(bridge);
        for (const LabVeth& veth : m_lab.veths)
            planVeth(veth);
        for (const LabBridge& bridge : m_lab.bridges)
            for (const QString& port : bridge.ports) {
                const Link* live = linkNamed(liveNamespace(m_live, bridge.bridge.ns), port);
                if (!live || live->master != bridge.bridge.name)
                    m_masters << Action::setMaster(ref(bridge.bridge.ns), {port, 0}, {bridge.bridge.name, 0});
            }
        for (const LabNamespace& ns : m_lab.namespaces)
            planNamespaceSettings(ns);
        m_plan.actions = m_namespaces + m_links + m_mtus + m_masters + m_addresses + m_ups + m_routes + m_forwarding +
                         m_masquerades;
        return m_plan;
    }

private:
    NamespaceRef ref(const QString& name) const
    {
        return name == kLabHost ? NamespaceRef::byId(m_host.id) : NamespaceRef::byName(name);
    }

    void planBridge(const LabBridge& bridge)
    {
        const Link* live = linkNamed(liveNamespace(m_live, bridge.bridge.ns), bridge.bridge.name);
        if (live && live->kind != QLatin1String("bridge")) {
            m_plan.conflicts << Text::tr("'%1' in namespace '%2' is a %3 link, but the lab wants a bridge there.")
                                    .arg(bridge.bridge.name, bridge.bridge.ns,
                                         live->kind.isEmpty() ? Text::tr("plain") : live->kind);
            return;
        }
        if (!live)
            m_links << Action::addBridge(ref(bridge.bridge.ns), bridge.bridge.name);
        configure(bridge.bridge, live);
    }

    void planVeth(const LabVeth& veth)
    {
        const LabInterface& a = veth.ends[0];
        const LabInterface& b = veth.ends[1];
        const Namespace* nsA = liveNamespace(m_live, a.ns);
        const Namespace* nsB = liveNamespace(m_live, b.ns);
        const Link* linkA = linkNamed(nsA, a.name);
        const Link* linkB = linkNamed(nsB, b.name);
        if (!linkA && !linkB) {
            m_links << Action::addVethPair(ref(a.ns), a.name, ref(b.ns), b.name);
        } else {
            const bool paired = linkA && linkB && linkA->kind == QLatin1String("veth") &&
                                linkB->kind == QLatin1String("veth") && linkA->peer.namespaceId == nsB->id &&
                                linkA->peer.ifindex == linkB->ifindex && linkB->peer.namespaceId == nsA->id &&
                                linkB->peer.ifindex == linkA->ifindex;
            if (!paired) {
                const LabInterface& there = linkA ? a : b;
                m_plan.conflicts << Text::tr("'%1' in namespace '%2' exists, but it is not a veth paired with "
                                       "'%3' in '%4' as the lab wants.")
                                        .arg(there.name, there.ns, (linkA ? b : a).name, (linkA ? b : a).ns);
                return;
            }
        }
        configure(a, linkA);
        configure(b, linkB);
    }

    /// MTU, addresses and up/down of an interface; live is null when it is made now.
    void configure(const LabInterface& iface, const Link* live)
    {
        const NamespaceRef ns = ref(iface.ns);
        const LinkRef link{iface.name, 0};
        if (iface.mtu && (!live || live->mtu != iface.mtu))
            m_mtus << Action::setMtu(ns, link, iface.mtu);
        for (const QString& address : iface.addresses)
            if (!live || !hasAddress(*live, address))
                m_addresses << Action::addAddress(ns, link, address);
        if (live ? live->up != iface.up : iface.up)
            m_ups << Action::setLinkUp(ns, link, iface.up);
        if (iface.masquerade && !(live && live->masquerade))
            m_masquerades << Action::setMasquerade(ns, link, true);
    }

    void planNamespaceSettings(const LabNamespace& ns)
    {
        const Namespace* live = liveNamespace(m_live, ns.name);
        const Link* lo = linkNamed(live, QStringLiteral("lo"));
        // A new namespace's lo is down; a namespace without a lo in the topology is left alone.
        if (live ? lo && lo->up != ns.loopbackUp : ns.loopbackUp)
            m_ups << Action::setLinkUp(ref(ns.name), {QStringLiteral("lo"), 0}, ns.loopbackUp);
        for (const LabRoute& route : ns.routes) {
            const bool there = live && std::any_of(live->routes.cbegin(), live->routes.cend(),
                                                   [&](const Route& r) { return routeMatches(route, r); });
            if (!there)
                m_routes << Action::addRoute(ref(ns.name), route.to, route.via, {route.dev, 0}, route.metric);
        }
        if (ns.forwardingV4 && (live ? live->forwardingV4 : false) != *ns.forwardingV4)
            m_forwarding << Action::setForwarding(ref(ns.name), QStringLiteral("inet"), *ns.forwardingV4);
        if (ns.forwardingV6 && (live ? live->forwardingV6 : false) != *ns.forwardingV6)
            m_forwarding << Action::setForwarding(ref(ns.name), QStringLiteral("inet6"), *ns.forwardingV6);
    }

    const Lab& m_lab;
    const Topology& m_live;
    const Namespace& m_host;
    Plan m_plan;
    QList<Action> m_namespaces, m_links, m_mtus, m_masters, m_addresses, m_ups, m_routes, m_forwarding,
        m_masquerades;
};

/// Reads live namespaces into a lab (capture()).
class Capturer {
public:
    Capturer(const Topology& live, QList<const Namespace*> chosen, const Namespace* host)
        : m_live(live), m_chosen(std::move(chosen)), m_host(host)
    {
    }

    Lab run(QStringList* leftOut)
    {
        for (const Namespace* ns : std::as_const(m_chosen))
            for (const Link& link : ns->links)
                if (link.kind == QLatin1String("veth"))
                    addVeth(*ns, link, leftOut);
        for (const Namespace* ns : std::as_const(m_chosen)) {
            for (const Link& link : ns->links) {
                if (link.kind == QLatin1String("bridge"))
                    addBridge(*ns, link);
                else if (link.name != QLatin1String("lo") && link.kind != QLatin1String("veth"))
                    *leftOut << Text::tr("'%1' in namespace '%2' is a %3 link, which a lab cannot describe.")
                                    .arg(link.name, ns->name, link.kind.isEmpty() ? link.linkType : link.kind);
            }
        }
        // The host's bridges come along only for the ports the lab has there.
        if (m_host)
            for (const Link& link : m_host->links)
                if (link.kind == QLatin1String("bridge") && hasPortsOf(*m_host, link.name))
                    addBridge(*m_host, link);
        for (const Namespace* ns : std::as_const(m_chosen))
            m_lab.namespaces << namespaceEntry(*ns, leftOut);
        return m_lab;
    }

private:
    QString labName(const Namespace& ns) const { return ns.kind == NamespaceKind::Host ? kLabHost : ns.name; }
    QString key(const Namespace& ns, const QString& link) const { return labName(ns) + QLatin1Char('/') + link; }

    LabInterface interface(const Namespace& ns, const Link& link)
    {
        m_included.insert(key(ns, link.name));
        LabInterface iface;
        iface.ns = labName(ns);
        iface.name = link.name;
        iface.up = link.up;
        iface.mtu = link.mtu == kDefaultMtu ? 0 : link.mtu;
        iface.masquerade = link.masquerade;
        // The kernel lists a link's IPv6 addresses newest first: add them oldest first
        // again, so that a lab applied from this one lists them as the host does.
        QStringList ipv6;
        for (const QString& address : link.addresses) {
            if (isLinkLocal(address))
                continue;
            if (address.contains(QLatin1Char(':')))
                ipv6.prepend(canonicalCidr(address));
            else
                iface.addresses << canonicalCidr(address);
        }
        iface.addresses << ipv6;
        return iface;
    }

    void addVeth(const Namespace& ns, const Link& link, QStringList* leftOut)
    {
        if (m_included.contains(key(ns, link.name)))
            return; // its pair was taken from the other end
        const Namespace* peerNs = m_live.namespaceById(link.peer.namespaceId);
        const Link* peer = peerNs ? peerNs->linkByIndex(link.peer.ifindex) : nullptr;
        if (!peer) {
            *leftOut << Text::tr("The veth '%1' in namespace '%2' is left out: its other end is not in a "
                           "namespace that can be seen.")
                            .arg(link.name, ns.name);
            return;
        }
        if (peerNs != m_host && !m_chosen.contains(peerNs)) {
            *leftOut << Text::tr("The veth '%1' in namespace '%2' is left out: its other end is in %3, which "
                           "is not saved.")
                            .arg(link.name, ns.name, peerNs->label);
            return;
        }
        LabVeth veth;
        veth.ends = {interface(ns, link), interface(*peerNs, *peer)};
        m_lab.veths << veth;
    }

    bool hasPortsOf(const Namespace& ns, const QString& bridge) const
    {
        return std::any_of(ns.links.cbegin(), ns.links.cend(), [&](const Link& l) {
            return l.master == bridge && m_included.contains(key(ns, l.name));
        });
    }

    void addBridge(const Namespace& ns, const Link& link)
    {
        LabBridge bridge;
        bridge.bridge = interface(ns, link);
        for (const Link& port : ns.links)
            if (port.master == link.name && m_included.contains(key(ns, port.name)))
                bridge.ports << port.name;
        m_lab.bridges << bridge;
    }

    LabNamespace namespaceEntry(const Namespace& ns, QStringList* leftOut) const
    {
        LabNamespace entry;
        entry.name = ns.name;
        if (const Link* lo = linkNamed(&ns, QStringLiteral("lo")))
            entry.loopbackUp = lo->up;
        if (ns.forwardingV4)
            entry.forwardingV4 = true;
        if (ns.forwardingV6)
            entry.forwardingV6 = true;
        for (const Route& route : ns.routes) {
            if (route.protocol == QLatin1String("kernel") || route.type != QLatin1String("unicast"))
                continue; // made by the kernel for an address, or not a kind a lab has
            if (!route.dev.isEmpty() && route.dev != QLatin1String("lo") &&
                !m_included.contains(key(ns, route.dev))) {
                *leftOut << Text::tr("The route to %1 in namespace '%2' is left out: it goes through '%3', "
                               "which is not saved.")
                                .arg(route.dst, ns.name, route.dev);
                continue;
            }
            const int family = route.family == QLatin1String("inet6") ? AF_INET6 : AF_INET;
            LabRoute r;
            // "default" says the family only through a gateway; without one, write the network.
            r.to = route.dst == QLatin1String("default") && (!route.gateway.isEmpty() || family == AF_INET)
                       ? route.dst
                       : canonicalDestination(route.dst, family);
            r.via = route.gateway;
            r.dev = route.dev;
            r.metric = route.metric == effectiveMetric(0, family) ? 0 : route.metric;
            entry.routes << r;
        }
        return entry;
    }

    const Topology& m_live;
    const QList<const Namespace*> m_chosen;
    const Namespace* m_host;
    QSet<QString> m_included; ///< "ns/link" of every interface in the lab
    Lab m_lab;
};

} // namespace

Plan apply(const Lab& lab, const Topology& live)
{
    const Namespace* host = hostOf(live);
    if (!host)
        return {{}, {Text::tr("The topology has no host namespace to put the lab's host links in.")}};
    return ApplyPlanner(lab, live, *host).run();
}

Plan destroy(const Lab& lab, const Topology& live)
{
    Plan plan;
    const Namespace* host = hostOf(live);
    if (!host)
        return {{}, {Text::tr("The topology has no host namespace.")}};
    const NamespaceRef hostRef = NamespaceRef::byId(host->id);
    // Masquerading of the host's ends first, while they are there to name (a lab's
    // namespace takes its nftables along).
    for (const LabVeth& veth : lab.veths)
        for (const LabInterface& end : veth.ends)
            if (const Link* link = end.ns == kLabHost ? linkNamed(host, end.name) : nullptr;
                end.masquerade && link && link->masquerade)
                plan.actions << Action::setMasquerade(hostRef, {end.name, 0}, false);
    // Routes: they go with their links, and deleting one twice would fail the batch.
    if (const LabNamespace* hostEntry = lab.namespaceNamed(kLabHost))
        for (const LabRoute& route : hostEntry->routes)
            if (std::any_of(host->routes.cbegin(), host->routes.cend(),
                            [&](const Route& r) { return routeMatches(route, r); }))
                plan.actions << Action::deleteRoute(hostRef, route.to, route.via, {route.dev, 0}, route.metric);
    for (const LabVeth& veth : lab.veths) {
        for (const LabInterface& end : veth.ends) {
            const Link* link = end.ns == kLabHost ? linkNamed(host, end.name) : nullptr;
            if (link && link->kind == QLatin1String("veth")) {
                plan.actions << Action::deleteLink(hostRef, {end.name, 0}); // takes its peer along
                break;
            }
        }
    }
    for (const LabBridge& bridge : lab.bridges) {
        const Link* link = bridge.bridge.ns == kLabHost ? linkNamed(host, bridge.bridge.name) : nullptr;
        if (link && link->kind == QLatin1String("bridge"))
            plan.actions << Action::deleteLink(hostRef, {bridge.bridge.name, 0});
    }
    for (const QString& name : lab.createdNamespaces())
        if (liveNamespace(live, name))
            plan.actions << Action::deleteNamespace(NamespaceRef::byName(name));
    return plan;
}

Topology freshHost()
{
    Namespace host;
    host.id = 1; // any id: actions name the host by id, and ipCommand needs to find it
    host.kind = NamespaceKind::Host;
    host.label = kLabHost;
    Topology topology;
    topology.namespaces << host;
    return topology;
}

std::optional<Lab> capture(const Topology& live, const QStringList& names, QStringList* leftOut, QString* error)
{
    QList<const Namespace*> chosen;
    if (names.isEmpty()) {
        for (const Namespace& ns : live.namespaces)
            if (ns.kind == NamespaceKind::Named)
                chosen << &ns;
        std::sort(chosen.begin(), chosen.end(), [](const Namespace* a, const Namespace* b) { return a->name < b->name; });
        if (chosen.isEmpty()) {
            *error = Text::tr("There are no named namespaces to save.");
            return std::nullopt;
        }
    }
    for (const QString& name : names) {
        if (name == kLabHost) {
            *error = Text::tr("The host's own namespace is not saved as a whole; its veth ends and bridges "
                        "come along with the namespaces they connect.");
            return std::nullopt;
        }
        const Namespace* ns = liveNamespace(live, name);
        if (!ns) {
            *error = Text::tr("There is no namespace named '%1'.").arg(name);
            return std::nullopt;
        }
        if (!chosen.contains(ns))
            chosen << ns;
    }
    return Capturer(live, chosen, hostOf(live)).run(leftOut);
}

} // namespace NetnsStudio::LabPlan
