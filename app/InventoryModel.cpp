// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryModel.h"

namespace NetnsStudio {

namespace {

QList<QStandardItem*> row(const QString& name, const QString& details)
{
    auto* first = new QStandardItem(name);
    auto* second = new QStandardItem(details);
    for (QStandardItem* item : {first, second}) {
        item->setEditable(false);
        item->setToolTip(details.isEmpty() ? name : name + QStringLiteral(" — ") + details);
    }
    return {first, second};
}

QString kindText(NamespaceKind kind)
{
    switch (kind) {
    case NamespaceKind::Host: return InventoryModel::tr("host namespace");
    case NamespaceKind::Named: return InventoryModel::tr("named namespace");
    case NamespaceKind::Process: return InventoryModel::tr("held by a process");
    case NamespaceKind::Container: return InventoryModel::tr("container");
    }
    return {};
}

QString linkDetails(const Topology& topology, const Link& link)
{
    QStringList parts;
    parts << (link.kind.isEmpty() ? link.linkType : link.kind);
    parts << (link.up ? InventoryModel::tr("up") : InventoryModel::tr("down"));
    if (link.operstate != QLatin1String("UP") && link.operstate != QLatin1String("UNKNOWN"))
        parts << InventoryModel::tr("state %1").arg(link.operstate);
    parts << InventoryModel::tr("mtu %1").arg(link.mtu);
    if (!link.mac.isEmpty())
        parts << link.mac;
    if (!link.master.isEmpty())
        parts << InventoryModel::tr("port of %1").arg(link.master);
    if (link.peer.isValid()) {
        const Namespace* peerNs = topology.namespaceById(link.peer.namespaceId);
        const QString peerName =
            link.peer.name.isEmpty() ? InventoryModel::tr("#%1").arg(link.peer.ifindex) : link.peer.name;
        parts << (peerNs ? InventoryModel::tr("peer %1 in %2").arg(peerName, peerNs->label)
                         : InventoryModel::tr("peer %1 in a namespace not visible").arg(peerName));
    }
    return parts.join(QLatin1String(", "));
}

QString routeText(const Route& route)
{
    QString text = route.dst;
    if (route.type != QLatin1String("unicast"))
        text = route.type + QLatin1Char(' ') + text;
    return text;
}

QString routeDetails(const Route& route)
{
    QStringList parts;
    if (!route.gateway.isEmpty())
        parts << InventoryModel::tr("via %1").arg(route.gateway);
    if (!route.dev.isEmpty())
        parts << InventoryModel::tr("dev %1").arg(route.dev);
    parts << InventoryModel::tr("scope %1").arg(route.scope)
          << InventoryModel::tr("proto %1").arg(route.protocol);
    if (route.metric)
        parts << InventoryModel::tr("metric %1").arg(route.metric);
    return parts.join(QLatin1String(", "));
}

} // namespace

InventoryModel::InventoryModel(const TopologyModel* topology, QObject* parent)
    : QStandardItemModel(parent), m_topology(topology)
{
    connect(topology, &TopologyModel::reset, this, &InventoryModel::rebuild);
    connect(topology, &TopologyModel::namespacesChanged, this, &InventoryModel::rebuild);
    rebuild();
}

void InventoryModel::rebuild()
{
    clear();
    setHorizontalHeaderLabels({tr("Name"), tr("Details")});
    const Topology& topology = m_topology->topology();
    for (const Namespace& ns : topology.namespaces) {
        QList<QStandardItem*> nsRow =
            row(ns.label, tr("%1, id %2").arg(kindText(ns.kind)).arg(ns.id));
        nsRow[0]->setData(QVariant::fromValue(ns.id), NamespaceIdRole);
        for (const Link& link : ns.links) {
            QList<QStandardItem*> linkRow = row(link.name, linkDetails(topology, link));
            linkRow[0]->setData(QVariant::fromValue(ns.id), NamespaceIdRole);
            linkRow[0]->setData(link.ifindex, IfindexRole);
            for (const QString& address : link.addresses)
                linkRow[0]->appendRow(row(address, tr("address")));
            nsRow[0]->appendRow(linkRow);
        }
        if (!ns.routes.isEmpty()) {
            QList<QStandardItem*> routesRow = row(tr("Routes"), tr("%n route(s)", nullptr, int(ns.routes.size())));
            for (const Route& route : ns.routes)
                routesRow[0]->appendRow(row(routeText(route), routeDetails(route)));
            nsRow[0]->appendRow(routesRow);
        }
        appendRow(nsRow);
    }
}

} // namespace NetnsStudio
