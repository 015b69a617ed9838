// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetlinkScanner.h"

#include "MasqueradeReader.h"
#include "NetlinkNames.h"
#include "NetlinkSocket.h"

#include <QHash>

#include <algorithm>
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/net_namespace.h>
#include <linux/rtnetlink.h>
#include <map>
#include <memory>
#include <netlink/addr.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/netconf.h>
#include <netlink/route/route.h>
#include <netlink/socket.h>

namespace NetnsStudio {

namespace {

QString formatAddress(const nl_addr* addr, bool withPrefix)
{
    const int family = nl_addr_get_family(addr);
    char buffer[INET6_ADDRSTRLEN] = {};
    if ((family != AF_INET && family != AF_INET6) ||
        !inet_ntop(family, nl_addr_get_binary_addr(addr), buffer, sizeof buffer))
        return {};
    QString text = QString::fromLatin1(buffer);
    if (withPrefix)
        text += QLatin1Char('/') + QString::number(nl_addr_get_prefixlen(addr));
    return text;
}

QString formatHardwareAddress(const nl_addr* addr)
{
    const unsigned length = nl_addr_get_len(addr);
    const auto* bytes = static_cast<const unsigned char*>(nl_addr_get_binary_addr(addr));
    QString text;
    for (unsigned i = 0; i < length; ++i) {
        if (i)
            text += QLatin1Char(':');
        text += QStringLiteral("%1").arg(bytes[i], 2, 16, QLatin1Char('0'));
    }
    return text;
}

int readLinks(NamespaceReading& ns)
{
    nl_cache* raw = nullptr;
    if (const int err = rtnl_link_alloc_cache(ns.socket.get(), AF_UNSPEC, &raw); err < 0)
        return err;
    CachePtr cache(raw);
    QHash<int, QString> names;
    for (nl_object* o = nl_cache_get_first(raw); o; o = nl_cache_get_next(o)) {
        auto* l = reinterpret_cast<rtnl_link*>(o);
        names.insert(rtnl_link_get_ifindex(l), QString::fromUtf8(rtnl_link_get_name(l)));
    }
    for (nl_object* o = nl_cache_get_first(raw); o; o = nl_cache_get_next(o)) {
        auto* l = reinterpret_cast<rtnl_link*>(o);
        Link link;
        link.ifindex = rtnl_link_get_ifindex(l);
        link.name = QString::fromUtf8(rtnl_link_get_name(l));
        if (const char* kind = rtnl_link_get_type(l))
            link.kind = QString::fromUtf8(kind);
        link.linkType = NetlinkNames::linkType(rtnl_link_get_arptype(l));
        link.up = rtnl_link_get_flags(l) & IFF_UP;
        link.operstate = NetlinkNames::operstate(rtnl_link_get_operstate(l));
        link.mtu = rtnl_link_get_mtu(l);
        if (const nl_addr* mac = rtnl_link_get_addr(l); mac && nl_addr_get_len(mac) > 0)
            link.mac = formatHardwareAddress(mac);
        if (const int master = rtnl_link_get_master(l); master > 0)
            link.master = names.value(master);
        LinkWiring wiring;
        wiring.iflink = rtnl_link_get_link(l);
        int32_t netnsid = -1;
        if (rtnl_link_get_link_netnsid(l, &netnsid) == 0)
            wiring.netnsid = netnsid;
        ns.model.links.append(link);
        ns.wiring.push_back(wiring);
    }
    return 0;
}

int readAddresses(NamespaceReading& ns)
{
    nl_cache* raw = nullptr;
    if (const int err = rtnl_addr_alloc_cache(ns.socket.get(), &raw); err < 0)
        return err;
    CachePtr cache(raw);
    QHash<int, qsizetype> linkAt;
    for (qsizetype i = 0; i < ns.model.links.size(); ++i)
        linkAt.insert(ns.model.links[i].ifindex, i);
    for (nl_object* o = nl_cache_get_first(raw); o; o = nl_cache_get_next(o)) {
        auto* a = reinterpret_cast<rtnl_addr*>(o);
        const auto at = linkAt.constFind(rtnl_addr_get_ifindex(a));
        const nl_addr* local = rtnl_addr_get_local(a);
        if (at == linkAt.cend() || !local)
            continue;
        const QString text = formatAddress(local, false);
        if (!text.isEmpty())
            ns.model.links[*at].addresses.append(
                text + QLatin1Char('/') + QString::number(rtnl_addr_get_prefixlen(a)));
    }
    return 0;
}

int collectRoute(nl_msg* msg, void* arg)
{
    rtnl_route* route = nullptr;
    if (rtnl_route_parse(nlmsg_hdr(msg), &route) == 0)
        static_cast<std::vector<RoutePtr>*>(arg)->emplace_back(route);
    return NL_OK;
}

int readRoutes(NamespaceReading& ns)
{
    // A plain dump, not libnl's route cache: the cache treats routes that differ only
    // in their device (fe80::/64 on every link) as one and keeps a single one.
    std::vector<RoutePtr> routes;
    if (const int err = nl_rtgen_request(ns.socket.get(), RTM_GETROUTE, AF_UNSPEC, NLM_F_DUMP); err < 0)
        return err;
    nl_cb* cb = nl_cb_clone(nl_socket_get_cb(ns.socket.get()));
    nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, collectRoute, &routes);
    const int err = nl_recvmsgs(ns.socket.get(), cb);
    nl_cb_put(cb);
    if (err < 0)
        return err;
    QHash<int, QString> names;
    for (const Link& link : std::as_const(ns.model.links))
        names.insert(link.ifindex, link.name);
    for (const RoutePtr& owned : routes) {
        rtnl_route* r = owned.get();
        const int family = rtnl_route_get_family(r);
        if (rtnl_route_get_table(r) != RT_TABLE_MAIN || (family != AF_INET && family != AF_INET6))
            continue;
        Route route;
        route.family = NetlinkNames::family(family);
        route.type = NetlinkNames::routeType(rtnl_route_get_type(r));
        const nl_addr* dst = rtnl_route_get_dst(r);
        const unsigned prefix = dst ? nl_addr_get_prefixlen(dst) : 0;
        if (!dst || prefix == 0)
            route.dst = QStringLiteral("default");
        else // as ip prints it: a host route without its /32 or /128
            route.dst = formatAddress(dst, prefix != nl_addr_get_len(dst) * 8);
        if (rtnl_route_get_nnexthops(r) > 0) {
            rtnl_nexthop* nh = rtnl_route_nexthop_n(r, 0);
            if (const nl_addr* gw = rtnl_route_nh_get_gateway(nh))
                route.gateway = formatAddress(gw, false);
            route.dev = names.value(rtnl_route_nh_get_ifindex(nh));
        }
        route.scope = NetlinkNames::routeScope(rtnl_route_get_scope(r));
        route.protocol = NetlinkNames::routeProtocol(rtnl_route_get_protocol(r));
        route.metric = rtnl_route_get_priority(r);
        if (const nl_addr* prefsrc = rtnl_route_get_pref_src(r))
            route.prefsrc = formatAddress(prefsrc, false);
        ns.model.routes.append(route);
    }
    return 0;
}

/// Forwarding and the IPv4 reverse-path filter, from the namespace's netconf entries
/// ("all" and one per interface; the kernel applies the larger rp_filter of the two).
int readNetconf(NamespaceReading& ns)
{
    nl_cache* raw = nullptr;
    if (const int err = rtnl_netconf_alloc_cache(ns.socket.get(), &raw); err < 0)
        return err;
    CachePtr cache(raw);
    // value(nullptr) is 0, as the kernel reads a switch it does not report.
    auto value = [](rtnl_netconf* entry, int (*get)(rtnl_netconf*, int*)) {
        int v = 0;
        if (entry) {
            get(entry, &v);
            rtnl_netconf_put(entry);
        }
        return v;
    };
    ns.model.forwardingV4 = value(rtnl_netconf_get_all(raw, AF_INET), rtnl_netconf_get_forwarding) != 0;
    ns.model.forwardingV6 = value(rtnl_netconf_get_all(raw, AF_INET6), rtnl_netconf_get_forwarding) != 0;
    const int rpAll = value(rtnl_netconf_get_all(raw, AF_INET), rtnl_netconf_get_rp_filter);
    for (Link& link : ns.model.links)
        link.rpFilter = std::max(rpAll, value(rtnl_netconf_get_by_idx(raw, AF_INET, link.ifindex),
                                              rtnl_netconf_get_rp_filter));
    return 0;
}

constexpr const char* kBridgeNetfilter = "/proc/sys/net/bridge/bridge-nf-call-iptables";

/// The switch's file, opened by a thread inside the namespace it is to belong to.
UniqueFd openBridgeNetfilter()
{
    return UniqueFd(::open(kBridgeNetfilter, O_RDONLY | O_CLOEXEC));
}

/// A sysctl switch from a file opened in its namespace: on when it reads 1.
bool readSwitch(const UniqueFd& file)
{
    char value = 0;
    return file.isValid() && ::pread(file.get(), &value, 1, 0) == 1 && value == '1';
}

} // namespace

int NetlinkScanner::read(NamespaceReading& ns)
{
    ns.model.links.clear();
    ns.model.routes.clear();
    ns.wiring.clear();
    int err = ns.socket ? 0 : -NLE_FAILURE;
    if (err == 0)
        err = readLinks(ns);
    if (err == 0)
        err = readAddresses(ns);
    if (err == 0)
        err = readRoutes(ns);
    if (err == 0)
        err = readNetconf(ns);
    ns.model.bridgeNetfilter = readSwitch(ns.bridgeNetfilter);
    MasqueradeState masquerade;
    if (err == 0 && ns.netfilter && MasqueradeReader::read(ns.netfilter.get(), &masquerade) == 0)
        for (Link& link : ns.model.links)
            link.masquerade = masquerade.covers(link);
    return err;
}

bool NetlinkScanner::bridgeNetfilterLoaded()
{
    return ::access(kBridgeNetfilter, F_OK) == 0;
}

bool NetlinkScanner::bridgeNetfilterChanged(NamespaceReading& ns, bool moduleLoaded)
{
    char value = 0;
    auto read = [&] { return ns.bridgeNetfilter.isValid() && ::pread(ns.bridgeNetfilter.get(), &value, 1, 0) == 1; };
    // Missing, or gone with the module that made it (reads fail then), while the module
    // is there now: the file of this namespace is opened again from inside it.
    if (!read() && moduleLoaded) {
        runInNamespace(ns.fd, [&ns] {
            ns.bridgeNetfilter = openBridgeNetfilter();
            return 0;
        });
        read();
    }
    return (value == '1') != ns.model.bridgeNetfilter;
}

void NetlinkScanner::openSockets(const std::vector<NamespaceReading*>& namespaces)
{
    std::vector<int> fds;
    for (const NamespaceReading* ns : namespaces)
        fds.push_back(ns->fd);
    std::vector<std::vector<SocketPtr>> sockets =
        NetnsStudio::openSockets(fds, {NETLINK_ROUTE, NETLINK_NETFILTER}, [&](size_t i) {
            namespaces[i]->bridgeNetfilter = openBridgeNetfilter();
        });
    for (size_t i = 0; i < namespaces.size(); ++i) {
        namespaces[i]->socket = std::move(sockets[i][0]);
        namespaces[i]->netfilter = std::move(sockets[i][1]);
    }
}

void NetlinkScanner::mapPeers(const std::vector<NamespaceReading*>& all,
                              const std::vector<NamespaceReading*>& targets)
{
    // (ifindex, iflink) of each veth -> namespaces that have it.
    std::multimap<std::pair<int, int>, NamespaceReading*> veths;
    for (NamespaceReading* ns : all) {
        const auto& links = ns->model.links;
        for (qsizetype i = 0; i < links.size(); ++i)
            if (links[i].kind == QLatin1String("veth"))
                veths.emplace(std::pair(links[i].ifindex, ns->wiring[size_t(i)].iflink), ns);
    }

    for (NamespaceReading* from : targets) {
        std::map<int32_t, NamespaceReading*> nsidToNamespace; // resolved for this namespace
        for (qsizetype i = 0; i < from->model.links.size(); ++i) {
            Link& link = from->model.links[i];
            const LinkWiring& wiring = from->wiring[size_t(i)];
            link.peer = {};
            if (link.kind != QLatin1String("veth") || wiring.iflink == 0)
                continue;
            link.peer.ifindex = wiring.iflink;
            if (wiring.netnsid < 0) {
                link.peer.namespaceId = from->model.id;
                if (const Link* peer = from->model.linkByIndex(wiring.iflink))
                    link.peer.name = peer->name;
                continue;
            }
            auto known = nsidToNamespace.find(wiring.netnsid);
            if (known == nsidToNamespace.end()) {
                NamespaceReading* found = nullptr;
                auto [first, last] = veths.equal_range({wiring.iflink, link.ifindex});
                for (auto it = first; it != last && !found; ++it)
                    if (it->second != from && nsidOf(from->socket.get(), it->second->fd) == wiring.netnsid)
                        found = it->second;
                for (size_t b = 0; b < all.size() && !found; ++b)
                    if (all[b] != from && nsidOf(from->socket.get(), all[b]->fd) == wiring.netnsid)
                        found = all[b];
                if (!found)
                    continue; // the peer's namespace is one we cannot see
                known = nsidToNamespace.emplace(wiring.netnsid, found).first;
            }
            const Namespace& peerNs = known->second->model;
            link.peer.namespaceId = peerNs.id;
            if (const Link* peer = peerNs.linkByIndex(wiring.iflink))
                link.peer.name = peer->name;
        }
    }
}

std::optional<Topology> NetlinkScanner::scan(const std::vector<DiscoveredNamespace>& namespaces,
                                             QStringList* warnings, QString* error)
{
    std::vector<NamespaceReading> scanned(namespaces.size());
    for (size_t i = 0; i < namespaces.size(); ++i) {
        const DiscoveredNamespace& d = namespaces[i];
        scanned[i].fd = d.fd.get();
        scanned[i].model.id = d.id;
        scanned[i].model.kind = d.kind;
        scanned[i].model.name = d.name;
        scanned[i].model.label = d.label;
        scanned[i].model.pids = d.pids;
    }
    std::vector<NamespaceReading*> all;
    for (NamespaceReading& ns : scanned)
        all.push_back(&ns);
    openSockets(all);

    std::vector<NamespaceReading*> readable;
    readable.reserve(scanned.size());
    for (NamespaceReading& ns : scanned) {
        if (const int err = read(ns); err < 0) {
            const QString why = QStringLiteral("namespace %1 (%2) could not be read: %3")
                                    .arg(ns.model.id)
                                    .arg(ns.model.label, QString::fromUtf8(nl_geterror(err)));
            if (ns.model.kind == NamespaceKind::Host) {
                *error = why;
                return std::nullopt;
            }
            warnings->append(why);
            continue;
        }
        readable.push_back(&ns);
    }
    mapPeers(readable, readable);

    Topology topology;
    topology.namespaces.reserve(qsizetype(readable.size()));
    for (NamespaceReading* ns : readable)
        topology.namespaces.append(std::move(ns->model));
    return topology;
}

} // namespace NetnsStudio
