// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpCommand.h"

#include "Masquerade.h"
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

/// Words of `ip link add/set` that a device name must not be taken for: ip matches
/// them by prefix ("m" is "mtu"), so a name that is a prefix of one is written with
/// its keyword ("dev m", "name m").
bool clashesWithKeyword(const QString& name)
{
    static const char* const keywords[] = {
        "dev", "name", "type", "up", "down", "mtu", "netns", "master", "nomaster", "address",
        "broadcast", "brd", "peer", "txqueuelen", "txqlen", "qlen", "alias", "index", "link",
        "numtxqueues", "numrxqueues", "group", "arp", "multicast", "allmulticast", "promisc",
        "trailers", "dynamic", "carrier", "vf", "xdp", "xdpgeneric", "xdpdrv", "xdpoffload",
        "protodown", "protodown_reason", "addrgenmode", "help", "mode", "state", "gso_max_size",
        "gso_max_segs", "gro_max_size", "tso_max_size", "tso_max_segs", "vrf", "link-netns",
        "link-netnsid", "netnsid", "alt", "altname", "property", "parentdev", "gso_ipv4_max_size",
        "gro_ipv4_max_size"};
    for (const char* keyword : keywords)
        if (QLatin1String(keyword).startsWith(name))
            return true;
    return name.startsWith(QLatin1Char('-'));
}

/// A device as the first word after `ip link set` / `del`.
QString device(const QString& name)
{
    return clashesWithKeyword(name) ? QStringLiteral("dev ") + shellQuote(name) : shellQuote(name);
}

/// A new device's name after `ip link add`.
QString newDevice(const QString& name)
{
    return clashesWithKeyword(name) ? QStringLiteral("name ") + shellQuote(name) : shellQuote(name);
}

QString ipIn(const Place& place, const QStringList& words)
{
    QStringList all = place.enter;
    all << QStringLiteral("ip") << place.ipOptions << words;
    return all.join(QLatin1Char(' '));
}

/// A program other than ip, run inside a place: `ip netns exec NAME …`, `nsenter … …`.
QString runIn(const Place& place, const QString& command)
{
    if (!place.enter.isEmpty())
        return place.enter.join(QLatin1Char(' ')) + QLatin1Char(' ') + command;
    if (!place.ipOptions.isEmpty())
        return QStringLiteral("ip netns exec %1 %2").arg(place.target, command);
    return command;
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
    const QString link = device(a.link.name);
    const QString name = shellQuote(a.name);
    switch (a.type) {
    case T::AddNamespace:
        return QStringLiteral("ip netns add %1").arg(name);
    case T::DeleteNamespace:
        return QStringLiteral("ip netns del %1").arg(here.target);
    case T::AttachNamespace:
        return QStringLiteral("ip netns attach %1 %2").arg(name, here.target);
    case T::AddVethPair: {
        QStringList words{QStringLiteral("link"), QStringLiteral("add"), newDevice(a.name),
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
                           a.address, QStringLiteral("dev"), shellQuote(a.link.name)});
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
            words << QStringLiteral("dev") << shellQuote(a.link.name);
        if (a.number)
            words << QStringLiteral("metric") << QString::number(a.number);
        return ipIn(here, words);
    }
    case T::AddBridge:
        return ipIn(here, {QStringLiteral("link"), QStringLiteral("add"), newDevice(a.name),
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
        return runIn(here, QStringLiteral("sysctl -w %1=%2").arg(key, a.flag ? QStringLiteral("1") : QStringLiteral("0")));
    }
    case T::SetMasquerade:
        return runIn(here, QStringLiteral("nft ") +
                               shellQuote(Masquerade::nftScript(a.link.name, a.flag)));
    }
    return {};
}

QString pingCommand(const NamespaceRef& from, const QString& address, uint count, const Topology& topology)
{
    return runIn(placeOf(from, topology), QStringLiteral("ping -c %1 %2").arg(count).arg(shellQuote(address)));
}

} // namespace NetnsStudio
