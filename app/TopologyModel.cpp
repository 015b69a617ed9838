// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyModel.h"

namespace NetnsStudio {

void TopologyModel::setTopology(const Topology& topology)
{
    m_topology = topology;
    m_readAt = QDateTime::currentDateTime();
    emit reset();
}

} // namespace NetnsStudio
