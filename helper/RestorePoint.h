// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperErrors.h"
#include "NetlinkSocket.h"

#include <memory>
#include <vector>

namespace NetnsStudio {

/// A namespace's links, addresses and routes as they were before a batch step that
/// takes some of them away (deleting a link or an address, setting a link down,
/// moving it out), so that the step's undo can put back exactly that: the kernel
/// drops addresses and routes along with links, and a re-created link would otherwise
/// get a new ifindex and MAC.
class RestorePoint {
public:
    /// Reads the namespace behind sock; null (and failure set) when it cannot.
    static std::shared_ptr<const RestorePoint> capture(nl_sock* sock, MaybeFailure* failure);

    /// The link with this ifindex as it was, or null.
    rtnl_link* link(int ifindex) const;
    /// The ifindexes of the links whose master was this one (a bridge's ports).
    std::vector<int> portsOf(int ifindex) const;

    /// Makes a deleted link again as it was: same name, ifindex, MAC, MTU and queue
    /// length; a veth with its peer (as saved in peerSide, made in the namespace of
    /// peerNsFd), a bridge, a dummy. Other kinds cannot be re-created from what the
    /// kernel reports and give a failure.
    MaybeFailure recreate(nl_sock* sock, int ifindex, const RestorePoint* peerSide, int peerNsFd) const;

    /// Puts back, for the links given by ifindex, their MTU, queue length, master and
    /// up/down state, then every address and route of the namespace that is missing
    /// now. Adds only: what the step took away, never what came later.
    MaybeFailure restore(nl_sock* sock, const std::vector<int>& links) const;

private:
    MaybeFailure restoreLinks(nl_sock* sock, const std::vector<int>& links) const;
    MaybeFailure restoreAddresses(nl_sock* sock) const;
    MaybeFailure restoreRoutes(nl_sock* sock) const;

    CachePtr m_links;
    CachePtr m_addresses;
    CachePtr m_routes;
};

} // namespace NetnsStudio
