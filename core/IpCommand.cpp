// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpCommand.h"

#include "Validation.h"

#include <QStringList>
#include <sys/socket.h>

namespace NetnsStudio {

namespace {

/// How to reach a namespace from a shell: the prefix before "ip" and the -n option.
struct Place {
    QStringList enter; ///< e.g. {"nsenter", "--net=/proc/42/ns/net"} for a process's namespace
    QStringList ipOptions; ///< e.g. {"-n", "blue"}
    QString target;    ///< how `ip link set … netns TARGET` names it: a name or a pid
};

Place placeOf(const NamespaceRef& ref, const Topology& topology)
{
    if (ref.id == 0)
        return {{}, {QStringLiteral("-n"), shellQuote(ref.name)}, shellQuote(ref.name)};
    const Namespace* ns = topology.namespaceById(ref.id);
    if (!ns)
        return {{}, {QStringLiteral("-n"), QStringLiteral("<namespace %1>").arg(ref.id)},
                QStringLiteral("<namespace %1>").arg(ref.id)};
    if (!ns->name.isEmpty() && ns->kind != NamespaceKind::Host)
        return {{}, {QStringLiteral("-n"), shellQuote(ns->name)}, shellQuote(ns->name)};
    if (ns->kind == NamespaceKind::Host)
        return {{}, {}, QStringLiteral("1")}; // pid 1 lives in the host's namespace
    const QString pid = ns->pids.isEmpty() ? QStringLiteral("<pid>") : QString::number(ns->pids.first());
    return {{QStringLiteral("nsenter"), QStringLiteral("--net=/proc/%1/ns/net").arg(pid)}, {}, pid};
}

QString ipIn(const Place& place, const QStringList& words)
{
    QStringList all = place.enter;
    all << QStringLiteral("ip") << place.ipOptions << words;
    return all.join(QLatin1Char(' '));
}

bool isIpv6(const Action& a)
{
    QString error;
    for (const QString& text : {a.address, a.gateway}) {
        if (text.isEmpty() || text == QLatin1String("default"))
            continue;
        const QString bare = text.section(QLatin1Char('/'), 0, 0);
        if (const auto ip = Validation::parseIpLiteral(bare, &error))
            return ip->family == AF_INET6;
    }
    return false;
}

} // namespace

QString shellQuote(const QString& word)
{
    static const QString safe = QStringLiteral(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/:@%+=,");
    bool needs = word.isEmpty();
    for (QChar c : word)
        needs = needs || !safe.contains(c);
    if (!needs)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ipCommand(const Action& a, const Topology& topology)
{
    using T = Action::Type;
    const Place here = placeOf(a.ns, topology);
    const QString link = shellQuote(a.link.name);
    const QString name = shellQuote(a.name);
    switch (a.type) {
    case T::AddNamespace:
        return QStringLiteral("ip netns add %1").arg(name);
    case T::DeleteNamespace:
        return QStringLiteral("ip netns del %1").arg(here.target);
    case T::AttachNamespace:
        return QStringLiteral("ip netns attach %1 %2").arg(name, here.target);
    case T::AddVethPair: {
        QStringList words{QStringLiteral("link"), QStringLiteral("add"), name,
                          QStringLiteral("type"), QStringLiteral("veth"),
                          QStringLiteral("peer"), QStringLiteral("name"), shellQuote(a.peerName)};
        if (!(a.peerNs == a.ns))
            words << QStringLiteral("netns") << placeOf(a.peerNs, topology).target;
        return ipIn(here, words);
    }
    case T::MoveLink:
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("set"), link,
                           QStringLiteral("netns"), placeOf(a.peerNs, topology).target});
    case T::RenameLink:
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("set"), link,
                           QStringLiteral("name"), name});
    case T::SetLinkUp:
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("set"), link,
                           a.flag ? QStringLiteral("up") : QStringLiteral("down")});
    case T::SetMtu:
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("set"), link,
                           QStringLiteral("mtu"), QString::number(a.number)});
    case T::AddAddress:
    case T::DeleteAddress:
        return ipIn(here, {QStringLiteral("addr"),
                           a.type == T::AddAddress ? QStringLiteral("add") : QStringLiteral("del"),
                           a.address, QStringLiteral("dev"), link});
    case T::AddRoute:
    case T::DeleteRoute: {
        QStringList words;
        if (isIpv6(a))
            words << QStringLiteral("-6");
        words << QStringLiteral("route")
              << (a.type == T::AddRoute ? QStringLiteral("add") : QStringLiteral("del"))
              << a.address;
        if (!a.gateway.isEmpty())
            words << QStringLiteral("via") << a.gateway;
        if (a.link.isSet())
            words << QStringLiteral("dev") << link;
        if (a.number)
            words << QStringLiteral("metric") << QString::number(a.number);
        return ipIn(here, words);
    }
    case T::AddBridge:
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("add"), name,
                           QStringLiteral("type"), QStringLiteral("bridge")});
    case T::SetMaster:
        if (!a.master.isSet())
            return ipIn(here, {QStringLiteral("link"), QStringLiteral("set"), link,
                               QStringLiteral("nomaster")});
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("set"), link,
                           QStringLiteral("master"), shellQuote(a.master.name)});
    case T::DeleteLink:
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("del"), link});
    case T::SetForwarding: {
        const QString key = a.family == QLatin1String("inet6")
                                ? QStringLiteral("net.ipv6.conf.all.forwarding")
                                : QStringLiteral("net.ipv4.ip_forward");
        const QString sysctl =
            QStringLiteral("sysctl -w %1=%2").arg(key, a.flag ? QStringLiteral("1") : QStringLiteral("0"));
        if (!here.enter.isEmpty())
            return here.enter.join(QLatin1Char(' ')) + QLatin1Char(' ') + sysctl;
        if (!here.ipOptions.isEmpty())
            return QStringLiteral("ip netns exec %1 %2").arg(here.target, sysctl);
        return sysctl;
    }
    }
    return {};
}

} // namespace NetnsStudio
