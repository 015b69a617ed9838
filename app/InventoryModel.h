// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TopologyModel.h"

#include <QStandardItemModel>

namespace NetnsStudio {

/// The inventory tree: namespace -> interfaces -> addresses, and each namespace's
/// routes; rebuilt from the TopologyModel whenever it changes.
class InventoryModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role { NamespaceIdRole = Qt::UserRole + 1, IfindexRole };

    explicit InventoryModel(const TopologyModel* topology, QObject* parent = nullptr);

private:
    void rebuild();

    const TopologyModel* m_topology;
};

} // namespace NetnsStudio
