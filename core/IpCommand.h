// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "Topology.h"

#include <QString>

namespace NetnsStudio {

/// The command a person would type for an action, with iproute2 (and sysctl for
/// forwarding, nft for masquerading): "ip netns add blue", "ip -n blue addr add 10.1.1.1/24 dev veth1".
/// The topology gives the names of namespaces that the action names by id.
/// Arguments are quoted for a POSIX shell where they need it.
QString ipCommand(const Action& action, const Topology& topology);

/// The ping a person would type to ping address from inside a namespace:
/// "ip netns exec blue ping -c 3 10.1.1.1", "ping -c 3 10.1.1.1" in the host.
QString pingCommand(const NamespaceRef& from, const QString& address, uint count, const Topology& topology);

/// Quotes one word for a POSIX shell, only when it needs quoting.
QString shellQuote(const QString& word);

} // namespace NetnsStudio
