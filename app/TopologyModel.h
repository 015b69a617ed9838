// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QDateTime>
#include <QObject>

namespace NetnsStudio {

/// The app's one copy of the host's topology, mirrored from the helper. Every view
/// (inventory, diagram) reads it and none keeps topology state of its own.
class TopologyModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const Topology& topology() const { return m_topology; }
    QDateTime readAt() const { return m_readAt; }

    void setTopology(const Topology& topology);
    /// A whole topology with the helper's generation, as Subscribe gives it.
    void setTopology(quint64 generation, const Topology& topology);
    quint64 generation() const { return m_generation; }

    /// Applies one change message. Returns false when its generation does not follow
    /// ours (a change was missed): then nothing is applied and the caller resyncs.
    bool applyChange(quint64 generation, const QList<Namespace>& changed, const QList<NamespaceId>& removed);

signals:
    /// Everything may have changed.
    void reset();
    /// These namespaces changed or appeared (changed), or went away (removed).
    void namespacesChanged(const QList<NetnsStudio::NamespaceId>& changed,
                           const QList<NetnsStudio::NamespaceId>& removed);

private:
    Topology m_topology;
    QDateTime m_readAt;
    quint64 m_generation = 0;
};

} // namespace NetnsStudio
