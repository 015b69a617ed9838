// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QSet>
#include <QString>
#include <netlink/socket.h>

namespace NetnsStudio {

/// Which interfaces of a namespace have the IPv4 traffic that leaves them masqueraded,
/// as its nftables rules say. A rule counts when it has a masquerade statement and
/// matches the output interface positively: `oifname "veth0"`, `oifname { ... }`,
/// `oifname @set` or `oif ...`, in an ip or inet table, whoever wrote it. (A rule
/// without an interface match, or with a negated one, is not shown on any interface.)
struct MasqueradeState {
    QSet<QString> names;        ///< matched by output interface name
    QSet<int> ifindexes;        ///< matched by output interface index
    QSet<QString> ownSetNames;  ///< in Netns Studio's own set (core/Masquerade.h)

    bool covers(const Link& link) const
    {
        return names.contains(link.name) || ifindexes.contains(link.ifindex);
    }
};

/// Reads MasqueradeState over a NETLINK_NETFILTER socket opened in the namespace:
/// one table dump, and only when an ip or inet table exists, a rule dump and a dump
/// of the elements of each set that a masquerade rule looks interfaces up in.
namespace MasqueradeReader {

/// Returns 0 or a negative libnl error.
int read(nl_sock* netfilter, MasqueradeState* state);

} // namespace MasqueradeReader

} // namespace NetnsStudio
