// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace NetnsStudio {

/// Automatic placement of boxes joined by wires, by graphviz (libgvc).
class GraphLayout {
public:
    struct Node {
        QString key;
        QSizeF size; ///< scene units
    };
    struct Edge {
        QString from, to;
    };

    /// Centres of the nodes, in scene units. Small graphs are laid out with dot
    /// (left to right, tidy); large ones with sfdp, which stays fast at thousands.
    static QHash<QString, QPointF> compute(const QList<Node>& nodes, const QList<Edge>& edges);
};

} // namespace NetnsStudio
