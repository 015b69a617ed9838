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

signals:
    void reset();

private:
    Topology m_topology;
    QDateTime m_readAt;
};

} // namespace NetnsStudio
