// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>

/// The words iproute2 prints for netlink numbers, so that what we show matches `ip`.
namespace NetnsStudio::NetlinkNames {

QString operstate(uint8_t state);     ///< IF_OPER_* -> "UP", "DOWN", ...
QString routeScope(uint8_t scope);    ///< RT_SCOPE_* -> "global", "link", ...
QString routeProtocol(uint8_t proto); ///< RTPROT_* -> "kernel", "boot", "static", ...
QString routeType(uint8_t type);      ///< RTN_* -> "unicast", "blackhole", ...
QString linkType(unsigned arphrd);    ///< ARPHRD_* -> "ether", "loopback", "none", ...
QString family(int family);           ///< AF_INET -> "inet", AF_INET6 -> "inet6"

} // namespace NetnsStudio::NetlinkNames
