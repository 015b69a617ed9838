// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyJson.h"

#include <QJsonArray>

namespace NetnsStudio::TopologyJson {

namespace {

QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject linkToJson(const Link& link)
{
    QJsonObject peer;
    if (link.peer.isValid()) {
        peer.insert(QStringLiteral("namespace"),
                    link.peer.namespaceId ? QJsonValue(double(link.peer.namespaceId))
                                          : QJsonValue(QJsonValue::Null));
        peer.insert(QStringLiteral("ifindex"), link.peer.ifindex);
        peer.insert(QStringLiteral("name"), stringOrNull(link.peer.name));
    }
    return {
        {QStringLiteral("ifindex"), link.ifindex},
        {QStringLiteral("name"), link.name},
        {QStringLiteral("kind"), stringOrNull(link.kind)},
        {QStringLiteral("type"), stringOrNull(link.linkType)},
        {QStringLiteral("up"), link.up},
        {QStringLiteral("operstate"), link.operstate},
        {QStringLiteral("mtu"), double(link.mtu)},
        {QStringLiteral("mac"), stringOrNull(link.mac)},
        {QStringLiteral("master"), stringOrNull(link.master)},
        {QStringLiteral("peer"), link.peer.isValid() ? QJsonValue(peer) : QJsonValue()},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(link.addresses)},
        {QStringLiteral("rp_filter"), link.rpFilter},
        {QStringLiteral("masquerade"), link.masquerade},
    };
}

QJsonObject routeToJson(const Route& route)
{
    return {
        {QStringLiteral("family"), route.family},
        {QStringLiteral("type"), route.type},
        {QStringLiteral("dst"), route.dst},
        {QStringLiteral("gateway"), stringOrNull(route.gateway)},
        {QStringLiteral("dev"), stringOrNull(route.dev)},
        {QStringLiteral("scope"), route.scope},
        {QStringLiteral("protocol"), route.protocol},
        {QStringLiteral("metric"), double(route.metric)},
        {QStringLiteral("prefsrc"), stringOrNull(route.prefsrc)},
    };
}

// Small typed readers that remember the first problem they meet.
struct Reader {
    QString* error;
    QString where;

    bool fail(const QString& what)
    {
        if (error->isEmpty())
            *error = QStringLiteral("%1: %2").arg(where, what);
        return false;
    }
    QString string(const QJsonObject& o, const char* key, bool nullable = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!(nullable && (v.isNull() || v.isUndefined())))
            fail(QStringLiteral("'%1' must be a string").arg(QLatin1String(key)));
        return {};
    }
    double number(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            fail(QStringLiteral("'%1' must be a number").arg(QLatin1String(key)));
        return v.toDouble();
    }
    QJsonArray array(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            fail(QStringLiteral("'%1' must be a list").arg(QLatin1String(key)));
        return v.toArray();
    }
};

Link linkFromJson(const QJsonObject& o, Reader& r)
{
    Link link;
    link.ifindex = int(r.number(o, "ifindex"));
    link.name = r.string(o, "name");
    link.kind = r.string(o, "kind", true);
    link.linkType = r.string(o, "type", true);
    link.up = o.value(QStringLiteral("up")).toBool();
    link.operstate = r.string(o, "operstate");
    link.mtu = quint32(r.number(o, "mtu"));
    link.mac = r.string(o, "mac", true);
    link.master = r.string(o, "master", true);
    const QJsonValue peer = o.value(QStringLiteral("peer"));
    if (peer.isObject()) {
        const QJsonObject p = peer.toObject();
        link.peer.namespaceId = NamespaceId(p.value(QStringLiteral("namespace")).toDouble());
        link.peer.ifindex = int(r.number(p, "ifindex"));
        link.peer.name = r.string(p, "name", true);
    }
    for (const QJsonValue& a : r.array(o, "addresses"))
        link.addresses.append(a.toString());
    link.rpFilter = o.value(QStringLiteral("rp_filter")).toInt();
    link.masquerade = o.value(QStringLiteral("masquerade")).toBool();
    return link;
}

Route routeFromJson(const QJsonObject& o, Reader& r)
{
    Route route;
    route.family = r.string(o, "family");
    route.type = r.string(o, "type");
    route.dst = r.string(o, "dst");
    route.gateway = r.string(o, "gateway", true);
    route.dev = r.string(o, "dev", true);
    route.scope = r.string(o, "scope");
    route.protocol = r.string(o, "protocol");
    route.metric = quint32(r.number(o, "metric"));
    route.prefsrc = r.string(o, "prefsrc", true);
    return route;
}

} // namespace

QJsonObject toJson(const Namespace& ns)
{
    QJsonArray pids, links, routes;
    for (quint32 pid : ns.pids)
        pids.append(double(pid));
    for (const Link& link : ns.links)
        links.append(linkToJson(link));
    for (const Route& route : ns.routes)
        routes.append(routeToJson(route));
    return {
        {QStringLiteral("id"), double(ns.id)},
        {QStringLiteral("name"), stringOrNull(ns.name)},
        {QStringLiteral("kind"), namespaceKindName(ns.kind)},
        {QStringLiteral("label"), ns.label},
        {QStringLiteral("pids"), pids},
        {QStringLiteral("links"), links},
        {QStringLiteral("routes"), routes},
        {QStringLiteral("forwarding"), QJsonObject{{QStringLiteral("inet"), ns.forwardingV4},
                                                   {QStringLiteral("inet6"), ns.forwardingV6}}},
        {QStringLiteral("bridgeNetfilter"), ns.bridgeNetfilter},
    };
}

QJsonObject toJson(const Topology& topology)
{
    QJsonArray namespaces;
    for (const Namespace& ns : topology.namespaces)
        namespaces.append(toJson(ns));
    return {{QStringLiteral("namespaces"), namespaces}};
}

std::optional<Topology> fromJson(const QJsonObject& object, QString* error)
{
    error->clear();
    Reader r{error, QStringLiteral("topology")};
    Topology topology;
    for (const QJsonValue& nsValue : r.array(object, "namespaces")) {
        const QJsonObject o = nsValue.toObject();
        Namespace ns;
        ns.id = NamespaceId(r.number(o, "id"));
        r.where = QStringLiteral("namespace %1").arg(ns.id);
        ns.name = r.string(o, "name", true);
        bool kindOk = false;
        ns.kind = namespaceKindFromName(r.string(o, "kind"), &kindOk);
        if (!kindOk)
            r.fail(QStringLiteral("'kind' is not one of host, named, process, container"));
        ns.label = r.string(o, "label");
        for (const QJsonValue& pid : r.array(o, "pids"))
            ns.pids.append(quint32(pid.toDouble()));
        for (const QJsonValue& l : r.array(o, "links"))
            ns.links.append(linkFromJson(l.toObject(), r));
        for (const QJsonValue& rt : r.array(o, "routes"))
            ns.routes.append(routeFromJson(rt.toObject(), r));
        const QJsonObject forwarding = o.value(QStringLiteral("forwarding")).toObject();
        ns.forwardingV4 = forwarding.value(QStringLiteral("inet")).toBool();
        ns.forwardingV6 = forwarding.value(QStringLiteral("inet6")).toBool();
        ns.bridgeNetfilter = o.value(QStringLiteral("bridgeNetfilter")).toBool();
        topology.namespaces.append(ns);
    }
    if (!error->isEmpty())
        return std::nullopt;
    return topology;
}

} // namespace NetnsStudio::TopologyJson
