// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionExecutor.h"

#include "Masquerade.h"
#include "MasqueradeReader.h"
#include "NetlinkSocket.h"
#include "RestorePoint.h"
#include "Validation.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/rtnetlink.h>
#include <functional>
#include <map>
#include <netlink/addr.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/route.h>
#include <nftables/libnftables.h>
#include <sys/stat.h>
#include <unistd.h>

namespace NetnsStudio {

namespace {

NlAddrPtr toNlAddr(const Validation::Cidr& cidr)
{
    NlAddrPtr addr(nl_addr_build(cidr.family, cidr.address.constData(), size_t(cidr.address.size())));
    if (addr)
        nl_addr_set_prefixlen(addr.get(), unsigned(cidr.prefixLength));
    return addr;
}

/// The way back from one step, run when a later step fails.
using UndoStep = std::function<MaybeFailure()>;
using UndoList = std::vector<UndoStep>;

/// One batch in progress: the namespaces it can name, a socket in each that it
/// has touched, and the way back for every step done. The batch holds a descriptor
/// of every namespace, so a namespace whose name it removed lives on until the end.
class Batch {
public:
    Batch(const NetnsDirectory& directory, std::vector<DiscoveredNamespace> namespaces)
        : m_directory(directory), m_namespaces(std::move(namespaces))
    {
    }

    MaybeFailure run(const Action& a, UndoList* undo, QList<NamespaceId>* created);

private:
    /// Undoes a step by applying its inverse action.
    void undoBy(UndoList* undo, Action inverse);
    /// Undoes a step by putting back what it took away from namespace id (and the
    /// state of the links given).
    void undoByRestoring(UndoList* undo, std::shared_ptr<const RestorePoint> before, NamespaceId id,
                         std::vector<int> links);
    /// Captures what a destructive step in ns would take away.
    MaybeFailure capture(DiscoveredNamespace* ns, std::shared_ptr<const RestorePoint>* out);
    /// The namespace of a veth's peer, from the nsid that the veth's own namespace has for it.
    DiscoveredNamespace* peerNamespace(nl_sock* sock, DiscoveredNamespace* ns, rtnl_link* veth);
    DiscoveredNamespace* find(const NamespaceRef& ref);
    MaybeFailure resolve(const NamespaceRef& ref, DiscoveredNamespace** out);
    MaybeFailure socketFor(DiscoveredNamespace* ns, nl_sock** out);
    /// resolve, then socketFor: where a step acts, and the socket to act with.
    MaybeFailure enter(const NamespaceRef& ref, DiscoveredNamespace** ns, nl_sock** sock);
    MaybeFailure fetchLink(nl_sock* sock, const DiscoveredNamespace* ns, const LinkRef& ref,
                           LinkPtr* out);
    /// enter, then fetchLink: the namespace, socket and link a link step acts on.
    MaybeFailure enterLink(const Action& a, DiscoveredNamespace** ns, nl_sock** sock, LinkPtr* link);
    MaybeFailure changeLink(nl_sock* sock, rtnl_link* link, rtnl_link* change, const QString& doing);

    MaybeFailure addNamespace(const Action& a, UndoList* undo, QList<NamespaceId>* created);
    MaybeFailure deleteNamespace(const Action& a, UndoList* undo);
    MaybeFailure attachNamespace(const Action& a, UndoList* undo);
    MaybeFailure addVethPair(const Action& a, UndoList* undo);
    MaybeFailure linkAction(const Action& a, UndoList* undo);
    MaybeFailure deleteLink(DiscoveredNamespace* ns, nl_sock* sock, rtnl_link* link, UndoList* undo);
    MaybeFailure moveLink(const Action& a, DiscoveredNamespace* ns, nl_sock* sock, rtnl_link* link,
                          UndoList* undo);
    MaybeFailure addressAction(const Action& a, UndoList* undo);
    MaybeFailure routeAction(const Action& a, UndoList* undo);
    MaybeFailure addBridge(const Action& a, UndoList* undo);
    MaybeFailure setForwarding(const Action& a, UndoList* undo);
    MaybeFailure setMasquerade(const Action& a, UndoList* undo);

    const NetnsDirectory& m_directory;
    std::vector<DiscoveredNamespace> m_namespaces;
    std::map<NamespaceId, SocketPtr> m_sockets;
};

DiscoveredNamespace* Batch::find(const NamespaceRef& ref)
{
    for (DiscoveredNamespace& ns : m_namespaces)
        if (ref.id ? ns.id == ref.id : (!ns.name.isEmpty() && ns.name == ref.name))
            return &ns;
    return nullptr;
}

MaybeFailure Batch::resolve(const NamespaceRef& ref, DiscoveredNamespace** out)
{
    *out = find(ref);
    if (*out)
        return std::nullopt;
    if (ref.id)
        return Failure{HelperErrors::NotFound,
                       HelperText::tr("There is no network namespace with id %1 (any more).").arg(ref.id)};
    return Failure{HelperErrors::NotFound,
                   HelperText::tr("There is no namespace named '%1'.").arg(ref.name)};
}

MaybeFailure Batch::socketFor(DiscoveredNamespace* ns, nl_sock** out)
{
    auto it = m_sockets.find(ns->id);
    if (it == m_sockets.end()) {
        std::vector<SocketPtr> opened = openRouteSockets({ns->fd.get()});
        if (!opened[0])
            return Failure{HelperErrors::Kernel,
                           HelperText::tr("Cannot open a netlink socket in namespace %1.").arg(ns->label)};
        it = m_sockets.emplace(ns->id, std::move(opened[0])).first;
    }
    *out = it->second.get();
    return std::nullopt;
}

MaybeFailure Batch::enter(const NamespaceRef& ref, DiscoveredNamespace** ns, nl_sock** sock)
{
    if (MaybeFailure f = resolve(ref, ns))
        return f;
    return socketFor(*ns, sock);
}

MaybeFailure Batch::fetchLink(nl_sock* sock, const DiscoveredNamespace* ns, const LinkRef& ref,
                              LinkPtr* out)
{
    rtnl_link* link = nullptr;
    const QByteArray name = ref.name.toUtf8();
    const int err = rtnl_link_get_kernel(sock, ref.ifindex, ref.ifindex ? nullptr : name.constData(), &link);
    out->reset(link);
    const QString where = ns->label;
    if (err < 0 || !link)
        return Failure{HelperErrors::NotFound,
                       HelperText::tr("There is no interface '%1' in %2.").arg(ref.name, where)};
    // Re-resolved at the moment of acting: an index whose name changed is not ours.
    if (QString::fromUtf8(rtnl_link_get_name(link)) != ref.name)
        return Failure{HelperErrors::NotFound,
                       HelperText::tr("Interface %1 in %2 is now called '%3', not '%4'.")
                           .arg(ref.ifindex)
                           .arg(where, QString::fromUtf8(rtnl_link_get_name(link)), ref.name)};
    return std::nullopt;
}

MaybeFailure Batch::enterLink(const Action& a, DiscoveredNamespace** ns, nl_sock** sock, LinkPtr* link)
{
    if (MaybeFailure f = enter(a.ns, ns, sock))
        return f;
    return fetchLink(*sock, *ns, a.link, link);
}

MaybeFailure Batch::changeLink(nl_sock* sock, rtnl_link* link, rtnl_link* change, const QString& doing)
{
    if (const int err = rtnl_link_change(sock, link, change, 0); err < 0)
        return netlinkFailure(err, doing);
    return std::nullopt;
}

void Batch::undoBy(UndoList* undo, Action inverse)
{
    undo->push_back([this, inverse = std::move(inverse)] {
        UndoList none;
        QList<NamespaceId> ignored;
        return run(inverse, &none, &ignored);
    });
}

void Batch::undoByRestoring(UndoList* undo, std::shared_ptr<const RestorePoint> before, NamespaceId id,
                            std::vector<int> links)
{
    undo->push_back([this, before = std::move(before), id, links = std::move(links)]() -> MaybeFailure {
        DiscoveredNamespace* ns = nullptr;
        nl_sock* sock = nullptr;
        if (MaybeFailure f = enter(NamespaceRef::byId(id), &ns, &sock))
            return f;
        return before->restore(sock, links);
    });
}

MaybeFailure Batch::capture(DiscoveredNamespace* ns, std::shared_ptr<const RestorePoint>* out)
{
    nl_sock* sock = nullptr;
    if (MaybeFailure f = socketFor(ns, &sock))
        return f;
    MaybeFailure failure;
    *out = RestorePoint::capture(sock, &failure);
    return failure;
}

DiscoveredNamespace* Batch::peerNamespace(nl_sock* sock, DiscoveredNamespace* ns, rtnl_link* veth)
{
    int32_t nsid = -1;
    if (rtnl_link_get_link_netnsid(veth, &nsid) < 0)
        return ns;
    for (DiscoveredNamespace& other : m_namespaces)
        if (other.id != ns->id && nsidOf(sock, other.fd.get()) == nsid)
            return &other;
    return nullptr;
}

MaybeFailure Batch::addNamespace(const Action& a, UndoList* undo, QList<NamespaceId>* created)
{
    UniqueFd fd;
    if (MaybeFailure f = m_directory.create(a.name, &fd))
        return f;
    struct stat st {};
    ::fstat(fd.get(), &st);
    DiscoveredNamespace ns;
    ns.id = st.st_ino;
    ns.kind = NamespaceKind::Named;
    ns.name = a.name;
    ns.label = a.name;
    ns.fd = std::move(fd);
    created->append(ns.id);
    m_namespaces.push_back(std::move(ns));
    undoBy(undo, Action::deleteNamespace(NamespaceRef::byName(a.name)));
    return std::nullopt;
}

MaybeFailure Batch::deleteNamespace(const Action& a, UndoList* undo)
{
    DiscoveredNamespace* ns = nullptr;
    if (MaybeFailure f = resolve(a.ns, &ns))
        return f;
    if (ns->name.isEmpty())
        return Failure{HelperErrors::InvalidArgument,
                       HelperText::tr("Namespace %1 has no name to delete: it lives as long as the "
                                      "processes that hold it.")
                           .arg(ns->label)};
    const QString name = ns->name;
    if (MaybeFailure f = m_directory.remove(name))
        return f;
    ns->name.clear();
    // Our descriptor keeps it alive with all it holds: the way back is its name.
    undoBy(undo, Action::attachNamespace(NamespaceRef::byId(ns->id), name));
    return std::nullopt;
}

MaybeFailure Batch::attachNamespace(const Action& a, UndoList* undo)
{
    DiscoveredNamespace* ns = nullptr;
    if (MaybeFailure f = resolve(a.ns, &ns))
        return f;
    if (MaybeFailure f = m_directory.attach(a.name, ns->fd.get()))
        return f;
    if (ns->name.isEmpty())
        ns->name = a.name;
    undoBy(undo, Action::deleteNamespace(NamespaceRef::byName(a.name)));
    return std::nullopt;
}

MaybeFailure Batch::addVethPair(const Action& a, UndoList* undo)
{
    DiscoveredNamespace *ns = nullptr, *peerNs = nullptr;
    nl_sock* sock = nullptr;
    if (MaybeFailure f = resolve(a.ns, &ns))
        return f;
    if (MaybeFailure f = resolve(a.peerNs, &peerNs))
        return f;
    if (MaybeFailure f = socketFor(ns, &sock))
        return f;
    LinkPtr veth(rtnl_link_veth_alloc());
    if (!veth)
        return Failure{HelperErrors::Kernel, HelperText::tr("Out of memory.")};
    rtnl_link_set_name(veth.get(), a.name.toUtf8().constData());
    rtnl_link* peer = rtnl_link_veth_get_peer(veth.get());
    rtnl_link_set_name(peer, a.peerName.toUtf8().constData());
    if (peerNs != ns)
        rtnl_link_set_ns_fd(peer, peerNs->fd.get());
    rtnl_link_put(peer);
    const int err = rtnl_link_add(sock, veth.get(), NLM_F_CREATE | NLM_F_EXCL);
    rtnl_link_veth_release(veth.release());
    if (err < 0)
        return netlinkFailure(err, HelperText::tr("Cannot create the veth pair %1/%2").arg(a.name, a.peerName));
    undoBy(undo, Action::deleteLink(a.ns, {a.name, 0}));
    return std::nullopt;
}

MaybeFailure Batch::linkAction(const Action& a, UndoList* undo)
{
    using T = Action::Type;
    DiscoveredNamespace* ns = nullptr;
    nl_sock* sock = nullptr;
    LinkPtr link;
    if (MaybeFailure f = enterLink(a, &ns, &sock, &link))
        return f;
    const LinkRef current{a.link.name, rtnl_link_get_ifindex(link.get())};
    const QString doing = HelperText::tr("Cannot change %1 in %2").arg(a.link.name, ns->label);
    LinkPtr change(rtnl_link_alloc());

    switch (a.type) {
    case T::MoveLink: return moveLink(a, ns, sock, link.get(), undo);
    case T::RenameLink:
        rtnl_link_set_name(change.get(), a.name.toUtf8().constData());
        if (MaybeFailure f = changeLink(sock, link.get(), change.get(), doing))
            return f;
        undoBy(undo, Action::renameLink(a.ns, {a.name, current.ifindex}, a.link.name));
        return std::nullopt;
    case T::SetLinkUp: {
        const bool wasUp = rtnl_link_get_flags(link.get()) & IFF_UP;
        // Down, the kernel drops the link's routes (and IPv6 addresses): keep them to put back.
        std::shared_ptr<const RestorePoint> before;
        if (wasUp && !a.flag)
            if (MaybeFailure f = capture(ns, &before))
                return f;
        if (a.flag)
            rtnl_link_set_flags(change.get(), IFF_UP);
        else
            rtnl_link_unset_flags(change.get(), IFF_UP);
        if (MaybeFailure f = changeLink(sock, link.get(), change.get(), doing))
            return f;
        if (before)
            undoByRestoring(undo, before, ns->id, {current.ifindex});
        else
            undoBy(undo, Action::setLinkUp(a.ns, current, wasUp));
        return std::nullopt;
    }
    case T::SetMtu: {
        const quint32 old = rtnl_link_get_mtu(link.get());
        rtnl_link_set_mtu(change.get(), a.number);
        if (MaybeFailure f = changeLink(sock, link.get(), change.get(), doing))
            return f;
        undoBy(undo, Action::setMtu(a.ns, current, old));
        return std::nullopt;
    }
    case T::SetMaster: {
        LinkRef oldMaster;
        if (const int m = rtnl_link_get_master(link.get()); m > 0) {
            rtnl_link* raw = nullptr;
            LinkPtr masterLink(rtnl_link_get_kernel(sock, m, nullptr, &raw) >= 0 ? raw : nullptr);
            if (masterLink)
                oldMaster = {QString::fromUtf8(rtnl_link_get_name(masterLink.get())), m};
        }
        int masterIndex = 0;
        if (a.master.isSet()) {
            LinkPtr master;
            if (MaybeFailure f = fetchLink(sock, ns, a.master, &master))
                return f;
            masterIndex = rtnl_link_get_ifindex(master.get());
        }
        rtnl_link_set_master(change.get(), masterIndex);
        if (MaybeFailure f = changeLink(sock, link.get(), change.get(), doing))
            return f;
        undoBy(undo, Action::setMaster(a.ns, current, oldMaster));
        return std::nullopt;
    }
    case T::DeleteLink: return deleteLink(ns, sock, link.get(), undo);
    default:
        return Failure{HelperErrors::InvalidArgument, HelperText::tr("Not a link action.")};
    }
}

MaybeFailure Batch::moveLink(const Action& a, DiscoveredNamespace* ns, nl_sock* sock, rtnl_link* link,
                             UndoList* undo)
{
    DiscoveredNamespace* target = nullptr;
    if (MaybeFailure f = resolve(a.peerNs, &target))
        return f;
    // Moved, a link loses its addresses, routes, master and up state.
    std::shared_ptr<const RestorePoint> before;
    if (MaybeFailure f = capture(ns, &before))
        return f;
    LinkPtr change(rtnl_link_alloc());
    rtnl_link_set_ns_fd(change.get(), target->fd.get());
    if (MaybeFailure f = changeLink(sock, link, change.get(),
                                    HelperText::tr("Cannot move %1 to %2").arg(a.link.name, target->label)))
        return f;
    undo->push_back([this, before, from = ns->id, to = target->id, name = a.link.name,
                     ifindex = rtnl_link_get_ifindex(link)]() -> MaybeFailure {
        DiscoveredNamespace *home = nullptr, *away = nullptr;
        nl_sock *homeSock = nullptr, *awaySock = nullptr;
        LinkPtr moved;
        if (MaybeFailure f = enter(NamespaceRef::byId(from), &home, &homeSock))
            return f;
        if (MaybeFailure f = enter(NamespaceRef::byId(to), &away, &awaySock))
            return f;
        if (MaybeFailure f = fetchLink(awaySock, away, {name, 0}, &moved))
            return f;
        // Back under its old ifindex, which the target namespace may have had taken.
        nl_msg* raw = nullptr;
        LinkPtr back(rtnl_link_alloc());
        rtnl_link_set_ns_fd(back.get(), home->fd.get());
        int err = rtnl_link_build_change_request(moved.get(), back.get(), 0, &raw);
        if (err >= 0 && nla_put_s32(raw, IFLA_NEW_IFINDEX, ifindex) < 0)
            err = -NLE_NOMEM;
        if (err >= 0)
            err = nl_send_sync(awaySock, raw); // frees raw
        else
            nlmsg_free(raw);
        if (err < 0)
            return netlinkFailure(err, HelperText::tr("Cannot move %1 back to %2").arg(name, home->label));
        return before->restore(homeSock, {ifindex});
    });
    return std::nullopt;
}

MaybeFailure Batch::deleteLink(DiscoveredNamespace* ns, nl_sock* sock, rtnl_link* link, UndoList* undo)
{
    const QString name = QString::fromUtf8(rtnl_link_get_name(link));
    const int ifindex = rtnl_link_get_ifindex(link);
    // Deleted, a link takes its addresses and routes along, a veth its peer too, and a
    // bridge lets go of its ports: keep both namespaces as they were to put them back.
    std::shared_ptr<const RestorePoint> here, there;
    if (MaybeFailure f = capture(ns, &here))
        return f;
    DiscoveredNamespace* peerNs = ns;
    int peerIfindex = 0;
    if (rtnl_link_is_veth(link)) {
        peerNs = peerNamespace(sock, ns, link);
        peerIfindex = rtnl_link_get_link(link);
        if (!peerNs)
            return Failure{HelperErrors::Kernel,
                           HelperText::tr("Cannot find the namespace of the peer of %1 in %2, so deleting it "
                                          "could not be undone.")
                               .arg(name, ns->label)};
        if (peerNs == ns)
            there = here;
        else if (MaybeFailure f = capture(peerNs, &there))
            return f;
    }
    if (const int err = rtnl_link_delete(sock, link); err < 0)
        return netlinkFailure(err, HelperText::tr("Cannot delete %1 in %2").arg(name, ns->label));
    std::vector<int> touched = here->portsOf(ifindex);
    touched.push_back(ifindex);
    if (peerNs == ns && peerIfindex)
        touched.push_back(peerIfindex);
    undo->push_back([this, here, there, touched, ifindex, peerIfindex, id = ns->id,
                     peerId = peerNs->id]() -> MaybeFailure {
        DiscoveredNamespace *home = nullptr, *peerHome = nullptr;
        nl_sock *homeSock = nullptr, *peerSock = nullptr;
        if (MaybeFailure f = enter(NamespaceRef::byId(id), &home, &homeSock))
            return f;
        if (MaybeFailure f = enter(NamespaceRef::byId(peerId), &peerHome, &peerSock))
            return f;
        if (MaybeFailure f = here->recreate(homeSock, ifindex, there.get(), peerHome->fd.get()))
            return f;
        MaybeFailure f = here->restore(homeSock, touched);
        if (!f && there && there != here)
            f = there->restore(peerSock, {peerIfindex});
        return f;
    });
    return std::nullopt;
}

MaybeFailure Batch::addressAction(const Action& a, UndoList* undo)
{
    DiscoveredNamespace* ns = nullptr;
    nl_sock* sock = nullptr;
    LinkPtr link;
    if (MaybeFailure f = enterLink(a, &ns, &sock, &link))
        return f;
    QString error;
    const auto cidr = Validation::parseCidr(a.address, &error);
    AddrPtr addr(rtnl_addr_alloc());
    NlAddrPtr local = toNlAddr(*cidr);
    rtnl_addr_set_ifindex(addr.get(), rtnl_link_get_ifindex(link.get()));
    rtnl_addr_set_family(addr.get(), cidr->family);
    rtnl_addr_set_local(addr.get(), local.get());
    rtnl_addr_set_prefixlen(addr.get(), cidr->prefixLength);
    const LinkRef current{a.link.name, rtnl_link_get_ifindex(link.get())};
    if (a.type == Action::Type::AddAddress) {
        if (const int err = rtnl_addr_add(sock, addr.get(), NLM_F_EXCL); err < 0)
            return netlinkFailure(err, HelperText::tr("Cannot add %1 to %2").arg(a.address, a.link.name));
        undoBy(undo, Action::deleteAddress(a.ns, current, a.address));
    } else {
        // With an address go the routes that use it (and with IPv4's last one, all the
        // link's routes): keep them to put back.
        std::shared_ptr<const RestorePoint> before;
        if (MaybeFailure f = capture(ns, &before))
            return f;
        if (const int err = rtnl_addr_delete(sock, addr.get(), 0); err < 0)
            return netlinkFailure(err, HelperText::tr("Cannot remove %1 from %2").arg(a.address, a.link.name));
        undoByRestoring(undo, before, ns->id, {});
    }
    return std::nullopt;
}

MaybeFailure Batch::routeAction(const Action& a, UndoList* undo)
{
    DiscoveredNamespace* ns = nullptr;
    nl_sock* sock = nullptr;
    if (MaybeFailure f = enter(a.ns, &ns, &sock))
        return f;
    int ifindex = 0;
    if (a.link.isSet()) {
        LinkPtr link;
        if (MaybeFailure f = fetchLink(sock, ns, a.link, &link))
            return f;
        ifindex = rtnl_link_get_ifindex(link.get());
    }
    QString error;
    std::optional<Validation::Cidr> gateway;
    if (!a.gateway.isEmpty())
        gateway = Validation::parseIpLiteral(a.gateway, &error);
    std::optional<Validation::Cidr> dst;
    if (a.address != QLatin1String("default"))
        dst = Validation::parseCidr(a.address, &error);
    const int family = dst ? dst->family : gateway ? gateway->family : AF_INET;
    if (!dst) {
        dst = Validation::Cidr{family, QByteArray(family == AF_INET ? 4 : 16, '\0'), 0};
    }

    RoutePtr route(rtnl_route_alloc());
    NlAddrPtr dstAddr = toNlAddr(dst->network());
    rtnl_route_set_family(route.get(), uint8_t(family));
    rtnl_route_set_table(route.get(), RT_TABLE_MAIN);
    rtnl_route_set_dst(route.get(), dstAddr.get());
    rtnl_route_set_type(route.get(), RTN_UNICAST);
    if (a.number)
        rtnl_route_set_priority(route.get(), a.number);
    rtnl_nexthop* nh = rtnl_route_nh_alloc();
    if (ifindex)
        rtnl_route_nh_set_ifindex(nh, ifindex);
    if (gateway) {
        NlAddrPtr gw = toNlAddr(*gateway);
        rtnl_route_nh_set_gateway(nh, gw.get());
    }
    rtnl_route_add_nexthop(route.get(), nh);

    const QString text = a.address + (a.gateway.isEmpty() ? QString() : QStringLiteral(" via ") + a.gateway);
    if (a.type == Action::Type::AddRoute) {
        // As ip does: boot protocol; link scope for an IPv4 route without a gateway.
        rtnl_route_set_protocol(route.get(), RTPROT_BOOT);
        rtnl_route_set_scope(route.get(),
                             family == AF_INET && !gateway ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE);
        if (const int err = rtnl_route_add(sock, route.get(), NLM_F_EXCL); err < 0)
            return netlinkFailure(err, HelperText::tr("Cannot add the route %1 in %2").arg(text, ns->label));
        undoBy(undo, Action::deleteRoute(a.ns, a.address, a.gateway, a.link, a.number));
    } else {
        // As ip does: any scope and any protocol match (libnl's default protocol is static).
        rtnl_route_set_scope(route.get(), RT_SCOPE_NOWHERE);
        rtnl_route_set_protocol(route.get(), RTPROT_UNSPEC);
        if (const int err = rtnl_route_delete(sock, route.get(), 0); err < 0)
            return netlinkFailure(err, HelperText::tr("Cannot delete the route %1 in %2").arg(text, ns->label));
        undoBy(undo, Action::addRoute(a.ns, a.address, a.gateway, a.link, a.number));
    }
    return std::nullopt;
}

MaybeFailure Batch::addBridge(const Action& a, UndoList* undo)
{
    DiscoveredNamespace* ns = nullptr;
    nl_sock* sock = nullptr;
    if (MaybeFailure f = enter(a.ns, &ns, &sock))
        return f;
    LinkPtr bridge(rtnl_link_bridge_alloc());
    rtnl_link_set_name(bridge.get(), a.name.toUtf8().constData());
    if (const int err = rtnl_link_add(sock, bridge.get(), NLM_F_CREATE | NLM_F_EXCL); err < 0)
        return netlinkFailure(err, HelperText::tr("Cannot create the bridge %1 in %2").arg(a.name, ns->label));
    undoBy(undo, Action::deleteLink(a.ns, {a.name, 0}));
    return std::nullopt;
}

MaybeFailure Batch::setForwarding(const Action& a, UndoList* undo)
{
    DiscoveredNamespace* ns = nullptr;
    if (MaybeFailure f = resolve(a.ns, &ns))
        return f;
    // /proc/sys/net shows the namespace of the thread that opens it.
    const char* path = a.family == QLatin1String("inet6") ? "/proc/sys/net/ipv6/conf/all/forwarding"
                                                          : "/proc/sys/net/ipv4/ip_forward";
    char old = '0';
    const int result = runInNamespace(ns->fd.get(), [&] {
        const int fd = ::open(path, O_RDWR | O_CLOEXEC);
        if (fd < 0)
            return -errno;
        int rc = 0;
        if (::read(fd, &old, 1) != 1 || ::lseek(fd, 0, SEEK_SET) != 0 ||
            ::write(fd, a.flag ? "1\n" : "0\n", 2) != 2)
            rc = -errno;
        ::close(fd);
        return rc;
    });
    if (result < 0)
        return systemFailure(-result, HelperText::tr("Cannot set forwarding in %1").arg(ns->label));
    undoBy(undo, Action::setForwarding(a.ns, a.family, old == '1'));
    return std::nullopt;
}

/// Runs an nft script with libnftables in the calling thread's namespace; returns the
/// first line of nft's error, or nothing when it worked.
std::optional<QString> runNft(const QString& script)
{
    struct CtxDeleter {
        void operator()(nft_ctx* c) const { nft_ctx_free(c); }
    };
    std::unique_ptr<nft_ctx, CtxDeleter> nft(nft_ctx_new(NFT_CTX_DEFAULT));
    if (!nft)
        return QStringLiteral("libnftables could not start.");
    nft_ctx_buffer_output(nft.get());
    nft_ctx_buffer_error(nft.get());
    if (nft_run_cmd_from_buffer(nft.get(), script.toUtf8().constData()) == 0)
        return std::nullopt;
    return QString::fromUtf8(nft_ctx_get_error_buffer(nft.get())).section(QLatin1Char('\n'), 0, 0);
}

MaybeFailure Batch::setMasquerade(const Action& a, UndoList* undo)
{
    DiscoveredNamespace* ns = nullptr;
    nl_sock* sock = nullptr;
    LinkPtr link;
    if (MaybeFailure f = enterLink(a, &ns, &sock, &link))
        return f;
    Link current; // what MasqueradeState::covers needs of it
    current.ifindex = rtnl_link_get_ifindex(link.get());
    current.name = a.link.name;
    // libnftables talks over a netlink socket that it opens itself, in the namespace
    // of its thread: read, decide and write from one thread inside the namespace.
    MaybeFailure failure;
    const int entered = runInNamespace(ns->fd.get(), [&] {
        SocketPtr netfilter(nl_socket_alloc());
        MasqueradeState state;
        if (!netfilter || nl_connect(netfilter.get(), NETLINK_NETFILTER) < 0 ||
            MasqueradeReader::read(netfilter.get(), &state) < 0) {
            failure = Failure{HelperErrors::Kernel,
                              HelperText::tr("Cannot read the nftables rules of %1.").arg(ns->label)};
            return 0;
        }
        if (a.flag && state.covers(current)) {
            failure = Failure{HelperErrors::Exists,
                              HelperText::tr("Traffic leaving %1 in %2 is masqueraded already.")
                                  .arg(a.link.name, ns->label)};
            return 0;
        }
        if (!a.flag && !state.ownSetNames.contains(a.link.name)) {
            failure = Failure{HelperErrors::NotFound,
                              state.covers(current)
                                  ? HelperText::tr("Traffic leaving %1 in %2 is masqueraded by an nftables "
                                                   "rule that Netns Studio did not write; change it with nft.")
                                        .arg(a.link.name, ns->label)
                                  : HelperText::tr("Traffic leaving %1 in %2 is not masqueraded.")
                                        .arg(a.link.name, ns->label)};
            return 0;
        }
        if (const auto error = runNft(Masquerade::nftScript(a.link.name, a.flag)))
            failure = Failure{HelperErrors::Kernel,
                              HelperText::tr("Cannot change masquerading of %1 in %2: %3")
                                  .arg(a.link.name, ns->label, *error)};
        return 0;
    });
    if (entered < 0)
        return systemFailure(-entered, HelperText::tr("Cannot enter namespace %1").arg(ns->label));
    if (failure)
        return failure;
    undoBy(undo, Action::setMasquerade(a.ns, {a.link.name, current.ifindex}, !a.flag));
    return std::nullopt;
}

MaybeFailure Batch::run(const Action& a, UndoList* undo, QList<NamespaceId>* created)
{
    using T = Action::Type;
    switch (a.type) {
    case T::AddNamespace: return addNamespace(a, undo, created);
    case T::DeleteNamespace: return deleteNamespace(a, undo);
    case T::AttachNamespace: return attachNamespace(a, undo);
    case T::AddVethPair: return addVethPair(a, undo);
    case T::MoveLink:
    case T::RenameLink:
    case T::SetLinkUp:
    case T::SetMtu:
    case T::SetMaster:
    case T::DeleteLink: return linkAction(a, undo);
    case T::AddAddress:
    case T::DeleteAddress: return addressAction(a, undo);
    case T::AddRoute:
    case T::DeleteRoute: return routeAction(a, undo);
    case T::AddBridge: return addBridge(a, undo);
    case T::SetForwarding: return setForwarding(a, undo);
    case T::SetMasquerade: return setMasquerade(a, undo);
    }
    return Failure{HelperErrors::InvalidArgument, HelperText::tr("Unknown action.")};
}

} // namespace

ActionExecutor::Outcome ActionExecutor::apply(const QList<Action>& steps, const Progress& progress) const
{
    Outcome outcome;
    Batch batch(m_directory, m_discovery.discover());
    UndoList undo;
    for (int i = 0; i < steps.size(); ++i) {
        UndoList stepUndo;
        if (MaybeFailure f = batch.run(steps[i], &stepUndo, &outcome.created)) {
            outcome.failure = f;
            outcome.failedStep = i;
            break;
        }
        std::move(stepUndo.begin(), stepUndo.end(), std::back_inserter(undo));
        if (progress)
            progress(i + 1, int(steps.size()));
    }
    if (!outcome.failure)
        return outcome;
    // Undo in reverse; what cannot be undone is said in the message.
    QStringList leftovers;
    for (auto it = undo.crbegin(); it != undo.crend(); ++it)
        if (MaybeFailure f = (*it)())
            leftovers << f->message;
    outcome.created.clear();
    outcome.undoFailures = leftovers;
    return outcome;
}

} // namespace NetnsStudio
