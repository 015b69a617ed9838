// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyDBus.h"

#include <QDBusMetaType>

namespace NetnsStudio {

QDBusArgument& operator<<(QDBusArgument& arg, const PeerRef& peer)
{
    arg.beginStructure();
    arg << qulonglong(peer.namespaceId) << peer.ifindex << peer.name;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, PeerRef& peer)
{
    qulonglong id = 0;
    arg.beginStructure();
    arg >> id >> peer.ifindex >> peer.name;
    arg.endStructure();
    peer.namespaceId = id;
    return arg;
}

QDBusArgument& operator<<(QDBusArgument& arg, const Link& link)
{
    arg.beginStructure();
    arg << link.ifindex << link.name << link.kind << link.linkType << link.up << link.operstate
        << link.mtu << link.mac << link.master << link.peer << link.addresses << link.rpFilter
        << link.masquerade;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, Link& link)
{
    arg.beginStructure();
    arg >> link.ifindex >> link.name >> link.kind >> link.linkType >> link.up >>
        link.operstate >> link.mtu >> link.mac >> link.master >> link.peer >> link.addresses >> link.rpFilter >>
        link.masquerade;
    arg.endStructure();
    return arg;
}

QDBusArgument& operator<<(QDBusArgument& arg, const Route& route)
{
    arg.beginStructure();
    arg << route.family << route.type << route.dst << route.gateway << route.dev << route.scope
        << route.protocol << route.metric << route.prefsrc;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, Route& route)
{
    arg.beginStructure();
    arg >> route.family >> route.type >> route.dst >> route.gateway >> route.dev >> route.scope >>
        route.protocol >> route.metric >> route.prefsrc;
    arg.endStructure();
    return arg;
}

QDBusArgument& operator<<(QDBusArgument& arg, const Namespace& ns)
{
    arg.beginStructure();
    arg << qulonglong(ns.id) << ns.name << namespaceKindName(ns.kind) << ns.label << ns.pids
        << ns.links << ns.routes << ns.forwardingV4 << ns.forwardingV6 << ns.bridgeNetfilter;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, Namespace& ns)
{
    qulonglong id = 0;
    QString kind;
    arg.beginStructure();
    arg >> id >> ns.name >> kind >> ns.label >> ns.pids >> ns.links >> ns.routes >> ns.forwardingV4 >>
        ns.forwardingV6 >> ns.bridgeNetfilter;
    arg.endStructure();
    ns.id = id;
    ns.kind = namespaceKindFromName(kind);
    return arg;
}

QDBusArgument& operator<<(QDBusArgument& arg, const Topology& topology)
{
    arg << topology.namespaces;
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, Topology& topology)
{
    arg >> topology.namespaces;
    return arg;
}

void registerDBusTypes()
{
    qDBusRegisterMetaType<PeerRef>();
    qDBusRegisterMetaType<Link>();
    qDBusRegisterMetaType<Route>();
    qDBusRegisterMetaType<Namespace>();
    qDBusRegisterMetaType<QList<Link>>();
    qDBusRegisterMetaType<QList<Route>>();
    qDBusRegisterMetaType<QList<Namespace>>();
    qDBusRegisterMetaType<Topology>();
    // ApplyBatch's aa{sv} and at.
    qDBusRegisterMetaType<QList<QVariantMap>>();
    qDBusRegisterMetaType<QList<qulonglong>>();
}

} // namespace NetnsStudio
