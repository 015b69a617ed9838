// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"
#include "UniqueFd.h"

#include <QString>
#include <functional>
#include <vector>

namespace NetnsStudio {

/// A network namespace that discovery found, with an open nsfs descriptor that
/// keeps it reachable (and alive) while it is being read.
struct DiscoveredNamespace {
    NamespaceId id = 0;
    NamespaceKind kind = NamespaceKind::Process;
    QString name;  ///< /run/netns name, if any
    QString label;
    QList<quint32> pids;
    UniqueFd fd;
};

/// Finds every network namespace of the host: the helper's own, every /run/netns
/// entry, every namespace a process holds (/proc/PID/ns/net) and Docker's bind mounts
/// in /run/docker/netns; deduplicated by nsfs inode.
class NamespaceDiscovery {
public:
    /// Paths are parameters so that tests can point them elsewhere.
    struct Paths {
        QString netnsDir = QStringLiteral("/run/netns");
        QString dockerNetnsDir = QStringLiteral("/run/docker/netns");
        QString procDir = QStringLiteral("/proc");
    };

    NamespaceDiscovery() = default;
    explicit NamespaceDiscovery(Paths paths) : m_paths(std::move(paths)) {}

    /// Host namespace first, then named ones by name, then the rest by lowest pid.
    /// Namespaces for which isOpen says true are listed without a descriptor: the
    /// caller has one already (this saves opening every namespace on each rescan).
    std::vector<DiscoveredNamespace> discover(const std::function<bool(NamespaceId)>& isOpen = {}) const;

    /// Whether the last component of a path may be a symlink: /proc's ns links are
    /// (magic) symlinks; a /run/netns entry never is.
    enum class Links { Follow, Refuse };

    /// Opens a path as a network-namespace descriptor. Refuses anything that is not a
    /// real nsfs file of type net (a planted regular file, another namespace type) and,
    /// with Links::Refuse, a symlink.
    static UniqueFd openNetNamespace(const QString& path, Links links);

private:
    Paths m_paths;
};

} // namespace NetnsStudio
