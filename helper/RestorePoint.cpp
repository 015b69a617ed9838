// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestorePoint.h"

#include <QStringList>

#include <algorithm>
#include <linux/if.h>
#include <linux/rtnetlink.h>
#include <netlink/addr.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/nexthop.h>

namespace NetnsStudio {

namespace {

/// Calls fn for every object of a cache, as its libnl type.
template <typename T, typename Fn>
void forEach(nl_cache* cache, Fn fn)
{
    for (nl_object* o = nl_cache_get_first(cache); o; o = nl_cache_get_next(o))
        fn(reinterpret_cast<T*>(o));
}

QString nameOf(rtnl_link* link)
{
    return QString::fromUtf8(rtnl_link_get_name(link));
}

/// The IPv6 link-local address the kernel derives from a link's MAC (EUI-64): it
/// comes back by itself when the link is up, and adding it by hand would make a
/// different, user-made address.
bool isKernelLinkLocal(rtnl_addr* addr, rtnl_link* link)
{
    const nl_addr* local = rtnl_addr_get_local(addr);
    const nl_addr* mac = link ? rtnl_link_get_addr(link) : nullptr;
    if (rtnl_addr_get_family(addr) != AF_INET6 || !local || nl_addr_get_len(local) != 16 || !mac ||
        nl_addr_get_len(mac) != 6)
        return false;
    const auto* ip = static_cast<const uint8_t*>(nl_addr_get_binary_addr(local));
    const auto* m = static_cast<const uint8_t*>(nl_addr_get_binary_addr(mac));
    const uint8_t eui64[8] = {uint8_t(m[0] ^ 0x02), m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5]};
    return ip[0] == 0xfe && (ip[1] & 0xc0) == 0x80 && std::equal(eui64, eui64 + 8, ip + 8);
}

/// Copies what identifies a link and what can be given when making it.
void copyIdentity(rtnl_link* to, rtnl_link* from, bool withMac)
{
    rtnl_link_set_name(to, rtnl_link_get_name(from));
    rtnl_link_set_ifindex(to, rtnl_link_get_ifindex(from));
    if (withMac && rtnl_link_get_addr(from))
        rtnl_link_set_addr(to, rtnl_link_get_addr(from));
    rtnl_link_set_txqlen(to, rtnl_link_get_txqlen(from));
}

/// One failure that says every problem, or none.
MaybeFailure joined(const QStringList& problems)
{
    if (problems.isEmpty())
        return std::nullopt;
    return Failure{HelperErrors::Kernel, problems.join(QLatin1Char(' '))};
}

} // namespace

std::shared_ptr<const RestorePoint> RestorePoint::capture(nl_sock* sock, MaybeFailure* failure)
{
    auto point = std::make_shared<RestorePoint>();
    nl_cache *links = nullptr, *addresses = nullptr, *routes = nullptr;
    int err = rtnl_link_alloc_cache(sock, AF_UNSPEC, &links);
    point->m_links.reset(links);
    if (err >= 0) {
        err = rtnl_addr_alloc_cache(sock, &addresses);
        point->m_addresses.reset(addresses);
    }
    if (err >= 0) {
        err = rtnl_route_alloc_cache(sock, AF_UNSPEC, 0, &routes);
        point->m_routes.reset(routes);
    }
    if (err < 0) {
        *failure = netlinkFailure(err, HelperText::tr("Cannot read what this step would change"));
        return nullptr;
    }
    return point;
}

rtnl_link* RestorePoint::link(int ifindex) const
{
    rtnl_link* link = rtnl_link_get(m_links.get(), ifindex);
    if (link)
        rtnl_link_put(link); // the cache keeps its own reference for as long as we live
    return link;
}

std::vector<int> RestorePoint::portsOf(int ifindex) const
{
    std::vector<int> ports;
    forEach<rtnl_link>(m_links.get(), [&](rtnl_link* l) {
        if (rtnl_link_get_master(l) == ifindex)
            ports.push_back(rtnl_link_get_ifindex(l));
    });
    return ports;
}

MaybeFailure RestorePoint::recreate(nl_sock* sock, int ifindex, const RestorePoint* peerSide, int peerNsFd) const
{
    rtnl_link* saved = link(ifindex);
    if (!saved)
        return Failure{HelperErrors::NotFound, HelperText::tr("Interface %1 was not there before.").arg(ifindex)};
    const QString kind = QString::fromUtf8(rtnl_link_get_type(saved) ? rtnl_link_get_type(saved) : "");
    const QString doing = HelperText::tr("Cannot make %1 again").arg(nameOf(saved));
    LinkPtr made;
    if (kind == QLatin1String("veth")) {
        rtnl_link* savedPeer = peerSide ? peerSide->link(rtnl_link_get_link(saved)) : nullptr;
        if (!savedPeer)
            return Failure{HelperErrors::Kernel, HelperText::tr("%1: its peer was not found.").arg(doing)};
        made.reset(rtnl_link_veth_alloc());
        copyIdentity(made.get(), saved, true);
        rtnl_link_set_mtu(made.get(), rtnl_link_get_mtu(saved));
        rtnl_link* peer = rtnl_link_veth_get_peer(made.get());
        copyIdentity(peer, savedPeer, true);
        rtnl_link_set_mtu(peer, rtnl_link_get_mtu(savedPeer));
        if (peerSide != this)
            rtnl_link_set_ns_fd(peer, peerNsFd);
        rtnl_link_put(peer);
    } else if (kind == QLatin1String("bridge")) {
        // A bridge that took its MAC from a port takes it again when the port comes
        // back; a MAC given here would stay fixed from then on.
        bool macFromPort = false;
        for (int port : portsOf(ifindex))
            macFromPort |= nl_addr_cmp(rtnl_link_get_addr(link(port)), rtnl_link_get_addr(saved)) == 0;
        made.reset(rtnl_link_bridge_alloc());
        copyIdentity(made.get(), saved, !macFromPort);
    } else if (kind == QLatin1String("dummy")) {
        made.reset(rtnl_link_alloc());
        rtnl_link_set_type(made.get(), "dummy");
        copyIdentity(made.get(), saved, true);
        rtnl_link_set_mtu(made.get(), rtnl_link_get_mtu(saved));
    } else {
        return Failure{HelperErrors::Kernel,
                       HelperText::tr("%1: a %2 link cannot be re-created from what the kernel reports.")
                           .arg(doing, kind.isEmpty() ? HelperText::tr("physical") : kind)};
    }
    int err = rtnl_link_add(sock, made.get(), NLM_F_CREATE | NLM_F_EXCL);
    if (kind == QLatin1String("veth"))
        rtnl_link_veth_release(made.release());
    if (err < 0)
        return netlinkFailure(err, doing);
    return std::nullopt;
}

MaybeFailure RestorePoint::restore(nl_sock* sock, const std::vector<int>& links) const
{
    QStringList problems;
    for (MaybeFailure f : {restoreLinks(sock, links), restoreAddresses(sock), restoreRoutes(sock)})
        if (f)
            problems << f->message;
    return joined(problems);
}

MaybeFailure RestorePoint::restoreLinks(nl_sock* sock, const std::vector<int>& links) const
{
    nl_cache* raw = nullptr;
    if (const int err = rtnl_link_alloc_cache(sock, AF_UNSPEC, &raw); err < 0)
        return netlinkFailure(err, HelperText::tr("Cannot read the links to put them back"));
    CachePtr now(raw);
    QStringList problems;
    for (int ifindex : links) {
        rtnl_link* saved = link(ifindex);
        LinkPtr current(rtnl_link_get(now.get(), ifindex));
        if (!saved || !current || nameOf(saved) != nameOf(current.get()))
            continue; // not here, or somebody else's now
        LinkPtr change(rtnl_link_alloc());
        bool changed = false;
        if (rtnl_link_get_mtu(current.get()) != rtnl_link_get_mtu(saved)) {
            rtnl_link_set_mtu(change.get(), rtnl_link_get_mtu(saved));
            changed = true;
        }
        if (rtnl_link_get_txqlen(current.get()) != rtnl_link_get_txqlen(saved)) {
            rtnl_link_set_txqlen(change.get(), rtnl_link_get_txqlen(saved));
            changed = true;
        }
        if (rtnl_link_get_master(current.get()) != rtnl_link_get_master(saved)) {
            rtnl_link_set_master(change.get(), rtnl_link_get_master(saved));
            changed = true;
        }
        const bool wasUp = rtnl_link_get_flags(saved) & IFF_UP;
        if (bool(rtnl_link_get_flags(current.get()) & IFF_UP) != wasUp) {
            if (wasUp)
                rtnl_link_set_flags(change.get(), IFF_UP);
            else
                rtnl_link_unset_flags(change.get(), IFF_UP);
            changed = true;
        }
        if (!changed)
            continue;
        if (const int err = rtnl_link_change(sock, current.get(), change.get(), 0); err < 0)
            problems << netlinkFailure(err, HelperText::tr("Cannot put %1 back as it was").arg(nameOf(saved))).message;
    }
    return joined(problems);
}

MaybeFailure RestorePoint::restoreAddresses(nl_sock* sock) const
{
    QStringList problems;
    forEach<rtnl_addr>(m_addresses.get(), [&](rtnl_addr* addr) {
        if (isKernelLinkLocal(addr, link(rtnl_addr_get_ifindex(addr))))
            return;
        const int err = rtnl_addr_add(sock, addr, NLM_F_EXCL);
        if (err < 0 && err != -NLE_EXIST) {
            char text[INET6_ADDRSTRLEN + 8];
            problems << netlinkFailure(err, HelperText::tr("Cannot put back the address %1")
                                                .arg(QString::fromUtf8(nl_addr2str(rtnl_addr_get_local(addr),
                                                                                   text, sizeof text))))
                            .message;
        }
    });
    return joined(problems);
}

MaybeFailure RestorePoint::restoreRoutes(nl_sock* sock) const
{
    QStringList problems;
    forEach<rtnl_route>(m_routes.get(), [&](rtnl_route* route) {
        // The local table and the kernel's own routes come back with the addresses.
        if (rtnl_route_get_table(route) == RT_TABLE_LOCAL || rtnl_route_get_protocol(route) == RTPROT_KERNEL)
            return;
        // The state flags of a next hop (also shown on the route) are the kernel's to
        // set; it refuses them as input.
        rtnl_route_unset_flags(route, RTNH_F_LINKDOWN | RTNH_F_DEAD);
        rtnl_route_foreach_nexthop(
            route, [](rtnl_nexthop* nh, void*) { rtnl_route_nh_unset_flags(nh, RTNH_F_LINKDOWN | RTNH_F_DEAD); },
            nullptr);
        const int err = rtnl_route_add(sock, route, NLM_F_EXCL);
        if (err < 0 && err != -NLE_EXIST) {
            char text[128];
            problems << netlinkFailure(err, HelperText::tr("Cannot put back the route %1")
                                                .arg(QString::fromUtf8(nl_addr2str(rtnl_route_get_dst(route),
                                                                                   text, sizeof text))))
                            .message;
        }
    });
    return joined(problems);
}

} // namespace NetnsStudio
