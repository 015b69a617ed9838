// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetlinkNames.h"

#include <linux/if.h>
#include <linux/rtnetlink.h>
#include <linux/if_arp.h>
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
    // iproute2's names (lib/ll_types.c), which differ from libnl's in places.
    switch (arphrd) {
    case ARPHRD_ETHER: return QStringLiteral("ether");
    case ARPHRD_LOOPBACK: return QStringLiteral("loopback");
    case ARPHRD_NONE: return QStringLiteral("none");
    case ARPHRD_VOID: return QStringLiteral("void");
    case ARPHRD_TUNNEL: return QStringLiteral("ipip");
    case ARPHRD_TUNNEL6: return QStringLiteral("tunnel6");
    case ARPHRD_SIT: return QStringLiteral("sit");
    case ARPHRD_IPGRE: return QStringLiteral("gre");
    case ARPHRD_IP6GRE: return QStringLiteral("gre6");
    case ARPHRD_PPP: return QStringLiteral("ppp");
    case ARPHRD_INFINIBAND: return QStringLiteral("infiniband");
    case ARPHRD_CAN: return QStringLiteral("can");
    case ARPHRD_IEEE80211: return QStringLiteral("ieee802.11");
    case ARPHRD_IEEE80211_RADIOTAP: return QStringLiteral("ieee802.11/radiotap");
    case ARPHRD_IEEE802154: return QStringLiteral("ieee802.15.4");
    case ARPHRD_NETLINK: return QStringLiteral("netlink");
    case ARPHRD_6LOWPAN: return QStringLiteral("6lowpan");
    case ARPHRD_SLIP: return QStringLiteral("slip");
    case ARPHRD_X25: return QStringLiteral("x25");
    case ARPHRD_FDDI: return QStringLiteral("fddi");
    case ARPHRD_IEEE802: return QStringLiteral("ieee802");
    default: return QStringLiteral("[%1]").arg(arphrd);
    }
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
