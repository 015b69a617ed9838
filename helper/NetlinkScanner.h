// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NamespaceDiscovery.h"
#include "Topology.h"

#include <optional>
#include <vector>

namespace NetnsStudio {

/// Reads the links, addresses and main-table routes of each discovered namespace over
/// netlink (libnl-route), and maps every veth to its peer across namespaces.
class NetlinkScanner {
public:
    /// One namespace that could not be read does not spoil the rest: it is left out
    /// and named in *warnings. Returns nothing only when not even the host's could be read.
    std::optional<Topology> scan(const std::vector<DiscoveredNamespace>& namespaces,
                                 QStringList* warnings, QString* error) const;
};

} // namespace NetnsStudio
