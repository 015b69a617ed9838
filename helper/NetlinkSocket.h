// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperErrors.h"

#include <QString>
#include <functional>
#include <memory>
#include <netlink/cache.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/route.h>
#include <netlink/socket.h>
#include <vector>

namespace NetnsStudio {

struct SocketDeleter {
    void operator()(nl_sock* s) const { nl_socket_free(s); }
};
/// A libnl socket, freed (and closed) when it goes.
using SocketPtr = std::unique_ptr<nl_sock, SocketDeleter>;

struct CacheDeleter {
    void operator()(nl_cache* c) const { nl_cache_free(c); }
};
using CachePtr = std::unique_ptr<nl_cache, CacheDeleter>;

// Owners of libnl objects, which are reference-counted.
struct LinkDeleter {
    void operator()(rtnl_link* l) const { rtnl_link_put(l); }
};
using LinkPtr = std::unique_ptr<rtnl_link, LinkDeleter>;
struct AddrDeleter {
    void operator()(rtnl_addr* a) const { rtnl_addr_put(a); }
};
using AddrPtr = std::unique_ptr<rtnl_addr, AddrDeleter>;
struct RouteDeleter {
    void operator()(rtnl_route* r) const { rtnl_route_put(r); }
};
using RoutePtr = std::unique_ptr<rtnl_route, RouteDeleter>;
struct NlAddrDeleter {
    void operator()(nl_addr* a) const { nl_addr_put(a); }
};
using NlAddrPtr = std::unique_ptr<nl_addr, NlAddrDeleter>;

/// Opens a libnl socket of each protocol inside each namespace given by an nsfs
/// descriptor: result[namespace][protocol], an entry left empty where that fails. A
/// netlink socket belongs to the namespace of the thread that created it, and setns
/// changes only the calling thread, so this runs on a thread of its own that enters
/// each namespace in turn. The sockets then work from any thread. alsoInside(i), when
/// given, runs on that thread in namespace i too (files under /proc/sys/net opened
/// there belong to that namespace).
std::vector<std::vector<SocketPtr>> openSockets(const std::vector<int>& namespaceFds,
                                                const std::vector<int>& protocols,
                                                const std::function<void(size_t)>& alsoInside = {});

/// openSockets for NETLINK_ROUTE alone.
std::vector<SocketPtr> openRouteSockets(const std::vector<int>& namespaceFds);

/// The nsid that namespace `from` (through its socket) has for the namespace behind
/// targetFd, or -1. RTM_GETNSID never allocates an nsid: reading changes nothing.
int32_t nsidOf(nl_sock* from, int targetFd);

/// A libnl error as a named failure: EEXIST is Exists, a missing object or device
/// NotFound, EBUSY Busy, the rest Kernel; the message says what was being done.
Failure netlinkFailure(int nlError, const QString& doing);

/// Runs fn on a thread of its own inside the namespace of nsFd and returns its result,
/// or -errno when the thread cannot enter the namespace.
int runInNamespace(int nsFd, const std::function<int()>& fn);

} // namespace NetnsStudio
