// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayoutStore.h"
#include "Topology.h"

#include <QGraphicsScene>
#include <QTimer>

namespace NetnsStudio {

class NamespaceItem;
class PortItem;
class TopologyModel;
class WireItem;

/// The diagram: a view of the TopologyModel (namespaces as boxes, interfaces as
/// ports, veth pairs as wires). It is rebuilt from the model and keeps no topology
/// of its own; what a person does with the mouse comes out as request signals.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    DiagramScene(const TopologyModel* model, LayoutStore* layout, QObject* parent = nullptr);

    /// What to leave out of the picture.
    void setShowLoopback(bool show);
    void setShowHostPhysical(bool show);
    bool showLoopback() const { return m_showLoopback; }
    bool showHostPhysical() const { return m_showHostPhysical; }

    NamespaceItem* namespaceItem(NamespaceId id) const;
    PortItem* portItem(NamespaceId id, int ifindex) const;
    QList<WireItem*> wires() const { return m_wires; }

    /// Places every box anew with graphviz and remembers the places.
    void relayout();
    /// Selects (and only selects) the given namespace or interface (ifindex 0: the box).
    void selectItem(NamespaceId id, int ifindex);

    /// Called by a NamespaceItem as it moves.
    void namespaceMoved(NamespaceItem* item);

signals:
    /// A wire was drawn from one box to another (possibly the same).
    void vethPairRequested(NamespaceId from, NamespaceId to);
    /// A port was dropped onto another box.
    void moveRequested(NamespaceId from, int ifindex, const QString& name, NamespaceId to);
    /// Empty canvas was double-clicked.
    void newNamespaceRequested();
    /// Boxes, ports or wires were made anew or moved, so that layers drawn over them
    /// (the ping tool's) can follow.
    void geometryChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rebuild();
    /// Remakes only the boxes of namespaces that changed, and marks them briefly.
    void applyChanges(const QList<NamespaceId>& changed, const QList<NamespaceId>& removed);
    NamespaceItem* makeBox(const Namespace& ns);
    QList<QPair<NamespaceId, int>> selectedIdentities() const;
    void restoreSelection(const QList<QPair<NamespaceId, int>>& selected);
    /// After boxes were made anew: wires, places for the unplaced, and the selection back.
    void finishBoxes(const QList<NamespaceItem*>& unplaced, const QList<QPair<NamespaceId, int>>& selected);
    void rebuildWires();
    void placeNew(const QList<NamespaceItem*>& unplaced);
    void updateWires(NamespaceItem* moved);
    void orientPorts();
    NamespaceItem* boxAt(const QPointF& scenePos) const;
    void endGesture();

    const TopologyModel* m_model;
    LayoutStore* m_layout;
    bool m_showLoopback = true;
    bool m_showHostPhysical = true;
    QHash<NamespaceId, NamespaceItem*> m_boxes;
    QList<WireItem*> m_wires;
    QTimer m_saveTimer;
    QTimer m_flashTimer;
    bool m_placing = false; ///< many boxes are being placed: wires are done once at the end

    // A gesture in progress: drawing a wire, or carrying a port to another box.
    enum class Gesture { None, Wire, CarryPort } m_gesture = Gesture::None;
    NamespaceItem* m_gestureSource = nullptr;
    PortItem* m_carriedPort = nullptr;
    QPointF m_pressPos;
    QGraphicsLineItem* m_rubberBand = nullptr;
    NamespaceItem* m_dropTarget = nullptr;
};

} // namespace NetnsStudio
