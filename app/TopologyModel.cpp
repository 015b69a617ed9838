// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyModel.h"

namespace NetnsStudio {

void TopologyModel::setTopology(const Topology& topology)
{
    m_topology = topology;
    m_readAt = QDateTime::currentDateTime();
    emit reset();
}

void TopologyModel::setTopology(quint64 generation, const Topology& topology)
{
    m_generation = generation;
    setTopology(topology);
}

bool TopologyModel::applyChange(quint64 generation, const QList<Namespace>& changed,
                                const QList<NamespaceId>& removed)
{
    if (generation != m_generation + 1)
        return false;
    m_generation = generation;
    QList<NamespaceId> changedIds;
    for (const Namespace& ns : changed) {
        changedIds << ns.id;
        auto it = std::find_if(m_topology.namespaces.begin(), m_topology.namespaces.end(),
                               [&ns](const Namespace& n) { return n.id == ns.id; });
        if (it != m_topology.namespaces.end())
            *it = ns;
        else
            m_topology.namespaces.append(ns);
    }
    m_topology.namespaces.removeIf([&removed](const Namespace& n) { return removed.contains(n.id); });
    m_readAt = QDateTime::currentDateTime();
    emit namespacesChanged(changedIds, removed);
    return true;
}

} // namespace NetnsStudio
