// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetlinkNames.h"

#include <linux/if.h>
#include <linux/rtnetlink.h>
#include <netlink/utils.h>
#include <sys/socket.h>

namespace NetnsStudio::NetlinkNames {

QString operstate(uint8_t state)
{
    static const char* const names[] = {"UNKNOWN", "NOTPRESENT", "DOWN", "LOWERLAYERDOWN",
                                        "TESTING", "DORMANT",    "UP"};
    if (state < std::size(names))
        return QString::fromLatin1(names[state]);
    return QString::number(state);
}

QString routeScope(uint8_t scope)
{
    switch (scope) {
    case RT_SCOPE_UNIVERSE: return QStringLiteral("global");
    case RT_SCOPE_SITE: return QStringLiteral("site");
    case RT_SCOPE_LINK: return QStringLiteral("link");
    case RT_SCOPE_HOST: return QStringLiteral("host");
    case RT_SCOPE_NOWHERE: return QStringLiteral("nowhere");
    default: return QString::number(scope);
    }
}

QString routeProtocol(uint8_t proto)
{
    // iproute2's built-in table (lib/rt_names.c and /usr/share/iproute2/rt_protos).
    switch (proto) {
    case RTPROT_UNSPEC: return QStringLiteral("unspec");
    case RTPROT_REDIRECT: return QStringLiteral("redirect");
    case RTPROT_KERNEL: return QStringLiteral("kernel");
    case RTPROT_BOOT: return QStringLiteral("boot");
    case RTPROT_STATIC: return QStringLiteral("static");
    case RTPROT_GATED: return QStringLiteral("gated");
    case RTPROT_RA: return QStringLiteral("ra");
    case RTPROT_MRT: return QStringLiteral("mrt");
    case RTPROT_ZEBRA: return QStringLiteral("zebra");
    case RTPROT_BIRD: return QStringLiteral("bird");
    case RTPROT_DNROUTED: return QStringLiteral("dnrouted");
    case RTPROT_XORP: return QStringLiteral("xorp");
    case RTPROT_NTK: return QStringLiteral("ntk");
    case RTPROT_DHCP: return QStringLiteral("dhcp");
    case RTPROT_KEEPALIVED: return QStringLiteral("keepalived");
    case RTPROT_BABEL: return QStringLiteral("babel");
    case RTPROT_OPENR: return QStringLiteral("openr");
    case RTPROT_BGP: return QStringLiteral("bgp");
    case RTPROT_ISIS: return QStringLiteral("isis");
    case RTPROT_OSPF: return QStringLiteral("ospf");
    case RTPROT_RIP: return QStringLiteral("rip");
    case RTPROT_EIGRP: return QStringLiteral("eigrp");
    default: return QString::number(proto);
    }
}

QString routeType(uint8_t type)
{
    static const char* const names[] = {"none",      "unicast", "local",       "broadcast",
                                        "anycast",   "multicast", "blackhole", "unreachable",
                                        "prohibit",  "throw",   "nat",         "xresolve"};
    if (type < std::size(names))
        return QString::fromLatin1(names[type]);
    return QString::number(type);
}

QString linkType(unsigned arphrd)
{
    char buffer[64];
    return QString::fromLatin1(nl_llproto2str(int(arphrd), buffer, sizeof buffer));
}

QString family(int family)
{
    switch (family) {
    case AF_INET: return QStringLiteral("inet");
    case AF_INET6: return QStringLiteral("inet6");
    default: return QString::number(family);
    }
}

} // namespace NetnsStudio::NetlinkNames
