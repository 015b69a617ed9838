// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "HelperErrors.h"
#include "NamespaceDiscovery.h"
#include "NetnsDirectory.h"

#include <QList>
#include <functional>

namespace NetnsStudio {

/// Applies Actions to the kernel: netlink (libnl) for links, addresses and routes,
/// /run/netns for names, sysctl for forwarding, libnftables for masquerading. A list of actions is one batch:
/// when a step fails, the steps already done are undone in reverse order.
class ActionExecutor {
public:
    explicit ActionExecutor(NetnsDirectory directory = NetnsDirectory(),
                            NamespaceDiscovery discovery = NamespaceDiscovery())
        : m_directory(std::move(directory)), m_discovery(std::move(discovery))
    {
    }

    struct Outcome {
        MaybeFailure failure;          ///< empty when every step was done
        int failedStep = -1;           ///< index of the step that failed
        QList<NamespaceId> created;    ///< ids of namespaces the batch made, in order
        QStringList undoFailures;      ///< what could not be undone after a failure
    };

    /// Told after each step that was done: how many of how many.
    using Progress = std::function<void(int done, int total)>;
    Outcome apply(const QList<Action>& steps, const Progress& progress = {}) const;

private:
    NetnsDirectory m_directory;
    NamespaceDiscovery m_discovery;
};

} // namespace NetnsStudio
