// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathExplainer.h"
#include "Topology.h"

#include <QList>
#include <QPair>

namespace NetnsStudio {

/// An interface by identity: its namespace and ifindex.
using InterfaceRef = QPair<NamespaceId, int>;

/// The interfaces a ping crosses, in order, for drawing it: the explainer names the
/// namespaces and the interface each hop leaves by; this adds the way across veth
/// pairs and bridges to the interface where the next namespace receives it.
struct PingRoute {
    QList<InterfaceRef> there;
    QList<InterfaceRef> back;
    NamespaceId source = 0;
    NamespaceId destination = 0; ///< where it is delivered; 0 when it is not
    /// The interface at fault (explanation.failedLink) by identity; ifindex 0 for none.
    InterfaceRef failedAt;

    /// Derives the route of an explanation on the topology it was made from.
    static PingRoute of(const Topology& topology, NamespaceId source, const PathExplanation& explanation);
};

} // namespace NetnsStudio
