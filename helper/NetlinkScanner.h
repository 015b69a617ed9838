// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NamespaceDiscovery.h"
#include "NetlinkSocket.h"
#include "Topology.h"
#include "UniqueFd.h"

#include <optional>
#include <vector>

namespace NetnsStudio {

/// What a link says about where its other end is, before peers are resolved.
struct LinkWiring {
    int iflink = 0;       ///< IFLA_LINK
    int32_t netnsid = -1; ///< IFLA_LINK_NETNSID, or -1 when the other end is local
};

/// One namespace as the scanner reads it: a descriptor of it (borrowed), request
/// sockets opened inside it, and what was read last.
struct NamespaceReading {
    Namespace model;
    int fd = -1;
    SocketPtr socket;    ///< NETLINK_ROUTE
    SocketPtr netfilter; ///< NETLINK_NETFILTER, for masquerading; may be empty
    UniqueFd bridgeNetfilter; ///< its net.bridge.bridge-nf-call-iptables; none without br_netfilter
    std::vector<LinkWiring> wiring; ///< parallel to model.links
};

/// Reads the links, addresses and main-table routes of namespaces over netlink
/// (libnl-route) and which links are masqueraded (nf_tables), and maps every veth to
/// its peer across namespaces.
namespace NetlinkScanner {

/// Opens the request sockets of namespaces (given by nsfs descriptors), in one pass.
void openSockets(const std::vector<NamespaceReading*>& namespaces);

/// Reads one namespace again (its links, addresses, routes and masquerading; not
/// the peers). Returns 0 or a negative libnl error; masquerading that cannot be read
/// is left off.
int read(NamespaceReading& ns);

/// Whether br_netfilter is loaded (its sysctls exist), asked once for many namespaces.
bool bridgeNetfilterLoaded();

/// Whether the namespace's bridge-nf-call-iptables now differs from what was read last
/// (a sysctl sends no event): one read. Opens the file again when br_netfilter came since.
bool bridgeNetfilterChanged(NamespaceReading& ns, bool moduleLoaded);

/// Fills the veth peers of the targets, finding them among all. A veth's nsid is
/// only meaningful from its own namespace: rather than asking each namespace for the
/// nsid of every other (quadratic), candidates whose veth mirrors this one (ifindex
/// and IFLA_LINK swapped) are confirmed with a single RTM_GETNSID each; every
/// namespace is tried only when no candidate fits.
void mapPeers(const std::vector<NamespaceReading*>& all, const std::vector<NamespaceReading*>& targets);

/// A one-shot snapshot of the discovered namespaces. One namespace that cannot be
/// read does not spoil the rest: it is left out and named in *warnings. Returns
/// nothing only when not even the host's could be read.
std::optional<Topology> scan(const std::vector<DiscoveredNamespace>& namespaces, QStringList* warnings,
                             QString* error);

} // namespace NetlinkScanner

} // namespace NetnsStudio
